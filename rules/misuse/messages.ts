// The misuse rules in plain words, for staff. A misuse classification is not for parents: `explain` withholds it.
import type { Messages } from '../../src/core/messages.js';

const BREACH = "breaches the code of conduct; the sanctions in the setting's policy follow.";
const LESSONS = "Record the permission, or the planned curriculum activity it was part of, where the setting's policy allows one.";

/** What each misuse rule means, for staff (see `explain`). */
export const misuseMessages: Messages = {
  "misuse.illegal.inappropriate-content": {
    staff: "Deliberately accessing inappropriate or illegal content is always unacceptable, and may be illegal; unless said otherwise, it counts as deliberate.",
    remedy: "If it was accidental and reported at once, record that.",
  },
  "misuse.illegal.offensive-material": {
    staff: "Deliberately accessing, downloading or spreading offensive, obscene, defamatory, racist, homophobic or violent material is always unacceptable.",
  },
  "misuse.illegal.harassment-after-warning": { staff: "Carrying on sending or posting harassing or bullying material after a warning is always unacceptable." },
  "misuse.illegal.inappropriate-communication": {
    staff: "Communicating with children inappropriately by personal email, personal phone or social networking is always unacceptable.",
  },
  "misuse.illegal.indecent-images": {
    staff: "Accessing, making or storing indecent images of children is illegal: if proven, a criminal investigation and a bar from working with children follow.",
  },
  "misuse.illegal.pornography": {
    staff: "Using the setting's equipment to access pornography is always unacceptable, and raises serious doubts about the adult's suitability to work with children.",
  },
  "misuse.disciplinary.reputation": { staff: `Online activity likely to harm the setting's reputation ${BREACH}` },
  "misuse.disciplinary.accidental-unreported": {
    staff: `Accessing inappropriate or illegal content by accident and not reporting it ${BREACH}`,
    remedy: "Report accidental access at once.",
  },
  "misuse.disciplinary.personal-technology": { staff: `Inappropriate use of personal technology (such as a mobile phone) at the setting or in lessons ${BREACH}` },
  "misuse.disciplinary.file-sharing": { staff: `Sharing files that were not obtained legitimately ${BREACH}` },
  "misuse.disciplinary.offensive-message": {
    staff: `Sending a message or making content that is offensive or bullying, or could bring the setting into disrepute, ${BREACH}`,
  },
  "misuse.disciplinary.circumvent-filtering": { staff: `Trying to get round filtering, monitoring or other security systems ${BREACH}` },
  "misuse.disciplinary.chain-messages": { staff: `Passing on commercial, advertising or chain emails or messages ${BREACH}` },
  "misuse.disciplinary.personal-information": {
    staff: `Revealing other people's personal information (including photos, videos and text) without permission ${BREACH}`,
  },
  "misuse.disciplinary.copyright": { staff: `Breaking copyright, or not acknowledging who owns online content, ${BREACH}` },
  "misuse.disciplinary.insecure-data-transfer": { staff: `Moving sensitive data insecurely or against data protection law ${BREACH}` },
  "misuse.disciplinary.secret-recording": {
    staff: "Recording voices, pictures or video secretly or without authorisation is forbidden.",
    remedy: "Remove any published recording at once when asked.",
  },
  "misuse.disciplinary.email-protocols": { staff: `Emailing children outside the agreed rules ${BREACH}` },
  "misuse.not-misuse.accidental-reported": {
    staff: "Accidental access that was reported is not misuse; it is still handled as an accidental-access concern.",
  },
  "misuse.context.personal-use-in-lessons": {
    staff: "Personal use of social networking, chat, messaging, email or a mobile phone in lesson time is normally unacceptable.",
    remedy: LESSONS,
  },
  "misuse.context.non-educational-sites": {
    staff: "Visiting non-educational websites (such as gaming or shopping) in lesson time is normally unacceptable.",
    remedy: LESSONS,
  },
  "misuse.context.share-credentials": { staff: "Sharing a username and password, or letting someone else log in as you, is normally unacceptable." },
  "misuse.context.use-others-credentials": { staff: "Logging in with someone else's username and password is normally unacceptable." },
  "misuse.context.access-others-files": { staff: "Deliberately opening, changing, deleting or reading someone else's files or data is normally unacceptable." },
  "misuse.not-misuse.exempt": { staff: "Allowed here: part of a planned curriculum activity, or system administration to solve a problem." },
  "misuse.not-misuse.outside-lessons": { staff: "Outside lesson time this activity is not on the policy's lists." },
  "misuse.context.unlisted": {
    staff: "The activity is not on the policy's lists: a senior member of staff (the manager or head) decides how serious it is.",
  },
  "misuse.context.unclassified": {
    staff: "The setting's policy does not say how serious this activity is: report it to the manager or designated safeguarding lead, who decides.",
    remedy: "Record how serious the manager decides it is.",
  },
  "misuse.sanction.log": { staff: "Log the incident." },
  "misuse.sanction.disciplinary": { staff: "Disciplinary action may follow, at the discretion of the head of the setting." },
  "misuse.sanction.authorities": { staff: "Report any illegal or inappropriate activity to the appropriate authorities." },
  "misuse.sanction.allegations": { staff: "Follow the allegations process." },
  "misuse.sanction.behaviour": { staff: "Deal with it under the usual behaviour procedures." },
  "misuse.sanction.loss-of-privileges": { staff: "Misuse of email leads to a loss of privileges." },
  "misuse.sanction.anti-bullying": { staff: "Deal with the bullying under the anti-bullying procedures." },
};
