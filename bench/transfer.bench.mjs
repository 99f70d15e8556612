// canTransferData on every examples/transfer input, against a hand-written fail-closed baseline making the same
// decision (the same rules fired), in the same run.
import { canTransferData, presetPolicy, roles } from 'esafety-rules';
import { agree, decision, examples, finding, instant, isBool, isDate, isId, isList, isObj, londonDay, only, optBool, period, plus, policyAgrees, refusal, ROLES, sameDecision, texts, vocabularyAgrees } from './baseline.mjs';
import { compareDecision } from './lib.mjs';

vocabularyAgrees([['roles', ROLES, roles]]);

// ---- The hand-written baseline. ----
const ALL_ROUTES = ['central-hosting', 'setting-platform', 'email', 'removable-media', 'remote-access'];
const BASE = { removableMedia: 'encrypted-only', emailEncryption: 'required', allowedRoutes: ALL_ROUTES, platformApprovers: [], auditLogMinimum: null, accountAdminRoles: [],
  remoteAccessAuthorisedOnly: true, labelSharedData: true };
// The transfer sections of the presets the examples use, written out (checked against the presets below).
const POLICIES = {
  'homerton-early-years': { ...BASE, removableMedia: 'forbidden', emailEncryption: 'not-required', remoteAccessAuthorisedOnly: false, labelSharedData: false, allowedRoutes: ['central-hosting', 'setting-platform', 'email'], auditLogMinimum: 'P1M', accountAdminRoles: ['head-of-setting', 'office-manager', 'ict-technician'] },
  'kirklees-primary': { ...BASE, allowedRoutes: ['removable-media', 'email', 'central-hosting', 'setting-platform', 'remote-access', 'other'] },
  'two-mile-ash-pre-school': { ...BASE, remoteAccessAuthorisedOnly: false, labelSharedData: false, emailEncryption: 'where-possible', allowedRoutes: ['setting-platform', 'email'], platformApprovers: ['committee'] },
};

const METHODS = new Set(['removable-media', 'email', 'central-hosting', 'setting-platform', 'remote-access', 'other']);
const RECIPIENTS = new Set(['staff', 'parent', 'authorised-third-party', 'other']);
const KEYS = new Set(['method', 'leavesSetting', 'containsChildNames', 'containsChildImages', 'containsSensitiveData', 'encrypted', 'mediaOwner', 'emailAccount', 'recipient', 'recipientAuthorised', 'labelled', 'system']);
const SYSTEM_KEYS = new Set(['name', 'approvedBy', 'auditLogKeptFor', 'accountAdmins']);
const owner = (v) => v == null || v === 'setting' || v === 'personal';
const validSystem = (s) => s == null || (only(s, SYSTEM_KEYS) && isId(s.name) && (s.approvedBy == null || ROLES.has(s.approvedBy)) &&
  (s.auditLogKeptFor == null || period(s.auditLogKeptFor) !== undefined) && (s.accountAdmins == null || isList(s.accountAdmins, 50, (r) => ROLES.has(r))));
const valid = (t) => only(t, KEYS) && METHODS.has(t.method) && isBool(t.leavesSetting) && optBool(t.containsChildNames) && optBool(t.containsChildImages) &&
  optBool(t.containsSensitiveData) && optBool(t.encrypted) && owner(t.mediaOwner) && owner(t.emailAccount) && RECIPIENTS.has(t.recipient) &&
  optBool(t.recipientAuthorised) && optBool(t.labelled) && (t.system == null || (isObj(t.system) && validSystem(t.system)));

for (const [id, p] of Object.entries(POLICIES)) { policyAgrees(id, p, presetPolicy(id).transfer); POLICIES[id] = { ...p, ref: { id, version: presetPolicy(id).version }, minimum: p.auditLogMinimum && period(p.auditLogMinimum) }; }
const T = texts('transfer');

/** The decision itself, trusting its input: each rule of rules/transfer/*.json as an `if`, each finding with the rule's texts. */
function decide(t, P, atMs) {
  const reasons = [];
  const add = (rule) => reasons.push(finding(T[rule]));
  const names = t.containsChildNames, images = t.containsChildImages, sensitive = t.containsSensitiveData;
  // Children's data (names or images), personal data (or anything sensitive): an unanswered question is not a no.
  const childData = !(names === false && images === false);
  const personalData = names === true || images === true || sensitive === true || !(names === false && images === false && sensitive === false);
  const m = t.method;
  if (m === 'email') {
    if (personalData && t.encrypted !== true && P.emailEncryption !== 'not-required') add(P.emailEncryption === 'required' ? 'transfer.email.unencrypted' : 'transfer.email.unencrypted-where-possible');
    if (t.emailAccount !== 'setting') add('transfer.email.non-setting-account');
  }
  if (m === 'remote-access') { if (t.recipientAuthorised !== true && (P.remoteAccessAuthorisedOnly || personalData)) add('transfer.remote.unauthorised'); }
  else if (personalData && t.recipientAuthorised !== true) add('transfer.recipient.unauthorised');
  if (P.labelSharedData && t.recipient === 'authorised-third-party' && personalData && t.labelled !== true) add('transfer.shared.unlabelled');
  if (m === 'removable-media') {
    if (t.leavesSetting && childData && P.removableMedia === 'forbidden') add('transfer.removable.forbidden');
    if (personalData && t.encrypted !== true) add('transfer.removable.unencrypted');
    if (personalData && t.mediaOwner !== 'setting') add('transfer.removable.personal-media');
  }
  if (personalData && !P.allowedRoutes.includes(m)) add('transfer.route.not-allowed');
  const s = t.system;
  if (m === 'central-hosting') {
    if (P.minimum) {
      // Kept at least as long as the policy's minimum, both counted from the day of the decision.
      const kept = s?.auditLogKeptFor != null ? period(s.auditLogKeptFor) : undefined;
      const today = londonDay(atMs);
      if (!kept || plus(today, kept) < plus(today, P.minimum)) add('transfer.audit-log.too-short');
    }
    if (P.accountAdminRoles.length && !(s?.accountAdmins?.length && s.accountAdmins.every((r) => P.accountAdminRoles.includes(r)))) add('transfer.account-admin.unauthorised');
  }
  if (m === 'setting-platform' && P.platformApprovers.length && !(s?.approvedBy != null && P.platformApprovers.includes(s.approvedBy))) add('transfer.platform.unapproved');
  return decision(reasons, P.ref);
}
/** Fail closed: anything the strict schema would refuse, or no valid time of decision, is refused. */
const baseline = (t, P, at) => (isDate(at) && valid(t) ? decide(t, P, instant(at)) : refusal(P.ref));

// ---- Agreement, then timing, on every example. ----
const cases = [];
let variants = 0, refused = 0;
for (const [name, ex] of Object.entries(examples('transfer'))) {
  const P = POLICIES[ex.policy];
  const opts = { policy: ex.policy, at: ex.at };
  const ours = (t) => canTransferData(t, opts);
  const theirs = (t) => baseline(t, P, ex.at);
  const a = agree(`canTransferData ${name}`, ours, theirs, [ex.transfer], sameDecision);
  variants += a.variants; refused += a.refused;
  const answer = ours(ex.transfer).allowed ? 'allowed' : 'denied';
  if (answer !== ex.expect) throw new Error(`${name}: expected ${ex.expect}, got ${answer}`);
  const atMs = instant(ex.at);
  cases.push({ name, answer, ours: () => ours(ex.transfer), failClosed: () => theirs(ex.transfer), bare: () => decide(ex.transfer, P, atMs) });
}
compareDecision('canTransferData', `canTransferData vs hand-written baseline (examples/transfer; the same rules fired on each, and on ${variants} variants of them, ${refused} of them malformed and refused by both)`, cases);
