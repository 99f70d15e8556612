import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built ESM entries, bundled as a vendor's bundler would, run in Debian's
// Chromium: the page makes decisions with both evaluators and the test reads them.
const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ENTRY = `
  import { canPublishImage, imageFacts, presetIds } from './dist/index.js';
  import { createEngine, decideWithEngine } from './dist/engine.js';
  const photo = { id: 'p', takenAt: '2026-11-21T10:00:00Z', audience: 'learning-journal', children: [{ id: 'c1' }, { id: 'c2' }],
    device: { owner: 'setting' }, purpose: 'observation', appropriatelyDressed: true, mayCauseDistress: false, takenInSecret: false };
  const consents = [{ childId: 'c1', audiences: ['learning-journal'], written: true, givenBy: 'parent', givenAt: '2026-09-01' }];
  const at = '2026-11-22T10:00:00Z';
  window.results = (async () => ({
    presets: presetIds,
    denied: canPublishImage(photo, consents, { at, policy: 'homerton-early-years' }),
    allowed: canPublishImage({ ...photo, children: [{ id: 'c1' }] }, consents, { at, policy: 'homerton-early-years' }),
    invalid: canPublishImage({ id: 1 }, 'nope', { at: 'yesterday' }),
    engine: await decideWithEngine(createEngine(), imageFacts(photo, consents, { at, policy: 'homerton-early-years' })),
  }))();
`;

let server: Server;
let browser: Browser;
let url = '';

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does)`);
  const out = await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  const script = out.outputFiles[0]!.text;
  server = createServer((req, res) => {
    if (req.url === '/app.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(script); return; }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>esafety-rules</title><script type="module" src="/app.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe('in a real browser (Chromium)', () => {
  it('imports the core and engine entries and makes the same decisions', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    const r = await page.evaluate(() => (window as unknown as { results: Promise<Record<string, { allowed: boolean; reasons: { rule: string; subject?: string }[] }>> }).results);
    expect(errors).toEqual([]);
    expect(r.denied!.allowed).toBe(false);
    expect(r.denied!.reasons.map((x) => [x.rule, x.subject])).toEqual([['image.consent.missing', 'c2']]);
    expect(r.allowed!.allowed).toBe(true);
    expect(r.invalid!.allowed).toBe(false);
    expect(r.invalid!.reasons.map((x) => x.subject)).toContain('options.at');
    expect(r.engine!.reasons).toEqual(r.denied!.reasons);
    expect(r.presets).toContain('kirklees-primary');
  }, 60_000);
});
