import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

// The command line in scripts: no silent defaults, no hidden clock.
const photo = readFileSync('examples/image/learning-journal-allowed.json', 'utf8');
const withoutTime = JSON.stringify({ ...JSON.parse(photo), at: undefined });

describe('a strict command line', () => {
  it('an unknown flag, or a flag without its value, is a usage error (exit 2), naming it', async () => {
    const unknown = await cli(['check', 'image', '-', '--prest', 'kirklees-primary'], photo);
    expect([unknown.code, unknown.stderr]).toEqual([2, 'unknown flag --prest\n']);
    const bare = await cli(['check', 'image', '-', '--at'], photo);
    expect([bare.code, bare.stderr]).toEqual([2, '--at needs a value\n']);
    expect((await cli(['check', 'image', '-', '--at', '--json'], photo)).code).toBe(2);
    expect((await cli(['rules', '--json=yes'])).code).toBe(2);
  });

  it('no time anywhere is a usage error where the decision needs one; --at now is the time, asked for', async () => {
    const none = await cli(['check', 'image', '-'], withoutTime);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no time given');
    const now = await cli(['check', 'image', '-', '--at', 'now', '--json'], withoutTime);
    expect(now.code).toBe(0);
    // A decision that needs no time (a phone request) runs without one.
    expect((await cli(['check', 'phone', 'examples/phone/two-mile-ash-social-worker.json'])).code).toBe(0);
    expect((await cli(['sweep', '-'], '{}\n')).code).toBe(2);
  });

  it('the sweep skips blank lines', async () => {
    const rec = JSON.stringify({ id: 'p1', takenAt: '2026-10-01', childIds: ['c1'], storedOn: 'setting-platform', purposes: ['display'], retainUntil: '2027-01-01', agreedStorage: ['setting-platform'] });
    const r = await cli(['sweep', '-', '--at', '2026-11-22T02:00:00Z'], `\n${rec}\n   \n${rec}\n\n`);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).index)).toEqual([0, 1]);
    expect(JSON.parse(r.stderr)).toMatchObject({ records: 2, keep: 2 });
  });

  it('example lists and prints the shipped examples, which check as they expect', async () => {
    const list = (await cli(['example'])).stdout.trim().split('\n');
    expect(list).toContain('image/learning-journal-allowed');
    const printed = await cli(['example', 'image/learning-journal-allowed']);
    expect(JSON.parse(printed.stdout)).toEqual(JSON.parse(photo));
    expect((await cli(['check', 'image', '-'], printed.stdout)).code).toBe(0);
    expect((await cli(['example', 'image/nothing'])).code).toBe(2);
  });
});
