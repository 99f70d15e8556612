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

  it('whom personal communication is forbidden with, as each policy says', () => {
    const forbidden = (policy: string) => Object.fromEntries((['child', 'former-child', 'parent-or-carer', 'former-parent-or-carer', 'colleague'] as const)
      .map((counterpart) => [counterpart, root({ counterpart }, policy as never).personalContactForbidden]));
    expect(forbidden('homerton-early-years')).toEqual({ child: true, 'former-child': true, 'parent-or-carer': true, 'former-parent-or-carer': true, colleague: false });
    expect(forbidden('two-mile-ash-pre-school')).toEqual({ child: true, 'former-child': false, 'parent-or-carer': true, 'former-parent-or-carer': false, colleague: false });
    for (const p of ['barnet-early-years', 'cambridgeshire-early-years', 'kirklees-primary']) {
      expect(forbidden(p)).toEqual({ child: true, 'former-child': true, 'parent-or-carer': false, 'former-parent-or-carer': false, colleague: false });
    }
  });
  it('personal use of setting equipment: authorised by the Head of Centre (Homerton) or the manager (Cambridgeshire)', () => {
    const hoc = [{ from: 'head-of-setting', for: 'personal-use' }] as const;
    const mgr = [{ from: 'manager', for: 'personal-use' }] as const;
    expect(root({ permissions: [...hoc] }, 'homerton-early-years' as never).personalUseAuthorised).toBe(true);
    expect(root({ permissions: [...mgr] }, 'homerton-early-years' as never).personalUseAuthorised).toBe(false);
    expect(root({ permissions: [...mgr] }, 'cambridgeshire-early-years' as never).personalUseAuthorised).toBe(true);
    expect(root({ permissions: [...hoc] }, 'cambridgeshire-early-years' as never).personalUseAuthorised).toBe(false);
  });
  it('what a post contains: stated or not, and each kind', () => {
    expect(root({}).postContentStated).toBe(false);
    expect(root({ postContent: [] })).toMatchObject({ postContentStated: true, postConfidential: false, postIdentifiesSetting: false, postDetrimental: false });
    expect(root({ postContent: ['about-work', 'links-setting-website'] })).toMatchObject({ postAboutWork: true, postLinksSettingWebsite: true, postConfidential: false });
    expect(root({ learningJournalApproved: true }).learningJournalApproved).toBe('yes');
    expect(root({}).learningJournalApproved).toBe('unknown');
  });
});
