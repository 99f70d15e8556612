// The internet rules in plain words: for staff (with the remedy) and for a parent (what it means for their child).
import type { Messages } from '../../src/core/messages.js';

const CURRICULUM = "Make it part of a planned curriculum activity, or choose an educational site.";

/** What each internet rule means, for staff and for a parent (see `explain`). */
export const internetMessages: Messages = {
  "internet.supervision.none": {
    staff: "Children are always supervised when they use the internet.",
    remedy: "Have an adult supervise the child throughout.",
    parent: "Children use the internet only with an adult supervising them.",
  },
  "internet.search.not-sitting-with": {
    staff: "Children search the internet only with an adult sitting beside them.",
    remedy: "Have an adult sit with the child while they search.",
  },
  "internet.search.not-allowed": {
    staff: "Children should not be able to search or install anything on a setting device.",
    remedy: "Have an adult choose the content: a bookmarked site or checked material.",
    parent: "Children do not search or install anything themselves: an adult chooses what they see.",
  },
  "internet.install.child": {
    staff: "Children do not install or download programs or apps: only the staff the policy names do.",
    remedy: "Ask a member of staff the policy allows to install it.",
    parent: "Children do not install or download apps; staff do.",
  },
  "internet.area.not-visible": {
    staff: "Computers children use are in an area staff can clearly see (or it is not said that this one is).",
    remedy: "Move the device where staff can see it.",
    parent: "Children go online only where staff can clearly see them.",
  },
  "internet.permission.missing": {
    staff: "Staff go online with a child only once the parents' written permission is in the child's record.",
    remedy: "Record the parents' written permission.",
    parent: "The setting needs your written permission before staff go online with your child; until then your child will not use the internet at the setting.",
  },
  "internet.permission.aup-unsigned": {
    staff: "Parents talk the pupil acceptable use policy through with their child and return a signed copy (or it is not said that they have).",
    remedy: "Record the parents' signed copy.",
    parent: "Please go through the pupil acceptable use policy with your child and return a signed copy; until then your child will not use the internet at school.",
  },
  "internet.stay-safe.not-taught": {
    staff: "Children are taught how to stay safe online, in a way that suits their age, before they use the internet (or it is not said that this child has been).",
    remedy: "Teach the child the stay-safe principles first.",
    parent: "Your child will be taught how to stay safe online before using the internet at the setting.",
  },
  "internet.device.not-setting-owned": {
    staff: "Children use only equipment that belongs to the setting.",
    remedy: "Use a setting device.",
    parent: "Children use only the setting's own devices.",
  },
  "internet.device.personal-unauthorised": {
    staff: "A member of staff's own device is used only with the authorisation the policy names (or it is not said that it was given).",
    remedy: "Use a setting device, or record the authorisation.",
    parent: "A member of staff's own device is used with children only with the setting's permission, and none is recorded, so it will not be.",
  },
  "internet.device.second-hand-unchecked": {
    staff: "A second-hand or donated computer is checked by the manager for unsuitable material before children use it (or it is not said that it is not second hand).",
    remedy: "Have the manager check the device.",
    parent: "A second-hand computer is checked by the manager before children use it.",
  },
  "internet.filtering.missing": {
    staff: "Age-appropriate filtering is in place (or it is not said that it is).",
    remedy: "Turn filtering on.",
    parent: "Children go online only with age-appropriate filtering switched on.",
  },
  "internet.content.unchecked": {
    staff: "Staff check any internet content before sharing it with children.",
    remedy: "Check the content first.",
    parent: "Staff check anything online before sharing it with children.",
  },
  "internet.content.unchecked-encouraged": { staff: "Teachers are encouraged to check websites before using them." },
  "internet.social-networking": {
    staff: "Children do not use social networking sites.",
    parent: "Children do not use social networking sites at the setting.",
  },
  "internet.social-networking.not-curriculum": {
    staff: "Pupils using social networking sites in lesson time is normally unacceptable, unless it is part of a planned curriculum activity (or it is not said that it is).",
    remedy: "Make it part of a planned, supervised curriculum activity, or do not use the site.",
  },
  "internet.non-educational.not-curriculum": {
    staff: "Non-educational websites (such as gaming or shopping) in lesson time are normally unacceptable, unless part of a planned curriculum activity (or it is not said that this is).",
    remedy: CURRICULUM,
  },
  "internet.curriculum.exempt": { staff: "Allowed as part of a planned curriculum activity: keep it supervised and to the plan." },
  "internet.email.child": {
    staff: "Children do not use email at the setting.",
  },
  "internet.public-posting": {
    staff: "Pupils post on public sites only as part of a planned curriculum activity (or it is not said that this is one).",
    remedy: "Post on the school's learning platform, or as part of a planned curriculum activity.",
  },
  "internet.consent-age.no-parental-consent": {
    staff: "Under 13, a child cannot agree to an online service for themselves: a parent must (or the child's age or the parent's consent is not given).",
    remedy: "Record a parent's consent to the service, or give the child's age if 13 or over.",
    parent: "Children under 13 cannot sign up to an online service themselves: the setting needs your consent first, and will not use the service with your child until you give it.",
  },
};
