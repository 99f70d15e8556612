import { describe, expect, it } from 'vitest';
import * as lib from '../index.js';
import { registry } from '../registry.js';
import { LOCAL_OPTIONS, notServed, served } from './functions.js';

// The functions table: which functions of the registry the sidecar serves, which it does not and why.

describe('the functions served', () => {
  it('serves every function of the registry that answers with one result, calling the library\'s own export', () => {
    for (const [name, fn] of served) {
      expect(fn.name).toBe(name);
      expect(fn.call).toBe((lib as unknown as Record<string, unknown>)[name]);
      expect(fn.area.functions).toContain(name);
    }
    expect([...served.keys()]).toEqual(expect.arrayContaining(['canPublishImage', 'checkPhotoRetention', 'routeConcern', 'classifyMisuse', 'canUsePhone']));
  });

  it('every function of the registry is either served or not served (with the reason), never both', () => {
    const functions = registry.flatMap((a) => a.functions);
    expect(new Set([...served.keys(), ...notServed.keys()])).toEqual(new Set(functions));
    for (const name of notServed.keys()) expect(served.has(name), name).toBe(false);
    // The one that is not: it streams, and the reason says what to do instead.
    expect([...notServed]).toEqual([['planPhotoRetention',
      'planPhotoRetention streams one result per record: it is not served over HTTP. Call the single-record function per record, or run the command line in a batch job']]);
  });

  it('says why the options that are code cannot be sent', () => {
    expect(Object.keys(LOCAL_OPTIONS).sort()).toEqual(['context', 'rules']);
    for (const why of Object.values(LOCAL_OPTIONS)) expect(why).toMatch(/rule set/);
  });
});
