import { describe, expect, it } from 'vitest';
import type { Consent, Photo, PhotoChild } from './schema.js';
import type { PresetId } from '../../src/core/policy/presets.js';
import { consent, consents, photo, decideCase as run, type ImageCase as Case } from '../../test/support/image.js';

// Each preset is its own policy (issue 13): under a preset an image rule fires only where that policy or the law makes
// its requirement, and its finding cites that policy's own clause (or the statutory facts), never another setting's.
// One row per rule: an input that fires it, and for each preset the source it must cite there ('-': it must not fire).
// The baseline keeps the strictest common reading and cites each rule's primary clause; it does not adopt a single
// policy's stricter reading of its own product or audience (Two Mile Ash's Baby's Days and valid reasons, Kirklees'
// pupil agreement), which those presets keep.
type Seed = '000' | '001' | '002' | '003' | '004' | 'sta' | '-';
type Row = [rule: string, q: Case, baseline: Seed, barnet: Seed, homerton: Seed, twoMileAsh: Seed, cambridgeshire: Seed, kirklees: Seed];
const presets: PresetId[] = ['baseline', 'barnet-early-years', 'homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years', 'kirklees-primary'];

const at = (over: Partial<Photo>): Case => ({ photo: photo(over) });
const c2 = (over: Partial<Consent>, p: Partial<Photo> = {}): Case => ({ photo: photo(p), consents: [consent('c1'), consent('c2', over)] });
const kids = (c: Partial<PhotoChild>): Partial<Photo> => ({ children: [{ id: 'c1', agreed: true }, { id: 'c2', ...c }] });
const web = (over: Partial<Photo> = {}): Partial<Photo> => ({ audience: 'setting-website', approvedBy: 'manager', ...over });
const closed = { closed: true, moderated: true };
const personal = (device: Partial<Photo['device']>): Case => at({ device: { owner: 'personal', ...device } });

const rows: Row[] = [
  ['image.consent.missing', { photo: photo(), consents: [consent('c1')] }, '000', '000', '001', '002', 'sta', '004'],
  ['image.consent.missing-visible', { photo: photo(kids({ identifiable: false })), consents: [consent('c1')] }, '-', '-', '-', '002', '-', '-'],
  ['image.consent.contradictory', { photo: photo(), consents: [...consents(), consent('c2', { audiences: ['setting-display'] })] }, '004', '000', '001', '002', 'sta', '004'],
  ['image.consent.not-written', c2({ written: false }), '000', '000', 'sta', '002', 'sta', '004'],
  ['image.consent.giver-not-accepted', c2({ givenBy: 'other' }), '000', '000', '001', '002', 'sta', '004'],
  ['image.consent.audience-not-covered', c2({ audiences: ['training'] }), '000', '000', '001', '002', 'sta', '004'],
  ['image.consent.withdrawn', c2({ withdrawnAt: '2026-11-01' }), '004', '000', '001', '002', 'sta', '004'],
  ['image.consent.given-after-taking', c2({ givenAt: '2026-11-21T12:00:00Z' }), '004', '000', '001', '002', '-', '004'],
  ['image.consent.review-overdue', c2({ reviewBy: '2026-11-01' }), 'sta', 'sta', 'sta', 'sta', 'sta', 'sta'],
  ['image.consent.implications-not-explained', c2({ implicationsExplained: false }, { audience: 'publicity' }), '000', '000', '-', '-', '-', '004'],
  ['image.child.objects', at(kids({ agreed: true, objects: true })), '001', '000', '001', '002', '003', '004'],
  ['image.child.agreement-required', at(kids({})), '-', '-', '-', '-', '-', '004'],
  ['image.child.agreement-sought', at(kids({})), '000', '000', '-', '-', '-', '-'],
  ['image.name.full', at(web({ caption: 'Ava Jones' })), '004', '-', '001', '-', '-', '004'],
  ['image.name.full', at({ audience: 'setting-display', caption: 'Ava Jones' }), '004', '-', '-', '-', '-', '004'],
  ['image.name.full', at({ audience: 'publicity', caption: 'Ava Jones' }), '004', '-', '001', '002', '-', '004'],
  ['image.name.full', at({ audience: 'setting-social-media', approvedBy: 'manager', socialMediaAccount: closed, caption: 'Ava Jones' }), '004', '-', '001', '-', '003', '004'],
  ['image.name.any', at({ caption: 'Ava builds a den' }), '-', '-', '-', '002', '-', '-'],
  ['image.name.any', at(web({ caption: 'Ava builds a den' })), '002', '-', '-', '-', '-', '004'],
  ['image.name.any', at({ audience: 'setting-social-media', approvedBy: 'manager', socialMediaAccount: closed, caption: 'Ava builds a den' }), '002', '-', '-', '-', '003', '-'],
  ['image.name.file-name', at(web({ fileName: 'ava_den.jpg' })), '001', '-', '001', '-', '-', '004'],
  ['image.name.list', at(web({ nameList: ['Class 2'] })), '004', '-', '-', '-', '-', '004'],
  ['image.name.list', at({ nameList: ['Class 2'] }), '-', '-', '-', '002', '-', '-'],
  ['image.name.list', at({ audience: 'setting-social-media', approvedBy: 'manager', socialMediaAccount: closed, nameList: ['Class 2'] }), '004', '-', '-', '-', '003', '-'],
  ['image.content.dress', at({ appropriatelyDressed: undefined }), '000', '000', 'sta', 'sta', 'sta', '004'],
  ['image.content.distress', at({ mayCauseDistress: true }), '000', '000', '001', '002', '003', '004'],
  ['image.content.secret', at({ takenInSecret: undefined }), '000', '000', '001', '002', '-', '004'],
  ['image.content.personal-use', at({ takenForPersonalUse: true }), '000', '000', '001', '002', '003', '004'],
  ['image.content.one-to-one', at({ oneToOne: true }), '000', '000', '-', '-', '-', '004'],
  ['image.content.single-child-context', at({ children: [{ id: 'c1', agreed: true }], showsSurroundingContext: undefined }), '000', '000', '-', '-', '-', '004'],
  ['image.content.branded-clothing', at({ audience: 'publicity', brandedClothing: undefined }), '002', '-', '-', '002', '-', '-'],
  ['image.content.purpose', at({ purpose: undefined }), '000', '000', '001', '002', '-', '004'],
  ['image.content.purpose-not-valid', at({ purpose: 'personal' }), '002', '000', '001', '002', '003', '004'],
  ['image.content.purpose-not-valid', at({ purpose: 'marketing' }), '-', '-', '-', '002', '-', '-'],
  ['image.device.personal-forbidden', personal({ kind: 'camera' }), '003', '-', '-', '002', '003', '004'],
  ['image.device.personal-unauthorised', personal({ kind: 'camera' }), '-', '000', '001', '-', '-', '-'],
  ['image.device.personal-phone', personal({ kind: 'phone', authorisedBy: 'Kim', authorisedByRole: 'manager' }), '001', '-', '001', '002', '003', '004'],
  ['image.device.personal-kind-unknown', personal({}), '001', '-', '001', '002', '003', '004'],
  ['image.audience.not-permitted', at(web()), '-', '-', '-', '002', '-', '-'],
  ['image.audience.identifiable-individual', at(web(kids({ identifiable: false }))), '004', '-', '-', '-', '-', '004'],
  ['image.audience.social-media-not-closed', at({ audience: 'setting-social-media', approvedBy: 'manager' }), '003', '-', '-', '-', '003', '-'],
  ['image.audience.not-moderated', at({ audience: 'setting-social-media', socialMediaAccount: closed }), '004', '-', '-', '-', '003', '004'],
];

describe('image findings cite the policy in force: its own clause, the law, or none at all', () => {
  it.each(rows.map((r, i) => [`${r[0]} #${i}`, r] as const))('%s', (_, [rule, q, ...want]) => {
    presets.forEach((preset, i) => {
      const cited = run(q, preset).reasons.filter((r) => r.rule === rule).map((r) => r.clause.source.slice(0, 3));
      if (want[i] === '-') expect(cited, `${rule} under ${preset}`).toEqual([]);
      else {
        expect(cited.length, `${rule} fires under ${preset}`).toBeGreaterThan(0);
        expect(new Set(cited), `${rule} under ${preset}`).toEqual(new Set([want[i]]));
      }
    });
  });

  it('every image rule has a row', async () => {
    const { imageArea } = await import('./area.js');
    const named = new Set(rows.map((r) => r[0]));
    expect(imageArea.rules.flatMap((f) => f.rules.map((r) => r.name)).filter((n) => !named.has(n))).toEqual([]);
  });
});
