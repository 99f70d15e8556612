import { describe, expect, it } from 'vitest';
import { anyOf, triOf } from './facts.js';

describe('tri-state answers', () => {
  it('triOf: yes, no, or unknown where nobody said', () => {
    expect([true, false, undefined, null].map(triOf)).toEqual(['yes', 'no', 'unknown', 'unknown']);
  });
  it('anyOf: yes when any answer is yes, no when every answer is no, otherwise unknown', () => {
    expect(anyOf(false, true)).toBe('yes');
    expect(anyOf(null, true, undefined)).toBe('yes');
    expect(anyOf(false, false)).toBe('no');
    expect(anyOf(false)).toBe('no');
    expect(anyOf(false, undefined)).toBe('unknown');
    expect(anyOf(null, false)).toBe('unknown');
    expect(anyOf(undefined)).toBe('unknown');
    expect(anyOf()).toBe('no');
  });
});
