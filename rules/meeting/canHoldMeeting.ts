import type { Decision } from '../../src/core/findings.js';
import type { DecisionOptions } from '../../src/core/options.js';
import { decide, prepare, type PreparedFacts } from '../../src/core/pipeline.js';
import { meetingArea } from './area.js';
import type { Meeting } from './schema.js';

/**
 * May this video conference or online meeting go ahead as planned? Checks that children are supervised throughout,
 * the prior knowledge a meeting outside the setting or with a member of staff alone needs, children operating the
 * equipment, telling participants of a recording and the permission to record and to publish it, the equipment it is
 * held on, and (a warning) closing the room afterwards. Never throws: bad input is a denial whose reasons name each
 * invalid field.
 *
 * @example
 * ```ts
 * const d = canHoldMeeting(
 *   { kind: 'online-meeting', withChildren: true, location: 'outside-setting', staffAlone: true,
 *     knownBeforehandBy: ['line-manager'], supervisedBy: 't-3', childOperates: false, equipment: 'setting',
 *     recorded: false, closedAfterUse: true },
 *   { policy: 'kirklees-primary' },
 * );
 * d.allowed; // false: meeting.prior-knowledge.parents (the parents did not know beforehand)
 * ```
 */
export function canHoldMeeting(meeting: Meeting, options?: DecisionOptions): Decision {
  return decide(meetingArea, [meeting], options);
}

/**
 * The facts the meeting rules decide on, for one meeting. `canHoldMeeting` evaluates them itself; pass them to
 * `decideWithEngine` (from `esafety-rules/engine`) for the json-rules-engine route.
 *
 * @example
 * ```ts
 * const prepared = meetingFacts(
 *   { kind: 'video-conference', withChildren: true, location: 'in-setting', equipment: 'setting' },
 *   { policy: 'kirklees-primary' },
 * );
 * prepared.sets?.root.recorded; // 'unknown'
 * ```
 */
export function meetingFacts(meeting: unknown, options?: DecisionOptions): PreparedFacts<Decision> {
  return prepare(meetingArea, [meeting], options);
}
