import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { libraryVersion } from './version.js';

it('is the version written in at build time (package.json)', () => {
  expect(libraryVersion).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  expect(libraryVersion).not.toBe('0.0.0-source');
});
