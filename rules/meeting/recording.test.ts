import { describe, expect, it } from 'vitest';
import type { PolicyOption } from '../../src/policy.js';
import { expectScenario, type RuleScenario } from '../../test/support/ruleScenario.js';
import { check, decide, recordedOk } from './helpers.js';
import type { Meeting } from './schema.js';

// 004: "All participants are made aware if a video conference is to be recorded. Permission is sought if the material
// is to be published"; "Digital images, video and sound recordings are only taken with the permission of
// participants". The early-years policies ask the same of recordings of children through their own photo and video
// clauses (000: consent, no images "in secret", no distributing without consent; 001: consent before videos are taken
// or used; 002: written permission for recordings, consent for publicity). Each blocks.
const scenarios: RuleScenario<Partial<Meeting>, PolicyOption>[] = [
  { rule: 'meeting.recording.not-announced', policy: 'kirklees-primary', effect: 'block', fires: { ...recordedOk, participantsToldOfRecording: false },
    nearMisses: [recordedOk, { ...recordedOk, participantsToldOfRecording: false, recorded: false }],
    elsewhere: ['homerton-early-years', 'two-mile-ash-pre-school', 'cambridgeshire-early-years'] },
  { rule: 'meeting.recording.not-announced', policy: 'barnet-early-years', effect: 'block', fires: { ...recordedOk, participantsToldOfRecording: undefined },
    nearMisses: [recordedOk, { ...recordedOk, participantsToldOfRecording: undefined, withChildren: false }] },
  { rule: 'meeting.recording.no-permission', policy: 'two-mile-ash-pre-school', effect: 'block', fires: { ...recordedOk, recordingPermission: false },
    nearMisses: [recordedOk, { ...recordedOk, recordingPermission: false, recorded: false }, { ...recordedOk, recordingPermission: false, withChildren: false }],
    elsewhere: ['cambridgeshire-early-years'] },
  { rule: 'meeting.recording.publish-without-permission', policy: 'homerton-early-years', effect: 'block', fires: { ...recordedOk, publishRecording: true },
    nearMisses: [recordedOk, { ...recordedOk, publishRecording: true, publicationPermission: true }, { ...recordedOk, publishRecording: true, recorded: false },
      { ...recordedOk, publishRecording: true, withChildren: false }],
    elsewhere: ['cambridgeshire-early-years'] },
];

describe('meeting recording rules: each fires on its clause, with its effect, and not on a near miss', () => {
  it.each(scenarios.map((s, i) => [`${s.rule} (${i})`, s] as const))('%s', (_, s) => expectScenario(decide, s));
});

describe('meeting: recordings (004 l.210, l.217; 000 l.24, l.51, l.59; 001 l.51; 002 l.106, l.108)', () => {
  it('004 asks it of every meeting, staff-only ones too', () => {
    const staffOnly = { withChildren: false, recorded: true } as const;
    expect(check(staffOnly, 'kirklees-primary').rules).toEqual(['meeting.recording.not-announced', 'meeting.recording.no-permission', 'meeting.recording.publish-without-permission']);
    expect(check(staffOnly, 'homerton-early-years').allowed).toBe(true);
  });
  it('a recording not said not to be (recorded missing) is treated as one', () => {
    expect(check({ recorded: undefined }, 'kirklees-primary').allowed).toBe(false);
    expect(check({ recorded: undefined, ...{ participantsToldOfRecording: true, recordingPermission: true, publishRecording: false } }, 'kirklees-primary').allowed).toBe(true);
  });
  it('under each early-years preset, recording children needs the permission its own photo-and-video clause asks for', () => {
    for (const [p, seed] of [['barnet-early-years', '000'], ['homerton-early-years', '001'], ['two-mile-ash-pre-school', '002']] as const) {
      expect(check({ ...recordedOk, recordingPermission: undefined }, p)).toMatchObject({ allowed: false, rules: ['meeting.recording.no-permission'], cites: [seed] });
    }
    expect(check({ recorded: true }, 'cambridgeshire-early-years').allowed).toBe(true);
  });
  it('publishing: permission sought first; canPublishImage then decides the publication itself', () => {
    expect(check({ ...recordedOk, publishRecording: undefined }, 'barnet-early-years').cites).toEqual(['000']);
    expect(check({ ...recordedOk, publishRecording: true }, 'two-mile-ash-pre-school').cites).toEqual(['002']);
    expect(check({ ...recordedOk, publishRecording: true, publicationPermission: true }, 'kirklees-primary').allowed).toBe(true);
  });
});
