// bench/interpreter: loop-heavy pure-Python programs run by gradlens (tracing on: the default
// bindings log records every assignment) and by CPython (python3) in the same run, printing the
// time ratio per program. Target (issue 3): gradlens within 1.5x of CPython on each.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPython, runSource } from '../../src/python/run';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const dir = join(__dirname, '..', 'bench', 'interpreter', 'programs');
const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir, f));

async function main(): Promise<void> {
  await loadPython();
  const mine: Record<string, number> = {};
  const outputs: Record<string, string> = {};
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    let best = Infinity;
    for (let i = 0; i <= REPEAT; i++) {
      const t0 = performance.now();
      const r = runSource(source, { filename: file, maxSeconds: 600 });
      const ms = performance.now() - t0;
      if (r.exitCode !== 0) throw new Error(`${file} failed under gradlens:\n${r.stderr}`);
      outputs[file] = r.stdout;
      if (i > 0) best = Math.min(best, ms); // the first run warms up
    }
    mine[file] = best;
  }
  const cpython = JSON.parse(
    execFileSync('python3', [join(__dirname, '..', 'bench', 'interpreter', 'reference.py'), String(REPEAT), ...files], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  ) as Record<string, number>;
  console.log('bench/interpreter: best-of-N run times in ms (parse + run for gradlens, run for CPython; start-up excluded)');
  console.log(`${'program'.padEnd(22)}${'gradlens'.padStart(10)}${'CPython'.padStart(10)}${'ratio'.padStart(9)}  target <= 1.5x`);
  for (const file of files) {
    const name = file.split('/').pop()!;
    const r = mine[file] / cpython[file];
    console.log(`${name.padEnd(22)}${mine[file].toFixed(1).padStart(10)}${cpython[file].toFixed(1).padStart(10)}${r.toFixed(2).padStart(8)}x  ${r <= 1.5 ? 'met' : 'MISSED'}`);
  }
  for (const file of files) {
    const expected = execFileSync('python3', [file], { encoding: 'utf8' });
    if (expected !== outputs[file]) console.log(`NOTE: ${file.split('/').pop()} printed differently under gradlens:\n${outputs[file]}vs CPython:\n${expected}`);
  }
}

void main();
