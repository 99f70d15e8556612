/**
 * Lower-cased words of a text, letters and digits only (any script).
 *
 * @example
 * ```ts
 * words("Leo O'Neill, age 4!"); // ['leo', "o'neill", 'age', '4']
 * ```
 */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/**
 * Where a child's names appear among the texts that travel with a photo.
 *
 * @example
 * ```ts
 * nameUse('Leo', 'Smith', [words('Leo and Mia')], words('leo-smith.jpg')); // { full: false, any: true, inFile: true }
 * ```
 */
export function nameUse(first: string | undefined, last: string | undefined, texts: string[][], fileName: string[]) {
  const f = first ? words(first) : [];
  const l = last ? words(last) : [];
  const has = (ws: string[], name: string[]) => name.length > 0 && ws.length >= name.length &&
    ws.some((_, i) => name.every((n, j) => ws[i + j] === n));
  const full = f.length > 0 && l.length > 0 && texts.some((ws) => has(ws, f) && has(ws, l));
  const any = texts.some((ws) => has(ws, f) || has(ws, l));
  const inFile = has(fileName, f) || has(fileName, l);
  return { full, any, inFile };
}
