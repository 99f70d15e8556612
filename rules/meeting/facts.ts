// The meeting facts: what each is (the specs rules are checked against), and how they are computed from one meeting.
import type { Computed, Context } from '../../src/core/area.js';
import { b, one, tri, triOf } from '../../src/core/facts.js';
import type { MeetingPolicy } from './policy.js';
import { meetingEquipment, meetingKinds, type Meeting } from './schema.js';

const SCOPES = ['any-meeting', 'with-children', 'not-stated'] as const;

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts meeting rules may use, once per meeting. */
export const meetingFactSpecs = {
  kind: one(meetingKinds, 'A video conference or another online meeting.'),
  withChildren: b('Children take part.'),
  outsideSetting: b('It takes place (for the member of staff or a child) outside the setting.'),
  staffAlone: tri('The member of staff holding it is alone.'),
  leaderKnew: b('A role the policy names knew of it beforehand.'),
  parentsKnew: b('The parents and carers knew of it beforehand.'),
  supervised: b('A member of staff supervises it throughout.'),
  childOperates: tri('A child operates the equipment, answers a call or sets up the meeting.'),
  supervisorPermission: tri('The supervising member of staff gave the child that permission.'),
  equipment: one(meetingEquipment, 'The equipment it is held on.'),
  personalEquipmentAgreed: b('The use of a personal device is agreed by a role the policy names.'),
  recorded: tri('It is (or will be) recorded.'),
  toldOfRecording: tri('Every participant was told of the recording beforehand.'),
  recordingPermitted: tri('The participants (for children, their parents) gave permission for the recording.'),
  publishRecording: tri('The recording is to be published.'),
  publicationPermitted: tri('Permission to publish the recording was sought and given.'),
  closedAfterUse: tri('The room is closed and logged off, and the equipment secured, once it ends.'),
  supervision: one(['required', 'not-stated'], 'Policy: children in a meeting are supervised throughout.'),
  leaderKnowledgeRequired: b('Policy: a meeting with children outside the setting, or by staff alone, needs a named leader\'s prior knowledge.'),
  parentsKnowledgeRequired: b('Policy: such a meeting also needs the parents\' prior knowledge.'),
  childOperation: one(['supervisor-permission', 'not-stated'], 'Policy: children operate the equipment only with the supervisor\'s permission.'),
  recordingAnnounced: one(SCOPES, 'Policy: which meetings tell the participants of a recording.'),
  recordingPermission: one(SCOPES, 'Policy: which meetings need permission to record.'),
  publicationPermission: one(SCOPES, 'Policy: which meetings need permission to publish a recording.'),
  equipmentPolicy: one(['setting-only', 'personal-device-with-agreement', 'not-stated'], 'Policy: the equipment of a meeting with children.'),
  closeAfterUse: one(['required', 'not-stated'], 'Policy: meeting rooms closed and equipment secured when not in use.'),
} as const;

/**
 * The meeting facts of one meeting, under the decision's policy.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { meetingArea } from './area.js';
 * const ctx = readOptions(meetingArea, { policy: 'kirklees-primary' });
 * const meeting: Meeting = { kind: 'online-meeting', withChildren: true, location: 'outside-setting', equipment: 'setting', knownBeforehandBy: ['line-manager'] };
 * computeMeetingFacts([meeting], ctx).root.leaderKnew; // true (a role the policy names knew beforehand)
 * ```
 */
export function computeMeetingFacts([m]: [Meeting], ctx: Context<MeetingPolicy>): Computed {
  const policy = ctx.policy;
  const known = m.knownBeforehandBy ?? [];
  const root = {
    kind: m.kind,
    withChildren: m.withChildren,
    outsideSetting: m.location === 'outside-setting',
    staffAlone: triOf(m.staffAlone),
    leaderKnew: known.some((r) => policy.priorKnowledgeFrom.includes(r)),
    parentsKnew: known.includes('parent'),
    supervised: m.supervisedBy != null,
    childOperates: triOf(m.childOperates),
    supervisorPermission: triOf(m.supervisorPermission),
    equipment: m.equipment,
    personalEquipmentAgreed: m.personalEquipmentAgreedBy != null && policy.personalEquipmentApprovers.includes(m.personalEquipmentAgreedBy),
    recorded: triOf(m.recorded),
    toldOfRecording: triOf(m.participantsToldOfRecording),
    recordingPermitted: triOf(m.recordingPermission),
    publishRecording: triOf(m.publishRecording),
    publicationPermitted: triOf(m.publicationPermission),
    closedAfterUse: triOf(m.closedAfterUse),
    supervision: policy.supervision,
    leaderKnowledgeRequired: policy.priorKnowledgeFrom.length > 0,
    parentsKnowledgeRequired: policy.parentsKnowBeforehand,
    childOperation: policy.childOperation,
    recordingAnnounced: policy.recordingAnnounced,
    recordingPermission: policy.recordingPermission,
    publicationPermission: policy.publicationPermission,
    equipmentPolicy: policy.equipment,
    closeAfterUse: policy.closeAfterUse,
  };
  return { root, items: [] };
}
