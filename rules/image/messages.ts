// The image rules in plain words: for staff (with the remedy) and for a parent (what it means for their child).
import type { Messages } from '../../src/core/messages.js';

/** What each image rule means, for staff and for a parent (see `explain`). */
export const imageMessages: Messages = {
  "image.consent.missing": {
    staff: "No consent is recorded for child {subject}, who can be recognised in the photo.",
    remedy: "Get written consent from a parent or carer for this use, or obscure the child.",
    parent: "The setting has no consent from you for this use of photos of your child, so the photo will not be used with your child recognisable. You can give written consent if you wish.",
  },
  "image.consent.missing-visible": {
    staff: "No consent is recorded for child {subject}. For this use every child visible needs consent, even one who cannot be recognised.",
    remedy: "Get written consent from a parent for this use, or leave the child out of the photo.",
    parent: "For this use every child in a photo needs consent, and the setting has none from you, so the photo will not be used with your child in it. You can give written consent if you wish.",
  },
  "image.consent.contradictory": {
    staff: "Child {subject} has consent records of the same date that disagree, so there is no clear consent.",
    remedy: "Sort out the records with the family and keep one current record.",
    parent: "The setting has records of your consent that disagree, so it will not use the photo until it has checked with you.",
  },
  "image.consent.not-written": {
    staff: "The consent for child {subject} is not in writing.",
    remedy: "Get signed, written consent from a parent or carer.",
    parent: "The setting needs your consent in writing before it uses the photo; until then it will not be used.",
  },
  "image.consent.giver-not-accepted": {
    staff: "The consent for child {subject} was not given by a parent or carer with parental responsibility.",
    remedy: "Get consent from a parent or carer with parental responsibility.",
    parent: "The consent on record was not given by someone with parental responsibility, so the photo will not be used until a parent or carer gives it.",
  },
  "image.consent.audience-not-covered": {
    staff: "The consent for child {subject} does not cover this use.",
    remedy: "Ask the family to extend their consent, choose a use the consent covers, or obscure the child.",
    parent: "Your consent does not cover this use, so the photo will not be used this way with your child recognisable. You can extend your consent if you wish.",
  },
  "image.consent.withdrawn": {
    staff: "The family of child {subject} has withdrawn consent.",
    remedy: "Do not use the photo with this child in it: obscure the child or leave the photo out. Only new written consent would change this.",
    parent: "You have withdrawn your consent, so the photo will not be used with your child recognisable in it.",
  },
  "image.consent.given-after-taking": {
    staff: "The consent for child {subject} was given after the photo was taken; consent must come first.",
    remedy: "Use a photo taken after consent was given, or obscure the child.",
    parent: "The photo was taken before you gave consent, so it will not be used with your child recognisable; photos taken since then can be.",
  },
  "image.consent.review-overdue": {
    staff: "The consent for child {subject} is past its review date, so it no longer counts.",
    remedy: "Review the consent with the family and record it again.",
    parent: "Your consent is due for review, so the setting will not use the photo until you have renewed it.",
  },
  "image.consent.implications-not-explained": {
    staff: "The consent for child {subject} does not record that the family was told what publishing to this audience means.",
    remedy: "Explain to the family how and where the photo would be published, and record that you did.",
    parent: "Before a photo goes to this audience, the setting must explain to you how and where it would be published; it will not be used until it has.",
  },
  "image.child.objects": {
    staff: "Child {subject} does not want to be photographed, and that wish is respected.",
    remedy: "Leave the child out of the photo or obscure them.",
    parent: "Your child does not want to be photographed, so the photo will not be used with your child in it.",
  },
  "image.child.agreement-required": {
    staff: "The policy asks for the child's own agreement, and none is recorded for child {subject}.",
    remedy: "Record that the child understood why the photo is taken and agreed.",
    parent: "The setting asks children whether they agree to a photo being used; your child's agreement is not recorded yet, so it will not be used until it is.",
  },
  "image.child.agreement-sought": {
    staff: "The own agreement of child {subject} is not recorded; ask for it where possible.",
    remedy: "Record whether the child agreed.",
    parent: "Staff will ask your child, where they can, whether they are happy for the photo to be used.",
  },
  "image.name.full": {
    staff: "The full name of child {subject} is with the photo (file name, caption, description, tags or name list).",
    remedy: "Remove the name from the file name, caption, description, tags and name list.",
    parent: "Your child's full name was with the photo; it will not be used until the name is removed.",
  },
  "image.name.any": {
    staff: "The name of child {subject} is with a photo going where no child may be named.",
    remedy: "Remove every name from the file name, caption, description, tags and name list.",
    parent: "For this use no child may be named, and your child's name was with the photo; it will not be used until the name is removed.",
  },
  "image.name.file-name": {
    staff: "The name of child {subject} is in the file name, which is not allowed on the web.",
    remedy: "Rename the file without the child's name.",
    parent: "Your child's name was in the photo's file name; the photo will not go on the web until the file is renamed.",
  },
  "image.name.list": {
    staff: "A group photo for this use carries a list of names.",
    remedy: "Remove the name list.",
    parent: "The photo had a list of names with it; it will not be used until the list is removed.",
  },
  "image.content.dress": {
    staff: "Nobody has confirmed that the children are appropriately dressed.",
    remedy: "Check the photo and confirm it, or do not use it.",
    parent: "Staff have not yet checked that the children are appropriately dressed in the photo; it will not be used until they have.",
  },
  "image.content.distress": {
    staff: "Nobody has confirmed that the photo could not cause distress.",
    remedy: "Check the photo and confirm it could not cause distress, or do not use it.",
    parent: "Staff have not yet checked that the photo could not cause distress; it will not be used until they have.",
  },
  "image.content.secret": {
    staff: "Nobody has confirmed that the photo was taken openly.",
    remedy: "Confirm it was taken openly: a photo taken in secret may not be used.",
    parent: "Photos must be taken openly, and this has not been confirmed, so the photo will not be used.",
  },
  "image.content.personal-use": {
    staff: "The photo was taken for an adult's personal use, which is never allowed.",
    parent: "The photo was taken for someone's personal use, which is never allowed, so it will not be used.",
  },
  "image.content.one-to-one": {
    staff: "The photo was taken one-to-one, which should be avoided.",
    parent: "The photo was taken in a one-to-one situation, which the setting avoids; a member of staff will check it before it is used.",
  },
  "image.content.single-child-context": {
    staff: "The photo shows one child without the activity around them.",
    remedy: "Prefer a photo that shows the activity around the child.",
    parent: "The setting prefers photos that show the activity around a child; staff will check this one before it is used.",
  },
  "image.content.branded-clothing": {
    staff: "Nobody has confirmed that no child wears clothing naming the setting, which this use forbids.",
    remedy: "Use a photo in which no clothing names the setting, and confirm it.",
    parent: "For this use no child may wear clothing that names the setting, and this has not been checked, so the photo will not be used yet.",
  },
  "image.content.purpose": {
    staff: "What the photo is for is not recorded.",
    remedy: "Record what the photo is for (observation, learning journal, display…).",
    parent: "Staff will record what the photo is for.",
  },
  "image.content.purpose-not-valid": {
    staff: "What the photo is for is not a reason the policy accepts for photos of children.",
    remedy: "Use photos of children only for a reason the policy accepts, or leave this one out.",
    parent: "Photos of children are used only for reasons the setting's policy accepts, and this is not one, so the photo will not be used.",
  },
  "image.device.personal-forbidden": {
    staff: "The photo was taken on a personal device; the policy allows only the setting's own equipment.",
    remedy: "Retake the photo on a setting device.",
    parent: "The photo was taken on a member of staff's own device, which the setting does not allow, so it will not be used.",
  },
  "image.device.personal-unauthorised": {
    staff: "The photo was taken on a personal device without the specific authorisation the policy requires.",
    remedy: "Record the authorisation from the role the policy names, or retake the photo on a setting device.",
    parent: "The photo was taken on a member of staff's own device without the permission the setting requires, so it will not be used.",
  },
  "image.device.personal-phone": {
    staff: "The photo was taken on a personal mobile phone, which is never used to photograph children.",
    remedy: "Retake the photo on a setting device.",
    parent: "The photo was taken on a member of staff's own phone, which is never used to photograph children, so it will not be used.",
  },
  "image.device.personal-kind-unknown": {
    staff: "The photo was taken on a personal device of unstated kind: it may be a phone, which is never allowed.",
    remedy: "Say what kind of device it is, or retake the photo on a setting device.",
    parent: "The photo was taken on a member of staff's own device, and it is not known what kind, so it will not be used.",
  },
  "image.audience.not-permitted": {
    staff: "The policy does not allow photos of children to go to this audience.",
    remedy: "Choose an audience the policy allows.",
    parent: "The setting's policy does not allow photos of children to be used this way, so it will not be.",
  },
  "image.audience.identifiable-individual": {
    staff: "A photo of one child alone who can be recognised may not go to this audience.",
    remedy: "Use a group photo, or one in which the child cannot be recognised.",
    parent: "A photo of one child alone who can be recognised is not used this way, so it will not be.",
  },
  "image.audience.social-media-not-closed": {
    staff: "The setting's social media account is not confirmed as closed and moderated.",
    remedy: "Post only to a closed, moderated account, and confirm it.",
    parent: "The setting posts photos only to a closed, moderated social media account, and this has not been confirmed, so the photo will not be posted.",
  },
  "image.audience.not-moderated": {
    staff: "Uploads here must be approved, and no approval is recorded.",
    remedy: "Have the manager or administrator approve the upload.",
    parent: "Uploads here must be approved by the manager first; the photo will not be used until it is.",
  },
};
