// routeConcern on every examples/concern input, against a hand-written fail-closed baseline making the same route (the
// same steps, deadlines, contacts, actions and rules fired; bench/concern.baseline.mjs), in the same run.
import { routeConcern } from 'esafety-rules';
import { agree, examples } from './baseline.mjs';
import { CONCERN_POLICIES, route, routeBaseline, routeKey } from './concern.baseline.mjs';
import { compareDecision } from './lib.mjs';

const sameRoute = (a, b) => routeKey(a) === routeKey(b);
// A route grants nothing: its "answer" is whether it was made (not refused) and its first step.
const answer = (r) => (r.reasons.some((f) => f.rule === 'input.invalid') ? 'refused' : `${r.steps.length} steps, first: ${r.steps[0]?.to}`);

const cases = [];
let variants = 0, refused = 0;
for (const [name, ex] of Object.entries(examples('concern'))) {
  const id = ex.policy ?? 'baseline';
  const P = CONCERN_POLICIES[id];
  const opts = { policy: id, ...(ex.bankHolidays ? { bankHolidays: ex.bankHolidays } : {}) };
  const holidays = new Set(ex.bankHolidays ?? []);
  const ours = (c) => routeConcern(c, opts);
  const theirs = (c) => routeBaseline(c, P, ex.bankHolidays);
  // Both refuse by the same token: a route that was refused has the reason `input.invalid` and no steps.
  const a = agree(`routeConcern ${name}`, ours, theirs, [ex.concern], sameRoute);
  variants += a.variants; refused += a.refused;
  // An invalid concern cannot be routed trusting its input: its route without validation is the one from its valid fields.
  const bare = ex.expect === 'invalid' ? () => theirs(ex.concern) : () => route(ex.concern, P, holidays);
  cases.push({ name, answer: answer(ours(ex.concern)), ours: () => ours(ex.concern), failClosed: () => theirs(ex.concern), bare });
}
compareDecision('routeConcern', `routeConcern vs hand-written baseline (examples/concern; the same steps, deadlines, contacts and rules on each, and on ${variants} variants of them, ${refused} of them malformed and refused by both)`, cases);
