import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedRuleFiles } from './registry.js';

const root = join(__dirname, '..');

describe('the shipped rule files', () => {
  it('name the file each was read from, and hold exactly its rules and shared conditions', () => {
    for (const f of shippedRuleFiles) {
      expect(f.rules, f.file).toEqual(JSON.parse(readFileSync(join(root, f.file), 'utf8')));
      const dir = f.file.slice(0, f.file.lastIndexOf('/'));
      const conditions = join(root, dir, 'conditions.json');
      if (f.conditions) expect(f.conditions, f.file).toEqual(JSON.parse(readFileSync(conditions, 'utf8')));
    }
  });

  it('are every rule file in rules/, each once', () => {
    const onDisk = readdirSync(join(root, 'rules'), { withFileTypes: true }).filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(root, 'rules', d.name)).filter((f) => f.endsWith('.json') && f !== 'conditions.json').map((f) => `rules/${d.name}/${f}`));
    expect(shippedRuleFiles.map((f) => f.file).sort()).toEqual(onDisk.sort());
  });

  it('carry each area\'s shared conditions (its conditions.json) once', () => {
    const withConditions = shippedRuleFiles.filter((f) => f.conditions).map((f) => f.file.split('/')[1]);
    const onDisk = readdirSync(join(root, 'rules'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(root, 'rules', d.name, 'conditions.json'))).map((d) => d.name);
    expect(withConditions.sort()).toEqual(onDisk.sort());
  });
});
