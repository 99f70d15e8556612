// The video-conferencing rules in plain words: for staff (with the remedy) and for a parent where it concerns them.
import type { Messages } from '../../src/core/messages.js';

/** What each meeting rule means, for staff and for a parent (see `explain`). */
export const meetingMessages: Messages = {
  "meeting.supervision.missing": {
    staff: "Children in an online meeting are supervised throughout by a suitable member of staff, and nobody is named as supervising.",
    remedy: "Name the member of staff supervising.",
    parent: "Children take part in online meetings only with a member of staff supervising throughout.",
  },
  "meeting.prior-knowledge.leader": {
    staff: "A meeting between staff and children outside the setting, or with the member of staff alone, needs the prior knowledge of the leader the policy names.",
    remedy: "Tell that leader beforehand, or hold it in the setting with another adult present.",
  },
  "meeting.prior-knowledge.parents": {
    staff: "A meeting between staff and children outside the setting, or with the member of staff alone, needs the prior knowledge of the parents and carers.",
    remedy: "Tell the parents and carers beforehand, or hold it in the setting with another adult present.",
    parent: "A meeting between a member of staff and your child outside the setting, or one to one, goes ahead only once you have been told beforehand.",
  },
  "meeting.child-operates.without-permission": {
    staff: "Children do not operate the equipment, answer calls or set up meetings without the supervising member of staff's permission (or it is not said that they do not).",
    remedy: "Have the supervising member of staff give permission, or let staff operate it.",
  },
  "meeting.recording.not-announced": {
    staff: "Everyone taking part is told beforehand if a meeting will be recorded (or it is not said that it will not be).",
    remedy: "Tell everyone it will be recorded, or do not record it.",
    parent: "Everyone taking part is told beforehand when a meeting is recorded.",
  },
  "meeting.recording.no-permission": {
    staff: "A meeting is recorded only with permission, for children from their parents or carers (or it is not said that it will not be recorded).",
    remedy: "Record the permission, or do not record it.",
    parent: "A meeting with your child is recorded only with your permission; it will not be recorded without it.",
  },
  "meeting.recording.publish-without-permission": {
    staff: "Permission is sought before a recording is published, for children from their parents or carers (or it is not said that it will not be published).",
    remedy: "Get and record the permission, or do not publish it.",
    parent: "A recording with your child in it is published only with your permission; it will not be published without it.",
  },
  "meeting.equipment.personal": {
    staff: "Meetings with children are held on the setting's equipment, never on a personal phone.",
    remedy: "Hold it on the setting's equipment and accounts.",
    parent: "Meetings with children are held on the setting's own equipment, never on a member of staff's phone.",
  },
  "meeting.equipment.unagreed": {
    staff: "A personal device is used for a meeting with children only when the role the policy names has agreed.",
    remedy: "Record that agreement, or use the setting's equipment.",
  },
  "meeting.room.left-open": {
    staff: "Online meeting rooms are closed and logged off, and equipment switched off and secured, when not in use (or it is not said that they will be).",
    remedy: "Close and log off the room, and secure the equipment, at the end.",
  },
};
