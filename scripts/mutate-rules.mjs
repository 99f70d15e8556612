// Mutation testing of the rule files (Stryker mutates src/, not JSON): for every shipped rule, flip its effect,
// flip each comparison's operator, drop each condition of an `all`/`any` with more than one, and run that area's
// scenario tests (rules/<area>/*.test.ts) against the mutant. A mutant is killed when a test fails.
// Usage: node scripts/mutate-rules.mjs [area ...] [--only <rule name part>]
// Writes reports/rule-mutation.json (all areas) or reports/rule-mutation-<areas>.json.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const FLIP = { equal: 'notEqual', notEqual: 'equal', in: 'notIn', notIn: 'in', contains: 'doesNotContain', doesNotContain: 'contains',
  lessThan: 'greaterThanInclusive', greaterThanInclusive: 'lessThan', greaterThan: 'lessThanInclusive', lessThanInclusive: 'greaterThan' };

/** Every mutant of one rule: [description, path, op, value]. */
function mutantsOf(rule) {
  const out = [[`effect ${rule.event.type} → ${rule.event.type === 'block' ? 'warn' : 'block'}`, ['event', 'type'], 'set', rule.event.type === 'block' ? 'warn' : 'block']];
  const walk = (c, path) => {
    for (const k of ['all', 'any']) {
      if (!Array.isArray(c[k])) continue;
      c[k].forEach((x, i) => {
        if (c[k].length > 1) out.push([`drop ${k}[${i}] (${x.fact ?? x.condition ?? Object.keys(x)[0]})`, [...path, k, i], 'delete']);
        walk(x, [...path, k, i]);
      });
    }
    if (c.not) walk(c.not, [...path, 'not']);
    if (typeof c.operator === 'string' && FLIP[c.operator]) out.push([`${c.fact}: ${c.operator} → ${FLIP[c.operator]}`, [...path, 'operator'], 'set', FLIP[c.operator]]);
  };
  walk(rule.conditions, ['conditions']);
  return out;
}

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const areas = args.length ? args : readdirSync(join(root, 'rules')).filter((d) => !d.includes('.'));
const jobs = [];
for (const area of areas) {
  for (const f of readdirSync(join(root, 'rules', area)).filter((f) => f.endsWith('.json') && f !== 'conditions.json')) {
    const file = `rules/${area}/${f}`;
    for (const rule of JSON.parse(readFileSync(join(root, file), 'utf8'))) {
      if (only && !rule.name.includes(only)) continue;
      for (const [what, path, op, value] of mutantsOf(rule)) jobs.push({ area, file, rule: rule.name, what, mutant: { file, rule: rule.name, path, op, value } });
    }
  }
}

// One Vitest kept open: each mutant reruns the area's test files in fresh threads, which apply
// the provided mutant when they start (test/support/ruleMutant.ts). About 0.6 s a mutant, against 2.3 s for a new process.
process.chdir(root);
const { createVitest } = await import('vitest/node');
const results = [];
let next = 0;
const worker = async () => {
  const vitest = await createVitest('test', { config: 'vitest.rules-mutation.config.ts', watch: false, reporters: [{}], isolate: true, pool: 'threads' });
  const specs = new Map();
  const unmutated = await vitest.runTestSpecifications(await vitest.globTestSpecifications(areas.map((a) => `rules/${a}/`)), true);
  if (!unmutated.testModules.every((m) => m.ok())) throw new Error('the scenario tests fail on the shipped rules; fix them first');
  while (next < jobs.length) {
    const job = jobs[next++];
    if (!specs.has(job.area)) specs.set(job.area, await vitest.globTestSpecifications([`rules/${job.area}/`]));
    vitest.provide('ruleMutant', JSON.stringify(job.mutant));
    const run = await vitest.runTestSpecifications(specs.get(job.area), true);
    const r = { ...job, killed: !run.testModules.every((m) => m.ok()) };
    results.push(r);
    if (!r.killed) console.log(`survived: ${r.rule} (${r.file}): ${r.what}`);
    if (results.length % 50 === 0) console.error(`${results.length}/${jobs.length}`);
  }
  await vitest.close();
};
// One Vitest, one mutant at a time: two instances in one process counted some surviving mutants as killed (they share
// state). For speed, run areas in separate processes (`npm run mutation:rules -- image` beside `-- phone`).
await worker();
const killed = results.filter((r) => r.killed).length;
const byArea = Object.fromEntries(areas.map((a) => {
  const rs = results.filter((r) => r.area === a);
  return [a, { mutants: rs.length, killed: rs.filter((r) => r.killed).length }];
}));
mkdirSync(join(root, 'reports'), { recursive: true });
const out = args.length || only ? `rule-mutation-${areas.join('-')}${only ? `-${only}` : ''}.json` : 'rule-mutation.json';
writeFileSync(join(root, 'reports', out), JSON.stringify({ mutants: results.length, killed, byArea, survived: results.filter((r) => !r.killed) }, null, 2));
console.log(`\n${killed} of ${results.length} rule mutants killed (${((100 * killed) / results.length).toFixed(1)}%)`);
for (const [a, s] of Object.entries(byArea)) console.log(`  ${a}: ${s.killed}/${s.mutants}`);
