import fc from 'fast-check';
import { expect } from 'vitest';
import type { Decision } from '../../src/core/findings.js';
import { presetIds, type PresetId } from '../../src/core/policy/presets.js';

/**
 * Anything at all as a one-input decision's input, under every preset: it never throws, never allows, and names an
 * invalid field (an `input.invalid` finding with a subject).
 */
export function expectFailsClosed(decide: (input: never, options: { policy: PresetId }) => Decision, numRuns = 300): void {
  fc.assert(fc.property(fc.anything(), fc.constantFrom(...presetIds), (junk, policy) => {
    const d = decide(junk as never, { policy });
    expect(d.allowed).toBe(false);
    expect(d.reasons.some((r) => r.rule === 'input.invalid' && typeof r.subject === 'string')).toBe(true);
  }), { numRuns });
}
