import type { PolicyOption } from '../../src/policy.js';
import { canHoldMeeting } from './canHoldMeeting.js';
import type { Meeting } from './schema.js';

/** A class video conference in the setting, supervised, with another adult, on setting equipment, not recorded: allowed everywhere. */
export const meeting = (c: Partial<Meeting> = {}): Meeting => ({
  kind: 'video-conference', withChildren: true, location: 'in-setting', staffAlone: false, supervisedBy: 't-3',
  childOperates: false, equipment: 'setting', recorded: false, closedAfterUse: true, ...c,
});
/** The decision for the base meeting with these changes, with the rules that fired and the seeds their findings cite. */
export const check = (c: Partial<Meeting> = {}, policy: PolicyOption = 'baseline') => {
  const d = canHoldMeeting(meeting(c), { policy });
  return { ...d, rules: d.reasons.map((f) => f.rule), cites: d.reasons.map((f) => f.clause.source.slice(0, 3)) };
};
/** The decision for the base meeting with these changes, for `expectScenario`. */
export const decide = (c: Partial<Meeting>, policy?: PolicyOption) => canHoldMeeting(meeting(c), { policy });

/** A member of staff alone at home meeting children online. */
export const aloneAtHome: Partial<Meeting> = { kind: 'online-meeting', location: 'outside-setting', staffAlone: true };
/** A recording everyone was told of and agreed to, not published. */
export const recordedOk: Partial<Meeting> = { recorded: true, participantsToldOfRecording: true, recordingPermission: true, publishRecording: false };
