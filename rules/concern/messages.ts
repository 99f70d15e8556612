// The concern rules in plain words, for staff. A route is not for parents: `explain` withholds it from them.
import type { Messages } from '../../src/core/messages.js';

/**
 * What each concern rule means, for staff (see `explain`). The route's own findings (a deadline passed, the first
 * contact told at once, contacts missing or stale) name the recipient in their message, so their text is `{message}`.
 */
export const concernMessages: Messages = {
  "concern.emergency.999": { staff: "A child is in immediate danger: dial 999 before anything else." },
  "concern.emergency.unchecked": {
    staff: "Nobody has said whether a child is in immediate danger: check now, and if one is, dial 999 first.",
    remedy: "Record whether a child is in immediate danger.",
  },
  "concern.first-contact.manager": { staff: "Tell the manager (or the designated safeguarding officer) now." },
  "concern.first-contact.dsl": { staff: "Tell the designated safeguarding person now." },
  "concern.first-contact.esafety-coordinator": { staff: "Tell the eSafety coordinator, the first contact for all eSafety matters, now." },
  "concern.subject.do-not-tell": { staff: "Do not tell the person the concern is about, or discuss it with them." },
  "concern.subject.next-person-up": {
    staff: "The concern is about the manager or the designated safeguarding lead: tell the next person up (the registered person, or the chair of the committee or governors) now.",
  },
  "concern.subject.lado": {
    staff: "The concern is about the manager, the designated safeguarding lead, the registered person or a childminder: seek advice from the Local Authority Designated Officer (LADO) now.",
  },
  "concern.subject.conflict-of-interest": {
    staff: "The designated safeguarding lead is also the manager, and the concern is about them: neither is told; the next person up takes it and the LADO advises.",
  },
  "concern.log.incident-log": { staff: "Record the concern in the e-safety incident log." },
  "concern.log.misuse": { staff: "Log the misuse of technology as an incident." },
  "concern.child-protection.procedures": { staff: "Follow the setting's child protection procedures." },
  "concern.child-protection.police": { staff: "The manager decides whether to refer the concern to the police." },
  "concern.child-protection.social-care": { staff: "The manager decides whether to refer the concern to children's social care." },
  "concern.allegation.lado": {
    staff: "The concern is about the behaviour of staff or volunteers: tell the Local Authority Designated Officer (LADO) within the policy's deadline.",
  },
  "concern.allegation.threshold-unknown": {
    staff: "Nobody has said whether the allegation may meet the harm threshold, so it is routed as if it does until the designated safeguarding lead or the LADO decides.",
    remedy: "Record whether it meets the harm threshold once that is decided.",
  },
  "concern.allegation.low-level": {
    staff: "A low-level concern: the designated safeguarding lead records and handles it; it does not go to the LADO or Ofsted.",
  },
  "concern.allegation.ofsted": { staff: "Tell Ofsted about the allegation and the action taken as soon as you reasonably can, and within 14 days." },
  "concern.serious-injury.ofsted": { staff: "Tell Ofsted about the serious accident, injury or death and the action taken, within 14 days." },
  "concern.childminder.social-care": { staff: "A childminder is their own designated safeguarding person: seek advice directly from children's social care, now." },
  "concern.childminder.childminding-team": { staff: "Seek advice directly from the local authority childminding team, now." },
  "concern.childminder.ofsted": { staff: "Tell Ofsted within 14 days." },
  "concern.indecent-images.police": {
    staff: "Indecent images were found: tell the police immediately, through the manager unless the concern is about the manager.",
  },
  "concern.indecent-images.lado": { staff: "Indecent images were found: tell the Local Authority Designated Officer immediately." },
  "concern.indecent-images.do-not-investigate": {
    staff: "Do not open, view, copy, move, print or delete the images, or investigate: that could harm an investigation.",
  },
  "concern.indecent-images.preserve": { staff: "Keep the evidence: leave the device as it is, stop using it, keep it secure and hand it to the police." },
  "concern.accidental-access.disconnect": { staff: "Switch off at once: unplug the computer, or shut the mobile device down." },
  "concern.accidental-access.leadership-team": { staff: "Tell the leadership team about the inappropriate access immediately." },
  "concern.grooming.ceop": { staff: "Report the suspected grooming to CEOP (reports are not anonymous)." },
  "concern.grooming.dsl": { staff: "Tell the designated safeguarding lead about the suspected online grooming now." },
  "concern.grooming.mash": {
    staff: "The designated safeguarding lead cannot take this concern: report the suspected grooming to the Multi Agency Safeguarding Hub (MASH) now.",
  },
  "concern.grooming.by-adult-worker": {
    staff: "Grooming children online is a crime: a colleague suspected of it is reported to the police as well as under the allegations procedure.",
  },
  "concern.nudes.dsl": { staff: "Children have shared nudes or semi-nudes: tell the designated safeguarding lead immediately." },
  "concern.nudes.do-not-view": { staff: "Never view, copy, print, share, store or save the images." },
  "concern.nudes.adult-involved": { staff: "An adult is involved: this is child sexual abuse, and goes to the police urgently." },
  "concern.nudes.adult-unknown": {
    staff: "Nobody has said whether an adult is involved: the designated safeguarding lead finds out, and any adult involvement goes to the police urgently.",
    remedy: "Record whether an adult is involved once it is known.",
  },
  "concern.offensive-content.iwf": { staff: "Report the offensive material, by its web address, to the Internet Watch Foundation." },
  "concern.offensive-content.iwf-remit": {
    staff: "The Internet Watch Foundation acts on child sexual abuse images online; for other offensive material the setting's own procedure still applies.",
  },
  "concern.cyberbullying.parents": { staff: "A child is being cyberbullied: talk it over with their parents." },
  "concern.cyberbullying.nspcc": { staff: "Point the parents to the NSPCC helpline (0808 800 5000, www.nspcc.org.uk)." },
  "concern.cyberbullying.childline": { staff: "Point the family to Childline (0800 1111, www.childline.org.uk)." },
  "concern.cyberbullying.anti-bullying": { staff: "Deal with the cyberbullying under the school's anti-bullying procedures (staff can be victims too)." },
  "concern.security.esafety-coordinator": { staff: "A risk to network or information security: refer it to the eSafety coordinator now." },
  "concern.security.technical-support": {
    staff: "A risk to network or information security: refer it to technical support, to reduce the risk and stop it happening again.",
  },
  "concern.data-loss.parents": { staff: "Decide whether parents must be told that their children's data may have been lost." },
  "concern.data-loss.ico": {
    staff: "Personal data may be involved: decide whether the breach must be reported to the ICO, and if so, report it within the policy's deadline.",
  },
  // Made by the route itself (rules/concern/route.ts, contacts.ts): their message names the recipient.
  "concern.deadline.passed": { staff: "{message}" },
  "concern.input.incomplete": { staff: "{message}", remedy: "Correct {subject} and route the concern again." },
  "concern.first-contact.fallback": { staff: "{message}" },
  "concern.contacts.stale": { staff: "{message}", remedy: "Check that every number is still current, and update the contacts with their date." },
  "concern.contacts.missing": { staff: "{message}", remedy: "Add the number to the setting's contacts, or adopt your local authority's published contacts." },
};
