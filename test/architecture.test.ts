import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../src/registry.js';

// Architecture rules, kept by a test rather than by review: the core below the areas, areas apart from each other,
// only the registry and the public index naming every area, no import cycles.
const root = join(__dirname, '..');
const walk = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.ts$/.test(e.name) && !/\.test\.ts$|^helpers\.ts$/.test(e.name) ? [join(dir, e.name)] : []));
const files = [...walk('src'), ...walk('rules')];
/** The project files a module imports at run time (relative specifiers; `import type` is erased), as paths from the root without extension. */
const importsOf = (file: string): string[] => [...readFileSync(join(root, file), 'utf8').matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?'(\.[^']+)'/gm)]
  .map((m) => relative(root, resolve(root, dirname(file), m[1]!)).replace(/\.(js|json)$/, ''));
const graph = new Map(files.map((f) => [f.replace(/\.ts$/, ''), importsOf(f)]));
const areaOf = (path: string) => /^rules\/([^/]+)\//.exec(path)?.[1];
const areaIds: string[] = registry.map((a) => a.id);

describe('architecture', () => {
  it('the core (src/core) imports nothing outside itself', () => {
    const out = [...graph].filter(([f]) => f.startsWith('src/core/')).flatMap(([f, deps]) => deps.filter((d) => !d.startsWith('src/core/')).map((d) => `${f} → ${d}`));
    expect(out).toEqual([]);
  });

  it('an area imports only the core, the shared vocabulary and its own folder (misuse may route through concern)', () => {
    const allowed = (from: string, to: string) => to.startsWith('src/core/') || to === 'rules/vocabulary' || areaOf(to) === areaOf(from)
      || (areaOf(from) === 'misuse' && to === 'rules/concern/routeConcern');
    const out = [...graph].filter(([f]) => areaIds.includes(areaOf(f) ?? '')).flatMap(([f, deps]) => deps.filter((d) => !allowed(f, d)).map((d) => `${f} → ${d}`));
    expect(out).toEqual([]);
  });

  it('only the registry and the public index name every area', () => {
    const naming = [...graph].filter(([, deps]) => areaIds.every((id) => deps.some((d) => areaOf(d) === id))).map(([f]) => f);
    expect(naming.sort()).toEqual(['src/index', 'src/registry']);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') { cycles.push([...path.slice(path.indexOf(f)), f].join(' → ')); return; }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) if (graph.has(d)) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('every area of the registry is a folder under rules/ declaring itself in area.ts', () => {
    const folders = readdirSync(join(root, 'rules'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual([...areaIds].sort());
    for (const id of areaIds) expect(graph.has(`rules/${id}/area`), id).toBe(true);
  });
});
