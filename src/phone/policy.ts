import * as z from 'zod/mini';
import { defineSection } from '../core/policy/section.js';
import { roles, type Role } from '../../rules/vocabulary.js';
import { places, type Place } from './schema.js';

const roleList = z.array(z.enum(roles));
const placeList = z.array(z.enum(places));
const ON_SITE: Place[] = ['learning-space-indoors', 'learning-space-outdoors', 'staff-room', 'office', 'entrance'];

/** A setting's choices about phones, cameras and other imaging devices: see `docs/coverage.md`. */
export interface PhonePolicy {
  /** When and where staff may use their personal phones. */
  staffPhoneRegime: 'away-from-children' | 'staff-room-outside-working-hours' | 'off-premises-during-working-hours' | 'setting-devices-only';
  /** Personal use of a phone in lesson time is forbidden (schools). */
  lessonTimePersonalUseForbidden: boolean;
  /** Where staff keep personal phones while children are about. */
  phoneStorage: 'locker' | 'locked-box' | 'none';
  /** Roles whose permission allows a personal phone in an emergency (empty: use the setting's phone). */
  emergencyPermissionFrom: Role[];
  /** Emergency use is only where no children are present. */
  emergencyOnlyWithoutChildren: boolean;
  /** Staff personal phones on outings. */
  outingRule: 'switch-off' | 'agreed-emergency-use' | 'setting-phone-provided' | 'setting-devices-only';
  /** Roles whose permission allows charging a personal phone on the premises. */
  chargingPermissionFrom: Role[];
  /** Staff photos on a personal phone or imaging device. */
  personalPhotos: 'never' | 'with-authorisation';
  /** Staff personal cameras. */
  personalCameras: 'never' | 'with-authorisation' | 'agreed-with-head-of-centre';
  /** Roles that may authorise a personal phone or camera for photos. */
  personalDeviceAuthorisers: Role[];
  /** Parents' phones on the premises. */
  parentPhone: 'outside-building' | 'switched-off-out-of-sight';
  /** Parents' and visitors' photos of children. */
  parentPhotos: 'with-permission' | 'own-child-at-events' | 'never';
  /** Roles whose permission allows a parent or visitor to take photos. */
  parentPhotoAuthorisers: Role[];
  /** Parents publishing photos showing other children on social media. */
  parentPublishing: 'with-permission' | 'never';
  /** Children's own phones. */
  childPhone: 'remove-until-collection' | 'lessons-with-teacher-permission';
  /** Where the setting's phone may be used. */
  settingPhonePlaces: Place[];
  /** Where the outings phone may be used. */
  outingsPhonePlaces: Place[];
  /** Setting phones off the premises (other than on outings). */
  settingPhoneOffPremises: 'never' | 'if-encrypted';
  /** Work-issued mobiles follow the personal-phone rules. */
  settingPhoneFollowsPersonal: boolean;
}

export const phonePolicySchema = z.strictObject({
  staffPhoneRegime: z.enum(['away-from-children', 'staff-room-outside-working-hours', 'off-premises-during-working-hours', 'setting-devices-only']),
  lessonTimePersonalUseForbidden: z.boolean(),
  phoneStorage: z.enum(['locker', 'locked-box', 'none']),
  emergencyPermissionFrom: roleList,
  emergencyOnlyWithoutChildren: z.boolean(),
  outingRule: z.enum(['switch-off', 'agreed-emergency-use', 'setting-phone-provided', 'setting-devices-only']),
  chargingPermissionFrom: roleList,
  personalPhotos: z.enum(['never', 'with-authorisation']),
  personalCameras: z.enum(['never', 'with-authorisation', 'agreed-with-head-of-centre']),
  personalDeviceAuthorisers: roleList,
  parentPhone: z.enum(['outside-building', 'switched-off-out-of-sight']),
  parentPhotos: z.enum(['with-permission', 'own-child-at-events', 'never']),
  parentPhotoAuthorisers: roleList,
  parentPublishing: z.enum(['with-permission', 'never']),
  childPhone: z.enum(['remove-until-collection', 'lessons-with-teacher-permission']),
  settingPhonePlaces: placeList,
  outingsPhonePlaces: placeList,
  settingPhoneOffPremises: z.enum(['never', 'if-encrypted']),
  settingPhoneFollowsPersonal: z.boolean(),
});

/** The phone section of `SettingPolicy`: the baseline (strictest common reading) and each preset's differences. A preset silent on a point inherits the baseline. */
export const phonePolicy = defineSection<PhonePolicy>({
  schema: phonePolicySchema,
  baseline: {
    staffPhoneRegime: 'away-from-children', // 001 l.69 "never whilst children are present"; 002 l.93
    lessonTimePersonalUseForbidden: false,
    phoneStorage: 'locker', // 001 l.69 "stored in staff lockers"
    emergencyPermissionFrom: ['manager'], // 002 l.93 "with permission from the manager"
    emergencyOnlyWithoutChildren: true, // 002 l.93 "in an area where there are no children present"
    outingRule: 'switch-off', // 002 l.97 "turned off for the duration of the outing"
    chargingPermissionFrom: ['manager'], // 001 l.71 (the Head of Centre there; the manager here)
    personalPhotos: 'never', // 001 l.71; 002 l.104; 003 l.16; 004 l.212
    personalCameras: 'never', // 002 l.104 "must not bring their personal cameras"
    personalDeviceAuthorisers: [],
    parentPhone: 'switched-off-out-of-sight', // 002 l.91, l.98
    parentPhotos: 'never', // 004 l.212 "staff or other visitors to school never use a personal device"
    parentPhotoAuthorisers: [],
    parentPublishing: 'never', // 002 l.135 "must not share group photos via any social media"
    childPhone: 'remove-until-collection', // 002 l.82
    settingPhonePlaces: ['staff-room', 'office'], // 001 l.67 "in the staff room or within office spaces"
    outingsPhonePlaces: [...ON_SITE, 'outing'], // 001 l.67 "in learning spaces and on visits"
    settingPhoneOffPremises: 'never', // 001 l.67 "these phones may not be taken home"
    settingPhoneFollowsPersonal: false,
  },
  presets: {
    // 000 says nothing about phone use beyond photographs: it inherits the baseline.
    'barnet-early-years': {
      personalPhotos: 'with-authorisation', // 000 l.55 "(unless you have specific authorisation)"
      personalCameras: 'with-authorisation', // 000 l.57 "personal ICT equipment, unless with specific authorisation"
      personalDeviceAuthorisers: ['manager'],
    },
    'homerton-early-years': {
      staffPhoneRegime: 'staff-room-outside-working-hours', // 001 l.69
      emergencyPermissionFrom: ['leadership-team'], // 001 l.69 "seek permission from a member of the Centre Leadership Team"
      emergencyOnlyWithoutChildren: false,
      outingRule: 'agreed-emergency-use', // 001 l.71
      chargingPermissionFrom: ['head-of-centre'], // 001 l.71
      personalCameras: 'agreed-with-head-of-centre', // 001 l.43
      personalDeviceAuthorisers: ['head-of-centre'],
      parentPhone: 'outside-building', // 001 l.78 "not in one of the Centre gardens"
      parentPhotos: 'with-permission', // 001 l.55 "seek permission from the Centre Leadership Team"
      parentPhotoAuthorisers: ['leadership-team'],
      parentPublishing: 'with-permission', // 001 l.92 "unless specific permission has been obtained"
    },
    'two-mile-ash-pre-school': {
      staffPhoneRegime: 'off-premises-during-working-hours', // 002 l.85, l.90
      phoneStorage: 'locked-box', // 002 l.85
      parentPhotos: 'own-child-at-events', // 002 l.107
      parentPhotoAuthorisers: ['manager'],
      settingPhoneFollowsPersonal: true, // 002 l.100 "These rules also apply to the use of work-issued mobiles"
    },
    'cambridgeshire-early-years': {
      staffPhoneRegime: 'setting-devices-only', // 003 l.16 "Only technology owned by the setting"
      phoneStorage: 'none',
      emergencyPermissionFrom: [], // 003 l.16 "in case of emergency, a mobile phone is provided"
      outingRule: 'setting-devices-only', // 003 l.16 "and on setting visit or outings"
      settingPhonePlaces: [...ON_SITE, 'outing'], // 003 l.16 setting technology on the premises and outings
      outingsPhonePlaces: [...ON_SITE, 'outing'],
      settingPhoneOffPremises: 'if-encrypted', // 003 l.20 "should not leave the premises unless encrypted"
    },
    'kirklees-primary': {
      lessonTimePersonalUseForbidden: true, // 004 l.319 "using a mobile phone for personal use during lesson time"
      outingRule: 'setting-phone-provided', // 004 l.226 "a school mobile phone is provided"
      childPhone: 'lessons-with-teacher-permission', // 004 l.224
      settingPhonePlaces: [...ON_SITE, 'outing'], // 004 l.225-226 curriculum activities and off-site activities
      outingsPhonePlaces: [...ON_SITE, 'outing'],
    },
  },
});
