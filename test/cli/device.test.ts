import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { checkExamples } from './lifecycle.examples.js';

describe('CLI: check device', () => {
  it('runs every device example with the expected exit code', async () => checkExamples('device'));
  it('names the rule and its clause when a device may not leave, and obeys --preset', async () => {
    const input = JSON.stringify({
      device: { id: 'cam', kind: 'camera', owner: 'setting', encrypted: false, holdsSensitiveData: false, holdsChildPhotos: true, photosLinkedToNames: false, authorisedUsers: ['s1'] },
      trip: { kind: 'visit', leavesAt: '2026-11-23T09:30:00Z', carriedBy: 's1', personalUse: false, returnsToSettingAtEnd: true, settingPhoneCarried: true },
    });
    const base = await cli(['check', 'device', '-'], input);
    expect(base.code).toBe(1);
    expect(base.stdout).toContain('device.offsite.unencrypted');
    expect(base.stdout).toContain('remedy: Encrypt the device');
    const homerton = await cli(['check', 'device', '-', '--preset', 'homerton-early-years'], input);
    expect(homerton.code).toBe(0);
    expect(homerton.stdout).toContain('device.visit.unencrypted');
  });
  it('exits 2 for a malformed trip', async () => {
    const r = await cli(['check', 'device', '-', '--json'], JSON.stringify({ device: { id: 'd', kind: 'camera', owner: 'setting' }, trip: { kind: 'picnic' } }));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).reasons.map((x: { subject: string }) => x.subject)).toContain('trip.kind');
  });
});
