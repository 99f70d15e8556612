import { describe, expect, it } from 'vitest';
import { nameUse, words } from './names.js';

describe('words', () => {
  it('lower-cases, folds compatibility forms, and splits on anything but letters, digits and apostrophes', () => {
    expect(words('Ava_Jones-2026.JPG')).toEqual(['ava', 'jones', '2026', 'jpg']);
    expect(words('Ｎｏａｈ  O\'Brien')).toEqual(['noah', "o'brien"]);
    expect(words('  Zoë, Łukasz!  ')).toEqual(['zoë', 'łukasz']);
    expect(words('')).toEqual([]);
    expect(words('--')).toEqual([]);
  });
});

describe('nameUse', () => {
  const texts = (...t: string[]) => t.map(words);
  it('a full name needs the first and the last name in the same text', () => {
    expect(nameUse('Ava', 'Jones', texts('Ava Jones painting'), []).full).toBe(true);
    expect(nameUse('Ava', 'Jones', texts('Ava painting', 'Jones family'), []).full).toBe(false);
    expect(nameUse('Ava', undefined, texts('Ava Jones'), []).full).toBe(false);
    expect(nameUse(undefined, 'Jones', texts('Ava Jones'), []).full).toBe(false);
  });
  it('any name is the first or the last name, as whole words, in any text', () => {
    expect(nameUse('Ava', 'Jones', texts('lunch', 'with Ava'), []).any).toBe(true);
    expect(nameUse('Ava', 'Jones', texts('the Jones family'), []).any).toBe(true);
    expect(nameUse('Ava', 'Jones', texts('Avalanche of paint', 'Jonesy'), []).any).toBe(false);
    expect(nameUse(undefined, undefined, texts('anything'), []).any).toBe(false);
    expect(nameUse('', '', texts(''), []).any).toBe(false);
  });
  it('a name of several words must appear as those words in order', () => {
    expect(nameUse('Mary Ann', undefined, texts('mary ann and friends'), []).any).toBe(true);
    expect(nameUse('Mary Ann', undefined, texts('ann mary'), []).any).toBe(false);
    expect(nameUse('Mary Ann', undefined, texts('mary and ann'), []).any).toBe(false);
    expect(nameUse('Mary Ann', undefined, texts('mary'), []).any).toBe(false); // longer than the text
    expect(nameUse('Ann', undefined, texts('mary ann'), []).any).toBe(true); // at the end of the text
  });
  it('in the file name: either name among the file name\'s words', () => {
    expect(nameUse('Ava', 'Jones', [], words('IMG_ava_01.jpg')).inFile).toBe(true);
    expect(nameUse('Ava', 'Jones', [], words('jones.png')).inFile).toBe(true);
    expect(nameUse('Ava', 'Jones', texts('Ava'), words('img_01.jpg')).inFile).toBe(false);
  });
});
