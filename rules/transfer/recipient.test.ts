import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

describe('transfer: recipients (004 Access; Protecting school data and information)', () => {
  it('transfer.remote.unauthorised: remote access by authorised personnel only', () => {
    expect(check({ method: 'remote-access', recipient: 'authorised-third-party', recipientAuthorised: false, labelled: true }).rules).toEqual(['transfer.remote.unauthorised']);
    expect(check({ method: 'remote-access', recipient: 'staff' }).rules).toEqual([]);
  });
  it('transfer.recipient.unauthorised: personal data only to authorised users', () => {
    expect(check({ recipientAuthorised: undefined }).rules).toEqual(['transfer.recipient.unauthorised']);
    expect(check({ recipient: 'other', recipientAuthorised: false }).rules).toEqual(['transfer.recipient.unauthorised']);
    expect(check({ method: 'remote-access', recipientAuthorised: undefined }).rules).not.toContain('transfer.recipient.unauthorised');
  });
  it('transfer.shared.unlabelled: data shared with governors is labelled (warn)', () => {
    const d = check({ recipient: 'authorised-third-party' });
    expect(d.rules).toEqual(['transfer.shared.unlabelled']);
    expect(d.allowed).toBe(true);
    expect(check({ recipient: 'authorised-third-party', labelled: true }).rules).toEqual([]);
  });
});
