import { describe, expect, it } from 'vitest';
import type { PhoneRequest } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { decide, requestsFrom, rules } from './helpers.js';

// Staff calls, photos and personal cameras (photos.json), read from the clauses: every one is a "must not"/"never", so each blocks.
const calm: PhoneRequest = {
  who: 'staff', device: 'personal-phone', purpose: 'call', contactWith: 'dependant', place: 'staff-room',
  childrenPresent: false, sessionRunning: false, workingHours: false, lunchBreak: false, lessonTime: false,
};
const at = requestsFrom(calm);
const parent: Partial<PhoneRequest> = { who: 'parent-or-carer' };
const photo: Partial<PhoneRequest> = { purpose: 'photo-or-video', secret: false };
const ofChildren: Partial<PhoneRequest> = { ...photo, photoSubject: 'children' };
const camera: Partial<PhoneRequest> = { ...photo, device: 'personal-camera', photoSubject: 'no-children' };

const scenarios: RuleScenario<PhoneRequest, PresetId>[] = [
  { rule: 'phone.personal.contact-family', policy: 'baseline', effect: 'block', fires: at({ contactWith: 'family' }),
    nearMisses: [at({}), at({ contactWith: 'family', ...parent }), at({ contactWith: 'family', device: 'setting-phone' })] },
  { rule: 'phone.personal.contact-family', policy: 'baseline', effect: 'block', fires: at({ contactWith: 'child' }),
    nearMisses: [at({ contactWith: 'setting' })] },
  { rule: 'phone.personal.contact-unknown', policy: 'baseline', effect: 'block', fires: at({ contactWith: undefined }),
    nearMisses: [at({ contactWith: 'setting' }), at({ contactWith: undefined, ...parent }), at({ contactWith: undefined, device: 'setting-phone' })] },
  { rule: 'phone.personal.photo-children', policy: 'homerton-early-years', effect: 'block', fires: at({ ...ofChildren }),
    nearMisses: [at({ ...photo, photoSubject: 'no-children' }), at({ ...ofChildren, ...parent }), at({ ...ofChildren, device: 'setting-camera' })],
    elsewhere: ['barnet-early-years'] },
  { rule: 'phone.personal.photo-unauthorised', policy: 'barnet-early-years', effect: 'block', fires: at({ ...ofChildren }),
    nearMisses: [at({ ...ofChildren, permissions: [{ from: 'manager', for: 'photo' }] }), at({ ...photo, photoSubject: 'no-children' }),
      at({ ...ofChildren, ...parent }),
      at({ ...ofChildren, device: 'setting-camera' })], elsewhere: ['homerton-early-years'] },
  { rule: 'phone.personal.child-records-app', policy: 'baseline', effect: 'block', fires: at({ purpose: 'child-records-app' }),
    nearMisses: [at({ purpose: 'child-records-app', device: 'setting-tablet' }), at({})] },
  { rule: 'phone.camera.personal-not-brought', policy: 'two-mile-ash-pre-school', effect: 'block', fires: at({ ...camera }),
    nearMisses: [at({ ...camera, device: 'setting-camera' }), at({ ...camera, ...parent }), at({ ...camera, place: 'off-premises' })],
    elsewhere: ['barnet-early-years', 'homerton-early-years'] },
  { rule: 'phone.camera.personal-unauthorised', policy: 'barnet-early-years', effect: 'block', fires: at({ ...camera }),
    nearMisses: [at({ ...camera, permissions: [{ from: 'manager', for: 'photo' }] }), at({ ...camera, ...parent }),
      at({ ...camera, device: 'personal-phone' })],
    elsewhere: ['homerton-early-years', 'two-mile-ash-pre-school'] },
  { rule: 'phone.camera.personal-not-agreed', policy: 'homerton-early-years', effect: 'block', fires: at({ ...camera }),
    nearMisses: [at({ ...camera, permissions: [{ from: 'head-of-setting', for: 'photo' }] }), at({ ...camera, ...parent }),
      at({ ...camera, device: 'personal-phone' })],
    elsewhere: ['barnet-early-years'] },
  { rule: 'phone.photo.secret', policy: 'baseline', effect: 'block',
    fires: at({ device: 'setting-camera', purpose: 'photo-or-video', photoSubject: 'children' }),
    nearMisses: [at({ device: 'setting-camera', ...ofChildren }), at({ device: 'setting-camera', purpose: 'social-media', photoSubject: 'children' })] },
];

describe('staff contact and photo rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s) => [s.rule, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('photo rules count an unstated subject or secrecy against the request', () => {
  it('a photo of the own child, or of nobody said, on a personal phone is a photo of children', () => {
    for (const q of [at({ ...photo, photoSubject: 'own-child-only' }),
      at({ ...photo })]) expect(rules(q, 'homerton-early-years')).toContain('phone.personal.photo-children');
  });
  it('a secret recording is forbidden, as is one not stated to be open', () => {
    expect(rules(at({ device: 'setting-camera', ...ofChildren, secret: true }), 'baseline')).toContain('phone.photo.secret');
  });
});
