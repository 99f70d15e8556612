import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const stick = { method: 'removable-media' as const, mediaOwner: 'setting' as const, recipient: 'staff' as const };

describe('transfer: removable media (000 Data Protection; 001 l.95; 003 l.28; 004 l.243)', () => {
  it('the platform route to a parent is allowed', () => {
    expect(check({}).rules).toEqual([]);
  });
  it('transfer.removable.forbidden: Homerton and Cambridgeshire forbid children\'s data on fobs, even encrypted', () => {
    for (const p of ['homerton-early-years', 'cambridgeshire-early-years'] as const) {
      expect(check(stick, p).rules).toContain('transfer.removable.forbidden');
      expect(check({ ...stick, leavesSetting: false }, p).rules).not.toContain('transfer.removable.forbidden');
    }
    expect(check(stick, 'kirklees-primary').rules).toEqual([]);
  });
  it('transfer.removable.unencrypted: Kirklees (and the baseline) carry sensitive data only on encrypted sticks', () => {
    expect(check({ ...stick, encrypted: false }, 'kirklees-primary').rules).toEqual(['transfer.removable.unencrypted']);
    expect(check({ ...stick, encrypted: undefined }, 'baseline').rules).toEqual(['transfer.removable.unencrypted']);
    expect(check({ ...stick, encrypted: false, containsChildNames: false, containsChildImages: false }, 'kirklees-primary').rules).toEqual([]);
  });
  it('transfer.removable.personal-media: only media the setting issued', () => {
    expect(check({ ...stick, mediaOwner: 'personal' }, 'barnet-early-years').rules).toEqual(['transfer.removable.personal-media']);
    expect(check({ ...stick, mediaOwner: undefined }, 'barnet-early-years').rules).toEqual(['transfer.removable.personal-media']);
  });
});
