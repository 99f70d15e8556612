// The device rules in plain words, for staff (with the remedy). Parents read the staff text.
import type { Messages } from '../../src/core/messages.js';

/** What each device rule means, for staff (see `explain`). */
export const deviceMessages: Messages = {
  "device.offsite.unencrypted": {
    staff: "This device holds, or may hold, sensitive information or photos of children and is not encrypted, so it may not leave the premises.",
    remedy: "Encrypt it, or move its data off and delete it before it leaves.",
  },
  "device.offsite.unencrypted-always": {
    staff: "Setting devices may not leave the premises unless encrypted, whatever they hold.",
    remedy: "Encrypt the device before it leaves.",
  },
  "device.visit.unencrypted": {
    staff: "Allowed on this visit: its photos are not linked to names, it holds no sensitive data and it comes back at the end. Otherwise it would need encrypting.",
    remedy: "Bring it back at the end of the visit, and encrypt it when you can.",
  },
  "device.password.missing": {
    staff: "A laptop that holds, or may hold, sensitive information needs a password and a locking screen saver.",
    remedy: "Set a strong password and a password-protected screen saver.",
  },
  "device.personal.forbidden": {
    staff: "Only the setting's own technology may be used on the premises and on visits or outings.",
    remedy: "Take a setting device instead.",
  },
  "device.personal.unagreed": {
    staff: "A personal device may be used for work only when the role the policy names has agreed.",
    remedy: "Record the agreement, or take a setting device.",
  },
  "device.personal.child-data": {
    staff: "A personal device must not hold children's details or photos: only setting devices may.",
    remedy: "Move the children's data to a setting device and delete it from this one.",
  },
  "device.personal.child-data-unencrypted": {
    staff: "A personal device holding children's photos or details may leave only if it is encrypted.",
    remedy: "Encrypt the device, or move the children's data to a setting device and delete it from this one.",
  },
  "device.personal-use.unauthorised": {
    staff: "Personal use of a setting device off site needs authorisation from the role the policy names.",
    remedy: "Record the authorisation, or do not use it personally.",
  },
  "device.user.unauthorised": {
    staff: "The person taking this device is not one of its authorised users.",
    remedy: "Have an authorised user take it, or add this person to its users.",
  },
  "device.outings-phone.home": {
    staff: "The outings phone may not be taken home: it comes back to the setting at the end of the trip.",
    remedy: "Bring the phone back to the setting at the end of the trip.",
  },
  "device.outing.not-cleared": {
    staff: "A setting camera or device must be cleared of all data before an outing.",
    remedy: "Transfer or delete all its data first.",
  },
  "device.outing.no-setting-phone": {
    staff: "A setting mobile phone should go on off-site activities, to keep in touch with the setting and families.",
    remedy: "Take the setting's mobile phone.",
  },
  "device.personal-phone.forbidden": {
    staff: "Only the setting's own technology is used on visits and outings; a setting phone is provided for emergencies.",
    remedy: "Leave the personal phone behind and take the setting phone.",
  },
  "device.personal-phone.unagreed": {
    staff: "Using a personal phone on an outing or visit must be agreed beforehand with the role the policy names.",
    remedy: "Agree it beforehand, or leave the phone behind.",
  },
  "device.personal-phone.not-off": {
    staff: "Personal phones taken on outings should be switched off for the whole outing.",
    remedy: "Switch the phone off for the outing.",
  },
  "device.disposal.not-wiped": {
    staff: "A device going for disposal must have its information destroyed first.",
    remedy: "Wipe the device first.",
  },
};
