import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canPublishImage } from '../../rules/image/canPublishImage.js';
import { imageFacts } from '../../rules/image/canPublishImage.js';
import { consentsSchema, photoSchema } from '../../rules/image/schema.js';
import { checkPhotoRetention } from '../../src/retention/checkPhotoRetention/index.js';
import { photoRecordSchema } from '../../src/retention/schema.js';
import { canTakeDeviceOffSite } from '../../src/device/canTakeDeviceOffSite/index.js';
import { deviceSchema, tripSchema } from '../../src/device/schema.js';
import { canTransferData } from '../../src/transfer/canTransferData/index.js';
import { transferSchema } from '../../src/transfer/schema.js';
import { routeConcern } from '../../src/concern/routeConcern/index.js';
import { concernSchema } from '../../src/concern/schema.js';
import { classifyMisuse } from '../../src/misuse/classifyMisuse/index.js';
import { misuseIncidentSchema } from '../../src/misuse/schema.js';
import { canUsePhone } from '../../src/phone/canUsePhone/index.js';
import { phoneRequestSchema } from '../../src/phone/schema.js';
import { canCommunicate } from '../../src/communication/canCommunicate/index.js';
import { communicationRequestSchema } from '../../src/communication/schema.js';
import { canChildUseInternet } from '../../src/internet/canChildUseInternet/index.js';
import { internetSessionSchema } from '../../src/internet/schema.js';
import { createEngine, decideWithEngine } from '../../src/engine/index.js';
import { consents, photo, AT } from './image.js';

type Result = { allowed: boolean; reasons: { rule: string; subject?: string }[] };

/** A public decision function, with a valid call to mutate and a check that its input was valid. */
export interface DecisionEntry {
  name: string;
  /** Calls the function with positional arguments (the last is the options). */
  call(args: unknown[]): Result | Promise<Result>;
  /** Arguments the function allows (or, where it grants no permission, accepts). */
  valid: unknown[];
  /** True when every argument is valid input (an allowed decision must satisfy this). */
  inputValid(args: unknown[]): boolean;
  /** False for functions that answer without granting anything (routing): they must still never throw and must name bad input. */
  permission?: false;
}

const example = (path: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', path), 'utf8'));
const options = (e: { at?: string; policy?: unknown }) => ({ at: e.at ?? AT, ...(e.policy ? { policy: e.policy } : {}) });
const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) => schema.safeParse(v).success;
const engine = createEngine();

const retention = example('retention/baseline-agreed-period.json');
const device = example('device/kirklees-laptop-home.json');
const transfer = example('transfer/kirklees-encrypted-stick.json');
const concern = example('concern/childminder-grooming.json');
const misuse = example('misuse/accidental-access-reported.json');
const phone = example('phone/two-mile-ash-social-worker.json');
const communication = example('communication/homerton-friend-request-with-permission.json');
const internet = example('internet/homerton-search-adult-beside.json');

/** Every public decision function. */
export const decisions: DecisionEntry[] = [
  { name: 'canPublishImage', call: (a) => canPublishImage(a[0] as never, a[1] as never, a[2] as never), valid: [photo(), consents(), { at: AT, policy: 'homerton-early-years' }], inputValid: (a) => ok(photoSchema, a[0]) && ok(consentsSchema, a[1]) },
  { name: 'engine: canPublishImage facts', call: (a) => decideWithEngine(engine, imageFacts(a[0], a[1], a[2] as never)), valid: [photo(), consents(), { at: AT }], inputValid: (a) => ok(photoSchema, a[0]) && ok(consentsSchema, a[1]) },
  { name: 'checkPhotoRetention', call: (a) => checkPhotoRetention(a[0] as never, a[1] as never), valid: [retention.photo, options(retention)], inputValid: (a) => ok(photoRecordSchema, a[0]) },
  { name: 'canTakeDeviceOffSite', call: (a) => canTakeDeviceOffSite(a[0] as never, a[1] as never, a[2] as never), valid: [device.device, device.trip, options(device)], inputValid: (a) => ok(deviceSchema, a[0]) && ok(tripSchema, a[1]) },
  { name: 'canTransferData', call: (a) => canTransferData(a[0] as never, a[1] as never), valid: [transfer.transfer, options(transfer)], inputValid: (a) => ok(transferSchema, a[0]) },
  { name: 'canUsePhone', call: (a) => canUsePhone(a[0] as never, a[1] as never), valid: [phone.request, options(phone)], inputValid: (a) => ok(phoneRequestSchema, a[0]) },
  { name: 'canCommunicate', call: (a) => canCommunicate(a[0] as never, a[1] as never), valid: [communication.request, options(communication)], inputValid: (a) => ok(communicationRequestSchema, a[0]) },
  { name: 'canChildUseInternet', call: (a) => canChildUseInternet(a[0] as never, a[1] as never), valid: [internet.session, options(internet)], inputValid: (a) => ok(internetSessionSchema, a[0]) },
  { name: 'classifyMisuse', call: (a) => classifyMisuse(a[0] as never, a[1] as never), valid: [misuse.incident, options(misuse)], inputValid: (a) => ok(misuseIncidentSchema, a[0]) },
  {
    name: 'routeConcern', permission: false,
    call: (a) => { const r = routeConcern(a[0] as never, a[1] as never); return { allowed: false, reasons: r.reasons }; },
    valid: [concern.concern, options(concern)], inputValid: (a) => ok(concernSchema, a[0]),
  },
];
