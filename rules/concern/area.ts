// The concern area, declared once: what it reads, its facts, its policy section, its rule files, its route.
import { defineArea } from '../../src/core/area.js';
import { invalid, type Finding } from '../../src/core/findings.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { isDay } from '../../src/core/time/workingDays.js';
import { computeConcernFacts, concernEventParams, concernFactSpecs } from './facts.js';
import { concernPolicy } from './policy.js';
import { finishRoute } from './route.js';
import { concernSchema } from './schema.js';
import allegation from './allegation.json';
import childminder from './childminder.json';
import conditions from './conditions.json';
import data from './data.json';
import general from './general.json';
import images from './images.json';
import online from './online.json';

/** The most bank holidays one decision may take. */
const MAX_HOLIDAYS = 2_000;

/** `options.bankHolidays`: the England and Wales bank holidays (`yyyy-MM-dd`) LADO working days skip. */
function readBankHolidays(options: Record<string, unknown>, findings: Finding[]): ReadonlySet<string> {
  const raw = options.bankHolidays;
  if (raw === undefined) return new Set();
  if (!Array.isArray(raw) || raw.length > MAX_HOLIDAYS) {
    findings.push(invalid('options.bankHolidays', `options.bankHolidays must be a list of dates (yyyy-MM-dd), at most ${MAX_HOLIDAYS}`));
    return new Set();
  }
  raw.forEach((d, i) => { if (!isDay(d)) findings.push(invalid(`options.bankHolidays[${i}]`, `options.bankHolidays[${i}] must be a date (yyyy-MM-dd)`)); });
  return new Set(raw.filter(isDay));
}

/** Routing concerns: whom to tell, in what order and by when, and what to do and not do now. */
export const concernArea = defineArea({
  id: 'concern',
  question: 'Whom to tell about this concern, in what order and by when?',
  functions: ['routeConcern'],
  inputs: [{ name: 'concern', schema: concernSchema }],
  grants: false,
  needsAt: false,
  facts: concernFactSpecs,
  eventParams: concernEventParams,
  policy: concernPolicy,
  rules: [
    ruleFile('concern/general.json', general, conditions),
    ruleFile('concern/allegation.json', allegation),
    ruleFile('concern/childminder.json', childminder),
    ruleFile('concern/images.json', images),
    ruleFile('concern/online.json', online),
    ruleFile('concern/data.json', data),
  ],
  readOptions: readBankHolidays,
  computeFacts: computeConcernFacts,
  finish: finishRoute,
});
