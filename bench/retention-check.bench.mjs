// checkPhotoRetention (one record, one decision) on every examples/retention input, against a hand-written fail-closed
// baseline making the same decision (the same rules fired, action and delete-by date; bench/retention.baseline.mjs), in
// the same run. The nightly sweep over many records is retention.bench.mjs.
import { checkPhotoRetention, presetPolicy, purposes, roles, storageKinds } from 'esafety-rules';
import { agree, examples, instant, londonDay, policyAgrees, ROLES, rulesOf, vocabularyAgrees } from './baseline.mjs';
import { compareDecision } from './lib.mjs';
import { checkBaseline, checkRecord, retentionPolicy } from './retention.baseline.mjs';

vocabularyAgrees([['roles', ROLES, roles],
  ['purposes', ['observation', 'learning-journal', 'display', 'website', 'publicity', 'marketing', 'social-media', 'training', 'personal'], purposes],
  ['storage kinds', ['setting-device', 'setting-platform', 'central-hosting', 'removable-media', 'personal-device', 'other'], storageKinds]]);

// The retention sections of the presets the examples use, written out (checked against the presets below).
const ALL = ['observation', 'learning-journal', 'display', 'website', 'publicity', 'marketing', 'social-media', 'training'];
const PLACES = { 'setting-device': 'allowed', 'setting-platform': 'allowed', 'central-hosting': 'allowed', 'removable-media': 'forbidden', 'personal-device': 'forbidden', other: 'with-authorisation' };
const BASE = { validPurposes: ALL, purposeServed: 'delete', requireRetentionPeriod: true, yearlyPurge: false, yearlyPurgeDate: null, beyondYearApprovers: [], beyondYearPurposes: [],
  childLeavingPeriod: 'P1M', withdrawalPublicPeriod: 'P1M', withdrawalOtherPeriod: 'P1M', storagePlaces: PLACES, storageAuthorisers: ['manager', 'head-of-setting'],
  requireStorageAgreement: true, requireAccessAgreement: false };
const SECTIONS = {
  baseline: BASE,
  'barnet-early-years': { ...BASE, purposeServed: 'as-agreed', storagePlaces: { ...PLACES, 'removable-media': 'with-authorisation', 'personal-device': 'with-authorisation' }, storageAuthorisers: ['manager'] },
  'homerton-early-years': { ...BASE, requireRetentionPeriod: false, yearlyPurge: true, beyondYearApprovers: ['head-of-setting'], beyondYearPurposes: ['training', 'website'],
    storageAuthorisers: ['head-of-setting'], requireStorageAgreement: false },
  'kirklees-primary': { ...BASE, purposeServed: 'as-agreed', requireRetentionPeriod: false, storagePlaces: { ...PLACES, 'removable-media': 'with-authorisation' }, storageAuthorisers: ['head-teacher'], requireAccessAgreement: true },
};
const POLICIES = {};
for (const [id, p] of Object.entries(SECTIONS)) { policyAgrees(id, p, presetPolicy(id).retention); POLICIES[id] = retentionPolicy(p, { id, version: presetPolicy(id).version }); }

const sameRetention = (a, b) => a.allowed === b.allowed && a.action === b.action && a.deleteBy === b.deleteBy && rulesOf(a) === rulesOf(b);

const cases = [];
let variants = 0, refused = 0;
for (const [name, ex] of Object.entries(examples('retention'))) {
  const P = POLICIES[ex.policy];
  const opts = { policy: ex.policy, at: ex.at };
  const ours = (r) => checkPhotoRetention(r, opts);
  const theirs = (r) => checkBaseline(r, P, ex.at);
  const a = agree(`checkPhotoRetention ${name}`, ours, theirs, [ex.photo], sameRetention);
  variants += a.variants; refused += a.refused;
  const r = ours(ex.photo);
  if ((r.allowed ? 'allowed' : 'denied') !== ex.expect) throw new Error(`${name}: expected ${ex.expect}, got ${r.allowed}`);
  const atMs = instant(ex.at), today = londonDay(atMs);
  cases.push({ name, answer: `${r.action}${r.deleteBy ? ` by ${r.deleteBy}` : ''}`, ours: () => ours(ex.photo), failClosed: () => theirs(ex.photo), bare: () => checkRecord(ex.photo, P, atMs, today) });
}
compareDecision('checkPhotoRetention', `checkPhotoRetention vs hand-written baseline (examples/retention; the same rules, action and delete-by date on each, and on ${variants} variants of them, ${refused} of them malformed and refused by both)`, cases);
