import type { AreaSpec } from '../core/rules/types.js';
import { b, one } from '../core/facts.js';
import { storageKinds } from './schema.js';


/** Which computed date a rule's deadline is: `deleteBy` is the earliest among the rules that decide the action. */
export const deadlines = ['now', 'purpose-ended', 'retain-until', 'yearly-purge', 'child-left', 'consent-withdrawn'] as const;
/** A computed date a retention rule's deadline refers to. */
export type Deadline = (typeof deadlines)[number];

// Stryker disable StringLiteral: a fact catalogue's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).

/** The facts retention rules may use, once per photo record. */
export const retentionArea: AreaSpec = {
  id: 'retention',
  facts: {
    showsChildren: b('At least one child is in the photo.'),
    storedOn: one(storageKinds, 'Where the photo is kept.'),
    purposeRecorded: b('At least one purpose is recorded.'),
    personalPurpose: b('One of its purposes is an adult\'s personal use.'),
    purposeOutsidePolicy: b('One of its purposes is not among the policy\'s valid purposes.'),
    purposeEnded: b('It no longer serves its recorded purpose (purposeEndedAt is at or before the decision).'),
    purposeServedRule: one(['delete', 'as-agreed'], 'Policy: when the purpose is served, delete; or do what was agreed.'),
    retentionAgreement: one(['destroy', 'retain', 'none'], 'What was agreed would happen to it after the activity.'),
    retentionPeriodRecorded: b('An agreed storage period (retainUntil) is recorded.'),
    retentionPeriodRequired: b('Policy: an agreed storage period must be recorded.'),
    retentionPeriodPassed: b('The agreed storage period has ended.'),
    yearlyPurge: b('Policy: photos of children are purged from setting devices once a year.'),
    purgeDue: b('The yearly purge date for this photo has come.'),
    beyondYearApproval: one(['valid', 'invalid', 'none'], 'Permission to keep it beyond a year: valid (right role, allowed purpose, in date), invalid, or none.'),
    beyondYearPurpose: b('One of its purposes is one the policy allows to be kept beyond a year.'),
    childrenLeft: one(['none', 'some', 'all'], 'How many of the children in it have left the setting.'),
    consentWithdrawn: one(['none', 'some-uses', 'all-uses'], 'Consent withdrawn for a child in it: for none, some or all of its uses.'),
  },
  eventParams: {
    action: { type: 'string', values: ['delete', 'review'], required: true, description: 'What the rule means for the photo.' },
    deadline: { type: 'string', values: deadlines, required: true, description: 'Which computed date the action is due by.' },
  },
};
