// esafety-rules: the public surface. Each area's functions come from its folder under rules/.
export type { Clause, Decision, Effect, Finding, PolicyRef } from './core/findings.js';
export type { DecisionOptions } from './core/options.js';
export type { PreparedFacts } from './core/pipeline.js';
export { createRuleSet, shippedRuleSet, defineRules, type DefineRulesOptions } from './ruleSets.js';
export type { RuleSet, RuleSetOptions, FactSets, CompiledRule } from './core/rules/ruleSet.js';
export { RuleValidationError, isRuleValidationError } from './core/rules/errors.js';
export type { Rule, RuleFile, Condition, FactSpec, AreaSpec, OperatorName, VendorFact, VendorFacts, VendorFactInput } from './core/rules/types.js';
export { areas, shippedRuleFiles } from './registry.js';
export { definePolicy, presetPolicy, PolicyValidationError, isPolicyValidationError, type SettingPolicy, type SettingPolicyInput, type PolicyOption } from './policy.js';
export { presetIds, presetInfo, type PresetId, type PresetInfo } from './core/policy/presets.js';
export { renderPolicy, type RenderPolicyOptions } from './renderPolicy.js';
export { inputSchemas } from './schemas.js';
export { outputSchemas, type OutputName } from './outputs.js';
export { explain, type Explanation, type Explainable } from './explain/explain.js';
export { shippedMessages } from './explain/catalogue.js';
export { ExplainOptionsError, isExplainOptionsError, readers, type ExplainOptions, type Reader } from './explain/options.js';
export { englishPhrases, type Phrases } from './explain/phrases.js';
export type { Message, Messages } from './core/messages.js';
export { toAuditRecord, type AuditRecordOptions } from './audit/toAuditRecord.js';
export { verifyAuditRecord, type AuditVerification, type VerifyOptions } from './audit/verifyAuditRecord.js';
export { auditRecordSchema, type AuditRecord, type RecordedResult } from './audit/schema.js';
export { roles, people, purposes, audiencePurposes, publicPurposes, type Role, type Person, type Permission, type Purpose } from '../rules/vocabulary.js';

export { canPublishImage, imageFacts } from '../rules/image/canPublishImage.js';
export { audiences, type Audience, type Consent, type Photo, type PhotoChild } from '../rules/image/schema.js';
export type { ImagePolicy } from '../rules/image/policy.js';
export type { ImageDecision } from '../rules/image/obscure.js';
export { planConsentChange, type ConsentChangeAction, type ConsentChangeSummary, type ConsentChangeSweep, type SyncConsentChangeSweep } from '../rules/image/planConsentChange.js';
export { publicationSchema, type Publication } from '../rules/image/publication.js';

export { checkPhotoRetention, retentionFacts, type RetentionDecision } from '../rules/retention/checkPhotoRetention.js';
export { planPhotoRetention, type RetentionAction, type RetentionSummary, type RetentionSweep, type SyncRetentionSweep } from '../rules/retention/planPhotoRetention.js';
export type { RetentionVerdict } from '../rules/retention/outcome.js';
export { storageKinds, type PhotoRecord, type StorageKind } from '../rules/retention/schema.js';
export type { RetentionPolicy } from '../rules/retention/policy.js';

export { canTakeDeviceOffSite, deviceFacts } from '../rules/device/canTakeDeviceOffSite.js';
export type { Device, Trip } from '../rules/device/schema.js';
export type { DevicePolicy } from '../rules/device/policy.js';

export { canTransferData, transferFacts } from '../rules/transfer/canTransferData.js';
export type { Transfer, TransferMethod } from '../rules/transfer/schema.js';
export type { TransferPolicy } from '../rules/transfer/policy.js';

export { routeConcern, concernFacts, buildRoute, type Route, type RouteStep, type RouteOptions } from '../rules/concern/routeConcern.js';
export { recipients, concernKinds, settingTypes, subjectRoles, recipientsWhoAreSubject, type Recipient, type ConcernKind, type SettingType, type SubjectRole } from '../rules/concern/vocabulary.js';
export type { Concern } from '../rules/concern/schema.js';
export type { ConcernPolicy, Contact } from '../rules/concern/policy.js';

export { classifyMisuse, misuseFacts, type MisuseClassification } from '../rules/misuse/classifyMisuse.js';
export { misuseActivities, actorRoles, misuseTiers, sanctions, type MisuseActivity, type ActorRole, type MisuseTier, type Sanction } from '../rules/misuse/vocabulary.js';
export type { MisuseIncident } from '../rules/misuse/schema.js';
export type { MisusePolicy } from '../rules/misuse/policy.js';

export { canUsePhone, phoneFacts, type PhoneDecision } from '../rules/phone/canUsePhone.js';
export { phoneConditions, phoneRequestSchema, type PhoneCondition, type PhoneRequest, type Place } from '../rules/phone/schema.js';
export type { PhonePolicy } from '../rules/phone/policy.js';

export { canCommunicate, communicationFacts } from '../rules/communication/canCommunicate.js';
export type { CommunicationRequest } from '../rules/communication/schema.js';
export type { CommunicationPolicy } from '../rules/communication/policy.js';

export { canChildUseInternet, internetFacts } from '../rules/internet/canChildUseInternet.js';
export type { InternetSession } from '../rules/internet/schema.js';
export type { InternetPolicy } from '../rules/internet/policy.js';

export { canUseSettingDevice, equipmentFacts } from '../rules/equipment/canUseSettingDevice.js';
export { equipmentKinds, equipmentActions, equipmentPurposes, equipmentPlaces, type EquipmentRequest } from '../rules/equipment/schema.js';
export type { EquipmentPolicy } from '../rules/equipment/policy.js';

export { canHoldMeeting, meetingFacts } from '../rules/meeting/canHoldMeeting.js';
export { meetingKinds, meetingEquipment, type Meeting } from '../rules/meeting/schema.js';
export type { MeetingPolicy } from '../rules/meeting/policy.js';
