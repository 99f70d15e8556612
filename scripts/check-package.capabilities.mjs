// Run by check-package.mjs inside the throwaway project that installed the packed tarball (issue 15): each new
// capability by its published name, as a vendor's app calls it, and the sidecar from the installed bin.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as lib from 'esafety-rules';
const must = (ok, what, got) => { if (!ok) throw new Error(what + (got === undefined ? '' : ': ' + JSON.stringify(got))); };
const at = '2026-11-22T10:00:00Z';
const photo = { id: 'p', takenAt: '2026-11-21', audience: 'learning-journal', children: [{ id: 'c1' }, { id: 'c2' }], device: { owner: 'setting' },
  purpose: 'observation', appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false };
const consent = (childId, extra = {}) => ({ childId, audiences: ['learning-journal'], written: true, givenBy: 'parent', givenAt: '2026-09-01', ...extra });
const options = { policy: 'homerton-early-years', at };

// obscure: the child without consent is the one to blur; blurred, the photo is allowed.
const d = lib.canPublishImage(photo, [consent('c1')], options);
must(!d.allowed && d.obscure.join() === 'c2', 'obscure names the child without consent', d.obscure);
const blurred = { ...photo, children: [{ id: 'c1' }, { id: 'c2', identifiable: false }] };
must(lib.canPublishImage(blurred, [consent('c1')], options).allowed, 'obscuring those children allows the photo');

// planConsentChange: a withdrawal takes a website photo down or blurs the child, by a date from the policy.
const plan = lib.planConsentChange(consent('c1', { withdrawnAt: '2026-11-20' }), [
  { photoId: 'w1', audience: 'learning-journal', publishedAt: '2026-10-01', children: [{ id: 'c1' }] },
  { photoId: 'w2', audience: 'learning-journal', publishedAt: '2026-10-02', children: [{ id: 'c9' }] },
  { photoId: 'w3', audience: 'nowhere', publishedAt: '2026-10-03', children: [{ id: 'c1' }] },
], { policy: 'baseline', at });
const actions = [...plan];
must(['take-down', 'obscure'].includes(actions[0]?.action) && /^\d{4}-\d{2}-\d{2}$/.test(actions[0]?.by ?? ''), 'a withdrawn child comes down by a date', actions[0]);
must(actions[1]?.action === 'keep' && actions[2]?.action === 'review', 'unaffected is kept; unreadable is a review', actions.slice(1));

// explain: staff, parent (never another child), inspector (the clause trail).
must(lib.explain(d, { reader: 'staff' }).sentences.length > 0, 'explain for staff');
must(!lib.explain(d, { reader: 'parent', child: 'c2' }).text.includes('c1'), 'a parent is not told of another child');
must(lib.explain(d, { reader: 'inspector' }).text.includes('image.consent.missing'), 'an inspector gets the rule trail');
must(Object.keys(lib.shippedMessages).length > 290, 'the message catalogue ships');

// audit records: stored as JSON, re-decided, tampering shows.
const record = JSON.parse(JSON.stringify(lib.toAuditRecord('canPublishImage', [photo, [consent('c1')], options], d)));
must(lib.verifyAuditRecord(record).matches && !lib.verifyAuditRecord({ ...record, result: { ...record.result, allowed: true } }).matches, 'audit records verify and catch tampering');

// renderPolicy: the written policy from the enforced values, with clauses.
const doc = lib.renderPolicy(lib.presetPolicy('kirklees-primary'));
must(typeof doc === 'string' && doc.startsWith('#') && doc.includes('004_fa76751dc5d22203.txt'), 'renderPolicy writes the policy with its clauses');

// vendor facts: a rule on the room.
const facts = { image: { room: { type: 'string', values: ['baby-room', 'garden'], description: 'The room', read: ({ context }) => context.room } } };
const rules = lib.createRuleSet({ facts, add: [{ file: 'acorn.json', rules: [{ name: 'image.acorn.garden', conditions: { all: [{ fact: 'room', operator: 'equal', value: 'garden' }] },
  event: { type: 'block', params: { code: 'ACORN_GARDEN', message: 'No photos in the garden.', clause: { source: 'acorn.pdf', section: '4.2' } } } }] }] });
const two = [consent('c1'), consent('c2')];
must(lib.canPublishImage(photo, two, { ...options, rules, context: { room: 'garden' } }).reasons[0]?.code === 'ACORN_GARDEN', 'a vendor rule on a vendor fact');
must(lib.canPublishImage(photo, two, { ...options, rules, context: { room: 'baby-room' } }).allowed, 'a vendor fact that does not match allows');

// the sidecar, from the installed bin: health, a decision, a malformed body.
const bin = join(process.cwd(), 'node_modules', '.bin', 'esafety-rules');
const server = spawn(process.execPath, [bin, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const address = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (c) => { out += c; const m = /http:\/\/[^\s]+/.exec(out); if (m) resolve(m[0].replace(/\/$/, '')); });
  server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  setTimeout(() => reject(new Error(`serve printed no address: ${out}`)), 20_000);
});
try {
  must((await (await fetch(`${address}/healthz`)).json()).status === 'ok', 'the sidecar is healthy');
  const r = await fetch(`${address}/v1/canPublishImage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ photo, consents: [consent('c1')], options }) });
  const body = await r.json();
  must(r.status === 200 && body.allowed === false && body.obscure.join() === 'c2' && body.policy.fingerprint === d.policy.fingerprint, 'the sidecar decides as the library does', body);
  must((await fetch(`${address}/v1/canPublishImage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' })).status === 400, 'malformed JSON is a 400');
  must((await (await fetch(`${address}/openapi.json`)).json()).openapi === '3.1.0', 'the OpenAPI document');
} finally {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  must((await exited) === 0, 'the sidecar shuts down cleanly on SIGTERM');
}
console.log('capabilities: ok');
