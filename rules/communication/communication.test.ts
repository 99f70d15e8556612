import { describe, expect, it } from 'vitest';
import { canCommunicate } from '../../src/communication/canCommunicate/index.js';
import type { CommunicationRequest } from '../../src/communication/schema.js';
import type { PresetId } from '../../src/policy/presets.js';

// Scenario tests written from the clauses: for every rule, a request that fires it and one that does not.
const calm: CommunicationRequest = {
  sender: 'staff', channel: 'setting-email', counterpart: 'parent-or-carer', action: 'message', purpose: 'professional',
  workingHours: true, whileSupervising: false, onPremises: true, onSettingEquipment: true, lessonTime: false,
};
const at = (q: Partial<CommunicationRequest>): CommunicationRequest => ({ ...calm, ...q }) as CommunicationRequest;
const rules = (q: CommunicationRequest, policy: PresetId) => canCommunicate(q, { policy }).reasons.map((r) => r.rule);
const crisis = { counterpart: 'child', channel: 'setting-phone', childInCrisis: true } as const;
const friend = { channel: 'social-network', action: 'friend-request', purpose: 'personal', onSettingEquipment: false, workingHours: false } as const;
const social = { channel: 'social-network', action: 'browse-social-network', purpose: 'personal' } as const;

type Case = [rule: string, preset: PresetId, fires: CommunicationRequest, quiet: CommunicationRequest];
const cases: Case[] = [
  ['communication.channel.not-professional', 'baseline', at({ channel: 'personal-email', onSettingEquipment: false }), at({ channel: 'learning-journal' })],
  ['communication.text.child-in-crisis', 'kirklees-primary', at({ ...crisis }), at({ ...crisis, otherChannelsAvailable: false })],
  ['communication.text.last-resort', 'kirklees-primary', at({ ...crisis, otherChannelsAvailable: false }), at({ ...crisis, childInCrisis: false })],
  ['communication.email.while-supervising', 'two-mile-ash-pre-school', at({ whileSupervising: true }), at({ whileSupervising: false })],
  ['communication.personal-email.setting-equipment', 'two-mile-ash-pre-school', at({ channel: 'personal-email', counterpart: 'colleague', purpose: 'personal' }), at({ channel: 'personal-email', counterpart: 'colleague', purpose: 'personal', onSettingEquipment: false })],
  ['communication.learning-journal.outside-hours', 'two-mile-ash-pre-school', at({ channel: 'learning-journal', action: 'access-learning-journal', workingHours: false }), at({ channel: 'learning-journal', action: 'access-learning-journal' })],
  ['communication.personal.family', 'homerton-early-years', at({ channel: 'messaging-app', purpose: 'personal', counterpart: 'former-parent-or-carer' }), at({ channel: 'messaging-app', purpose: 'personal', counterpart: 'former-parent-or-carer', priorRelationship: { disclosedToManager: true } })],
  ['communication.prior-relationship.no-boundary', 'two-mile-ash-pre-school', at({ channel: 'messaging-app', purpose: 'personal', priorRelationship: { disclosedToManager: true } }), at({ channel: 'messaging-app', purpose: 'personal', priorRelationship: { disclosedToManager: true, boundaryAgreed: true } })],
  ['communication.prior-relationship.disclosed', 'homerton-early-years', at({ channel: 'messaging-app', purpose: 'personal', priorRelationship: { disclosedToManager: true } }), at({ channel: 'messaging-app', purpose: 'personal', priorRelationship: { disclosedToManager: false } })],
  ['communication.contact-details.child', 'barnet-early-years', at({ counterpart: 'child', action: 'share-contact-details' }), at({ counterpart: 'child', action: 'share-contact-details', permissions: [{ from: 'manager', for: 'contact-details' }, { from: 'parent', for: 'contact-details' }] })],
  ['communication.contact-details.child-senior', 'kirklees-primary', at({ counterpart: 'child', action: 'share-contact-details', permissions: [{ from: 'manager', for: 'contact-details' }, { from: 'parent', for: 'contact-details' }] }), at({ counterpart: 'child', action: 'share-contact-details', permissions: [{ from: 'senior-management', for: 'contact-details' }, { from: 'parent', for: 'contact-details' }] })],
  ['communication.friend-request.child', 'baseline', at({ ...friend, counterpart: 'former-child' }), at({ ...friend, counterpart: 'colleague' })],
  ['communication.friend-request.parent', 'cambridgeshire-early-years', at({ ...friend }), at({ ...friend, counterpart: 'colleague' })],
  ['communication.friend-request.parent-even-if-friends', 'two-mile-ash-pre-school', at({ ...friend, priorRelationship: { disclosedToManager: true, boundaryAgreed: true } }), at({ ...friend, counterpart: 'former-parent-or-carer' })],
  ['communication.friend-request.parent-without-permission', 'homerton-early-years', at({ ...friend }), at({ ...friend, permissions: [{ from: 'parent', for: 'friend-request' }] })],
  ['communication.social.privacy', 'homerton-early-years', at({ ...friend }), at({ ...friend, privacySettingsMax: true })],
  ['communication.social.working-hours', 'homerton-early-years', at({ ...social, workingHours: true }), at({ ...social, workingHours: false })],
  ['communication.social.setting-equipment', 'homerton-early-years', at({ ...social, workingHours: false }), at({ ...social, workingHours: false, onSettingEquipment: false })],
  ['communication.social.on-premises', 'cambridgeshire-early-years', at({ ...social }), at({ ...social, permissions: [{ from: 'manager', for: 'social-networking' }] })],
  ['communication.social.lesson-time', 'kirklees-primary', at({ ...social, lessonTime: true }), at({ ...social, lessonTime: false })],
];

describe('communication rules: each fires on its clause and not otherwise', () => {
  it.each(cases)('%s (%s)', (rule, preset, fires, quiet) => {
    expect(rules(fires, preset)).toContain(rule);
    expect(rules(quiet, preset)).not.toContain(rule);
  });
});

describe('the same request, answered by each preset from its own policy', () => {
  const d = (q: CommunicationRequest, p: PresetId) => canCommunicate(q, { policy: p });
  it('a friend request to a parent who gave explicit permission: Homerton allows, Two Mile Ash and Cambridgeshire forbid', () => {
    const q = at({ ...friend, privacySettingsMax: true, permissions: [{ from: 'parent', for: 'friend-request' }] });
    expect(d(q, 'homerton-early-years')).toMatchObject({ allowed: true, reasons: [] });
    expect(d(q, 'two-mile-ash-pre-school').reasons.map((r) => r.clause.source)).toEqual(['002_ed2002546c8e0053.txt']);
    expect(d(q, 'cambridgeshire-early-years').reasons.map((r) => r.clause.source)).toEqual(['003_20a7bc9faa9d6812.txt']);
    expect(d(q, 'two-mile-ash-pre-school').allowed || d(q, 'cambridgeshire-early-years').allowed).toBe(false);
  });
  it('personal webmail on a setting laptop, not supervising: Kirklees allows, Two Mile Ash forbids', () => {
    const q = at({ channel: 'personal-email', counterpart: 'colleague', purpose: 'personal' });
    expect(d(q, 'kirklees-primary').allowed).toBe(true);
    expect(d(q, 'two-mile-ash-pre-school').reasons.map((r) => r.rule)).toEqual(['communication.personal-email.setting-equipment']);
  });
  it('social networking on a break, on the premises, own phone: Homerton and Cambridgeshire differ from Kirklees', () => {
    const q = at({ ...social, workingHours: true, onSettingEquipment: false, lessonTime: false });
    expect(d(q, 'homerton-early-years').reasons.map((r) => r.rule)).toEqual(['communication.social.working-hours']);
    expect(d(q, 'cambridgeshire-early-years').reasons.map((r) => r.rule)).toEqual(['communication.social.on-premises']);
    expect(d(q, 'kirklees-primary').allowed).toBe(true);
  });
  it('a disclosed prior friendship: Homerton allows personal texts; Two Mile Ash also needs an agreed boundary', () => {
    const q = at({ channel: 'personal-phone', purpose: 'personal', priorRelationship: { disclosedToManager: true } });
    expect(d(q, 'homerton-early-years').allowed).toBe(true);
    expect(d(q, 'two-mile-ash-pre-school').allowed).toBe(false);
  });
});
