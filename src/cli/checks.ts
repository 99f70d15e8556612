import type { DecisionOptions } from '../decision/options.js';
import { canPublishImage } from '../image/canPublishImage/index.js';

/** Anything a check prints: a Decision, possibly with extra fields (e.g. `action`), which are printed too. */
export type CheckResult = import('../decision/types.js').Decision;

/** One `esafety-rules check <kind>`: what it asks, and how it reads its input file. */
export interface Check {
  question: string;
  /** The input file's shape, for `--help`. */
  input: string;
  run(input: Record<string, unknown>, options: DecisionOptions): CheckResult;
}

/** Every `check` kind. Each area adds its own entry. */
export const checks: Record<string, Check> = {
  image: {
    question: 'May this photo of these children go to this audience?',
    input: '{ "photo": Photo, "consents": Consent[], "at"?: ISO, "policy"?: preset id or policy }',
    run: (i, o) => canPublishImage(i.photo as never, i.consents as never, o),
  },
};
