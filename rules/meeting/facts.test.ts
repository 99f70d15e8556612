import { describe, expect, it } from 'vitest';
import type { PresetId } from '../../src/core/policy/presets.js';
import { meeting } from './helpers.js';
import type { Meeting } from './schema.js';
import { meetingFacts } from './canHoldMeeting.js';

// The facts the meeting rules read, field by field.
const root = (c: Partial<Meeting> = {}, policy: PresetId = 'baseline') => {
  const p = meetingFacts(meeting(c), { policy });
  expect(p.findings).toEqual([]);
  return p.sets!.root as Record<string, unknown>;
};

describe('meetingFacts', () => {
  it('who knew beforehand: a leader the policy names, and the parents', () => {
    expect(root({ knownBeforehandBy: ['line-manager'] }, 'kirklees-primary')).toMatchObject({ leaderKnew: true, parentsKnew: false });
    expect(root({ knownBeforehandBy: ['manager', 'parent'] }, 'kirklees-primary')).toMatchObject({ leaderKnew: false, parentsKnew: true });
    expect(root({ knownBeforehandBy: ['manager'] }, 'barnet-early-years').leaderKnew).toBe(true);
    expect(root({}, 'homerton-early-years')).toMatchObject({ leaderKnew: false, leaderKnowledgeRequired: false, parentsKnowledgeRequired: false });
  });
  it('supervised only when a member of staff is named', () => {
    expect([root().supervised, root({ supervisedBy: null }).supervised, root({ supervisedBy: undefined }).supervised]).toEqual([true, false, false]);
  });
  it('outside the setting, and yes/no/unknown answers', () => {
    expect([root().outsideSetting, root({ location: 'outside-setting' }).outsideSetting]).toEqual([false, true]);
    expect([root({ recorded: undefined }).recorded, root({ recorded: true }).recorded, root().recorded]).toEqual(['unknown', 'yes', 'no']);
    expect(root({ staffAlone: undefined }).staffAlone).toBe('unknown');
  });
  it('a personal device agreed only by a role the policy names', () => {
    expect(root({ personalEquipmentAgreedBy: 'head-of-setting' }, 'homerton-early-years').personalEquipmentAgreed).toBe(true);
    expect(root({ personalEquipmentAgreedBy: 'head-of-setting' }, 'baseline').personalEquipmentAgreed).toBe(false);
  });
});
