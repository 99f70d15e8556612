import { parserOf } from '../../core/input.js';
import { communicationRules } from '../rules.js';
import type { DecisionOptions, PreparedFacts } from '../../core/options.js';
import { prepareFacts } from '../../core/pipeline.js';
import type { FactSets } from '../../core/rules/ruleSet.js';
import { actorOf, holds, tri } from '../../../rules/vocabulary.js';
import type { CommunicationPolicy } from '../policy.js';
import { communicationRequestSchema, type CommunicationRequest } from '../schema.js';

const PROFESSIONAL = new Set(['setting-email', 'setting-phone', 'learning-journal']);

const parseRequest = parserOf(communicationRequestSchema);

/**
 * The facts the communication rules decide on, for one request. `options.at` is not needed.
 *
 * @example
 * ```ts
 * const prepared = communicationFacts(
 *   { sender: 'staff', channel: 'social-network', counterpart: 'parent-or-carer', action: 'friend-request', purpose: 'personal' },
 *   { policy: 'homerton-early-years' },
 * );
 * prepared.sets?.root.parentPermission; // false
 * ```
 */
export function communicationFacts(request: unknown, options?: DecisionOptions): PreparedFacts {
  return prepareFacts<CommunicationPolicy, [CommunicationRequest]>(options, false, communicationRules.decision, [
    { name: 'request', value: request, parse: parseRequest },
  ], ([q], ctx) => factSets(q, ctx.policy));
}

function factSets(q: CommunicationRequest, policy: CommunicationPolicy): FactSets {
  const prior = q.priorRelationship;
  const managers = policy.contactDetailsAgreedBy === 'managers' ? (['manager'] as const) : (['senior-management', 'head-teacher'] as const);
  const root = {
    sender: actorOf(q.sender),
    channel: q.channel,
    professionalChannel: PROFESSIONAL.has(q.channel),
    counterpart: q.counterpart === 'parent-or-carer' ? 'parent' : q.counterpart === 'former-parent-or-carer' ? 'former-parent' : q.counterpart,
    action: q.action,
    purpose: q.purpose,
    workingHours: tri(q.workingHours),
    whileSupervising: tri(q.whileSupervising),
    onPremises: tri(q.onPremises),
    onSettingEquipment: tri(q.onSettingEquipment),
    lessonTime: tri(q.lessonTime),
    childInCrisis: q.childInCrisis === true,
    otherChannelsAvailable: tri(q.otherChannelsAvailable),
    priorRelationship: !prior ? 'none' : !prior.disclosedToManager ? 'not-disclosed' : prior.boundaryAgreed ? 'disclosed-with-boundary' : 'disclosed',
    privacySettingsMax: tri(q.privacySettingsMax),
    parentPermission: holds(q.permissions, 'friend-request', ['parent']),
    contactDetailsAgreed: holds(q.permissions, 'contact-details', managers) && holds(q.permissions, 'contact-details', ['parent']),
    socialNetworkingAgreed: holds(q.permissions, 'social-networking', ['manager']),
    friendRequestParent: policy.friendRequestParent,
    priorRelationshipRule: policy.priorRelationship,
    contactDetailsAgreedBy: policy.contactDetailsAgreedBy,
    personalEmailOnSettingEquipment: policy.personalEmailOnSettingEquipment,
    socialNetworking: policy.socialNetworking,
  };
  return { root, items: [] };
}
