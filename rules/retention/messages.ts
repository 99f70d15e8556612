// The retention rules in plain words: for staff (with the remedy) and for a parent (what happens to the photo).
import type { Messages } from '../../src/core/messages.js';

/** What each retention rule means, for staff and for a parent (see `explain`). */
export const retentionMessages: Messages = {
  "retention.purpose.personal": {
    staff: "The photo is kept for an adult's personal use, which is never appropriate.",
    parent: "The photo was kept for someone's personal use, which is never allowed, so it will be deleted.",
  },
  "retention.purpose.missing": {
    staff: "No purpose is recorded for this photo of children, so keeping it cannot be justified.",
    remedy: "Record what it is for (observation, display, learning journal…), or delete it.",
    parent: "The setting has not recorded why it keeps this photo; it will record a reason or delete the photo.",
  },
  "retention.purpose.not-valid": {
    staff: "One of the photo's purposes is not a reason this policy accepts for keeping photos of children.",
    remedy: "Remove that purpose from the record, or delete the photo.",
    parent: "One reason recorded for keeping this photo is not one the setting's policy accepts; staff will correct the record or delete the photo.",
  },
  "retention.purpose.served": {
    staff: "The photo no longer serves its purpose, and photos of children are deleted once they are no longer used for it.",
    parent: "The photo is no longer needed for what it was taken for, so it will be deleted.",
  },
  "retention.disposal.destroy": {
    staff: "The activity is over, and it was agreed that the photos would then be destroyed.",
    parent: "The activity is over and, as agreed, the photo will be destroyed.",
  },
  "retention.disposal.not-agreed": {
    staff: "No agreement is recorded on whether the photo will be destroyed or kept for further use.",
    remedy: "Record whether it was agreed to destroy it or keep it.",
    parent: "The setting has not recorded what was agreed about keeping this photo; staff will look at it again.",
  },
  "retention.period.missing": {
    staff: "No agreed storage period is recorded for this photo of children.",
    remedy: "Record the agreed storage period.",
    parent: "The setting has not recorded how long this photo may be kept; staff will look at it again.",
  },
  "retention.period.passed": {
    staff: "The agreed storage period for this photo has ended.",
    remedy: "Keep it longer only with a new agreement.",
    parent: "The agreed time for keeping this photo has ended, so it will be deleted.",
  },
  "retention.yearly.purge": {
    staff: "The yearly clear-out of photos of children from setting devices is due for this photo.",
    parent: "The setting deletes photos of children from its devices once a year, and this photo is due.",
  },
  "retention.beyond-year.unapproved": {
    staff: "The photo is due for the yearly clear-out; its purpose may justify keeping it longer, but no permission is recorded.",
    remedy: "Record permission from the role the policy names, or delete the photo.",
    parent: "The photo is due for the yearly clear-out; it will be deleted unless the setting records permission to keep it longer.",
  },
  "retention.beyond-year.approval-invalid": {
    staff: "The permission to keep this photo beyond a year does not count: wrong role or purpose, not yet given, or expired.",
    remedy: "Record a current permission from the role the policy names, for one of the photo's allowed purposes.",
    parent: "The permission to keep this photo beyond a year is not valid, so it will be deleted unless the setting records a valid one.",
  },
  "retention.child.left": {
    staff: "Every child in the photo has left the setting: delete it, or give it to the family, within the policy's period.",
    parent: "The children in this photo have left the setting, so the setting will delete it or give it to the family.",
  },
  "retention.child.some-left": {
    staff: "A child in this group photo has left the setting: remove or obscure them, or delete the photo, within the policy's period.",
    remedy: "Crop or obscure the children who have left, then record the photo again without them.",
    parent: "A child in this group photo has left the setting, so the photo will be cropped, blurred or deleted.",
  },
  "retention.consent.withdrawn": {
    staff: "Consent was withdrawn for every use this photo is kept for: remove it within the policy's period.",
    parent: "Consent has been withdrawn for every use of this photo, so it will be removed.",
  },
  "retention.consent.withdrawn-some-uses": {
    staff: "Consent was withdrawn for some of the uses this photo is kept for: take it out of those uses within the policy's period.",
    remedy: "Remove the withdrawn uses from the record once the photo is out of them.",
    parent: "Consent has been withdrawn for some uses of this photo, so it will be taken out of those.",
  },
  "retention.storage.personal-device.forbidden": {
    staff: "This photo of children is kept on a personal device, which this policy forbids.",
    remedy: "Delete it from the personal device, or move it to a setting device first.",
    parent: "The photo is kept on a member of staff's own device, which is not allowed; it will be deleted from it or moved to a setting device.",
  },
  "retention.storage.personal-device.unauthorised": {
    staff: "This photo of children is kept on a personal device without the authorisation the policy requires.",
    remedy: "Record who authorised it, or delete it from the personal device, or move it to a setting device.",
    parent: "The photo is kept on a member of staff's own device without the permission the setting requires; it will be moved or deleted.",
  },
  "retention.storage.removable-media.forbidden": {
    staff: "This photo of children is kept on removable media (a memory stick, card or disc), which this policy forbids.",
    remedy: "Delete it from the removable media, or move it to a setting device first.",
    parent: "The photo is kept on a memory stick, card or disc, which is not allowed; it will be deleted from it or moved to a setting device.",
  },
  "retention.storage.removable-media.unauthorised": {
    staff: "This photo of children is kept on removable media the setting has not authorised.",
    remedy: "Record who authorised the media, or delete the photo from it, or move it to a setting device.",
    parent: "The photo is kept on a memory stick, card or disc the setting has not authorised; it will be moved or deleted.",
  },
  "retention.storage.place.forbidden": {
    staff: "This photo of children is kept in a place this policy forbids.",
    remedy: "Delete it from there, or move it to a setting device first.",
    parent: "The photo is kept somewhere the setting's policy does not allow; it will be deleted from there or moved.",
  },
  "retention.storage.place.unauthorised": {
    staff: "This photo of children is kept in a place this policy allows only with authorisation, and none is recorded.",
    remedy: "Record who authorised it, or delete it from there, or move it to a setting device.",
    parent: "The photo is kept somewhere that needs a permission the setting has not recorded; it will be moved or deleted.",
  },
  "retention.storage.agreement.missing": {
    staff: "No agreement is recorded on where this photo of children will be stored.",
    remedy: "Record the agreed storage place.",
    parent: "The setting has not recorded where it agreed to store this photo; staff will look at it again.",
  },
  "retention.storage.agreement.elsewhere": {
    staff: "This photo of children is stored somewhere other than the agreed place.",
    remedy: "Move it to the agreed place, or record a new agreement.",
    parent: "The photo is not stored where it was agreed; staff will move it.",
  },
  "retention.access.not-agreed": {
    staff: "No agreement is recorded on who may see this photo of children.",
    remedy: "Record who was agreed to have access to it.",
    parent: "The setting has not recorded who may see this photo; staff will look at it again.",
  },
};
