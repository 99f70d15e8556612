import { canTakeDeviceOffSite } from 'esafety-rules';
import { examples } from './baseline.mjs';
import { nsPerOp, fmt } from './lib.mjs';
const ex = examples('device');
for (let round = 0; round < 3; round++) for (const [n, e] of Object.entries(ex)) { const o = { policy: e.policy }; console.log(round, n, fmt(nsPerOp(() => canTakeDeviceOffSite(e.device, e.trip, o)))); }
