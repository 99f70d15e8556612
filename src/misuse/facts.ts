// Stryker disable StringLiteral: a fact catalogue's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
import { concernKinds } from '../concern/vocabulary.js';
import type { AreaSpec } from '../core/rules/types.js';
import { b, tri } from '../core/facts.js';
import { actorRoles, misuseActivities, misuseContexts, misuseTiers, sanctions } from './vocabulary.js';


/**
 * The facts misuse rules may use, and the tier, sanction and concern their events carry.
 *
 * @example
 * ```ts
 * misuseArea.facts.activity.values?.length; // 22
 * ```
 */
export const misuseArea: AreaSpec = {
  id: 'misuse',
  facts: {
    activity: { type: 'string', values: misuseActivities, description: 'What was done.' },
    actorRole: { type: 'string', values: actorRoles, description: 'Who did it.' },
    deliberate: tri('Done on purpose.'),
    reported: tri('Reported by the person who did it.'),
    warnedBefore: tri('Done again after a warning.'),
    context: { type: 'string', values: misuseContexts, description: 'The circumstances claimed.' },
    duringLessons: tri('During lesson time.'),
    viaEmail: b('Done by email.'),
    curriculumExemption: b('Policy: planned curriculum activity may allow a context-dependent activity.'),
    sysadminExemption: b('Policy: system administration may allow a context-dependent activity.'),
    tier: { type: 'string', values: ['pending', ...misuseTiers], description: 'The tier the tier rules gave (pending while they run).' },
    sanctionLog: b('Policy: misuse is logged.'),
    sanctionDisciplinary: b('Policy: misuse by staff may lead to disciplinary action.'),
    sanctionAuthorities: b('Policy: illegal activity is reported to the authorities.'),
    sanctionAllegations: b('Policy: the allegations process is followed.'),
    sanctionBehaviour: b('Policy: pupils\' misuse goes through the behaviour procedure.'),
    sanctionLossOfPrivileges: b('Policy: pupils\' misuse of email loses privileges.'),
    sanctionAntiBullying: b('Policy: cyberbullying goes through the anti-bullying procedure.'),
  },
  eventParams: {
    tier: { type: 'string', values: misuseTiers, description: 'The tier this rule gives the misuse.' },
    sanction: { type: 'string', values: sanctions, description: 'The sanction this rule adds.' },
    concern: { type: 'string', values: concernKinds, description: 'The kind of concern the misuse also is: it is then routed.' },
  },
};
