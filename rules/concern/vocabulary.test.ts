import { describe, expect, it } from 'vitest';
import { recipientsWhoAreSubject, subjectRoles } from './vocabulary.js';

// Who must never be told of a concern because the concern is about them.
describe('recipientsWhoAreSubject', () => {
  it('a concern about the manager, the DSL or the registered person is never sent to them', () => {
    expect(recipientsWhoAreSubject('manager')).toEqual(['manager']);
    expect(recipientsWhoAreSubject('dsl')).toEqual(['dsl']);
    expect(recipientsWhoAreSubject('registered-person')).toEqual(['registered-person']);
  });
  it('any other subject, or nobody, excludes no recipient', () => {
    const others = subjectRoles.filter((r) => !['manager', 'dsl', 'registered-person'].includes(r));
    expect(others).toEqual(['staff', 'volunteer', 'childminder', 'parent', 'child', 'other', 'unknown']);
    for (const role of [...others, 'none'] as const) expect([role, recipientsWhoAreSubject(role)]).toEqual([role, []]);
  });
});
