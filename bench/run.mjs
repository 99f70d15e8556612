// npm run bench: runs every bench/*.bench.mjs in turn against the built package (dist/).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
console.log(`# esafety-rules benchmarks\n\nNode ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), ${new Date().toISOString().slice(0, 10)}`);
for (const f of readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only && !f.includes(only)) continue;
  await import(pathToFileURL(dir + f).href);
}
