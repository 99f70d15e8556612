import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The Python and PHP clients of docs/integration.md ("7. Other stacks") against the built sidecar, their output
// checked against what the snippets' comments say. Missing python3 fails; missing php skips, saying so.
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const DOC = 'docs/integration.md';
const DOC_URL = 'http://127.0.0.1:8080';

/** The one fenced block of `lang` in the doc. */
function block(lang: string): string {
  const blocks = [...readFileSync(join(ROOT, DOC), 'utf8').matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'gm'))];
  expect(blocks, `${DOC}: one \`\`\`${lang} block`).toHaveLength(1);
  return blocks[0]![1]!;
}

let sidecar: ChildProcess;
let base: string;
let dir: string;

/** The doc's snippet, pointed at the running sidecar, run with `command`; its stdout lines. */
function run(command: string, lang: string, ext: string): string[] {
  const code = block(lang);
  expect(code, `the ${lang} snippet calls ${DOC_URL}`).toContain(DOC_URL);
  const file = join(dir, `client.${ext}`);
  writeFileSync(file, code.replaceAll(DOC_URL, base));
  const r = spawnSync(command, [file], { encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw new Error(`${command} could not be run: ${r.error.message}`);
  expect(r.stderr, `${command} stderr`).toBe('');
  expect(r.status, `${command} exit code`).toBe(0);
  return r.stdout.split('\n').filter((l) => l !== '');
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'sidecar-clients-'));
  sidecar = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    sidecar.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)\n/.exec(out);
      if (m) resolve(m[1]!);
    });
    sidecar.once('exit', (code) => reject(new Error(`the sidecar exited (${code}) before listening: ${out}`)));
  });
});

afterAll(async () => {
  if (sidecar && sidecar.exitCode === null) {
    const exited = new Promise<number | null>((resolve) => sidecar.once('exit', resolve));
    sidecar.kill('SIGTERM');
    expect(await exited, 'the sidecar exits 0 on SIGTERM').toBe(0);
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`the sidecar clients of ${DOC}`, () => {
  it('Python (standard library): a denial, child-mia obscured, the fingerprint, reasons naming child-mia', () => {
    const lines = run('python3', 'python', 'py');
    expect(lines.slice(0, 2)).toEqual(['False', "['child-mia']"]);
    expect(lines[2]).toMatch(/^sha256:[0-9a-f]{64}$/);
    const reasons = lines.slice(3);
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toMatch(/^[A-Z_]+ child-mia \S/);
    expect(reasons.map((r) => r.split(' ')[0])).toContain('CONSENT_MISSING');
  });

  it('PHP (file_get_contents): the denial under Homerton, one `code: message` line a reason', (ctx) => {
    const php = spawnSync('php', ['--version'], { encoding: 'utf8' });
    if (php.error || php.status !== 0) {
      const why = 'php is not installed (bash scripts/ensure-browser.sh installs php-cli as root)';
      console.warn(`skipped: ${why}`);
      ctx.skip(why);
    }
    const lines = run('php', 'php', 'php');
    expect(lines.map((l) => l.split(': ')[0])).toEqual(['PERSONAL_PHONE_WORKING_HOURS', 'CONTACT_UNKNOWN']);
    for (const l of lines) expect(l).toMatch(/^[A-Z_]+: \S.*\.$/);
  });
});
