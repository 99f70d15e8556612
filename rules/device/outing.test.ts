import { describe, expect, it } from 'vitest';
import { check, phone } from './helpers.js';

const outingsPhone = { kind: 'phone' as const, role: 'outings-phone' as const, holdsChildPhotos: false };

describe('device: outings (001 l.67, l.71; 002 l.97; 003 l.16, l.24; 004 l.226, l.249)', () => {
  it('device.outings-phone.home: the outings phone never goes home and always comes back', () => {
    expect(check(outingsPhone, { kind: 'home' }).rules).toContain('device.outings-phone.home');
    expect(check(outingsPhone, { returnsToSettingAtEnd: false }).rules).toContain('device.outings-phone.home');
    expect(check(outingsPhone, { kind: 'outing' }).rules).not.toContain('device.outings-phone.home');
  });
  it('device.outing.not-cleared: Cambridgeshire clears every setting device before an outing', () => {
    expect(check({}, { kind: 'outing' }, 'cambridgeshire-early-years').rules).toEqual(['device.outing.not-cleared']);
    expect(check({ holdsChildPhotos: false }, { kind: 'outing' }, 'cambridgeshire-early-years').rules).toEqual([]);
    expect(check({}, { kind: 'outing' }, 'baseline').rules).toEqual([]);
  });
  it('device.outing.no-setting-phone: a setting phone goes on outings and visits (warn)', () => {
    const d = check({}, { settingPhoneCarried: undefined });
    expect(d.rules).toEqual(['device.outing.no-setting-phone']);
    expect(d.allowed).toBe(true);
    expect(check({}, { kind: 'work-elsewhere', settingPhoneCarried: false }).rules).toEqual([]);
  });
  it('device.personal-phone.forbidden: Cambridgeshire provides a phone; personal phones stay behind', () => {
    expect(check(phone, { kind: 'outing' }, 'cambridgeshire-early-years').rules).toEqual(['device.personal-phone.forbidden']);
    expect(check(phone, { kind: 'outing' }, 'homerton-early-years').rules).not.toContain('device.personal-phone.forbidden');
  });
  it('device.personal-phone.unagreed: Homerton agrees personal phone use with the Leadership Team', () => {
    expect(check(phone, { kind: 'outing' }, 'homerton-early-years').rules).toEqual(['device.personal-phone.unagreed']);
    expect(check(phone, { kind: 'outing', personalPhoneAgreedBy: 'leadership-team' }, 'homerton-early-years').rules).toEqual([]);
  });
  it('device.personal-phone.not-off: Two Mile Ash asks that personal phones are off on outings (warn)', () => {
    const d = check(phone, { kind: 'outing' }, 'two-mile-ash-pre-school');
    expect(d.rules).toEqual(['device.personal-phone.not-off']);
    expect(d.allowed).toBe(true);
    expect(check(phone, { kind: 'outing', switchedOff: true }, 'two-mile-ash-pre-school').rules).toEqual([]);
  });
  it('device.disposal.not-wiped: information is destroyed before disposal', () => {
    expect(check({}, { kind: 'disposal' }).rules).toEqual(['device.disposal.not-wiped']);
    expect(check({ holdsChildPhotos: false }, { kind: 'disposal' }).rules).toEqual([]);
  });
});
