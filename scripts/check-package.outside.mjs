// Run by check-package.mjs inside the throwaway project that installed the packed tarball (issue 14): the package from
// the outside, as a vendor's app loads it. Database rows, one package in two module systems in one process (ESM and
// a createRequire'd CommonJS copy), frozen exports, and the audit identity of a decision (its policy fingerprint).
import * as esm from 'esafety-rules';
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('esafety-rules');
const must = (ok, what, got) => { if (!ok) throw new Error(what + (got === undefined ? '' : ': ' + JSON.stringify(got))); };
const photo = { id: 'p', takenAt: '2026-11-21', audience: 'setting-display', children: [{ id: 'c1' }], device: { owner: 'setting' },
  purpose: 'display', appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false, showsSurroundingContext: true };
const consents = [{ childId: 'c1', audiences: ['setting-display'], written: true, givenBy: 'parent', givenAt: '2026-09-01' }];
const opts = { at: '2026-11-22T10:00:00Z', policy: 'homerton-early-years' };
const nulls = (keys) => Object.fromEntries(keys.map((k) => [k, null]));
// A database row: the photo with every column (null for none), the consent with its own id and timestamps and a Date.
const photoRow = { ...photo, ...nulls(['fileName', 'caption', 'altText', 'tags', 'nameList', 'takenForPersonalUse', 'oneToOne', 'brandedClothing', 'approvedBy', 'socialMediaAccount']),
  children: [{ id: 'c1', ...nulls(['firstName', 'lastName', 'identifiable', 'objects', 'agreed']) }], device: { owner: 'setting', ...nulls(['authorisedBy', 'authorisedByRole', 'kind']) } };
const consentRow = { id: 7, createdAt: new Date('2026-09-01T08:00:00Z'), updatedAt: new Date('2026-09-01T08:00:00Z'), ...consents[0],
  givenAt: new Date('2026-09-01T00:00:00Z'), withdrawnAt: null, reviewBy: null, childObjects: null, implicationsExplained: null };
for (const [kind, lib] of [['import', esm], ['require', cjs]]) {
  // (a) rows: refused by default, saying how to pass them; allowed with extraFields: 'ignore'; a misspelt withdrawal denies.
  const refused = lib.canPublishImage(photo, [consentRow], opts);
  must(!refused.allowed && refused.reasons.some((f) => f.rule === 'input.invalid' && f.message.includes("extraFields: 'ignore'")), kind + ': a row is refused, saying how to pass rows', refused.reasons);
  const rows = { ...opts, extraFields: 'ignore' };
  const allowed = lib.canPublishImage(photoRow, [consentRow], rows);
  must(allowed.allowed, kind + ': a row is allowed with extraFields: ignore', allowed.reasons);
  const misspelt = lib.canPublishImage(photoRow, [{ ...consentRow, withdrawAt: new Date('2026-11-01T00:00:00Z') }], rows);
  must(!misspelt.allowed && misspelt.reasons.some((f) => /did you mean "withdrawnAt"/.test(f.message)), kind + ': withdrawAt denies with did you mean', misspelt.reasons);
  // (c) frozen exports: what a decision reads cannot be changed from outside.
  const rules = lib.shippedRuleSet().rules;
  for (const [name, v] of [['audiences', lib.audiences], ['presetIds', lib.presetIds], ['presetInfo', lib.presetInfo], ['presetInfo.baseline', lib.presetInfo.baseline],
    ['roles', lib.roles], ['shippedRuleSet().rules', rules], ['a rule event', rules[0].rule.event.params]]) must(Object.isFrozen(v), `${kind}: ${name} is frozen`);
  const before = JSON.stringify(lib.canPublishImage(photo, [], opts));
  for (const change of [() => { rules[0].rule.event.type = 'warn'; }, () => { delete lib.presetInfo.baseline; }, () => { lib.audiences.push('anyone'); }]) {
    try { change(); } catch { /* frozen: a strict-mode write throws */ }
  }
  must(JSON.stringify(lib.canPublishImage(photo, [], opts)) === before, kind + ': a decision is unchanged after writes to exports');
}
// (b) one package, two module systems in one process: each copy accepts what the other made.
const acorn = esm.createRuleSet({ add: [{ file: 'acorn.json', rules: [{ name: 'image.acorn.no-display', conditions: { all: [{ fact: 'audience', operator: 'equal', value: 'setting-display' }] },
  event: { type: 'block', params: { code: 'ACORN_NO_DISPLAY', message: 'Not on our display.', clause: { source: 'acorn-policy.pdf', section: '4.2' } } } }] }] });
const viaCjs = cjs.canPublishImage(photo, consents, { ...opts, rules: acorn });
must(!viaCjs.allowed && viaCjs.reasons.map((f) => f.code).join() === 'ACORN_NO_DISPLAY', 'the CJS copy applies a rule set from the ESM copy', viaCjs.reasons);
const policy = esm.definePolicy({ id: 'acorn-nursery', version: '2026-09', basedOn: 'homerton-early-years' });
const byPolicy = cjs.canPublishImage(photo, consents, { ...opts, policy });
must(byPolicy.allowed && byPolicy.policy.id === 'acorn-nursery', 'the CJS copy accepts a policy from the ESM copy', byPolicy);
const thrownBy = (lib) => { try { lib.definePolicy({ id: 'x', version: '1', image: { personalDevices: 'sometimes' } }); } catch (e) { return e; } };
must(esm.isPolicyValidationError(thrownBy(cjs)) && cjs.isPolicyValidationError(thrownBy(esm)), 'isPolicyValidationError recognises an error from the other copy');
must(!esm.isPolicyValidationError(new Error('x')), 'isPolicyValidationError refuses a plain Error');
// (d) audit identity: a sha256 fingerprint, the same from both copies, that changes with a policy value.
const fp = (lib, o) => lib.canPublishImage(photo, consents, o).policy.fingerprint;
must(/^sha256:[0-9a-f]{64}$/.test(fp(esm, opts)), 'a decision carries a sha256 fingerprint', fp(esm, opts));
must(fp(esm, opts) === fp(cjs, opts), 'the fingerprint is the same from the ESM and CJS copies');
const changed = esm.definePolicy({ id: 'homerton-early-years', version: 'undated, after 2013-04', basedOn: 'homerton-early-years', image: { takeDownPeriod: 'P7D' } });
must(fp(cjs, { ...opts, policy: changed }) !== fp(esm, opts), 'a changed policy value changes the fingerprint');
must(fp(cjs, { ...opts, policy: esm.definePolicy({ id: 'acorn-nursery', version: '2026-09', basedOn: 'homerton-early-years' }) }) === fp(esm, { ...opts, policy }), 'the same policy gives the same fingerprint');
console.log('outside: ok');
