import { describe, expect, it, vi } from 'vitest';

// The table of decision functions is built when its module loads: import it afresh, so the table under test is built
// by this test (as in registry.test.ts).
const load = async () => {
  vi.resetModules();
  const [{ decisionFunctions, COMMON_OPTIONS }, { registry }] = await Promise.all([import('./decisionFunctions.js'), import('./registry.js')]);
  return { decisionFunctions, COMMON_OPTIONS, registry };
};
const COMMON = ['policy', 'at', 'extraFields'];

describe('decisionFunctions', () => {
  it('every function of the registry with one result, by name, in the registry\'s order; no streaming one', async () => {
    const { decisionFunctions } = await load();
    expect([...decisionFunctions.keys()]).toEqual([
      'canPublishImage', 'checkPhotoRetention', 'canTakeDeviceOffSite', 'canTransferData', 'routeConcern', 'classifyMisuse',
      'canUsePhone', 'canCommunicate', 'canChildUseInternet', 'canUseSettingDevice', 'canHoldMeeting',
    ]);
    expect(decisionFunctions.has('planPhotoRetention')).toBe(false);
  });

  it('each: its name, its area, its arguments (the area\'s inputs, in order) and its result schema', async () => {
    const { decisionFunctions, registry } = await load();
    const image = decisionFunctions.get('canPublishImage')!;
    expect([image.name, image.area, image.inputs, image.result]).toEqual(['canPublishImage', registry.find((a) => a.id === 'image'), ['photo', 'consents'], 'image-decision']);
    expect(image.area).toBe(registry.find((a) => a.id === 'image'));
    const results = Object.fromEntries([...decisionFunctions.values()].map((f) => [f.name, f.result]));
    expect(results).toEqual({
      canPublishImage: 'image-decision', checkPhotoRetention: 'retention-decision', canTakeDeviceOffSite: 'decision', canTransferData: 'decision',
      routeConcern: 'route', classifyMisuse: 'misuse-classification', canUsePhone: 'phone-decision', canCommunicate: 'decision',
      canChildUseInternet: 'decision', canUseSettingDevice: 'decision', canHoldMeeting: 'decision',
    });
    for (const f of decisionFunctions.values()) {
      expect(f.area.functions, f.name).toContain(f.name);
      expect(f.inputs, f.name).toEqual(f.area.inputs.map((i) => i.name));
      expect(f.inputs.length, f.name).toBeGreaterThan(0);
      expect(f.inputs.every((i) => typeof i === 'string' && i.length > 0), f.name).toBe(true);
    }
  });

  it('options: the common ones; routeConcern and classifyMisuse also take bankHolidays', async () => {
    const { decisionFunctions, COMMON_OPTIONS } = await load();
    expect(COMMON_OPTIONS).toEqual(COMMON);
    expect(decisionFunctions.get('routeConcern')!.options).toEqual([...COMMON, 'bankHolidays']);
    expect(decisionFunctions.get('classifyMisuse')!.options).toEqual([...COMMON, 'bankHolidays']);
    for (const f of decisionFunctions.values()) {
      if (f.name !== 'routeConcern' && f.name !== 'classifyMisuse') expect(f.options, f.name).toEqual(COMMON);
    }
  });

  it('each entry, its arguments and its options are frozen', async () => {
    const { decisionFunctions } = await load();
    for (const f of decisionFunctions.values()) expect([f, f.inputs, f.options].every((x) => Object.isFrozen(x)), f.name).toBe(true);
  });
});
