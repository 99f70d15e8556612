import { describe, expect, it } from 'vitest';
import { neverAppliesFindings, type NeverApplies } from './neverApplies.js';

// Values a setting wrote that can never apply while its other values are as they are: each is refused, by its path.
type Devices = { allowed: boolean; approvers: string[]; limit: number };
const checks: readonly NeverApplies<Devices>[] = [
  { field: 'approvers', when: (s) => !s.allowed && s.approvers.length > 0, because: 'allowed is false. Leave it empty.' },
  { field: 'limit', when: (s) => !s.allowed && s.limit > 0, because: 'allowed is false, so there is nothing to limit.' },
];
const closed: Devices = { allowed: false, approvers: ['manager'], limit: 2 };
const open: Devices = { allowed: true, approvers: ['manager'], limit: 2 };
/** The findings as [subject, message]. */
const found = (section: Devices, written: unknown, list: readonly NeverApplies<Devices>[] | undefined = checks) =>
  neverAppliesFindings('options.policy.device', list, section, written).map((f) => [f.subject, f.message]);

describe('neverAppliesFindings', () => {
  it('refuses each value the setting wrote that can never apply, naming its path and why', () => {
    expect(found(closed, { allowed: false, approvers: ['manager'], limit: 2 })).toEqual([
      ['options.policy.device.approvers', 'options.policy.device.approvers can never apply: allowed is false. Leave it empty.'],
      ['options.policy.device.limit', 'options.policy.device.limit can never apply: allowed is false, so there is nothing to limit.'],
    ]);
  });

  it('each finding is an invalid input, blocking, with a remedy naming the path', () => {
    const [f] = neverAppliesFindings('options.policy.device', checks, closed, { approvers: ['manager'] });
    expect(f).toMatchObject({ rule: 'input.invalid', effect: 'block', code: 'INVALID_INPUT', subject: 'options.policy.device.approvers', remedy: 'Correct options.policy.device.approvers and ask again.' });
  });

  it('nothing where the value can apply, given the whole section', () => {
    expect(found(open, { allowed: true, approvers: ['manager'], limit: 2 })).toEqual([]);
    expect(found({ allowed: false, approvers: [], limit: 0 }, { allowed: false, approvers: [], limit: 0 })).toEqual([]);
  });

  it('only what the setting wrote itself: a value from the preset is not the setting\'s doing', () => {
    // The section (preset laid under) says both; the setting wrote only `limit`.
    expect(found(closed, { limit: 2 })).toEqual([
      ['options.policy.device.limit', 'options.policy.device.limit can never apply: allowed is false, so there is nothing to limit.'],
    ]);
    expect(found(closed, { allowed: false })).toEqual([]);
    expect(found(closed, {})).toEqual([]);
  });

  it('nothing to check: no checks, or nothing written as an object (the schema refuses that elsewhere)', () => {
    expect(neverAppliesFindings('options.policy.device', undefined, closed, { approvers: ['manager'] })).toEqual([]);
    expect(found(closed, { approvers: ['manager'] }, [])).toEqual([]);
    for (const written of [null, undefined, 'approvers', 5, true]) expect(found(closed, written), String(written)).toEqual([]);
  });
});
