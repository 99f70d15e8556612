import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definePolicy, type Concern, type Consent, type Device, type MisuseIncident, type Photo, type PhotoRecord, type SettingPolicy, type Transfer, type Trip } from '../../src/index.js';
import { EXAMPLES, example } from './examples.js';

// The names every code example may use without declaring them (test/examples.test.ts documents them; docs/architecture.md
// "Code examples" too). Each is real input from examples/, with a known answer under the policy named beside it.
// Frozen, so that no example changes what a later one sees.

const frozen = <T>(v: T): T => {
  if (v && typeof v === 'object') { for (const x of Object.values(v)) frozen(x); Object.freeze(v); }
  return v;
};
const part = <T>(path: string, key: string): T => frozen(example(path)[key] as T);

/** The moment most examples decide at: 2026-11-22 10:00 UTC (a Sunday). */
export const at = '2026-11-22T10:00:00Z';

/** A setting's own policy: Homerton's preset, adopted as it is (`definePolicy`). */
export const policy: SettingPolicy = definePolicy({ id: 'acorn-nursery', version: '2026-09', basedOn: 'homerton-early-years' });

/** A learning-journal photo of two children on a setting tablet (examples/image/learning-journal-allowed.json). */
export const photo: Photo = part('image/learning-journal-allowed.json', 'photo');
/** Both children's written consents for the learning journal: with `photo`, allowed under Homerton at `at`. */
export const consents: Consent[] = part('image/learning-journal-allowed.json', 'consents');

/** An observation photo taken 2025-10-14 on a setting tablet: Homerton's yearly purge makes it 'delete' at `at`. */
export const record: PhotoRecord = part('retention/homerton-yearly-purge-due.json', 'photo');
/** The 15 photo records of examples/retention/nightly-sweep.jsonl. */
export const records: PhotoRecord[] = frozen(readFileSync(join(EXAMPLES, 'retention', 'nightly-sweep.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PhotoRecord));

/** An allegation against a nursery manager on Christmas Eve (Barnet; examples/concern/manager-is-subject-christmas.json). */
export const concern: Concern = part('concern/manager-is-subject-christmas.json', 'concern');

/** A pupil posting bullying messages after a warning (Kirklees: 'illegal-or-always-unacceptable'). */
export const incident: MisuseIncident = part('misuse/pupil-bullying-after-warning.json', 'incident');

/** An encrypted school laptop with pupil data, and its trip home with its teacher: allowed under Kirklees. */
export const device: Device = part('device/kirklees-laptop-home.json', 'device');
/** The trip `device` goes on. */
export const trip: Trip = part('device/kirklees-laptop-home.json', 'trip');

/** An unencrypted email to a parent from the setting's account: allowed under Homerton. */
export const transfer: Transfer = part('transfer/homerton-email-to-parent.json', 'transfer');
