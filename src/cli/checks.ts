import type { DecisionOptions } from '../core/options.js';
import { canPublishImage } from '../../rules/image/canPublishImage.js';
import { checkPhotoRetention } from '../retention/checkPhotoRetention/index.js';
import { canTakeDeviceOffSite } from '../device/canTakeDeviceOffSite/index.js';
import { canTransferData } from '../transfer/canTransferData/index.js';
import { canUsePhone } from '../phone/canUsePhone/index.js';
import { canCommunicate } from '../communication/canCommunicate/index.js';
import { canChildUseInternet } from '../internet/canChildUseInternet/index.js';

/** Anything a check prints: a Decision, possibly with extra fields (e.g. `action`), which are printed too. */
export type CheckResult = import('../core/findings.js').Decision;

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
  retention: {
    question: 'May this stored photo be kept (keep, delete or review, and by when)?',
    input: '{ "photo": PhotoRecord, "at"?: ISO, "policy"?: preset id or policy }',
    run: (i, o) => checkPhotoRetention(i.photo as never, o),
  },
  device: {
    question: 'May this device leave the premises for this trip?',
    input: '{ "device": Device, "trip": Trip, "policy"?: preset id or policy }',
    run: (i, o) => canTakeDeviceOffSite(i.device as never, i.trip as never, o),
  },
  transfer: {
    question: 'May this data move this way?',
    input: '{ "transfer": Transfer, "at"?: ISO, "policy"?: preset id or policy }',
    run: (i, o) => canTransferData(i.transfer as never, o),
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
