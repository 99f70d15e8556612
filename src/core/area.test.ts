import { describe, expect, it } from 'vitest';
import { deviceArea } from '../../rules/device/area.js';
import { defineArea } from './area.js';
import { marks } from './brand.js';

describe('defineArea', () => {
  it('freezes every data part, each input and its `also`, and leaves the schemas alone', () => {
    const also = { extra: deviceArea.inputs[0]!.schema };
    const inputs = deviceArea.inputs.map((i, n) => (n === 0 ? { ...i, also: { ...also } } : { ...i }));
    const area = defineArea({
      ...deviceArea,
      inputs,
      functions: [...deviceArea.functions],
      rules: [...deviceArea.rules],
      policy: { ...deviceArea.policy, presets: { ...deviceArea.policy.presets } },
    });
    expect(Object.isFrozen(area)).toBe(true);
    expect(Object.isFrozen(area.inputs)).toBe(true);
    expect(area.inputs.every((i) => Object.isFrozen(i))).toBe(true);
    expect(Object.isFrozen(area.inputs[0]!.also)).toBe(true);
    expect(Object.isFrozen(area.functions)).toBe(true);
    expect(Object.isFrozen(area.rules)).toBe(true);
    expect(Object.isFrozen(area.policy)).toBe(true);
    expect(Object.isFrozen(area.policy.presets)).toBe(true);
    expect(Object.isFrozen(area.inputs[0]!.schema)).toBe(Object.isFrozen(deviceArea.inputs[0]!.schema));
  });
});

describe('marks', () => {
  it('are kept under the global symbol esafety-rules.marks', () => {
    expect(marks()).toBe(marks());
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('esafety-rules.marks')]).toBe(marks());
  });
});
