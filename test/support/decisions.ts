import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputSchemas } from '../../src/schemas.js';
import {
  canChildUseInternet, canCommunicate, canPublishImage, canTakeDeviceOffSite, canTransferData, canUsePhone, checkPhotoRetention,
  classifyMisuse, imageFacts, routeConcern,
} from '../../src/index.js';
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
const ok = (name: string, v: unknown) => inputSchemas[name]!.safeParse(v).success;
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
  { name: 'canPublishImage', call: (a) => canPublishImage(a[0] as never, a[1] as never, a[2] as never), valid: [photo(), consents(), { at: AT, policy: 'homerton-early-years' }], inputValid: (a) => ok('photo', a[0]) && ok('consents', a[1]) },
  { name: 'engine: canPublishImage facts', call: (a) => decideWithEngine(engine, imageFacts(a[0], a[1], a[2] as never)), valid: [photo(), consents(), { at: AT }], inputValid: (a) => ok('photo', a[0]) && ok('consents', a[1]) },
  { name: 'checkPhotoRetention', call: (a) => checkPhotoRetention(a[0] as never, a[1] as never), valid: [retention.photo, options(retention)], inputValid: (a) => ok('photo-record', a[0]) },
  { name: 'canTakeDeviceOffSite', call: (a) => canTakeDeviceOffSite(a[0] as never, a[1] as never, a[2] as never), valid: [device.device, device.trip, options(device)], inputValid: (a) => ok('device', a[0]) && ok('trip', a[1]) },
  { name: 'canTransferData', call: (a) => canTransferData(a[0] as never, a[1] as never), valid: [transfer.transfer, options(transfer)], inputValid: (a) => ok('transfer', a[0]) },
  { name: 'canUsePhone', call: (a) => canUsePhone(a[0] as never, a[1] as never), valid: [phone.request, options(phone)], inputValid: (a) => ok('phone-request', a[0]) },
  { name: 'canCommunicate', call: (a) => canCommunicate(a[0] as never, a[1] as never), valid: [communication.request, options(communication)], inputValid: (a) => ok('communication-request', a[0]) },
  { name: 'canChildUseInternet', call: (a) => canChildUseInternet(a[0] as never, a[1] as never), valid: [internet.session, options(internet)], inputValid: (a) => ok('internet-session', a[0]) },
  { name: 'classifyMisuse', call: (a) => classifyMisuse(a[0] as never, a[1] as never), valid: [misuse.incident, options(misuse)], inputValid: (a) => ok('misuse-incident', a[0]) },
  {
    name: 'routeConcern', permission: false,
    call: (a) => { const r = routeConcern(a[0] as never, a[1] as never); return { allowed: false, reasons: r.reasons }; },
    valid: [concern.concern, options(concern)], inputValid: (a) => ok('concern', a[0]),
  },
];
