import { describe, expect, it, vi } from 'vitest';
import { registry } from './registry.js';
import { areaLabels } from '../test/support/policyLabels.js';

// test/docs.test.ts keeps the file's text in step with the TSDoc; this checks the values a policy document is written from.
describe('policyLabels', () => {
  // A fresh import: the table is built when the module loads.
  const load = async () => { vi.resetModules(); return (await import('./policyLabels.js')).policyLabels; };

  it("holds, for every area, its title and each policy value's words as the TSDoc has them", async () => {
    const policyLabels = await load();
    const made = Object.fromEntries(registry.filter((a) => a.policy).map((a) => {
      const { title, fields } = areaLabels(a.id);
      return [a.id, { title, fields: Object.fromEntries(fields) }];
    }));
    expect(policyLabels).toEqual(made);
  });

  it('has words for every value, none empty', async () => {
    const policyLabels = await load();
    for (const [id, { title, fields }] of Object.entries(policyLabels)) {
      expect(title, id).not.toBe('');
      for (const [field, words] of Object.entries(fields)) expect(words, `${id}.${field}`).toMatch(/\S/);
    }
  });
});
