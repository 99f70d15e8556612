// The device section of a setting's policy: each value with the clause it comes from.
import * as z from 'zod/mini';
import { defineSection, quote, reading, sourced, type Quote } from '../../src/core/policy/section.js';
import { roleSchema, type Role } from '../vocabulary.js';

const roleList = z.array(roleSchema);

/**
 * A setting's choices about devices leaving the premises.
 *
 * @example
 * ```ts
 * devicePolicySchema.safeParse(presetPolicy('baseline').device).success; // true
 * ```
 */
export const devicePolicySchema = z.strictObject({
  /** Setting devices that must be encrypted to leave: those with sensitive data or photos of children, or all. */
  encryptOffSite: z.enum(['sensitive-or-child-photos', 'always']),
  /** An unencrypted camera or tablet may go on a visit if its photos are not linked to names and it comes back (warn, not block). */
  visitException: z.boolean(),
  /** All data is transferred or deleted from a setting device before an outing. */
  clearBeforeOuting: z.boolean(),
  /** Personal devices for work: never, or with agreement from a role in `personalDeviceApprovers`. */
  personalDevices: z.enum(['never', 'with-agreement']),
  /** Roles that may agree the use of a personal device for work. */
  personalDeviceApprovers: roleList,
  /** Roles that may authorise personal use of a setting device. */
  personalUseApprovers: roleList,
  /** Setting devices are used by their authorised person only. */
  authorisedUserOnly: z.boolean(),
  /** Personal phones on outings and visits: forbidden, agreed with a role in `personalPhoneApprovers`, or carried switched off. */
  personalPhoneOnOuting: z.enum(['forbidden', 'agreed', 'switched-off']),
  /** Roles that may agree the use of a personal phone on an outing. */
  personalPhoneApprovers: roleList,
  /** A setting mobile phone goes on outings and visits. */
  settingPhoneRequired: z.boolean(),
});

/** A setting's choices about devices leaving the premises (see {@link devicePolicySchema}). */
export type DevicePolicy = z.output<typeof devicePolicySchema>;

const homertonHardware = 'HARDWARE PROVISION AND USE';
const cambsHardware = '2. Hardware and provision use';
const homertonPersonalUse = quote('001', homertonHardware, 'personal use whilst on or off site is not permitted unless authorised by the Head of Centre');
const homertonPersonalDevices = quote('001', homertonHardware, 'Staff may not use personal devices (cameras, iPads, iPods, phones), unless agreed with the Head of Centre');
const homertonOutingPhones = quote('001', 'MOBILE TECHNOLOGY - STAFF',
  'In circumstances such as outings and off site visits, staff will agree with a member of the Centre Leadership Team the appropriate use of personal mobile phones in the event of an emergency');
const cambsPersonalUse = quote('003', cambsHardware, 'personal use whilst off site is not permitted unless authorised by the provider/manager');
const cambsOwnedOnly = quote('003', cambsHardware, 'Only technology owned by the setting will be used on the premises and on setting visit or outings');
const cambsAlwaysEncrypt = quote('003', cambsHardware, 'Setting issued devices should not leave the premises unless encrypted and this must be acknowledged in the policy');
const cambsClear = quote('003', cambsHardware, "In the case of an outing, all data must be transferred/deleted from the setting's camera/device before leaving the setting");
const cambsStorage = '3. Data Storage and Management';
const kirkleesEquipment = quote('004', 'Appendix › Section 27 Photography and Videos', 'only use equipment provided or authorised by the organisation');
const byManager = (...from: Quote[]) => reading(['manager'] as Role[], 'The manager gives the authorisation for the organisation.', ...from);

/** The device section of `SettingPolicy`: the baseline and each preset's differences, each value with its clause. */
export const devicePolicy = defineSection({
  schema: devicePolicySchema,
  // The baseline: the strictest common reading of the five policies.
  baseline: {
    encryptOffSite: sourced('sensitive-or-child-photos' as const,
      quote('001', homertonHardware, 'if containing sensitive information or photographs of children, should not leave the premises unless encrypted'),
      quote('003', cambsHardware, 'if containing sensitive information or photographs of children, should not leave the premises unless encrypted'),
      quote('statutory', 'Encryption', 'Personal data on laptops and portable devices must be encrypted')),
    visitException: reading(false, 'Only Homerton lets an unencrypted camera or tablet go on a visit; the baseline does not.'),
    clearBeforeOuting: reading(false, 'Only the Cambridgeshire template asks for every device to be cleared before an outing.'),
    personalDevices: sourced('never' as const,
      quote('002', 'Information Communication Technology (ICT) equipment', 'Only ICT equipment belonging to the setting is used by staff and children'),
      cambsOwnedOnly),
    personalDeviceApprovers: reading([] as Role[], 'None: personal devices are never allowed.'),
    personalUseApprovers: sourced(['manager'] as Role[], cambsPersonalUse),
    authorisedUserOnly: sourced(true,
      quote('001', homertonHardware, 'The Centre laptop or devices should be used by the authorised person only'),
      quote('003', cambsHardware, 'The settings laptop/devices should be used by the authorised person only')),
    personalPhoneOnOuting: reading('agreed' as const, 'A personal phone goes on an outing only with its use agreed beforehand.', homertonOutingPhones),
    personalPhoneApprovers: reading(['manager', 'head-of-setting'] as Role[], 'The manager or the head of the setting agrees it: the people who lead a setting.'),
    settingPhoneRequired: sourced(true,
      quote('004', 'Using mobile phones', 'Where required for safety reason in off-site activities, a school mobile phone is provided'),
      quote('003', cambsHardware, 'in case of emergency, a mobile phone is provided')),
  },
  presets: {
    'barnet-early-years': {
      personalDevices: sourced('with-agreement' as const, quote('000', 'Helpful Hints › Do Not', 'Use personal ICT equipment, unless with specific authorisation')),
      personalDeviceApprovers: byManager(quote('000', 'Helpful Hints › Do', 'Only use equipment provided or authorised by the organisation')),
    },
    'homerton-early-years': {
      visitException: reading(true, 'Allowed with a warning: the camera or tablet goes unencrypted only under every condition the clause sets.',
        quote('001', homertonHardware, "As long as the photographs are not linked with children's names, these tools may be used on visits provided they are brought back to the Centre at the end of the visit")),
      personalDevices: sourced('with-agreement' as const, homertonPersonalDevices),
      personalDeviceApprovers: sourced(['head-of-setting'] as Role[], homertonPersonalDevices),
      personalUseApprovers: sourced(['head-of-setting'] as Role[], homertonPersonalUse),
      personalPhoneApprovers: reading(['leadership-team', 'head-of-setting'] as Role[], 'A member of the Centre Leadership Team, which the Head of Centre leads.', homertonOutingPhones),
    },
    'two-mile-ash-pre-school': {
      personalPhoneOnOuting: sourced('switched-off' as const, quote('002', 'Mobile phones – staff and visitors',
        'If our members of staff or volunteers take their mobile phones on outings, we ask that these are turned off for the duration of the outing')),
    },
    'cambridgeshire-early-years': {
      encryptOffSite: sourced('always' as const, cambsAlwaysEncrypt, quote('003', cambsStorage, 'Setting issued devices should not leave the premises unless encrypted')),
      clearBeforeOuting: sourced(true, cambsClear, quote('003', cambsStorage, "In the case of an outing, all data must be transferred/deleted from the setting's camera/device before leaving the setting")),
      personalUseApprovers: sourced(['manager'] as Role[], cambsPersonalUse),
      personalPhoneOnOuting: sourced('forbidden' as const, cambsOwnedOnly),
    },
    'kirklees-primary': {
      personalDevices: sourced('with-agreement' as const, kirkleesEquipment),
      personalDeviceApprovers: byManager(kirkleesEquipment),
    },
  },
});
