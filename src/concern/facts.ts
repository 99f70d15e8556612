// Stryker disable StringLiteral: a fact catalogue's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
import type { AreaSpec } from '../core/rules/types.js';
import { b, tri } from '../core/facts.js';
import { concernKinds, deadlineKinds, findingKinds, recipients, settingTypes, subjectRoles } from './vocabulary.js';


/**
 * The facts concern-routing rules may use, and the routing params their events carry.
 *
 * @example
 * ```ts
 * concernArea.eventParams?.to?.values?.includes('lado'); // true
 * ```
 */
export const concernArea: AreaSpec = {
  id: 'concern',
  facts: {
    kinds: { type: 'string[]', values: concernKinds, description: 'Every kind the concern is of.' },
    kindCount: { type: 'number', description: 'How many kinds the concern is of (at least 1).' },
    settingType: { type: 'string', values: settingTypes, description: 'The kind of setting.' },
    subjectRole: { type: 'string', values: [...subjectRoles, 'none'], description: 'Who the concern is about (none: nobody).' },
    firstContactIsSubject: b('The concern is about the manager or the designated safeguarding lead.'),
    subjectIsAdultWorker: b('The concern is about someone working or volunteering with children (staff, volunteer, manager, DSL, childminder, registered person).'),
    immediateDanger: tri('A child is in immediate danger.'),
    meetsHarmThreshold: tri('An allegation may meet the harm threshold (no: a low-level concern).'),
    adultInvolved: tri('An adult is involved in nudes shared by children.'),
    personalDataBreach: tri('Lost or exposed data includes personal data.'),
    firstContact: { type: 'string', values: ['manager', 'dsl', 'esafety-coordinator'], description: 'Policy: who receives every concern first.' },
    icoReporting: { type: 'string', values: ['when-required', 'never'], description: 'Policy: whether the routing includes deciding on an ICO report.' },
  },
  eventParams: {
    kind: { type: 'string', values: findingKinds, required: true, description: 'step (tell someone), consider (decide whether to), signpost (a source of help) or action (do / do not).' },
    to: { type: 'string', values: recipients, description: 'Who to tell (steps, considerations and signposts).' },
    immediately: { type: 'boolean', description: 'Tell them at once.' },
    deadline: { type: 'string', values: deadlineKinds, description: 'Which deadline applies: computed from the time reported and the policy.' },
    order: { type: 'number', description: 'Position in the route: lower first.' },
  },
};
