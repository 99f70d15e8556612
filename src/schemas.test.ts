import { describe, expect, it, vi } from 'vitest';

// The input schemas are gathered when their module loads: import it afresh, so the table under test is built by this test.
describe('inputSchemas', () => {
  it('every input\'s schema by its published name (and the extra ones an input brings), and setting-policy', async () => {
    vi.resetModules();
    const [{ inputSchemas }, { registry }, { settingPolicySchema }] = await Promise.all([import('./schemas.js'), import('./registry.js'), import('./policy.js')]);
    expect(Object.keys(inputSchemas)).toEqual([
      'photo', 'consents', 'consent', 'photo-record', 'device', 'trip', 'transfer', 'concern', 'misuse-incident',
      'phone-request', 'communication-request', 'internet-session', 'equipment-request', 'meeting', 'setting-policy',
    ]);
    const image = registry.find((a) => a.id === 'image')!;
    expect(inputSchemas.photo).toBe(image.inputs[0]!.schema);
    expect(inputSchemas.consent).toBe(image.inputs[1]!.also!.consent);
    expect(inputSchemas['photo-record']).toBe(registry.find((a) => a.id === 'retention')!.inputs[0]!.schema);
    expect(inputSchemas['setting-policy']).toBe(settingPolicySchema);
    expect(Object.isFrozen(inputSchemas)).toBe(true);
  });
});
