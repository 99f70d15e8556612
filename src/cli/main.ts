// The bin: the command line on the process's own streams.
import { processIo } from './io.js';
import { run } from './run.js';

// A reader that stops early (`esafety-rules rules | head`) is no error: end quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
run(process.argv.slice(2), processIo).then((code) => { process.exitCode = code; });
