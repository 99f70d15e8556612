import type { DecisionOptions } from '../decision/options.js';
import { canPublishImage } from '../image/canPublishImage/index.js';
import { canUsePhone } from '../phone/canUsePhone/index.js';
import { canCommunicate } from '../communication/canCommunicate/index.js';
import { canChildUseInternet } from '../internet/canChildUseInternet/index.js';

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
  phone: {
    question: 'May this person use this device here, now, for this?',
    input: '{ "request": PhoneRequest, "policy"?: preset id or policy }',
    run: (i, o) => canUsePhone(i.request as never, o),
  },
  communication: {
    question: 'May this person communicate through this channel, with this party, for this?',
    input: '{ "request": CommunicationRequest, "policy"?: preset id or policy }',
    run: (i, o) => canCommunicate(i.request as never, o),
  },
  internet: {
    question: 'May this child use the internet in this way?',
    input: '{ "session": InternetSession, "policy"?: preset id or policy }',
    run: (i, o) => canChildUseInternet(i.session as never, o),
  },
};
