// The communication rules in plain words, for staff (with the remedy). Parents read the staff text.
import type { Messages } from '../../src/core/messages.js';

/** What each communication rule means, for staff (see `explain`). */
export const communicationMessages: Messages = {
  "communication.channel.not-professional": {
    staff: "Staff contact children and families only through the equipment and accounts the setting provides.",
    remedy: "Use the setting's email account, phone or learning journal.",
  },
  "communication.text.child-in-crisis": {
    staff: "Texting is rarely right for a child in crisis: it is a last resort when nothing else is possible (or it is not said that nothing else is).",
    remedy: "Use another way: in person, or a call through the setting.",
  },
  "communication.text.last-resort": { staff: "A text to a child in crisis as a last resort: record it and tell the designated safeguarding lead." },
  "communication.email.while-supervising": {
    staff: "Staff do not read personal or work email while supervising children (or it is not said that they are not).",
    remedy: "Read email when you are not supervising children.",
  },
  "communication.personal-email.setting-equipment": {
    staff: "Setting equipment is not used for personal email (or it is not said that this is not setting equipment).",
    remedy: "Use your own device, outside working time.",
  },
  "communication.personal-email.setting-equipment-unauthorised": {
    staff: "Staff use setting equipment for their own email only with the authorisation the policy names.",
    remedy: "Record the authorisation from the role the policy names, or use your own device.",
  },
  "communication.learning-journal.outside-hours": {
    staff: "Staff do not open the learning journal outside working hours (or it is not said that it is within them); misuse is reported to management.",
    remedy: "Use it during working hours.",
  },
  "communication.learning-journal.not-approved": {
    staff: "An online learning journal is used only once the committee has given permission, with a risk assessment of how it is run.",
    remedy: "Record the committee's permission.",
  },
  "communication.personal.family": {
    staff: "Staff do not have personal contact with the children or families the policy names, unless a relationship from before was disclosed to the manager.",
    remedy: "Keep to professional contact; tell the manager about a relationship from before the child started.",
  },
  "communication.personal.no-exception": {
    staff: "Staff contact children only for professional reasons: no personal messages to a child, even one who used to attend.",
    remedy: "Keep to professional contact, through the setting's channels.",
  },
  "communication.personal.parent-email": {
    staff: "Email between staff and parents uses the school email account and is about school matters only.",
    remedy: "Keep email with parents to school matters, on the school account.",
  },
  "communication.prior-relationship.no-boundary": {
    staff: "A friendship with a family from before the child started is shared with the manager, and boundaries are agreed.",
    remedy: "Agree boundaries with the manager after a risk assessment.",
  },
  "communication.prior-relationship.disclosed": { staff: "Personal contact continues under a relationship from before, disclosed to the manager." },
  "communication.contact-details.child": {
    staff: "Personal contact details are not given to children unless, exceptionally, managers and parents agree.",
    remedy: "Record the agreement of a manager and of the parents.",
  },
  "communication.contact-details.child-senior": {
    staff: "Personal contact details are not given to pupils unless senior management and parents agree.",
    remedy: "Record the agreement of senior management and of the parents.",
  },
  "communication.friend-request.child": { staff: "Staff do not send friend requests to children, or accept them." },
  "communication.friend-request.parent": { staff: "Staff do not send friend requests to parents who use the setting, or accept them." },
  "communication.friend-request.parent-even-if-friends": {
    staff: "No member of staff may be friends on social media with a parent of a child who attends, whatever their relationship before.",
  },
  "communication.friend-request.parent-without-permission": {
    staff: "Staff do not befriend parents online without those parents' clear permission.",
    remedy: "Record the parent's permission.",
  },
  "communication.social.privacy": { staff: "Privacy settings must be at maximum and checked regularly." },
  "communication.social.privacy-settings": {
    staff: "On social networking sites, privacy settings are at maximum and details are not shared with children: be careful who can see what.",
  },
  "communication.social.working-hours": {
    staff: "Social networking sites are not used in working hours (or it is not said that it is outside them).",
    remedy: "Wait until working hours end.",
  },
  "communication.social.setting-equipment": {
    staff: "Social networking sites are not used on any of the setting's technology (or it is not said that it is not).",
    remedy: "Use your own device, outside working hours.",
  },
  "communication.social.on-premises": {
    staff: "Staff do not use personal social networking sites at work without prior agreement (or it is not said that it is off the premises).",
    remedy: "Get the manager's agreement first, or use it away from work.",
  },
  "communication.social.lesson-time": {
    staff: "Personal use of social networking, chat, email or a mobile phone in lesson time is not acceptable (or it is not said that it is outside lesson time).",
    remedy: "Wait until the lesson ends.",
  },
  "communication.post.content-not-stated": {
    staff: "It is not said what the post contains, so it cannot be checked against the social networking rules.",
    remedy: "Say what the post contains.",
  },
  "communication.post.confidential": {
    staff: "Staff do not post anything confidential to the setting or to others, or personal information about any child, colleague or family.",
    remedy: "Remove the confidential or personal information.",
  },
  "communication.post.identifies-setting": {
    staff: "Staff do not name the setting or let it be recognised in what they post, including photos of children, the premises or events with colleagues.",
    remedy: "Remove anything that names or identifies the setting.",
  },
  "communication.post.links-setting-website": {
    staff: "Staff do not link their own blogs or web pages to the setting's website.",
    remedy: "Remove the link to the setting's website.",
  },
  "communication.post.detrimental": {
    staff: "Staff do not post anything defamatory, false or harmful about the setting, colleagues or the families it serves.",
    remedy: "Do not post it.",
  },
  "communication.post.about-work": {
    staff: "Staff keep work confidential and do not discuss work matters on social media.",
    remedy: "Do not post about work.",
  },
  "communication.post.about-work-not-condoned": {
    staff: "The setting does not approve of staff writing about their work online; a post that does must follow the social networking rules.",
  },
};
