import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetIds, presetInfo, type PresetId } from '../../src/core/policy/presets.js';
import { definePolicy, presetPolicy, type SettingPolicy } from '../../src/policy.js';
import { recordArb } from '../../test/support/retention.js';
import { roles, type Role } from '../vocabulary.js';
import { checkPhotoRetention } from './checkPhotoRetention.js';
import { AT, check, expectRetentionScenario, photo, type RetentionScenario } from './helpers.js';
import { planPhotoRetention } from './planPhotoRetention.js';
import { storageKinds, type PhotoRecord } from './schema.js';

const B = 'barnet-early-years', H = 'homerton-early-years', T = 'two-mile-ash-pre-school', C = 'cambridgeshire-early-years', K = 'kirklees-primary';
const TODAY = '2026-11-22';
// Kept where it was agreed it would be, so only the storage place decides (the agreement rules stay quiet).
const personalDevice: Partial<PhotoRecord> = { storedOn: 'personal-device', agreedStorage: ['personal-device'] };
// Barnet and Kirklees also ask what will happen to the images, and Kirklees who will have access to them: agreed here,
// so those findings stay quiet.
const retained = (over: Partial<PhotoRecord>): Partial<PhotoRecord> => ({ ...over, retentionAgreement: 'retain', agreedAccess: ['teacher'] });
const removable: Partial<PhotoRecord> = { storedOn: 'removable-media', agreedStorage: ['removable-media'] };
const other: Partial<PhotoRecord> = { storedOn: 'other', agreedStorage: ['other'] };
const onPlatform: Partial<PhotoRecord> = { storedOn: 'setting-platform' };
const noChild = (over: Partial<PhotoRecord>): Partial<PhotoRecord> => ({ ...over, childIds: [] });
const by = (over: Partial<PhotoRecord>, storageAuthorisedBy: Role): Partial<PhotoRecord> => ({ ...over, storageAuthorisedBy });

// Each rule read from its clause in each preset whose policy states it: the photo that fires it, what the photo must
// then do ("should not be used", "not allowed", "never": delete it or move it, now; "unless with specific authorisation":
// a review until who authorised it is recorded), one near miss per condition, and the presets whose policies differ.
const scenarios: RetentionScenario[] = [
  // 001 MOBILE TECHNOLOGY - STAFF "should not be used for any apps which record and store children's ... photographs.
  // Only Centre issued devices may be used for such activities"; 002 "Only ICT equipment belonging to the setting is
  // used"; 003 "technology not owned by our setting is specifically not allowed"; 004 "never use a personal device".
  ...(['baseline', H, T, C, K] as const).map((policy): RetentionScenario => ({
    rule: 'retention.storage.personal-device.forbidden', policy, effect: 'block', action: 'delete', fires: personalDevice,
    nearMisses: [noChild(personalDevice), onPlatform], elsewhere: [B],
  })),
  // 000 Helpful Hints › Do Not "Use personal ICT equipment, unless with specific authorisation" (the manager's).
  { rule: 'retention.storage.personal-device.unauthorised', policy: B, effect: 'block', action: 'review', fires: personalDevice,
    nearMisses: [noChild(personalDevice), by(personalDevice, 'manager'), onPlatform], elsewhere: ['baseline', H, T, C, K] },
  // 003 "No electronic documents that include children's names or digital images will be transported out of the setting
  // e.g. on Fobs, memory sticks"; 001 the same "e.g. on Fobs".
  ...(['baseline', H, C] as const).map((policy): RetentionScenario => ({
    rule: 'retention.storage.removable-media.forbidden', policy, effect: 'block', action: 'delete', fires: removable,
    nearMisses: [noChild(removable), onPlatform], elsewhere: [B, T, K],
  })),
  // 000 Data Protection "controls ... This will include CDs, DVDs and memory sticks"; 002 "Only ICT equipment belonging
  // to the setting"; 004 "encrypted USB memory sticks" the school provides, "only use equipment provided or authorised".
  ...([[B, 'manager'], [T, 'manager'], [K, 'head-teacher']] as const).map(([policy, role]): RetentionScenario => ({
    rule: 'retention.storage.removable-media.unauthorised', policy, effect: 'block', action: 'review', fires: removable,
    nearMisses: [noChild(removable), by(removable, role), onPlatform], elsewhere: ['baseline', H, C],
  })),
  // Anywhere else (storedOn: other): only with the authorisation of the role each policy names.
  ...([['baseline', 'manager'], ['baseline', 'head-of-setting'], [B, 'manager'], [H, 'head-of-setting'], [T, 'manager'], [C, 'manager'], [K, 'head-teacher']] as const)
    .map(([policy, role]): RetentionScenario => ({
      rule: 'retention.storage.place.unauthorised', policy, effect: 'block', action: 'review', fires: other,
      nearMisses: [noChild(other), by(other, role), onPlatform],
      elsewhere: [definePolicy({ id: 'acorn', version: '1', basedOn: policy, retention: { storagePlaces: { other: 'allowed' } } })],
    })),
  // 000 "There should be agreement as to how the images will be stored, and for how long"; 004 "where these will be stored".
  ...(['baseline', B, K] as const).flatMap((policy): RetentionScenario[] => [
    { rule: 'retention.storage.agreement.missing', policy, effect: 'block', action: 'review', fires: { agreedStorage: null },
      nearMisses: [{ agreedStorage: null, childIds: [] }, {}], elsewhere: [H, T, C] },
    { rule: 'retention.storage.agreement.missing', policy, effect: 'block', action: 'review', fires: { agreedStorage: [] },
      nearMisses: [{ agreedStorage: [], childIds: [] }, { agreedStorage: ['setting-platform'] }], elsewhere: [H, T, C] },
    { rule: 'retention.storage.agreement.elsewhere', policy, effect: 'block', action: 'review', fires: { agreedStorage: ['setting-device'] },
      nearMisses: [{ agreedStorage: ['setting-device'], childIds: [] }, { agreedStorage: ['setting-device', 'setting-platform'] }], elsewhere: [H, T, C] },
  ]),
];

// 004 Section 27 "an agreement as to ... who will have access to them": only Kirklees asks it.
scenarios.push({ rule: 'retention.access.not-agreed', policy: K, effect: 'block', action: 'review', fires: { retentionAgreement: 'retain' },
  nearMisses: [{ retentionAgreement: 'retain', childIds: [] }, { retentionAgreement: 'retain', agreedAccess: ['teacher', 'parent'] }],
  elsewhere: ['baseline', B, H, T, C] });
scenarios.push({ rule: 'retention.access.not-agreed', policy: K, effect: 'block', action: 'review', fires: { retentionAgreement: 'retain', agreedAccess: [] },
  nearMisses: [{ retentionAgreement: 'retain', agreedAccess: [], childIds: [] }, { retentionAgreement: 'retain', agreedAccess: ['teacher'] }],
  elsewhere: ['baseline', B, H, T, C] });

// A setting that restricts a place the presets allow: the general rules name no place, and still delete or review.
const noHosting = definePolicy({ id: 'acorn', version: '1', basedOn: H, retention: { storagePlaces: { 'central-hosting': 'forbidden' } } });
const hostingAuthorised = definePolicy({ id: 'acorn', version: '1', basedOn: H, retention: { storagePlaces: { 'central-hosting': 'with-authorisation' } } });
const custom: RetentionScenario[] = [
  { rule: 'retention.storage.place.forbidden', policy: noHosting, effect: 'block', action: 'delete', fires: { storedOn: 'central-hosting' },
    nearMisses: [{ storedOn: 'central-hosting', childIds: [] }, { storedOn: 'setting-device' }], elsewhere: [H, 'baseline', K] },
  { rule: 'retention.storage.place.unauthorised', policy: hostingAuthorised, effect: 'block', action: 'review', fires: { storedOn: 'central-hosting' },
    nearMisses: [{ storedOn: 'central-hosting', childIds: [] }, by({ storedOn: 'central-hosting' }, 'head-of-setting'), { storedOn: 'setting-device' }],
    elsewhere: [H] },
];

const label = (s: RetentionScenario) => `${s.rule} under ${typeof s.policy === 'string' ? s.policy : `${s.policy?.basedOn}-based policy`}`;

describe('retention storage rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each([...scenarios, ...custom].map((s, i) => [`${label(s)} #${i}`, s] as const))('%s', (_, s) => expectRetentionScenario(s));

  it.each(scenarios.filter((s) => s.policy !== 'baseline').map((s) => [label(s), s] as const))('%s cites the preset\'s own policy', (_, s) => {
    const id = s.policy as Exclude<PresetId, 'baseline'>;
    const f = check(s.fires, id).reasons.find((r) => r.rule === s.rule);
    expect(f?.clause.source).toBe(presetInfo[id].source);
  });
});

describe('retention: where a photo of children is kept (issue 13, item 1)', () => {
  it('a forbidden place: delete now, the message and remedy say to delete it from there or move it to a setting device first', () => {
    for (const [over, place] of [[personalDevice, 'personal device'], [removable, 'removable media']] as const) {
      const d = check(over, C);
      expect(d).toMatchObject({ action: 'delete', allowed: false, deleteBy: TODAY });
      const f = d.reasons.find((r) => r.rule.endsWith('.forbidden'))!;
      expect(f.message).toContain(`delete it from the ${place}, or move it to a setting device first`);
      expect(f.remedy).toContain(`Delete it from the ${place}, or move it to a setting device first`);
      expect(f.data).toEqual({ action: 'delete', deadline: 'now' });
    }
    const d = check({ storedOn: 'central-hosting' }, noHosting);
    expect(d).toMatchObject({ action: 'delete', deleteBy: TODAY, rules: ['retention.storage.place.forbidden'] });
    expect(d.reasons[0]?.message).toContain('delete it from there, or move it to a setting device first');
  });

  it('Homerton: the Head of Centre agreeing to a personal device does not let photos of children stay on it', () => {
    // 001 "Staff may not use personal devices ..., unless agreed with the Head of Centre" is about using the device;
    // "Only Centre issued devices may be used for such activities" (recording and storing photographs) has no exception.
    const d = check(by(personalDevice, 'head-of-setting'), H);
    expect(d).toMatchObject({ action: 'delete', deleteBy: TODAY, rules: ['retention.storage.personal-device.forbidden'] });
    expect(d.reasons[0]?.message).toContain('An agreement to use a personal device does not extend to keeping photos of children on it');
  });

  it('Barnet: a personal device with the manager\'s authorisation is kept; with none, or another role\'s, it is reviewed', () => {
    expect(check(retained(by(personalDevice, 'manager')), B)).toMatchObject({ action: 'keep', allowed: true, rules: [] });
    for (const over of [personalDevice, by(personalDevice, 'room-leader'), by(personalDevice, 'head-of-setting')]) {
      const d = check(retained(over), B);
      expect(d).toMatchObject({ action: 'review', allowed: false, rules: ['retention.storage.personal-device.unauthorised'] });
      expect(d.deleteBy).toBeUndefined();
      expect(d.reasons[0]?.remedy).toContain('storageAuthorisedBy');
    }
  });

  it('removable media: kept with the role each policy accepts, reviewed with another role', () => {
    expect(check(retained(by(removable, 'manager')), B).action).toBe('keep');
    expect(check(by(removable, 'manager'), T).action).toBe('keep');
    expect(check(by(removable, 'head-teacher'), K).rules).toEqual(['retention.disposal.not-agreed', 'retention.access.not-agreed']);
    expect(check(retained(by(removable, 'head-teacher')), K).action).toBe('keep');
    expect(check(retained(by(removable, 'manager')), K).rules).toEqual(['retention.storage.removable-media.unauthorised']);
    expect(check(by(removable, 'head-teacher'), T).rules).toEqual(['retention.storage.removable-media.unauthorised']);
    // Forbidden where the policy forbids it, whoever authorised it.
    expect(check(by(removable, 'head-of-setting'), H).rules).toEqual(['retention.storage.removable-media.forbidden']);
    expect(check(by(removable, 'manager'), C).rules).toEqual(['retention.storage.removable-media.forbidden']);
  });

  it('the setting\'s own devices and systems need no authorisation under any preset', () => {
    for (const storedOn of ['setting-device', 'setting-platform', 'central-hosting'] as const) {
      for (const policy of [H, T, C] as const) expect(check({ storedOn, takenAt: '2026-11-01' }, policy).rules, `${storedOn} ${policy}`).toEqual([]);
      for (const policy of ['baseline', B, K] as const) {
        expect(check(retained({ storedOn, agreedStorage: [storedOn] }), policy).rules, `${storedOn} ${policy}`).toEqual([]);
      }
    }
  });

  it('a photo with no child in it may be kept anywhere', () => {
    for (const over of [personalDevice, removable, other, { storedOn: 'setting-device' as const, agreedStorage: ['removable-media' as const] }]) {
      for (const policy of ['baseline', B, H, T, C, K] as const) {
        expect(check({ ...noChild(over), retentionAgreement: 'retain' }, policy).rules, `${over.storedOn} ${policy}`).toEqual([]);
      }
    }
  });

  it('the nightly sweep says the same: a personal device under Homerton is deleted today, under Barnet reviewed', () => {
    const records = [photo(personalDevice), photo({ ...personalDevice, id: 'p2', storageAuthorisedBy: 'manager' })];
    const h = [...planPhotoRetention(records, { policy: H, at: AT })];
    expect(h.map((a) => [a.action, a.deleteBy, a.rules])).toEqual([
      ['delete', TODAY, ['retention.storage.personal-device.forbidden']],
      ['delete', TODAY, ['retention.storage.personal-device.forbidden']],
    ]);
    const b = planPhotoRetention(records, { policy: B, at: AT });
    expect([...b].map((a) => [a.action, a.rules])).toEqual([
      ['review', ['retention.disposal.not-agreed', 'retention.storage.personal-device.unauthorised']],
      ['review', ['retention.disposal.not-agreed']],
    ]);
    expect(b.summary.rules['retention.storage.personal-device.unauthorised']).toBe(1);
  });
});

describe('retention: the agreement on how the images will be stored (000 Photography and Videos; 004 Section 27)', () => {
  it('kept where agreed: no finding; somewhere else: review, naming the agreed place in the remedy', () => {
    expect(check({ agreedStorage: ['setting-platform'] }).rules).toEqual([]);
    const d = check({ storedOn: 'central-hosting', agreedStorage: ['setting-platform'] });
    expect(d).toMatchObject({ action: 'review', rules: ['retention.storage.agreement.elsewhere'] });
    expect(d.reasons[0]?.remedy).toContain('agreedStorage');
  });
  it('stored elsewhere than agreed and in a forbidden place: delete wins', () => {
    expect(check({ storedOn: 'personal-device', agreedStorage: ['setting-device'] })).toMatchObject({
      action: 'delete', deleteBy: TODAY, rules: ['retention.storage.personal-device.forbidden', 'retention.storage.agreement.elsewhere'],
    });
  });
  it('for how long: the agreed period (retainUntil) is still read, beside the agreed place', () => {
    expect(check({ retainUntil: null, agreedStorage: null }).rules).toEqual(['retention.period.missing', 'retention.storage.agreement.missing']);
    expect(check({ retainUntil: null, agreedStorage: null }, B).rules).toEqual(
      ['retention.disposal.not-agreed', 'retention.period.missing', 'retention.storage.agreement.missing']);
  });
  it('the finding cites the policy in force: Barnet\'s own words, Kirklees\' own words', () => {
    const cite = (policy: PresetId | SettingPolicy) => check({ agreedStorage: null }, policy).reasons.find((r) => r.rule === 'retention.storage.agreement.missing')?.clause;
    expect(cite(B)?.section).toContain('how the images will be stored, and for how long');
    expect(cite(K)?.section).toContain('where these will be stored');
  });
});

// Records with the storage fields sometimes present: whatever else fires, the place decides at least this much.
const storedArb = fc.tuple(recordArb, fc.option(fc.constantFrom(...roles), { nil: undefined }),
  fc.option(fc.subarray([...storageKinds], { maxLength: 3 }), { nil: undefined }))
  .map(([r, storageAuthorisedBy, agreedStorage]): PhotoRecord => ({ ...r, storageAuthorisedBy, agreedStorage, takenAt: '2026-01-05T10:00:00Z' }));

describe('retention storage: properties over generated records, under every preset', () => {
  it('a photo of children in a forbidden place is deleted by today; in a place needing authorisation without an accepted role, never kept', () => {
    fc.assert(fc.property(storedArb, fc.constantFrom(...presetIds), (r, id) => {
      const d = checkPhotoRetention(r, { policy: id, at: AT });
      const section = presetPolicy(id).retention;
      const place = section.storagePlaces[r.storedOn];
      if (r.childIds.length === 0) return;
      // Due today at the latest (another rule may have made it due earlier).
      if (place === 'forbidden') { expect(d.action).toBe('delete'); expect(d.deleteBy! <= TODAY).toBe(true); }
      if (place === 'with-authorisation' && !(r.storageAuthorisedBy && section.storageAuthorisers.includes(r.storageAuthorisedBy))) expect(d.action).not.toBe('keep');
      if (section.requireStorageAgreement && !r.agreedStorage?.includes(r.storedOn)) expect(d.action).not.toBe('keep');
    }), { numRuns: 300 });
  });
  it('the sweep decides each record as checkPhotoRetention does', () => {
    fc.assert(fc.property(fc.array(storedArb, { maxLength: 10 }), fc.constantFrom(...presetIds), (records, policy) => {
      const actions = [...planPhotoRetention(records, { policy, at: AT })];
      records.forEach((r, i) => {
        const d = checkPhotoRetention(r, { policy, at: AT });
        expect([actions[i]!.action, actions[i]!.deleteBy]).toEqual([d.action, d.deleteBy]);
        expect([...actions[i]!.rules].sort()).toEqual(d.reasons.map((f) => f.rule).sort());
      });
    }), { numRuns: 100 });
  });
});
