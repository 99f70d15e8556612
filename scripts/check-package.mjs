// Packaging checks on the packed tarball: publint, are-the-types-wrong, and a
// throwaway project that installs it and imports it with both import and require.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, '.tmp', 'package-check');
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const step = (s) => console.log(`\n> ${s}`);

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
step('npm pack');
const [{ filename, files }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp]));
const tarball = join(tmp, filename);
console.log(`${filename}: ${files.length} files`);
const bad = files.map((f) => f.path).filter((p) => /(^|\/)(src|test|bench|scripts)\/|\.test\.|node_modules/.test(p));
if (bad.length) throw new Error(`tarball ships files it should not: ${bad.join(', ')}`);

step('publint --strict');
console.log(run('npx', ['--no-install', 'publint', '--strict', tarball]));

step('attw (are the types wrong)');
console.log(run('npx', ['--no-install', 'attw', tarball, '--profile', 'node16', '--exclude-entrypoints', './rules/*', './package.json', '--format', 'ascii']));

step('install the tarball into a throwaway project');
const app = join(tmp, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '1.0.0' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);

const check = `
  const photo = { id: 'p', takenAt: '2026-11-21', audience: 'setting-display', children: [{ id: 'c1' }], device: { owner: 'setting' },
    purpose: 'display', appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false, showsSurroundingContext: true };
  const consents = [{ childId: 'c1', audiences: ['setting-display'], written: true, givenBy: 'parent', givenAt: '2026-09-01' }];
  const opts = { at: '2026-11-22T10:00:00Z', policy: 'homerton-early-years' };
  const a = core.canPublishImage(photo, consents, opts);
  const b = core.canPublishImage(photo, [], opts);
  if (!a.allowed || b.allowed || b.reasons[0].rule !== 'image.consent.missing') throw new Error('wrong decision ' + JSON.stringify([a, b]));
  const stored = JSON.parse(JSON.stringify(core.toAuditRecord('canPublishImage', [photo, [], opts], b)));
  if (!/^sha256:[0-9a-f]{64}$/.test(stored.policy.fingerprint) || stored.policy.fingerprint !== b.policy.fingerprint) throw new Error('audit record without policy.fingerprint ' + JSON.stringify(stored.policy));
  if (stored.library.name !== 'esafety-rules' || stored.library.version === '0.0.0-source') throw new Error('audit record without the library version ' + JSON.stringify(stored.library));
  const verified = core.verifyAuditRecord(stored);
  if (!verified.matches || verified.now.reasons[0].rule !== 'image.consent.missing') throw new Error('audit record does not verify ' + JSON.stringify(verified.differences));
  if (core.verifyAuditRecord({ ...stored, result: { ...stored.result, allowed: true } }).matches) throw new Error('a tampered audit record verifies');
  Promise.resolve(engine.decideWithEngine(engine.createEngine(), core.imageFacts(photo, [], opts))).then((d) => {
    if (d.allowed || d.reasons[0].rule !== 'image.consent.missing') throw new Error('engine disagrees');
    console.log(KIND + ': ok');
  });`;
step('import (ESM)');
writeFileSync(join(app, 'esm.mjs'), `import * as core from 'esafety-rules'; import * as engine from 'esafety-rules/engine'; const KIND = 'import';${check}`);
console.log(run('node', ['esm.mjs'], app));
step('require (CommonJS)');
writeFileSync(join(app, 'cjs.cjs'), `const core = require('esafety-rules'); const engine = require('esafety-rules/engine'); const KIND = 'require';${check}`);
console.log(run('node', ['cjs.cjs'], app));
step('from the outside: rows, both module systems in one process, frozen exports, audit identity');
copyFileSync(join(root, 'scripts', 'check-package.outside.mjs'), join(app, 'outside.mjs'));
console.log(run('node', ['outside.mjs'], app));
step('from the outside: consent changes, obscure, explain, audit records, renderPolicy, vendor facts, the sidecar');
copyFileSync(join(root, 'scripts', 'check-package.capabilities.mjs'), join(app, 'capabilities.mjs'));
console.log(run('node', ['capabilities.mjs'], app));
step('JSON Schemas ship');
console.log(run('node', ['-e', "for (const n of ['photo', 'consents', 'setting-policy', 'audit-record']) { const s = require('esafety-rules/schemas/' + n + '.json'); if (s.title !== n) throw new Error(n); } console.log('ok')"], app));
step('bin');
console.log(run('npx', ['--no-install', 'esafety-rules', 'presets'], app));
step('bin: takedown, on the shipped example');
const ex = join(app, 'node_modules', 'esafety-rules', 'examples', 'image', 'takedown');
const actions = run('npx', ['--no-install', 'esafety-rules', 'takedown', join(ex, 'consent.json'), join(ex, 'publications.jsonl'), '--preset', 'kirklees-primary', '--at', '2026-11-22T09:00:00Z'], app);
if (actions.trim().split('\n').map((l) => JSON.parse(l).action).join() !== 'obscure,take-down,keep,keep,keep') throw new Error(`takedown: ${actions}`);
console.log(actions);
step('the core entry does not load json-rules-engine or Node built-ins');
const core = run('node', ['-e', "console.log(require('fs').readFileSync(require.resolve('esafety-rules'), 'utf8'))"], app);
const leaks = ['json-rules-engine', 'node:', "require('fs')", 'from "fs"'].filter((s) => core.includes(s));
if (leaks.length) throw new Error(`core entry references ${leaks.join(', ')}`);
console.log('clean');
rmSync(tmp, { recursive: true, force: true });
console.log('\npackage checks passed');
