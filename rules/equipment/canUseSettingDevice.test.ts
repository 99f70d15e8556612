import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFailsClosed } from '../../test/support/failsClosed.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { people, roles } from '../vocabulary.js';
import { equipmentActions, equipmentKinds, equipmentPlaces, equipmentPurposes, type EquipmentRequest } from './schema.js';
import { canUseSettingDevice, equipmentFacts } from './canUseSettingDevice.js';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const requestArb: fc.Arbitrary<EquipmentRequest> = fc.record({
  device: fc.record({
    id: fc.constant('d1'), kind: fc.constantFrom(...equipmentKinds), assignment: fc.constantFrom('issued' as const, 'shared' as const),
    authorisedUsers: opt(fc.subarray(['u1', 'u2'])), wirelessOn: opt(fc.boolean()), virusProtected: opt(fc.boolean()),
  }, { requiredKeys: ['id', 'kind', 'assignment'] }),
  user: fc.record({
    id: fc.constantFrom('u1', 'u2'), person: fc.constantFrom(...people), roles: opt(fc.subarray([...roles])),
    authorisedToInstall: opt(fc.boolean()), acceptableUseAgreed: opt(fc.boolean()),
  }, { requiredKeys: ['id', 'person'] }),
  action: fc.constantFrom(...equipmentActions), purpose: fc.constantFrom(...equipmentPurposes), place: fc.constantFrom(...equipmentPlaces),
  online: opt(fc.boolean()), software: opt(fc.record({ name: fc.constant('app'), approvedBy: opt(fc.constantFrom(...roles)) }, { requiredKeys: ['name'] })),
  personalUseAuthorisedBy: opt(fc.constantFrom(...roles)),
}, { requiredKeys: ['device', 'user', 'action', 'purpose', 'place'] });

describe('canUseSettingDevice: properties', () => {
  it('fails closed: any malformed request is denied with a finding naming a field, never throws', () => expectFailsClosed(canUseSettingDevice));
  it('a child never installs under a preset that restricts installing (every one but Barnet and Two Mile Ash, silent on it)', () => {
    fc.assert(fc.property(requestArb, fc.constantFrom(...presetIds), (r, policy) => {
      const d = canUseSettingDevice({ ...r, action: 'install', user: { ...r.user, person: 'child' } }, { policy });
      if (policy !== 'barnet-early-years' && policy !== 'two-mile-ash-pre-school') expect(d.reasons.map((f) => f.rule)).toContain('equipment.install.child');
      else expect(d.reasons.map((f) => f.rule)).not.toContain('equipment.install.child');
    }), { numRuns: 300 });
  });
  it('an install is allowed only to staff: never to a parent, visitor or contractor where installing is restricted', () => {
    fc.assert(fc.property(requestArb, fc.constantFrom('parent-or-carer', 'visitor', 'lone-working-visitor', 'contractor') as fc.Arbitrary<'visitor'>,
      fc.constantFrom('baseline', 'homerton-early-years', 'cambridgeshire-early-years', 'kirklees-primary') as fc.Arbitrary<'baseline'>, (r, person, policy) => {
        expect(canUseSettingDevice({ ...r, action: 'install', user: { ...r.user, person } }, { policy }).allowed).toBe(false);
      }), { numRuns: 300 });
  });
  it('every finding under a preset cites that preset\'s own policy', () => {
    fc.assert(fc.property(requestArb, fc.constantFrom(...presetIds.filter((p) => p !== 'baseline')), (r, policy) => {
      const prepared = equipmentFacts(r, { policy });
      for (const f of canUseSettingDevice(r, { policy }).reasons) expect(f.clause.source).toBe(prepared.source);
    }), { numRuns: 300 });
  });
});

describe('the shipped examples (examples/equipment) give the answer they expect', () => {
  const dir = join(__dirname, '..', '..', 'examples', 'equipment');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s', (f) => {
    const e = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { expect: string; policy?: never; request: EquipmentRequest };
    expect(canUseSettingDevice(e.request, { policy: e.policy }).allowed).toBe(e.expect === 'allowed');
  });
});
