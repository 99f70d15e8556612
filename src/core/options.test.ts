import { describe, expect, it } from 'vitest';
import { canCommunicate } from '../../rules/communication/canCommunicate.js';
import { createRuleSet } from '../ruleSets.js';
import { definePolicy, type SettingPolicyInput } from '../policy.js';
import type { CommunicationRequest } from '../../rules/communication/schema.js';
import { communicationArea } from '../../rules/communication/area.js';
import { areaRules, readOptions } from './options.js';

// A parent friend request on a social network: Homerton allows it with the parent's permission; the baseline forbids it.
const request: CommunicationRequest = {
  sender: 'staff', channel: 'social-network', counterpart: 'parent-or-carer', action: 'friend-request', purpose: 'personal',
  workingHours: false, onSettingEquipment: false, privacySettingsMax: true, permissions: [{ from: 'parent', for: 'friend-request' }],
};

describe('readOptions: a policy is read once where it cannot change, and afresh where it can', () => {
  it('a plain policy object changed between two decisions decides the second by its new values', () => {
    const policy: SettingPolicyInput = { id: 'ours', version: '1', basedOn: 'homerton-early-years' };
    expect(canCommunicate(request, { policy }).allowed).toBe(true);
    policy.communication = { friendRequestParent: 'forbidden' };
    const d = canCommunicate(request, { policy });
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((r) => r.rule)).toContain('communication.friend-request.parent');
  });

  it('a defined policy and the preset it copies decide alike, each under its own name, call after call', () => {
    const ours = definePolicy({ id: 'ours', version: '2', basedOn: 'homerton-early-years' });
    for (let i = 0; i < 3; i++) {
      const [a, b] = [canCommunicate(request, { policy: ours }), canCommunicate(request, { policy: 'homerton-early-years' })];
      expect([a.allowed, a.policy.id, a.policy.version]).toEqual([true, 'ours', '2']);
      expect([b.allowed, b.policy.id]).toEqual([true, 'homerton-early-years']);
    }
  });

  it('a rule set of your own is used for its decision, and the shipped rules for the next one without it', () => {
    const rules = createRuleSet({ disable: ['communication.friend-request.parent'] });
    expect(canCommunicate(request, { policy: 'baseline', rules }).allowed).toBe(true);
    expect(canCommunicate(request, { policy: 'baseline' }).allowed).toBe(false);
    expect(canCommunicate(request, { policy: 'baseline', rules }).allowed).toBe(true);
  });

  it('an unknown preset is refused on every call, and a known one after it is read as itself', () => {
    for (let i = 0; i < 2; i++) {
      const d = canCommunicate(request, { policy: 'homerton' as never });
      expect([d.allowed, d.reasons.map((r) => r.subject)]).toEqual([false, ['options.policy']]);
    }
    expect(canCommunicate(request, { policy: 'homerton-early-years' }).allowed).toBe(true);
  });
});

describe('readOptions: extraFields', () => {
  const said = (options: object) => readOptions(communicationArea, options).findings.map((f) => [f.subject, f.message]);
  it('is "refuse" (the default) or "ignore"; anything else is refused, naming the option', () => {
    for (const ok of [{}, { extraFields: 'refuse' }, { extraFields: 'ignore' }, { extraFields: undefined }]) expect(said(ok)).toEqual([]);
    for (const bad of ['Ignore', '', null, true, 'both']) expect(said({ extraFields: bad })).toEqual([['options.extraFields', 'options.extraFields must be one of "refuse", "ignore"']]);
  });
  it('only "ignore" reads the inputs as database rows', () => {
    expect(['ignore', 'refuse', undefined, 'x'].map((extraFields) => readOptions(communicationArea, { extraFields }).rows)).toEqual([true, false, false, false]);
  });
});


describe('areaRules', () => {
  it("an area's shipped rules are compiled once, and used when no rule set is given", () => {
    expect(areaRules(communicationArea as never)).toBe(areaRules(communicationArea as never));
    expect(readOptions(communicationArea, {}).ruleSet).toBe(areaRules(communicationArea as never));
    expect(readOptions(communicationArea, { policy: 'nowhere' }).ruleSet).toBe(readOptions(communicationArea, {}).ruleSet);
  });
  it('a policy that cannot be read is refused on every read, with its finding', () => {
    for (let i = 0; i < 2; i++) expect(readOptions(communicationArea, { policy: 'homerton' }).findings.map((f) => f.subject)).toEqual(['options.policy']);
  });
});
