import * as z from 'zod/mini';
import { defineSection } from '../core/policy/section.js';
import { roles, type Role } from '../lifecycle/vocabulary.js';

/** A setting's choices about devices leaving the premises: see `docs/coverage.md` for each preset value's clause. */
export interface DevicePolicy {
  /** Setting devices that must be encrypted to leave: those with sensitive data or photos of children, or all. */
  encryptOffSite: 'sensitive-or-child-photos' | 'always';
  /** An unencrypted camera or tablet may go on a visit if its photos are not linked to names and it comes back (warn, not block). */
  visitException: boolean;
  /** All data is transferred or deleted from a setting device before an outing. */
  clearBeforeOuting: boolean;
  /** Personal devices for work: never, or with agreement from a role in `personalDeviceApprovers`. */
  personalDevices: 'never' | 'with-agreement';
  personalDeviceApprovers: Role[];
  /** Roles that may authorise personal use of a setting device. */
  personalUseApprovers: Role[];
  /** Setting devices are used by their authorised person only. */
  authorisedUserOnly: boolean;
  /** Personal phones on outings and visits: forbidden, agreed with a role in `personalPhoneApprovers`, or carried switched off. */
  personalPhoneOnOuting: 'forbidden' | 'agreed' | 'switched-off';
  personalPhoneApprovers: Role[];
  /** A setting mobile phone goes on outings and visits. */
  settingPhoneRequired: boolean;
}

const roleList = z.array(z.enum(roles));

/**
 * The zod/mini schema of the device section.
 *
 * @example
 * ```ts
 * devicePolicySchema.safeParse(presetPolicy('baseline').device).success; // true
 * ```
 */
export const devicePolicySchema = z.strictObject({
  encryptOffSite: z.enum(['sensitive-or-child-photos', 'always']),
  visitException: z.boolean(),
  clearBeforeOuting: z.boolean(),
  personalDevices: z.enum(['never', 'with-agreement']),
  personalDeviceApprovers: roleList,
  personalUseApprovers: roleList,
  authorisedUserOnly: z.boolean(),
  personalPhoneOnOuting: z.enum(['forbidden', 'agreed', 'switched-off']),
  personalPhoneApprovers: roleList,
  settingPhoneRequired: z.boolean(),
});

/** The device section of `SettingPolicy`: the baseline and each preset's differences, with their clauses. */
export const devicePolicy = defineSection<DevicePolicy>({
  schema: devicePolicySchema,
  baseline: {
    encryptOffSite: 'sensitive-or-child-photos', // 001 l.41; 003 l.20; statutory-facts.md "Encryption"
    visitException: false,
    clearBeforeOuting: false,
    personalDevices: 'never', // 002 l.48 "Only ICT equipment belonging to the setting"; 003 l.16
    personalDeviceApprovers: [],
    personalUseApprovers: ['manager'], // 003 l.16 "unless authorised by the provider/manager"
    authorisedUserOnly: true, // 001 l.35; 003 l.16 "used by the authorised person only"
    personalPhoneOnOuting: 'agreed', // 001 l.71 "agree ... the appropriate use of personal mobile phones"
    personalPhoneApprovers: ['manager', 'head-of-setting'],
    settingPhoneRequired: true, // 004 l.226 "a school mobile phone is provided"; 003 l.16
  },
  presets: {
    'barnet-early-years': {
      personalDevices: 'with-agreement', // 000 Do Not l.57 "Use personal ICT equipment, unless with specific authorisation"
      personalDeviceApprovers: ['manager'], // 000 l.43 "provided or authorised by the organisation"
    },
    'homerton-early-years': {
      visitException: true, // 001 l.43 "As long as the photographs are not linked with children's names ... provided they are brought back"
      personalDevices: 'with-agreement', // 001 l.43 "unless agreed with the Head of Centre"
      personalDeviceApprovers: ['head-of-setting'],
      personalUseApprovers: ['head-of-setting'], // 001 l.35 "unless authorised by the Head of Centre"
      personalPhoneApprovers: ['leadership-team', 'head-of-setting'], // 001 l.71 "a member of the Centre Leadership Team"
    },
    'two-mile-ash-pre-school': {
      personalPhoneOnOuting: 'switched-off', // 002 l.97 "we ask that these are turned off for the duration of the outing"
    },
    'cambridgeshire-early-years': {
      encryptOffSite: 'always', // 003 l.24, l.30 "Setting issued devices should not leave the premises unless encrypted"
      clearBeforeOuting: true, // 003 l.24, l.30 "all data must be transferred/deleted from the setting's camera/device"
      personalUseApprovers: ['manager'], // 003 l.16 "provider/manager"
      personalPhoneOnOuting: 'forbidden', // 003 l.16 "Only technology owned by the setting ... on setting visit or outings"
    },
    'kirklees-primary': {
      personalDevices: 'with-agreement', // 004 l.400 "only use equipment provided or authorised by the organisation"
      personalDeviceApprovers: ['manager'],
    },
  },
});
