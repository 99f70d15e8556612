// canUsePhone against a hand-written baseline making the same decision for the same requests.
import { canUsePhone, phoneRequestSchema } from 'esafety-rules';
import { fmt, nsPerOp, table } from './lib.mjs';

const requests = [
  { who: 'staff', device: 'personal-phone', purpose: 'call', contactWith: 'dependant', place: 'staff-room', childrenPresent: false, sessionRunning: true, workingHours: true, lunchBreak: true },
  { who: 'parent-or-carer', device: 'personal-phone', purpose: 'message', contactWith: 'other', place: 'entrance', childrenPresent: true },
  { who: 'staff', device: 'personal-phone', purpose: 'photo-or-video', photoSubject: 'children', secret: false, place: 'learning-space-indoors', childrenPresent: true, workingHours: true },
];
const policy = 'homerton-early-years';

// The same Homerton decisions written by hand: what a vendor would otherwise code.
function baseline(q) {
  const reasons = [];
  const personal = ['personal-phone', 'personal-tablet', 'smart-watch', 'other-imaging-device'].includes(q.device);
  const onSite = ['learning-space-indoors', 'learning-space-outdoors', 'staff-room', 'office', 'entrance'].includes(q.place);
  const emergency = q.emergency === true && (q.permissions ?? []).some((p) => p.for === 'emergency' && p.from === 'leadership-team');
  if (q.who === 'staff' && personal && q.purpose !== 'charging') {
    if (q.childrenPresent !== false && !emergency) reasons.push('phone.personal.children-present');
    if (q.workingHours !== false && !emergency) reasons.push('phone.personal.working-hours');
    if (['learning-space-indoors', 'learning-space-outdoors', 'entrance'].includes(q.place) && !emergency) reasons.push('phone.personal.staff-room-only');
    if ((q.purpose === 'photo-or-video' || q.purpose === 'social-media') && q.photoSubject !== 'no-children') reasons.push('phone.personal.photo-children');
    if (onSite && q.childrenPresent !== false) reasons.push('phone.personal.store-in-locker');
  }
  if (q.who === 'parent-or-carer' && personal && onSite) reasons.push('phone.parent.outside-building');
  if (q.purpose === 'photo-or-video' && q.secret !== false) reasons.push('phone.photo.secret');
  return { allowed: reasons.every((r) => r === 'phone.personal.store-in-locker'), reasons };
}

for (const q of requests) {
  const ours = canUsePhone(q, { policy });
  if (ours.allowed !== baseline(q).allowed) throw new Error(`baseline disagrees on ${JSON.stringify(q)}`);
}
let i = 0;
const lib = nsPerOp(() => canUsePhone(requests[i++ % requests.length], { policy }));
i = 0;
const hand = nsPerOp(() => baseline(requests[i++ % requests.length]));
// A fair hand-written version also validates its input (the same strict schema): a permission decision must.
const validated = (q) => { const r = phoneRequestSchema.safeParse(q); return r.success ? baseline(r.data) : { allowed: false, reasons: ['input.invalid'] }; };
i = 0;
const handValidated = nsPerOp(() => validated(requests[i++ % requests.length]));
table('canUsePhone (Homerton preset, 3 requests in turn)', ['function', 'per call', 'ratio to hand-written'], [
  ['hand-written, no input validation', fmt(hand), `${(hand / handValidated).toFixed(2)}× of validated`],
  ['hand-written + strict schema validation (baseline)', fmt(handValidated), '1.0×'],
  ['canUsePhone (validation, policy, facts, 48 rules, clauses)', fmt(lib), `${(lib / handValidated).toFixed(1)}×`],
]);
console.log(`\ncanUsePhone / unvalidated hand-written: ${(lib / hand).toFixed(0)}×`);
