// The meeting section of a setting's policy: video conferences and online meetings, each value with its clause.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { roleSchema, type Role } from '../vocabulary.js';

const roleList = z.array(roleSchema);
/** Which meetings a requirement covers: every meeting, those with children, or none (the policy does not say). */
const scope = z.enum(['any-meeting', 'with-children', 'not-stated']);

/**
 * A setting's choices about video conferences and online meetings.
 *
 * @example
 * ```ts
 * meetingPolicySchema.safeParse(presetPolicy('baseline').meeting).success; // true
 * ```
 */
export const meetingPolicySchema = z.strictObject({
  /** Children in a meeting are supervised by a member of staff throughout, or the policy does not say. */
  supervision: z.enum(['required', 'not-stated']),
  /**
   * A meeting with children held outside the setting, or by a member of staff alone, needs the prior knowledge of one
   * of these roles (none: not required).
   */
  priorKnowledgeFrom: roleList,
  /** Such a meeting also needs the prior knowledge of the children's parents and carers. */
  parentsKnowBeforehand: z.boolean(),
  /** Children operate the equipment, answer calls or set up meetings only with the supervising staff member's permission. */
  childOperation: z.enum(['supervisor-permission', 'not-stated']),
  /** The participants are made aware of a recording: in every meeting, in meetings with children, or not stated. */
  recordingAnnounced: scope,
  /** A recording needs the participants' (for children, their parents') permission. */
  recordingPermission: scope,
  /** Publishing a recording needs permission. */
  publicationPermission: scope,
  /** Equipment for a meeting with children: the setting's only; a personal device (never a personal phone) with agreement; or not stated. */
  equipment: z.enum(['setting-only', 'personal-device-with-agreement', 'not-stated']),
  /** Roles that may agree the use of a personal device for a meeting with children. */
  personalEquipmentApprovers: roleList,
  /** The meeting room is closed and logged off, and the equipment switched off and secured, when not in use (a warning). */
  closeAfterUse: z.enum(['required', 'not-stated']),
});

/** A setting's choices about video conferences and online meetings (see {@link meetingPolicySchema}). */
export type MeetingPolicy = z.output<typeof meetingPolicySchema>;

const VC = 'Using video conferencing and other online meetings';
const kirkleesSupervised = quote('004', VC, 'All video conferencing activity is supervised by a suitable member of staff');
const kirkleesOperate = quote('004', VC, 'Pupils do not operate video conferencing equipment, answer calls or set up meetings without permission from the supervising member of staff');
const kirkleesClose = quote('004', VC, 'Video conferencing equipment is switched off and secured when not in use and online meeting rooms are closed and logged off when not in use');
const kirkleesAware = quote('004', VC, 'All participants are made aware if a video conference is to be recorded');
const kirkleesPublish = quote('004', VC, 'Permission is sought if the material is to be published');
const kirkleesKnowledge = quote('004', VC,
  'a video conference or other online meeting between a member of staff and pupil(s) which takes place outside school or whilst the member of staff is alone is always conducted with the prior knowledge of the head teacher or line manager and respective parents and carers');
const kirkleesRecording = quote('004', 'Using images, video and sound', 'Digital images, video and sound recordings are only taken with the permission of participants');
const kirkleesEquipment = quote('004', 'Appendix › Section 12 Communication with Children and Young People', 'only use equipment e.g. mobile phones, provided by organisation to communicate with children');
const BARNET_COMMS = 'Communication with Children through technology';
const BARNET_PHOTOS = 'Photography and Videos';
const homertonSupervised = quote('001', 'HARDWARE PROVISION AND USE', 'All staff have a shared responsibility to ensure that children are supervised when using the internet and related technologies');
const homertonConsent = quote('001', 'PHOTOGRAPHS AND VIDEO',
  'consent must be obtained from parents or carers before photographs or videos of young people will be taken or used within the setting, including displays, learning journeys, setting website and other marketing materials');
const silent = (what: string) => `The policy is silent on ${what}; the law asks nothing here, so no other setting's rule is imposed.`;
const none = (why: string) => reading([] as Role[], why);

/**
 * The meeting section of `SettingPolicy`: the baseline (Kirklees' section, the only policy with one) and each preset's
 * values, each with its clause. A preset answers as its own policy does: where it is silent it imposes nothing.
 *
 * @example
 * ```ts
 * meetingPolicy.presets['two-mile-ash-pre-school']?.recordingPermission?.value; // 'with-children'
 * ```
 */
export const meetingPolicy = defineSection({
  schema: meetingPolicySchema,
  // Values that can never apply while others are as they are: a policy that sets one is refused.
  neverApplies: [
    { field: 'personalEquipmentApprovers', when: (s) => s.equipment !== 'personal-device-with-agreement' && s.personalEquipmentApprovers.length > 0,
      because: 'equipment is not \'personal-device-with-agreement\', so no agreement to use a personal device is ever read. Leave it empty, or set equipment to \'personal-device-with-agreement\'.' },
  ],
  // The baseline: Kirklees' video-conferencing section, the only one of the five policies with one.
  baseline: {
    supervision: sourced('required' as const, kirkleesSupervised),
    priorKnowledgeFrom: reading(['head-teacher', 'line-manager', 'manager', 'head-of-setting'] as Role[],
      'The head teacher or line manager; in an early-years setting, its manager or head.', kirkleesKnowledge),
    parentsKnowBeforehand: sourced(true, kirkleesKnowledge),
    childOperation: sourced('supervisor-permission' as const, kirkleesOperate),
    recordingAnnounced: sourced('any-meeting' as const, kirkleesAware),
    recordingPermission: sourced('any-meeting' as const, kirkleesRecording),
    publicationPermission: sourced('any-meeting' as const, kirkleesPublish),
    equipment: sourced('setting-only' as const, kirkleesEquipment),
    personalEquipmentApprovers: none('None: a meeting with children is held on the setting\'s equipment.'),
    closeAfterUse: sourced('required' as const, kirkleesClose),
  },
  presets: {
    'barnet-early-years': {
      supervision: reading('required' as const, 'Children using technology benefit from a high level of supervision: read as a member of staff supervising throughout.',
        quote('000', 'Introduction', 'benefit from a high level of supervision')),
      priorKnowledgeFrom: reading(['manager'] as Role[],
        'A meeting with a child held outside the setting, or by an adult alone, is open to scrutiny only when the manager knows of it beforehand (the protective reading).',
        quote('000', BARNET_COMMS, 'Adults should ensure that all communications are transparent and open to scrutiny')),
      parentsKnowBeforehand: reading(false, silent('the parents knowing of a meeting beforehand')),
      childOperation: reading('not-stated' as const, silent('children operating the equipment')),
      recordingAnnounced: reading('with-children' as const, 'Recording children without telling those in the meeting is taking images in secret.',
        quote('000', `${BARNET_PHOTOS} › Helpful Hints › Do Not`, "Take images 'in secret' or images in situations that could be construed as being secretive")),
      recordingPermission: sourced('with-children' as const,
        quote('000', BARNET_PHOTOS, 'Informed written consent, using a proforma such as the attached, should be obtained from parents or carers')),
      publicationPermission: sourced('with-children' as const, quote('000', `${BARNET_PHOTOS} › Helpful Hints › Do Not`, 'Display or distribute images without consent')),
      equipment: sourced('setting-only' as const, quote('000', `${BARNET_COMMS} › Do`, 'Only use equipment provided by the setting to communicate with parents/children')),
      personalEquipmentApprovers: none('None: equipment provided by the setting only.'),
      closeAfterUse: reading('not-stated' as const, silent('closing meeting rooms and securing the equipment')),
    },
    'homerton-early-years': {
      supervision: sourced('required' as const, homertonSupervised),
      priorKnowledgeFrom: none(silent('who must know of a meeting with children beforehand')),
      parentsKnowBeforehand: reading(false, silent('the parents knowing of a meeting beforehand')),
      childOperation: reading('not-stated' as const, silent('children operating the equipment')),
      recordingAnnounced: reading('not-stated' as const, silent('telling participants of a recording (the parents\' consent to it is asked for)')),
      recordingPermission: sourced('with-children' as const, homertonConsent),
      publicationPermission: sourced('with-children' as const, homertonConsent),
      equipment: reading('personal-device-with-agreement' as const, 'A personal phone never contacts children; another personal device is used only when agreed with the Head of Centre.',
        quote('001', 'MOBILE TECHNOLOGY - STAFF', 'Personal mobile phones must never be used to contact children or their families'),
        quote('001', 'HARDWARE PROVISION AND USE', 'Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre')),
      personalEquipmentApprovers: sourced(['head-of-setting'] as Role[],
        quote('001', 'HARDWARE PROVISION AND USE', 'Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre')),
      closeAfterUse: reading('not-stated' as const, silent('closing meeting rooms and securing the equipment')),
    },
    'two-mile-ash-pre-school': {
      supervision: sourced('required' as const, quote('002', 'Internet access', 'Children do not normally have access to the internet and never have unsupervised access')),
      priorKnowledgeFrom: none(silent('who must know of a meeting with children beforehand')),
      parentsKnowBeforehand: reading(false, silent('the parents knowing of a meeting beforehand')),
      childOperation: reading('not-stated' as const, silent('children operating the equipment')),
      recordingAnnounced: reading('not-stated' as const, silent('telling participants of a recording (the parents\' written permission is asked for)')),
      recordingPermission: sourced('with-children' as const, quote('002', 'Cameras and videos',
        'Photographs and recordings of children are only taken for valid reasons i.e. to record their learning and development, or for displays within the setting, with written permission received by parents')),
      publicationPermission: reading('with-children' as const, 'Publishing a recording of children is publicity: the parents\' consent is given first.',
        quote('002', 'Cameras and videos', 'If photographs of children are used for publicity purposes, parental consent must be given')),
      equipment: sourced('setting-only' as const, quote('002', 'Information Communication Technology (ICT) equipment', 'Only ICT equipment belonging to the setting is used by staff and children')),
      personalEquipmentApprovers: none('None: the setting\'s equipment only.'),
      closeAfterUse: reading('not-stated' as const, silent('closing meeting rooms and securing the equipment')),
    },
    'cambridgeshire-early-years': {
      supervision: sourced('required' as const, quote('003', '2. Hardware and provision use',
        'All staff have a shared responsibility to ensure that children are supervised when using the internet and related technologies')),
      priorKnowledgeFrom: none(silent('who must know of a meeting with children beforehand')),
      parentsKnowBeforehand: reading(false, silent('the parents knowing of a meeting beforehand')),
      childOperation: reading('not-stated' as const, silent('children operating the equipment')),
      recordingAnnounced: reading('not-stated' as const, silent('telling participants of a recording')),
      recordingPermission: reading('not-stated' as const, silent('permission for a recording')),
      publicationPermission: reading('not-stated' as const, silent('permission to publish a recording')),
      equipment: reading('setting-only' as const,
        'Only the setting\'s technology is used on the premises, on visits and outings, and to record; a meeting with children held elsewhere is read the same way (the protective reading).',
        quote('003', '2. Hardware and provision use', 'Only technology owned by the setting will be used on the premises and on setting visit or outings'),
        quote('003', '2. Hardware and provision use', 'Staff taking photographs or recording with technology not owned by our setting is specifically not allowed')),
      personalEquipmentApprovers: none('None: the setting\'s technology only.'),
      closeAfterUse: reading('not-stated' as const, silent('closing meeting rooms and securing the equipment')),
    },
    'kirklees-primary': {
      priorKnowledgeFrom: sourced(['head-teacher', 'line-manager'] as Role[], kirkleesKnowledge),
    },
  },
});
