// bench/analysis: for each file in examples/, the time of the whole analysis (run + backward + all
// checks + the JSON) in-process after warm-up, next to `python3 FILE`'s own wall time (start-up
// included) in the same run. Target (issue 4): the analysis takes no longer than CPython takes to
// merely run the file.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, loadAnalysis, toTraceJson } from '../../src/analysis';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const root = join(__dirname, '..');
const examplesDir = join(root, 'examples');

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pythonFiles(p));
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  await loadAnalysis();
  const rows: string[] = [];
  let met = 0;
  let total = 0;
  for (const file of pythonFiles(examplesDir)) {
    const source = readFileSync(file, 'utf8');
    const name = relative(root, file);
    const mine: number[] = [];
    for (let i = 0; i <= REPEAT; i++) {
      const t0 = performance.now();
      JSON.stringify(toTraceJson(analyze(source, { filename: name })));
      if (i > 0) mine.push(performance.now() - t0);
    }
    const py: number[] = [];
    let pyStatus = 0;
    for (let i = 0; i < REPEAT; i++) {
      const t0 = performance.now();
      const r = spawnSync('python3', [file], { cwd: root, encoding: 'utf8' });
      py.push(performance.now() - t0);
      pyStatus = r.status ?? -1;
    }
    const ratio = median(mine) / median(py);
    total++;
    if (ratio <= 1) met++;
    const note = pyStatus !== 0 ? ' (python3 exits non-zero: no micrograd package installed)' : '';
    rows.push(`${name.padEnd(38)}${median(mine).toFixed(1).padStart(10)}${median(py).toFixed(1).padStart(10)}${ratio.toFixed(2).padStart(8)}x  ${ratio <= 1 ? 'met' : 'MISSED'}${note}`);
  }
  console.log('bench/analysis: median ms; gradlens = run + backward + checks + JSON in-process; python3 = `python3 FILE` wall time');
  console.log(`${'example'.padEnd(38)}${'gradlens'.padStart(10)}${'python3'.padStart(10)}${'ratio'.padStart(9)}  target <= 1x`);
  for (const r of rows) console.log(r);
  console.log(`\n${met} of ${total} examples meet the target`);
}

void main();
