import { transform } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { markdownExamples, tsdocExamples, type CodeExample } from './examples-extract.js';

// What test/examples.test.ts (runs every example) and test/release/examples-types.test.ts (type-checks them) share:
// the examples, the ones still pending, the names in scope, and reading `expr; // literal` lines.

export const ROOT = join(__dirname, '..', '..');

/**
 * Files whose examples are being rewritten: their examples are reported as todo, not run. Remove a file from the
 * list once its examples run (`npx vitest run test/examples.test.ts`).
 */
export const PENDING: Readonly<Record<string, string>> = {
};

/** Why an example's file is pending, or undefined when its examples run. */
export const pendingReason = (file: string): string | undefined =>
  Object.entries(PENDING).find(([k]) => (k.endsWith('/') ? file.startsWith(k) : file === k))?.[1];

/** Every example: the TSDoc `@example` blocks of src/ and rules/, then the ```ts blocks of README.md and docs/*.md. */
export function allExamples(): CodeExample[] {
  const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`);
  return [...tsdocExamples(), ...['README.md', ...docs].flatMap(markdownExamples)];
}

/** The package entries an example imports by name. */
export const ENTRIES: Readonly<Record<string, string>> = { 'esafety-rules': 'src/index.ts', 'esafety-rules/engine': 'src/engine/index.ts' };

/**
 * Where an import of an example points: a package entry, a file of this project (a relative path, from the example's
 * own file, as that file would write it: `./area.js`), or a dependency (returned as it is).
 */
export function target(spec: string, exampleFile: string): { file: string } | { dependency: string } {
  if (ENTRIES[spec]) return { file: ENTRIES[spec] };
  if (!spec.startsWith('.')) return { dependency: spec };
  const abs = resolve(ROOT, dirname(exampleFile), spec);
  const ts = abs.replace(/\.js$/, '.ts');
  return { file: relative(ROOT, existsSync(ts) ? ts : abs) };
}

const exported = new Map<string, string[]>();

/** The names a module file exports (values and types), read from its syntax. */
export function exportNames(file: string): string[] {
  let names = exported.get(file);
  if (!names) exported.set(file, (names = readExports(file)));
  return names;
}

function readExports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const s of sf.statements) {
    if (ts.isExportDeclaration(s) && s.exportClause && ts.isNamedExports(s.exportClause)) {
      out.push(...s.exportClause.elements.map((e) => e.name.text));
      continue;
    }
    if (!ts.canHaveModifiers(s) || !ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isVariableStatement(s)) out.push(...s.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : [])));
    else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isEnumDeclaration(s)) && s.name) out.push(s.name.text);
  }
  return [...new Set(out)]; // an overloaded function is declared more than once
}

/** The identifiers an example's text mentions (a superset of those it uses: it is only matched against names in scope). */
export const mentioned = (code: string): Set<string> => new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);

const parse = (text: string) => ts.createSourceFile('example.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
const LITERAL_NAMES = new Set(['undefined', 'NaN', 'Infinity']);

function isLiteral(n: ts.Expression): boolean {
  if (ts.isStringLiteral(n) || ts.isNumericLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isBigIntLiteral(n)) return true;
  if ([ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(n.kind)) return true;
  if (ts.isIdentifier(n)) return LITERAL_NAMES.has(n.text);
  if (ts.isPrefixUnaryExpression(n)) return n.operator === ts.SyntaxKind.MinusToken && (ts.isNumericLiteral(n.operand) || (ts.isIdentifier(n.operand) && n.operand.text === 'Infinity'));
  if (ts.isArrayLiteralExpression(n)) return n.elements.every((e) => !ts.isOmittedExpression(e) && !ts.isSpreadElement(e) && isLiteral(e));
  if (ts.isObjectLiteralExpression(n)) {
    return n.properties.every((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) && isLiteral(p.initializer));
  }
  return false;
}

/** True when the text is one JavaScript literal (strings, numbers, true, false, null, undefined, NaN, arrays and objects of them). */
export function literalText(text: string): boolean {
  if (!text.trim()) return false;
  const sf = parse(`(${text}\n)`);
  const s = sf.statements[0];
  if (sf.statements.length !== 1 || (sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length) return false;
  return !!s && ts.isExpressionStatement(s) && ts.isParenthesizedExpression(s.expression) && isLiteral(s.expression.expression);
}

/**
 * The literal a trailing comment states, or undefined when it is prose. The whole comment, or its start before a
 * note that follows `: `, ` (`, ` — ` or `; ` (`// false: the parents did not know`, `// 20635 (2026-07-01)`).
 */
export function statedLiteral(comment: string): string | undefined {
  const text = comment.trim();
  if (literalText(text)) return text;
  for (const m of text.matchAll(/: | \(| — |; /g)) {
    const head = text.slice(0, m.index).trim();
    if (literalText(head)) return head;
  }
  return undefined;
}

/** One `import` of an example: the module, and the bindings it makes (`local` from `imported`; `*` for a namespace). */
export interface ExampleImport { spec: string; bindings: { local: string; imported: string }[] }

/** An example made runnable: its imports, its code with them replaced, and its assertions. */
export interface Instrumented {
  imports: ExampleImport[];
  /** The code, line for line as written: each import a `const` from `__imports[i]`, each stated literal a `__check`. */
  code: string;
  /** The line (in the example) and the source of each `expr; // literal` the code checks. */
  checks: { line: number; expr: string; literal: string }[];
}

/** The example's code with each `import` replaced by as many empty lines (the type check puts them in its header). */
export function withoutImports(code: string): string {
  const sf = parse(code);
  let out = code;
  for (const s of [...sf.statements].reverse()) {
    if (ts.isImportDeclaration(s)) out = out.slice(0, s.getStart(sf)) + '\n'.repeat(s.getText(sf).split('\n').length - 1) + out.slice(s.end);
  }
  return out;
}

/** A statement's trailing `// …` comment on its own last line, if any. */
function trailingComment(text: string, node: ts.Node): string | undefined {
  const c = ts.getTrailingCommentRanges(text, node.end)?.[0];
  return c && c.kind === ts.SyntaxKind.SingleLineCommentTrivia ? text.slice(c.pos + 2, c.end) : undefined;
}

/**
 * Rewrites an example for the runner: `import`s become bindings from `__imports`, and `expr; // literal` (or
 * `const x = expr; // literal`) also calls `__check(value, literal, line)`. Lines stay where they were.
 */
export function instrument(code: string): Instrumented {
  const sf = parse(code);
  const edits: { start: number; end: number; text: string }[] = [];
  const imports: ExampleImport[] = [];
  const checks: Instrumented['checks'] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  const sameLines = (node: ts.Node, text: string) => text + '\n'.repeat(node.getText(sf).split('\n').length - 1);
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s)) {
      const spec = (s.moduleSpecifier as ts.StringLiteral).text;
      const clause = s.importClause;
      const bindings: ExampleImport['bindings'] = [];
      if (clause && !clause.isTypeOnly) {
        if (clause.name) bindings.push({ local: clause.name.text, imported: 'default' });
        const nb = clause.namedBindings;
        if (nb && ts.isNamespaceImport(nb)) bindings.push({ local: nb.name.text, imported: '*' });
        if (nb && ts.isNamedImports(nb)) for (const e of nb.elements) if (!e.isTypeOnly) bindings.push({ local: e.name.text, imported: (e.propertyName ?? e.name).text });
      }
      const i = imports.push({ spec, bindings }) - 1;
      const named = bindings.filter((b) => b.imported !== '*').map((b) => `${JSON.stringify(b.imported)}: ${b.local}`);
      const ns = bindings.find((b) => b.imported === '*');
      const decl = [named.length ? `const { ${named.join(', ')} } = __imports[${i}];` : '', ns ? `const ${ns.local} = __imports[${i}];` : ''].join(' ');
      edits.push({ start: s.getStart(sf), end: s.end, text: sameLines(s, decl) });
      continue;
    }
    const comment = trailingComment(code, s);
    const literal = comment === undefined ? undefined : statedLiteral(comment);
    if (literal === undefined) continue;
    const line = lineOf(s.end);
    if (ts.isExpressionStatement(s)) {
      const expr = s.expression.getText(sf);
      checks.push({ line, expr, literal });
      edits.push({ start: s.getStart(sf), end: s.end, text: `__check((${expr}), (${literal}), ${checks.length - 1});` });
    } else if (ts.isVariableStatement(s) && s.declarationList.declarations.length === 1 && ts.isIdentifier(s.declarationList.declarations[0]!.name)) {
      const name = (s.declarationList.declarations[0]!.name as ts.Identifier).text;
      checks.push({ line, expr: name, literal });
      edits.push({ start: s.end, end: s.end, text: ` __check(${name}, (${literal}), ${checks.length - 1});` });
    }
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { imports, code: out, checks };
}

const quiet = Object.fromEntries(['log', 'info', 'warn', 'error', 'debug', 'table', 'dir'].map((k) => [k, () => undefined]));
let scopes: Promise<Record<string, unknown>[]> | undefined;

/**
 * Runs one example (test/examples.test.ts says what is in scope); throws what it throws. Each stated literal is
 * handed to `check` with the value of its statement.
 */
export async function runExample(file: string, code: string, check: (actual: unknown, expected: unknown, c: Instrumented['checks'][number]) => void): Promise<void> {
  const { imports, code: body, checks } = instrument(code);
  scopes ??= Promise.all([import('./examples-prelude.js'), import('../../src/engine/index.js'), import('../../src/index.js')]);
  const own: Record<string, unknown> = /^(src|rules)\/.*\.ts$/.test(file) ? await import(join(ROOT, file)) : {};
  const scope: Record<string, unknown> = Object.assign({}, ...(await scopes), own);
  const modules = await Promise.all(imports.map(async ({ spec, bindings }) => {
    const t = target(spec, file);
    if ('dependency' in t) return import(t.dependency) as Promise<Record<string, unknown>>;
    const known = new Set(exportNames(t.file));
    const missing = bindings.filter((b) => b.imported !== '*' && b.imported !== 'default' && !known.has(b.imported));
    if (missing.length) throw new Error(`'${spec}' has no export ${missing.map((b) => b.imported).join(', ')}`);
    return import(join(ROOT, t.file)) as Promise<Record<string, unknown>>;
  }));
  const names = [...mentioned(body)].filter((n) => n in scope && !n.startsWith('__') && n !== 'console');
  const source = `(async function (__check, __imports, console, ${names.join(', ')}) {\n{\n${body}\n}\n})`;
  const js = (await transform(source, { loader: 'ts', target: 'es2022' })).code.trim().replace(/;$/, '');
  const fn = new Function(`'use strict'; return ${js}`)() as (...args: unknown[]) => Promise<void>;
  await fn((actual: unknown, expected: unknown, i: number) => check(actual, expected, checks[i]!), modules, quiet, ...names.map((n) => scope[n]));
}
