import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256 } from './hash.js';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it("agrees with Node's crypto at every length around the block and padding edges (55, 56, 63, 64, 119, 120 bytes)", () => {
    for (let n = 0; n <= 200; n++) {
      const s = 'x'.repeat(n);
      expect(sha256(s), `${n} bytes`).toBe(node(s));
    }
  });

  it("agrees with Node's crypto on any text, encoded as UTF-8", () => {
    expect(sha256('£ é 👶')).toBe(node('£ é 👶'));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => sha256(s) === node(s)), { numRuns: 300 });
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, leaves out undefined, functions and symbols, and writes JSON', () => {
    expect(canonicalJson({ b: [1, 'x', undefined, NaN], a: { d: true, c: null, e: undefined, f: () => 1, g: Symbol('s') } }))
      .toBe('{"a":{"c":null,"d":true},"b":[1,"x",null,null]}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('a"b')).toBe('"a\\"b"');
    expect(canonicalJson({ at: new Date('2026-12-01T10:00:00Z') })).toBe('{"at":"2026-12-01T10:00:00.000Z"}');
  });
});
