import { describe, expect, it } from 'vitest';
import type { CommunicationRequest } from './schema.js';
import { communicationFacts } from './canCommunicate.js';

const calm: CommunicationRequest = { sender: 'staff', channel: 'setting-email', counterpart: 'parent-or-carer', action: 'message', purpose: 'professional' };
const root = (q: Partial<CommunicationRequest>, policy = 'baseline' as const) =>
  communicationFacts({ ...calm, ...q }, { policy }).sets!.root as Record<string, unknown>;

describe('communicationFacts: the facts the rules read, from a request', () => {
  it('a professional channel is one the setting provides', () => {
    const professional = { 'setting-email': true, 'setting-phone': true, 'learning-journal': true, 'personal-email': false, 'personal-phone': false, 'social-network': false, 'messaging-app': false };
    for (const [channel, yes] of Object.entries(professional)) expect(root({ channel: channel as never }).professionalChannel, channel).toBe(yes);
  });

  it('names the counterpart as the rules do (parents and former parents, whatever their role)', () => {
    expect(root({ counterpart: 'parent-or-carer' }).counterpart).toBe('parent');
    expect(root({ counterpart: 'former-parent-or-carer' }).counterpart).toBe('former-parent');
    expect(root({ counterpart: 'former-child' }).counterpart).toBe('former-child');
    expect(root({ counterpart: 'colleague' }).counterpart).toBe('colleague');
  });

  it('a child is in crisis only when the request says so; unstated yes/no answers are unknown', () => {
    expect(root({}).childInCrisis).toBe(false);
    expect(root({ childInCrisis: false }).childInCrisis).toBe(false);
    expect(root({ childInCrisis: true }).childInCrisis).toBe(true);
    expect(root({}).workingHours).toBe('unknown');
    expect(root({ workingHours: true, whileSupervising: false }).workingHours).toBe('yes');
    expect(root({ workingHours: true, whileSupervising: false }).whileSupervising).toBe('no');
  });

  it('reads a prior relationship: none, not disclosed, disclosed, disclosed with a boundary', () => {
    expect(root({}).priorRelationship).toBe('none');
    expect(root({ priorRelationship: { disclosedToManager: false } }).priorRelationship).toBe('not-disclosed');
    expect(root({ priorRelationship: { disclosedToManager: false, boundaryAgreed: true } }).priorRelationship).toBe('not-disclosed');
    expect(root({ priorRelationship: { disclosedToManager: true } }).priorRelationship).toBe('disclosed');
    expect(root({ priorRelationship: { disclosedToManager: true, boundaryAgreed: false } }).priorRelationship).toBe('disclosed');
    expect(root({ priorRelationship: { disclosedToManager: true, boundaryAgreed: true } }).priorRelationship).toBe('disclosed-with-boundary');
  });

  it('contact details need the managers the policy names and a parent', () => {
    const both = [{ from: 'manager', for: 'contact-details' }, { from: 'parent', for: 'contact-details' }] as const;
    const senior = [{ from: 'senior-management', for: 'contact-details' }, { from: 'parent', for: 'contact-details' }] as const;
    expect(root({ permissions: [...both] }).contactDetailsAgreed).toBe(true);
    expect(root({ permissions: [both[0]] }).contactDetailsAgreed).toBe(false);
    expect(root({ permissions: [...senior] }, 'kirklees-primary' as never).contactDetailsAgreed).toBe(true);
    expect(root({ permissions: [...both] }, 'kirklees-primary' as never).contactDetailsAgreed).toBe(false);
  });

  it('has no per-item facts, and names an invalid field under `request`', () => {
    expect(communicationFacts(calm, {}).sets!.items).toEqual([]);
    const bad = communicationFacts({ ...calm, channel: 'carrier-pigeon' }, {});
    expect(bad.sets).toBeUndefined();
    expect(bad.findings.map((f) => f.subject)).toEqual(['request.channel']);
  });
});
