// The phone and camera rules in plain words: for staff (with the remedy), and for a parent where the rule is theirs.
import type { Messages } from '../../src/core/messages.js';

const AUTHORISE = "Get specific authorisation from the manager, or use setting equipment.";

/** What each phone rule means, for staff and, for the rules parents follow, for a parent (see `explain`). */
export const phoneMessages: Messages = {
  "phone.personal.children-present": {
    staff: "Staff personal phones are never used while children are present (or when it is not said that none are), unless the policy's specific authorisation covers it.",
    remedy: "Use the phone where no children are; in an emergency, ask the role the policy names; for a photo, get the authorisation the policy requires.",
  },
  "phone.personal.working-hours": {
    staff: "Staff personal phones are used only outside working hours (or it is not said that it is outside them).",
    remedy: "Wait until working hours end; in an emergency, ask a member of the Centre Leadership Team.",
  },
  "phone.personal.staff-room-only": {
    staff: "Staff personal phones may be used only in the staff room or offices, never in the learning spaces, indoors or out.",
    remedy: "Go to the staff room or an office; in a learning space, only with permission from a member of the Centre Leadership Team.",
  },
  "phone.personal.on-premises-working-hours": {
    staff: "Staff personal phones are not used on the premises during working hours (or it is not said that it is outside them).",
    remedy: "Leave the setting to use it, at lunch time or after work; in an emergency, ask the manager.",
  },
  "phone.personal.lunch-break": {
    staff: "During their lunch break, staff leave the setting to use their personal phone.",
    remedy: "Take the phone from the locked box and leave the setting to use it.",
  },
  "phone.personal.emergency-children-present": {
    staff: "Even in an emergency with permission, a personal phone is used only where no children are present.",
    remedy: "Move somewhere with no children present.",
  },
  "phone.personal.emergency-use": { staff: "Emergency use of a personal phone, with the manager's permission, where no children are present." },
  "phone.personal.emergency-use-agreed": { staff: "Emergency use of a personal phone, with permission from the role the policy names." },
  "phone.personal.not-setting-owned": {
    staff: "Only the setting's own technology is used on the premises and on visits or outings; in an emergency the setting provides a mobile phone.",
    remedy: "Use the setting's own device, or its mobile phone in an emergency.",
  },
  "phone.personal.lesson-time": {
    staff: "Using a mobile phone for personal use in lesson time is not acceptable (or it is not said that it is outside lesson time).",
    remedy: "Wait until the lesson ends.",
  },
  "phone.personal.store-in-locker": { staff: "While children are about, the personal phone stays in a staff locker, or in a bag in a lockable cupboard." },
  "phone.personal.store-in-locked-box": { staff: "During the session the personal phone stays in the locked box in the office; the manager and deputy hold the keys." },
  "phone.personal.switch-off-in-session": {
    staff: "The personal phone is switched off during sessions and whenever a child is in the setting (or it is not said that neither is so).",
    remedy: "Keep it switched off in the locked box; in an emergency, ask the manager and go where no children are.",
  },
  "phone.personal.charging": {
    staff: "Personal phones are not charged on the premises without permission.",
    remedy: "Ask the role the policy names (the Head of Centre, or the manager) for permission.",
  },
  "phone.personal.adult-content": {
    staff: "Personal equipment holding pornography, or links to it, is not brought into the workplace: it raises serious doubts about the adult's suitability to work with children.",
    remedy: "Do not bring the device into the setting.",
  },
  "phone.locked-box.not-leaving": {
    staff: "The locked box is opened only for staff leaving the session at lunch time or at the end of their day (or it is not said that they are leaving).",
    remedy: "Leave the phone in the box until you leave; in an emergency, ask the manager.",
  },
  "phone.locked-box.not-keyholder": {
    staff: "Only the keyholders, the manager and the deputy manager, unlock the box (or it is not said who unlocks it).",
    remedy: "Ask the manager or the deputy manager to unlock it.",
  },
  "phone.locked-box.leaving": { staff: "Leaving the session: the phone comes out of the locked box, and is used only once you have left the setting." },
  "phone.outing.switch-off": {
    staff: "Personal phones taken on an outing are switched off for the whole outing.",
    remedy: "Keep the phone switched off until the outing ends.",
  },
  "phone.outing.emergency-not-agreed": {
    staff: "On outings a personal phone is used only in an emergency, as agreed with a member of the Centre Leadership Team.",
    remedy: "Agree emergency use with a member of the Centre Leadership Team before the outing.",
  },
  "phone.outing.emergency-agreed": { staff: "Emergency use on an outing, as agreed with the Centre Leadership Team; nothing else." },
  "phone.outing.use-school-phone": {
    staff: "On off-site activities the school provides a mobile phone; staff are not expected to use their own.",
    remedy: "Use the school mobile phone.",
  },
  "phone.personal.contact-family": {
    staff: "Personal phones are never used to contact children or their families.",
    remedy: "Use the setting's phone.",
  },
  "phone.personal.contact-unknown": {
    staff: "It is not said who the call or message is with, and personal phones never contact children or families.",
    remedy: "Say who the call or message is with.",
  },
  "phone.personal.photo-children": {
    staff: "Personal phones and cameras are never used to photograph or film children (or it is not said that no children are shown).",
    remedy: "Use a setting camera or tablet.",
  },
  "phone.personal.photo-unauthorised": {
    staff: "Mobile phones are not used to take photos without specific authorisation.",
    remedy: AUTHORISE,
  },
  "phone.personal.child-records-app": {
    staff: "Personal devices are not used for apps that record children's details, progress or photos.",
    remedy: "Use a setting device.",
  },
  "phone.personal.child-records-app-unauthorised": {
    staff: "Personal equipment is not used for an app that records children's details or photos without specific authorisation.",
    remedy: AUTHORISE,
  },
  "phone.camera.personal-not-brought": {
    staff: "Staff and volunteers do not bring their own cameras or video recorders into the setting.",
    remedy: "Use the setting's camera.",
  },
  "phone.camera.personal-unauthorised": {
    staff: "Personal equipment is not used without specific authorisation.",
    remedy: AUTHORISE,
  },
  "phone.camera.personal-not-agreed": {
    staff: "Staff do not use their own devices, such as cameras, unless agreed with the Head of Centre.",
    remedy: "Agree it with the Head of Centre, or use a Centre camera.",
  },
  "phone.camera.personal-photo-children": {
    staff: "A personal camera or video recorder is never used to photograph or film pupils (or it is not said that no pupils are shown).",
    remedy: "Use a school camera.",
  },
  "phone.photo.secret": {
    staff: "Photos are never taken in secret, or in a way that could seem secretive (or it is not said that the recording is open).",
    remedy: "Record only openly.",
  },
  "phone.parent.outside-building": {
    staff: "Parents and carers do not use mobile phones in the Centre, gardens included; they take the phone outside the building.",
    remedy: "Take the phone outside the building, not into a garden, to use it.",
    parent: "Phones are not used inside the Centre or its gardens: please step outside the building to use yours.",
  },
  "phone.visitor.outside-building": {
    staff: "Visitors use phones only outside the building, as parents do, not in the gardens.",
    remedy: "Take the phone outside the building to use it.",
  },
  "phone.parent.switched-off": {
    staff: "Parents and visitors do not use their mobile phones on the premises.",
    remedy: "Keep the phone switched off while on the premises.",
    parent: "Please keep your phone switched off while you are at the setting.",
  },
  "phone.parent.out-of-sight": {
    staff: "Parents' phones are switched off and out of sight when they come to collect their child.",
    parent: "Please switch your phone off and keep it out of sight when you collect your child.",
  },
  "phone.parent.meeting-staff": {
    staff: "A parent meeting staff or the manager switches their phone off and leaves it in the office.",
    parent: "When you meet staff or the manager, please switch your phone off and leave it in the office.",
  },
  "phone.visitor.hand-in": {
    staff: "Visitors without a lone-working policy switch their phone off and hand it in at the office.",
    remedy: "Hand the phone in at the office, switched off.",
  },
  "phone.visitor.call-outside": {
    staff: "A visitor who needs to make or take a call is taken to the front door to leave the building.",
    remedy: "Ask a member of staff to take you to the front door, and take the call outside.",
  },
  "phone.visitor.lone-working": {
    staff: "A visitor working under a lone-working policy (an inspector, social worker or specialist teacher) keeps their phone, but never uses it to photograph children.",
  },
  "phone.others.not-setting-owned": {
    staff: "Only the setting's own technology is used on the premises and on outings: a parent's, visitor's or child's own device is not.",
    remedy: "Keep the device put away on the premises and on outings; use it off the premises.",
    parent: "Only the setting's own devices are used at the setting and on outings, so please keep yours put away there.",
  },
  "phone.parent.photo-without-permission": {
    staff: "Parents and visitors need permission from the Centre Leadership Team to take photos.",
    remedy: "Ask the Centre Leadership Team for permission.",
    parent: "Please ask the Centre Leadership Team before taking photos.",
  },
  "phone.parent.photo-other-children": {
    staff: "Parents have no right to photograph anyone else's child (or it is not said that only their own child is shown).",
    remedy: "Photograph only your own child, at a special event, with permission.",
    parent: "Please photograph only your own child: other families have not agreed to photos of theirs.",
  },
  "phone.parent.photo-own-child-without-permission": {
    staff: "Parents photograph their own children only at special events, with permission agreed by all parents.",
    remedy: "Ask the manager for permission for the special event.",
    parent: "You may photograph your own child at special events with the manager's permission; please ask first.",
  },
  "phone.visitor.photo-never": {
    staff: "Visitors never use their own device to photograph pupils (or it is not said that no children are shown).",
    remedy: "Do not photograph pupils: the school takes and shares photos under its own consent arrangements.",
  },
  "phone.parent.share-children": {
    staff: "Parents do not share photos showing other children (group photos) on any social media.",
    remedy: "Share only photos of your own child.",
    parent: "Please do not share photos showing other children on social media; photos of only your own child are fine.",
  },
  "phone.parent.share-without-permission": {
    staff: "Posting photos that include other children on social networks is not acceptable without their parents' specific permission.",
    remedy: "Get permission from the other children's parents.",
    parent: "Please do not post photos with other children in them on social networks unless their parents have agreed.",
  },
  "phone.child.removed-until-collection": {
    staff: "Children do not bring phones or other devices; one found is kept in the office until the parent collects the child.",
    remedy: "Give the device back to the parent at collection.",
    parent: "Children do not bring phones or other devices to the setting; your child's will be kept safe in the office and given back to you at collection.",
  },
  "phone.child.lesson-without-permission": {
    staff: "Pupils use mobile phones in lessons only with the teacher's permission (or it is not said that it is outside lesson time).",
    remedy: "Ask the teacher's permission.",
    parent: "Pupils use phones in lessons only with the teacher's permission.",
  },
  "phone.setting.place": {
    staff: "The setting's mobile phone is used in the staff room or offices, not in the learning spaces.",
    remedy: "Use it in the staff room or an office, or use the outings phone.",
  },
  "phone.outings.place": {
    staff: "The outings phone is used in the learning spaces and on visits, and is never taken home.",
    remedy: "Use it on the premises or on the visit only.",
  },
  "phone.setting.taken-home": {
    staff: "Setting and outings phones are not taken home.",
    remedy: "Leave the phone at the setting.",
  },
  "phone.setting.off-premises-unencrypted": {
    staff: "Setting devices do not leave the premises unless encrypted (or it is not said that this one is).",
    remedy: "Encrypt the device first.",
  },
  "phone.setting.contact-purpose": {
    staff: "Setting and outings phones are for work: contacting families, the setting or services such as an ambulance (or it is not said who the call is with).",
    remedy: "Use the phone only for those purposes.",
  },
  "phone.setting.follows-personal-rules": {
    staff: "Work mobiles follow the personal phone rules: they are not used on the premises during working hours; use the setting's landline.",
    remedy: "Use the landline; in an emergency, ask the manager.",
  },
};
