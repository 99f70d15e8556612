import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFailsClosed } from '../../test/support/failsClosed.js';
import { presetIds } from '../../src/core/policy/presets.js';
import { roles } from '../vocabulary.js';
import { meetingEquipment, meetingKinds, type Meeting } from './schema.js';
import { canHoldMeeting, meetingFacts } from './canHoldMeeting.js';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const yesNo = opt(fc.boolean());
const meetingArb: fc.Arbitrary<Meeting> = fc.record({
  kind: fc.constantFrom(...meetingKinds), withChildren: fc.boolean(), location: fc.constantFrom('in-setting' as const, 'outside-setting' as const),
  staffAlone: yesNo, knownBeforehandBy: opt(fc.subarray([...roles])), supervisedBy: opt(fc.constantFrom('t-1', null)), childOperates: yesNo,
  supervisorPermission: yesNo, equipment: fc.constantFrom(...meetingEquipment), personalEquipmentAgreedBy: opt(fc.constantFrom(...roles)),
  recorded: yesNo, participantsToldOfRecording: yesNo, recordingPermission: yesNo, publishRecording: yesNo, publicationPermission: yesNo,
  closedAfterUse: yesNo,
}, { requiredKeys: ['kind', 'withChildren', 'location', 'equipment'] });

describe('canHoldMeeting: properties', () => {
  it('fails closed: any malformed meeting is denied with a finding naming a field, never throws', () => expectFailsClosed(canHoldMeeting));
  it('children are never in an unsupervised meeting, under any preset', () => {
    fc.assert(fc.property(meetingArb, fc.constantFrom(...presetIds), (m, policy) => {
      expect(canHoldMeeting({ ...m, withChildren: true, supervisedBy: undefined }, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  it('a meeting with children on a personal phone is never allowed, under any preset', () => {
    fc.assert(fc.property(meetingArb, fc.constantFrom(...presetIds), (m, policy) => {
      expect(canHoldMeeting({ ...m, withChildren: true, equipment: 'personal-phone' }, { policy }).allowed).toBe(false);
    }), { numRuns: 300 });
  });
  it('every finding under a preset cites that preset\'s own policy', () => {
    fc.assert(fc.property(meetingArb, fc.constantFrom(...presetIds.filter((p) => p !== 'baseline')), (m, policy) => {
      const source = meetingFacts(m, { policy }).source;
      for (const f of canHoldMeeting(m, { policy }).reasons) expect(f.clause.source).toBe(source);
    }), { numRuns: 300 });
  });
});

describe('the shipped examples (examples/meeting) give the answer they expect', () => {
  const dir = join(__dirname, '..', '..', 'examples', 'meeting');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s', (f) => {
    const e = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { expect: string; policy?: never; meeting: Meeting };
    expect(canHoldMeeting(e.meeting, { policy: e.policy }).allowed).toBe(e.expect === 'allowed');
  });
});
