// The meeting area, declared once: what it reads, its facts, its policy section, its rule files, its result.
import { defineArea } from '../../src/core/area.js';
import { finishDecision } from '../../src/core/pipeline.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { computeMeetingFacts, meetingFactSpecs } from './facts.js';
import { meetingPolicy } from './policy.js';
import { meetingSchema } from './schema.js';
import conduct from './conduct.json';
import equipment from './equipment.json';
import recording from './recording.json';

/** Video conferences and online meetings: may this meeting go ahead as planned? */
export const meetingArea = defineArea({
  id: 'meeting',
  question: 'May this video conference or online meeting go ahead as planned?',
  functions: ['canHoldMeeting'],
  inputs: [{ name: 'meeting', schema: meetingSchema }],
  needsAt: false,
  facts: meetingFactSpecs,
  policy: meetingPolicy,
  rules: [
    ruleFile('meeting/conduct.json', conduct),
    ruleFile('meeting/recording.json', recording),
    ruleFile('meeting/equipment.json', equipment),
  ],
  computeFacts: computeMeetingFacts,
  finish: finishDecision,
});
