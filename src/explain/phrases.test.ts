import { describe, expect, it } from 'vitest';
import { shippedMessages } from './catalogue.js';
import { explain } from './explain.js';

// The exact English a reader gets from the shipped phrases, for each kind of result. The records are written by hand
// in the shapes the decision functions return (a sweep's record names its rules; a classification has a tier).
const staff = (r: object) => explain(r as never, { reader: 'staff' }).sentences;
const parent = (r: object, child?: string) => explain(r as never, child === undefined ? { reader: 'parent' } : { reader: 'parent', child }).sentences;
const purge = shippedMessages['retention.yearly.purge']!;

describe('the words of a sweep, for staff', () => {
  it('keep, with and without the date it is due to be deleted', () => {
    expect(staff({ action: 'keep', rules: [] })).toEqual(['Keep the photo.']);
    expect(staff({ action: 'keep', rules: [], deleteBy: '2027-11-01' })).toEqual(['Keep the photo; it is due to be deleted by 1 November 2027.']);
  });

  it('delete, review and take down', () => {
    expect(staff({ action: 'delete', rules: [] })).toEqual(['Delete the photo.']);
    expect(staff({ action: 'delete', rules: ['retention.yearly.purge'], by: '2026-10-01' })).toEqual(['Delete the photo by 1 October 2026.', purge.staff]);
    expect(staff({ action: 'review', rules: [], by: '2026-10-01' })).toEqual(['A person must review this photo.']); // a review has no date
    expect(staff({ action: 'take-down', rules: [] })).toEqual(['Take the photo down.']);
    expect(staff({ action: 'take-down', rules: [], by: '2026-12-01T09:30:00Z' })).toEqual(['Take the photo down by 09:30 on 1 December 2026.']);
  });

  it('obscure: the children that are ids, joined, with or without a date', () => {
    expect(staff({ action: 'obscure', obscure: ['c1', 5, 'c3'], rules: [] })).toEqual(['Obscure these children in the photo: c1, c3.']);
    expect(staff({ action: 'obscure', obscure: ['c1', 'c3'], by: '2026-12-01', rules: [] })).toEqual(['Obscure these children in the photo by 1 December 2026: c1, c3.']);
    // a record without its list names nobody
    expect(staff({ action: 'obscure', rules: [] })).toEqual(['Obscure these children in the photo: .']);
  });
});

describe('the words of a sweep, for a parent', () => {
  it('keep, delete, review, take down: what happens to the photo, and when', () => {
    expect(parent({ action: 'keep', rules: [] }, 'c1')).toEqual(['The setting may keep this photo for now.']);
    expect(parent({ action: 'keep', rules: [], deleteBy: '2027-11-01' }, 'c1')).toEqual(['The setting may keep this photo until 1 November 2027.']);
    expect(parent({ action: 'delete', rules: [] }, 'c1')).toEqual(['The photo will be deleted.']);
    expect(parent({ action: 'review', rules: [] }, 'c1')).toEqual(['A member of staff will look at this photo again.']);
    expect(parent({ action: 'take-down', rules: [] }, 'c1')).toEqual(['The photo will be taken down.']);
    expect(parent({ action: 'take-down', rules: [], by: '2026-12-01' }, 'c1')).toEqual(['The photo will be taken down by 1 December 2026.']);
  });

  it('reads the rules of the record in words for parents', () => {
    expect(parent({ action: 'delete', by: '2026-10-01', rules: ['retention.yearly.purge'] }, 'c1')).toEqual(['The photo will be deleted by 1 October 2026.', purge.parent]);
  });

  it('obscure: hidden if the child is in the list, else only that the photo changes', () => {
    expect(parent({ action: 'obscure', obscure: ['c1'], rules: [] }, 'c1')).toEqual(['It could go ahead with your child hidden or blurred, so that they cannot be recognised.']);
    expect(parent({ action: 'obscure', obscure: ['c1'], by: '2026-12-01', rules: [] }, 'c1')).toEqual(['Your child will be hidden or blurred in the photo by 1 December 2026.']);
    expect(parent({ action: 'obscure', obscure: ['c1'], rules: [] }, 'c2')).toEqual(['The photo will be changed.']);
    expect(parent({ action: 'obscure', obscure: ['c1'], by: '2026-12-01', rules: [] }, 'c2')).toEqual(['The photo will be changed by 1 December 2026.']);
    expect(parent({ action: 'obscure', obscure: ['c1'], rules: [] })).toEqual(['The photo will be changed.']); // no child given
  });
});

describe('the words of a classification and a decision', () => {
  it('gives each misuse tier its sentence, and an unknown tier the manager\'s call', () => {
    expect(staff({ tier: 'illegal-or-always-unacceptable', reasons: [] })).toEqual(['This misuse is always unacceptable, and may be illegal.']);
    expect(staff({ tier: 'disciplinary', reasons: [] })).toEqual(['This misuse breaches the code of conduct.']);
    expect(staff({ tier: 'not-misuse', reasons: [] })).toEqual(['This is not misuse.']);
    for (const tier of ['context-dependent', 'toString', '__proto__']) {
      expect(staff({ tier, reasons: [] }), tier).toEqual(['How serious this is depends on the context: the manager decides.']);
    }
  });

  it('tells a parent a decision with nothing against it can go ahead', () => {
    expect(parent({ allowed: true, reasons: [] }, 'c1')).toEqual(['This can go ahead.']);
  });

  it('names a rule without a clause by its id for an inspector', () => {
    expect(explain({ action: 'delete', rules: ['retention.yearly.purge'] } as never, { reader: 'inspector' }).sentences)
      .toEqual(['Delete the photo.', purge.staff, 'Rule retention.yearly.purge.']);
  });
});
