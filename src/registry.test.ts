import { describe, expect, it, vi } from 'vitest';

// The map of areas is built when its module loads: import it afresh, so the map under test is built by this test.
describe('areas', () => {
  it('holds every area of the registry by its own id, each once, in the registry\'s order', async () => {
    vi.resetModules();
    const { areas, registry } = await import('./registry.js');
    expect([...areas.keys()]).toEqual(registry.map((a) => a.id));
    for (const [id, area] of areas) expect(area.id).toBe(id);
    expect(Object.keys(areas.get('transfer')!.facts)).toContain('accountAdminsAuthorised');
    expect(areas.get('unknown')).toBeUndefined();
  });
});

describe('messagesByArea', () => {
  it('holds each area\'s messages by its id, in the registry\'s order', async () => {
    vi.resetModules();
    const { messagesByArea, registry } = await import('./registry.js');
    expect(Object.keys(messagesByArea)).toEqual(registry.map((a) => a.id));
    expect(messagesByArea.image['image.consent.withdrawn']?.staff).toBe('The family of child {subject} has withdrawn consent.');
  });
});
