// The equipment section of a setting's policy: who may use a setting device, for what, and what may be installed on it.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced } from '../../src/core/policy/section.js';
import { roleSchema, type Role } from '../vocabulary.js';

const roleList = z.array(roleSchema);

/**
 * A setting's choices about using its devices and installing programs and apps on them.
 *
 * @example
 * ```ts
 * equipmentPolicySchema.safeParse(presetPolicy('baseline').equipment).success; // true
 * ```
 */
export const equipmentPolicySchema = z.strictObject({
  /** Who installs or downloads programs and apps: staff the setting authorised, technical staff only, or not restricted. */
  installBy: z.enum(['authorised-staff', 'technical-staff', 'not-stated']),
  /** With `technical-staff`: staff may still install on a setting laptop (administrator rights on school laptops). */
  staffInstallOnLaptops: z.boolean(),
  /** Roles that check and agree the pre-approved selection of software and apps (none: no selection is required). */
  softwareApprovers: roleList,
  /**
   * Personal use of a setting device: with authorisation from a role in `personalUseApprovers` (on or off site);
   * never on the premises and off site only with that authorisation (devices are for work); or not restricted.
   */
  personalUse: z.enum(['authorised', 'off-site-authorised', 'not-stated']),
  /** Roles that may authorise personal use of a setting device. */
  personalUseApprovers: roleList,
  /** A device issued to named people is used by them only. */
  authorisedUserOnly: z.boolean(),
  /** Wireless access on mobile devices is switched off in learning spaces (most of the time: a warning). */
  wirelessOffInLearningSpaces: z.boolean(),
  /** Every user has agreed to (or been made aware of) the acceptable use policy, or the policy does not make it a condition. */
  acceptableUse: z.enum(['agreed', 'not-stated']),
  /** Computers (laptops and desktops) have virus protection installed, or the policy does not say. */
  virusProtection: z.enum(['required', 'not-stated']),
});

/** A setting's choices about using its devices (see {@link equipmentPolicySchema}). */
export type EquipmentPolicy = z.output<typeof equipmentPolicySchema>;

const HOMERTON = 'HARDWARE PROVISION AND USE';
const CAMBS = '2. Hardware and provision use';
const KIRKLEES = 'Managing and safeguarding ICT Systems';
const KIRKLEES_AUP = 'Acceptable Use Policies';
const TMA = 'Information Communication Technology (ICT) equipment';
const installWords = 'Online searching and installing/downloading of new programs and applications is restricted to authorised staff members only';
const homertonInstall = quote('001', HOMERTON, installWords);
const homertonSoftware = quote('001', HOMERTON, 'Software or apps used must be from a pre-approved selection checked and agreed by the ICT coordinator or Head of Centre');
const homertonPersonalUse = quote('001', HOMERTON, 'personal use whilst on or off site is not permitted unless authorised by the Head of Centre');
const homertonAuthorised = quote('001', HOMERTON, 'The Centre laptop or devices should be used by the authorised person only');
const homertonWireless = quote('001', 'A SECURE INFRASTRUCTURE AND INTERNET USE', 'Wireless access will be switched off on mobile devices in learning spaces for the majority of the time');
const cambsInstall = quote('003', CAMBS, installWords);
const cambsChildren = quote('003', CAMBS, 'Children should not be able to search or install anything on a setting device');
const cambsPersonalUse = quote('003', CAMBS, 'personal use whilst off site is not permitted unless authorised by the provider/manager');
const cambsWork = quote('003', CAMBS, 'Setting issued devices only should be used for work purposes');
const cambsAuthorised = quote('003', CAMBS, 'The settings laptop/devices should be used by the authorised person only');
const kirkleesInstall = quote('004', KIRKLEES, 'We do not allow anyone except technical staff to download and install software onto the network');
const kirkleesLaptops = quote('004', KIRKLEES, 'Staff are allowed administrator rights to download software on school provided laptops');
const kirkleesVirus = quote('004', KIRKLEES, 'Staff have virus protection installed on all laptops used for school activity');
const kirkleesAup = quote('004', KIRKLEES_AUP, 'staff and pupils will be expected to agree to them and follow their guidelines');
const kirkleesAupVisitors = quote('004', KIRKLEES_AUP, 'We will ensure that external groups and visitors to school who use our ICT facilities are made aware of the appropriate AUP');
const tmaVirus = quote('002', TMA, 'All computers have virus protection installed');
const silent = (what: string) => `The policy is silent on ${what}; the law asks nothing here, so no other setting's rule is imposed.`;
const none = (why: string) => reading([] as Role[], why);

/**
 * The equipment section of `SettingPolicy`: the baseline and each preset's values, each with its clause. A preset
 * answers as its own policy does: where its policy is silent, it imposes nothing it never wrote.
 *
 * @example
 * ```ts
 * equipmentPolicy.presets['kirklees-primary']?.installBy?.value; // 'technical-staff'
 * ```
 */
export const equipmentPolicy = defineSection({
  schema: equipmentPolicySchema,
  // Values that can never apply while others are as they are: a policy that sets one is refused.
  neverApplies: [
    { field: 'personalUseApprovers', when: (s) => s.personalUse === 'not-stated' && s.personalUseApprovers.length > 0,
      because: 'personalUse is \'not-stated\', so no authorisation of personal use is ever read. Leave it empty, or set personalUse to \'authorised\' or \'off-site-authorised\'.' },
  ],
  // The baseline: the strictest common reading of the five policies.
  baseline: {
    installBy: sourced('authorised-staff' as const, homertonInstall, cambsInstall),
    staffInstallOnLaptops: reading(false, 'No laptop exception: only staff the setting authorised install, on any of its devices.'),
    softwareApprovers: sourced(['ict-coordinator', 'head-of-setting'] as Role[], homertonSoftware),
    personalUse: reading('off-site-authorised' as const,
      'Setting devices are for work: personal use is never on the premises, and off site only with authorisation (the strictest of 001 and 003).',
      cambsWork, cambsPersonalUse, homertonPersonalUse),
    personalUseApprovers: reading(['manager', 'head-of-setting'] as Role[], 'The manager (003) or the head of the setting (001): the people who lead a setting.',
      cambsPersonalUse, homertonPersonalUse),
    authorisedUserOnly: sourced(true, homertonAuthorised, cambsAuthorised),
    wirelessOffInLearningSpaces: sourced(true, homertonWireless),
    acceptableUse: sourced('agreed' as const, kirkleesAup, kirkleesAupVisitors),
    virusProtection: sourced('required' as const, tmaVirus, kirkleesVirus),
  },
  presets: {
    'barnet-early-years': {
      installBy: reading('not-stated' as const, silent('who installs programs or apps on setting equipment')),
      staffInstallOnLaptops: reading(false, 'No exception is needed: the guidance does not restrict installing.'),
      softwareApprovers: none(silent('which software or apps may be used')),
      personalUse: reading('not-stated' as const, silent('personal use of setting devices')),
      personalUseApprovers: none('None needed: the guidance does not restrict personal use of setting devices.'),
      authorisedUserOnly: reading(false, silent('who may use a device issued to someone')),
      wirelessOffInLearningSpaces: reading(false, silent('wireless access in learning spaces')),
      acceptableUse: reading('not-stated' as const, 'The guidance asks the setting to have an acceptable use agreement, not that each user agree to it before using its equipment.',
        quote('000', 'Access to Inappropriate Images and Internet Use › Do', 'Have policies in place about internet use for example through an acceptable use agreement')),
      virusProtection: reading('not-stated' as const, silent('virus protection')),
    },
    'homerton-early-years': {
      installBy: sourced('authorised-staff' as const, homertonInstall),
      staffInstallOnLaptops: reading(false, 'No laptop exception: only authorised staff members install, on every Centre device.', homertonInstall),
      softwareApprovers: sourced(['ict-coordinator', 'head-of-setting'] as Role[], homertonSoftware),
      personalUse: sourced('authorised' as const, homertonPersonalUse),
      personalUseApprovers: sourced(['head-of-setting'] as Role[], homertonPersonalUse),
      authorisedUserOnly: sourced(true, homertonAuthorised),
      wirelessOffInLearningSpaces: sourced(true, homertonWireless),
      acceptableUse: reading('not-stated' as const, 'The policy aims to give every user rules for acceptable use; it does not make agreeing to them a condition of using a device.',
        quote('001', 'SCOPE OF THE POLICY', 'Provide safeguarding protocols and rules for acceptable use to guide all users in their use of technology and online experiences')),
      virusProtection: reading('not-stated' as const, silent('virus protection')),
    },
    'two-mile-ash-pre-school': {
      installBy: reading('not-stated' as const, 'The manager is responsible for the equipment being safe and fit for purpose; the policy does not say who installs programs or apps, so no other setting\'s restriction is imposed.',
        quote('002', TMA, 'The Manager Lisa White is responsible for ensuring all ICT equipment is safe and fit for purpose')),
      staffInstallOnLaptops: reading(false, 'No exception is needed: the policy does not restrict installing.'),
      softwareApprovers: none(silent('which software or apps may be used (the online learning journal needs the Committee\'s permission: canCommunicate)')),
      personalUse: reading('not-stated' as const, 'The policy restricts one personal use, reading personal email on setting equipment (canCommunicate decides it), and is silent on any other.',
        quote('002', 'Email', 'Parents and staff are not normally permitted to use setting equipment to access personal emails')),
      personalUseApprovers: none('None needed: the policy does not restrict personal use of setting devices beyond email.'),
      authorisedUserOnly: reading(false, silent('who may use a device issued to someone')),
      wirelessOffInLearningSpaces: reading(false, silent('wireless access in learning spaces')),
      acceptableUse: reading('not-stated' as const, silent('users agreeing to an acceptable use policy')),
      virusProtection: sourced('required' as const, tmaVirus),
    },
    'cambridgeshire-early-years': {
      installBy: sourced('authorised-staff' as const, cambsInstall, cambsChildren),
      staffInstallOnLaptops: reading(false, 'No laptop exception: only authorised staff members install, on every setting device.', cambsInstall),
      softwareApprovers: none(silent('which software or apps may be used')),
      personalUse: reading('off-site-authorised' as const,
        'Setting devices are for work purposes only; the one exception the template makes is personal use off site, authorised by the provider/manager.',
        cambsWork, cambsPersonalUse),
      personalUseApprovers: sourced(['manager'] as Role[], cambsPersonalUse),
      authorisedUserOnly: sourced(true, cambsAuthorised),
      wirelessOffInLearningSpaces: reading(false, silent('wireless access in learning spaces')),
      acceptableUse: reading('not-stated' as const, 'The template aims to give every user rules for acceptable use; it does not make agreeing to them a condition of using a device.',
        quote('003', 'Opening statement', 'Provide safeguarding protocols and rules for acceptable use to guide all users in their use of technology and online experiences')),
      virusProtection: reading('not-stated' as const, silent('virus protection')),
    },
    'kirklees-primary': {
      installBy: sourced('technical-staff' as const, kirkleesInstall),
      staffInstallOnLaptops: sourced(true, kirkleesLaptops),
      softwareApprovers: none('No pre-approved selection: the policy lets staff download software on school laptops and keeps the network to technical staff.'),
      personalUse: reading('not-stated' as const,
        'The policy asks staff for a professional level of conduct in their personal use of technology; it does not forbid personal use of a school device (personal use in lesson time is for classifyMisuse).',
        quote('004', 'Responsibilities of all Staff', 'Maintain a professional level of conduct in their personal use of technology at all times')),
      personalUseApprovers: none('None needed: the policy does not make personal use of a school device depend on an authorisation.'),
      authorisedUserOnly: reading(false, silent('who may use a device issued to someone (it restricts access to sensitive data, not devices)')),
      wirelessOffInLearningSpaces: reading(false, silent('wireless access in learning spaces')),
      acceptableUse: sourced('agreed' as const, kirkleesAup, kirkleesAupVisitors),
      virusProtection: sourced('required' as const, kirkleesVirus, quote('004', KIRKLEES, 'virus and malware protection is installed on all appropriate hardware')),
    },
  },
});
