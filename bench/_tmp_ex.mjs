import * as m from 'esafety-rules';
import { readFileSync } from 'node:fs';
const [fn, file, key, ...more] = process.argv.slice(2);
const ex = JSON.parse(readFileSync(file, 'utf8'));
const args = [ex[key], ...more.map((k) => ex[k])];
const r = m[fn](...args, { policy: ex.policy, ...(ex.at ? { at: ex.at } : {}) });
console.log(JSON.stringify(r, (k, v) => (k === 'message' || k === 'remedy' || k === 'clause' ? undefined : v), 1));
