// The setting equipment rules in plain words, for staff (with the remedy). Parents read the staff text.
import type { Messages } from '../../src/core/messages.js';

/** What each equipment rule means, for staff (see `explain`). */
export const equipmentMessages: Messages = {
  "equipment.install.child": {
    staff: "Children do not install or download programs or apps on a setting device; the staff the policy names do.",
    remedy: "Have a named member of staff install it, after checking it is on the approved list where there is one.",
  },
  "equipment.install.not-authorised": {
    staff: "Only staff the setting has authorised install or download new programs and apps (or it is not said that this person is one).",
    remedy: "Have an authorised member of staff install it, or record this person's authorisation.",
  },
  "equipment.install.not-technical": {
    staff: "Only technical staff install software on the network; other staff may download software only on a setting laptop.",
    remedy: "Ask technical staff to install it.",
  },
  "equipment.software.not-approved": {
    staff: "Software and apps on a setting device come from an approved list, checked and agreed by the role the policy names (or it is not said who agreed it).",
    remedy: "Have it checked and agreed for the approved list, or use an app already on the device.",
  },
  "equipment.personal-use.unauthorised": {
    staff: "Personal use of a setting device needs authorisation from the role the policy names.",
    remedy: "Record the authorisation, or use it for work only.",
  },
  "equipment.personal-use.work-only": {
    staff: "On the premises a setting device is for work only; personal use is allowed only off site, with authorisation.",
    remedy: "Use it for work only, or off site with the authorisation the policy names.",
  },
  "equipment.user.unauthorised": {
    staff: "A device issued to named people is used by them only, and this person is not one of them.",
    remedy: "Use a shared device or one issued to you, or add this person to its users.",
  },
  "equipment.aup.not-agreed": {
    staff: "Users of the setting's equipment agree to its acceptable use policy, and anyone else using it is told of it (or it is not said that this was done).",
    remedy: "Record the signed agreement or, for a visitor, that they were told of it.",
  },
  "equipment.wireless.on-in-learning-space": {
    staff: "Wireless is switched off on mobile devices in learning spaces most of the time, and this one is on for something that does not need the internet.",
    remedy: "Switch wireless off, or record that the activity needs the internet.",
  },
  "equipment.antivirus.missing": {
    staff: "Computers have virus protection, and this one has none (or it is not said that it has).",
    remedy: "Install and switch on virus protection before it is used.",
  },
};
