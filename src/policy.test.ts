import { describe, expect, it, vi } from 'vitest';
import { presetIds, presetInfo } from './core/policy/presets.js';
import { definePolicy, isPolicyValidationError, PolicyValidationError, presetPolicy, resolvePolicy } from './policy.js';
import { registry } from './registry.js';

// The policy option as a whole: a preset id, a policy from definePolicy, or a setting's own object laid on a preset.
const KNOWN = 'baseline, barnet-early-years, homerton-early-years, two-mile-ash-pre-school, cambridgeshire-early-years, kirklees-primary';
const NOT_AN_OBJECT = [['options.policy', 'options.policy must be a preset id or a policy object']];
const accepted = (option: unknown) => {
  const r = resolvePolicy(option);
  expect(r.findings).toEqual([]);
  return r.policy;
};
/** What was wrong, as [subject, message]; a refused policy always gives the baseline beside its findings. */
const refused = (option: unknown) => {
  const r = resolvePolicy(option);
  expect(r.policy).toBe(presetPolicy('baseline'));
  return r.findings.map((f) => [f.subject, f.message]);
};
const own = { id: 'acorn', version: '2026-09' };

describe('resolvePolicy', () => {
  it('no policy is the baseline, with no findings', () => {
    expect(accepted(undefined)).toBe(presetPolicy('baseline'));
  });

  it('each preset id gives that preset, made once', () => {
    for (const id of presetIds) {
      expect(accepted(id), id).toBe(presetPolicy(id));
      expect([presetPolicy(id).id, presetPolicy(id).basedOn, presetPolicy(id).version]).toEqual([id, id, presetInfo[id].version]);
    }
  });

  it('a policy already validated (from definePolicy, or a preset) is returned as the same object', () => {
    const policy = definePolicy({ ...own, basedOn: 'kirklees-primary', image: { personalDevices: 'never' } });
    expect(resolvePolicy(policy)).toEqual({ policy, findings: [] });
    expect(accepted(policy)).toBe(policy);
    expect(accepted(presetPolicy('homerton-early-years'))).toBe(presetPolicy('homerton-early-years'));
  });

  it('an unknown preset id is refused, naming the known ones', () => {
    expect(refused('nope')).toEqual([['options.policy', `options.policy "nope" is not a preset (known: ${KNOWN})`]]);
    expect(resolvePolicy('nope').findings[0]).toMatchObject({ rule: 'input.invalid', effect: 'block', code: 'INVALID_INPUT' });
  });

  it('anything but a preset id or a plain object is refused: null, a number, an array, a class instance', () => {
    for (const option of [null, 5, true, ['baseline'], new Date(), new (class Policy { id = 'a'; version = '1'; })()]) {
      expect(refused(option)).toEqual(NOT_AN_OBJECT);
    }
  });

  it('an object without basedOn is laid on the baseline; with one, on that preset', () => {
    expect(accepted(own)).toEqual({ ...presetPolicy('baseline'), ...own, name: undefined });
    const p = accepted({ ...own, basedOn: 'kirklees-primary', name: 'Acorn', image: { personalDevices: 'never' } });
    expect([p.id, p.version, p.basedOn, p.name]).toEqual(['acorn', '2026-09', 'kirklees-primary', 'Acorn']);
    expect(p.image).toEqual({ ...presetPolicy('kirklees-primary').image, personalDevices: 'never' });
    expect(p.phone).toEqual(presetPolicy('kirklees-primary').phone);
  });

  it('an unknown basedOn is refused, naming the presets', () => {
    const finding = [['options.policy.basedOn', `options.policy.basedOn must be one of ${KNOWN}`]];
    expect(refused({ ...own, basedOn: 'elsewhere' })).toEqual(finding);
    expect(refused({ ...own, basedOn: null })).toEqual(finding);
  });

  it('each invalid field is a finding under options.policy', () => {
    expect(refused({ id: '', version: '1', image: { personalDevices: 'sometimes' } })).toEqual([
      ['options.policy.id', 'options.policy.id is too small (minimum 1)'],
      ['options.policy.image.personalDevices', 'options.policy.image.personalDevices must be one of "never", "with-authorisation"'],
    ]);
    expect(refused({ version: '1' })).toEqual([['options.policy.id', 'options.policy.id is required (string)']]);
    expect(refused({ ...own, imgae: {} })).toEqual([['options.policy', 'options.policy has unknown field(s) "imgae"']]);
  });

  it('the result is frozen all the way down, and holds copies: the caller\'s lists are neither frozen nor shared', () => {
    const list: string[] = ['publicity'];
    const p = accepted({ ...own, image: { identifiableIndividualForbiddenIn: list } });
    expect([p, p.image, p.image.identifiableIndividualForbiddenIn].map((x) => Object.isFrozen(x))).toEqual([true, true, true]);
    expect(Object.isFrozen(list)).toBe(false);
    list.push('training');
    expect(p.image.identifiableIndividualForbiddenIn).toEqual(['publicity']);
  });

  it('keys that could reach a prototype pollute nothing and are not in the policy', () => {
    const p = resolvePolicy(JSON.parse('{"id":"a","version":"1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"image":{"__proto__":{"polluted":true}}}')).policy;
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect([(p as never as Record<string, unknown>).polluted, (p.image as never as Record<string, unknown>).polluted, ({} as Record<string, unknown>).polluted]).toEqual([undefined, undefined, undefined]);
    expect(Object.hasOwn(p, 'constructor')).toBe(false);
  });
});

describe('definePolicy and PolicyValidationError', () => {
  it('throws a PolicyValidationError listing every invalid field, one a line', () => {
    const input = { id: '', version: '1', image: { personalDevices: 'sometimes' } };
    const e = (() => { try { definePolicy(input as never); } catch (x) { return x; } })() as PolicyValidationError;
    expect([e instanceof PolicyValidationError, e instanceof Error, e.name]).toEqual([true, true, 'PolicyValidationError']);
    expect(e.message).toBe('Invalid policy:\n  options.policy.id is too small (minimum 1)\n  options.policy.image.personalDevices must be one of "never", "with-authorisation"');
    expect(e.findings).toEqual(resolvePolicy(input).findings);
  });
});

describe('isPolicyValidationError', () => {
  it('true for a PolicyValidationError, from this copy of the library or another (the same name and findings)', () => {
    expect(isPolicyValidationError(new PolicyValidationError(resolvePolicy('nope').findings))).toBe(true);
    class Other extends Error { override name = 'PolicyValidationError'; findings = []; }
    expect(isPolicyValidationError(new Other('Invalid policy'))).toBe(true);
  });

  it('false for anything else: another error, one without findings, a look-alike that is not an Error', () => {
    expect(isPolicyValidationError(new Error('Invalid policy'))).toBe(false);
    expect(isPolicyValidationError(Object.assign(new Error('Invalid policy'), { findings: [] }))).toBe(false);
    expect(isPolicyValidationError(Object.assign(new Error('Invalid policy'), { name: 'PolicyValidationError' }))).toBe(false);
    expect(isPolicyValidationError(Object.assign(new Error('Invalid policy'), { name: 'PolicyValidationError', findings: 'none' }))).toBe(false);
    expect(isPolicyValidationError({ name: 'PolicyValidationError', message: 'Invalid policy', findings: [] })).toBe(false);
    expect(isPolicyValidationError(undefined)).toBe(false);
  });
});

describe('values that can never apply', () => {
  it('are refused, each under options.policy.<area>.<field>, in the registry\'s order', () => {
    const findings = refused({ ...own, retention: { yearlyPurge: false, yearlyPurgeDate: '09-01' }, image: { personalDevices: 'never', personalDeviceAuthorisers: ['manager'] } });
    expect(findings.map(([subject]) => subject)).toEqual(['options.policy.image.personalDeviceAuthorisers', 'options.policy.retention.yearlyPurgeDate']);
    expect(findings[1]).toEqual(['options.policy.retention.yearlyPurgeDate', 'options.policy.retention.yearlyPurgeDate can never apply: yearlyPurge is false, so there is no yearly purge to date. Set it to null, or yearlyPurge to true.']);
    expect(() => definePolicy({ ...own, image: { personalDevices: 'never', personalDeviceAuthorisers: ['manager'] } } as never)).toThrow(PolicyValidationError);
  });

  it('only where the setting wrote the value: the same value from the preset is not refused', () => {
    expect(accepted({ ...own, retention: { yearlyPurge: true, yearlyPurgeDate: '09-01' } }).retention.yearlyPurgeDate).toBe('09-01');
  });
});

// The schema is built when its module loads: import it afresh, so the schema under test is built by this test.
describe('settingPolicySchema', () => {
  it('has id, version, basedOn, name and one section per area, each checked by its area\'s schema', async () => {
    vi.resetModules();
    const { settingPolicySchema, presetPolicy: fresh } = await import('./policy.js');
    expect(Object.keys(settingPolicySchema.def.shape)).toEqual(['id', 'version', 'basedOn', 'name', ...registry.map((a) => a.id)]);
    const p = fresh('kirklees-primary');
    expect(settingPolicySchema.safeParse(p).success).toBe(true);
    for (const a of registry) {
      expect(settingPolicySchema.safeParse({ ...p, [a.id]: { ...p[a.id], surprise: 1 } }).success, a.id).toBe(false);
    }
  });
});
