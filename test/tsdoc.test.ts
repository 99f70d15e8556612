import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every export of the public entries has TSDoc with an @example (functions and classes),
// or at least a description (types and constants).
const root = join(__dirname, '..');
const entries = ['src/index.ts', 'src/engine/index.ts'].map((f) => join(root, f));
const program = ts.createProgram(entries, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, strict: true });
const checker = program.getTypeChecker();

function exportsOf(file: string) {
  const sf = program.getSourceFile(file)!;
  const mod = checker.getSymbolAtLocation(sf)!;
  return checker.getExportsOfModule(mod).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const decl = target.declarations?.[0];
    if (decl?.getSourceFile().fileName.includes('node_modules')) return undefined; // re-exported from a dependency
    const docs = decl ? ts.getJSDocCommentsAndTags(decl).map((d) => d.getText()).join('\n') : '';
    const callable = !!(target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class));
    return { name: s.name, docs, callable };
  }).filter((e) => e !== undefined);
}

describe('TSDoc on every export', () => {
  for (const file of entries) {
    it(`${file.slice(root.length + 1)}: functions and classes have an @example; everything has a description`, () => {
      const list = exportsOf(file);
      expect(list.length).toBeGreaterThan(2);
      expect(list.filter((e) => !e.docs.trim()).map((e) => e.name)).toEqual([]);
      expect(list.filter((e) => e.callable && !e.docs.includes('@example')).map((e) => e.name)).toEqual([]);
    });
  }
});
