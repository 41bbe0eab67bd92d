// bench/torch: forward+backward of a small MLP and a small attention block (bench/torch/*.py), in
// gradlens and in torch 1.13 (/usr/bin/python3, bench/torch/reference.py) in the same run. Two
// ratios per program: without start-up (gradlens in-process after warm-up vs torch's code after
// `import torch`) and with it (`node dist/cli.js run FILE` vs `python3 FILE`, torch's import included).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadPython, runSource } from '../../src/python/run';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const root = join(__dirname, '..');
const programs = ['bench/torch/mlp.py', 'bench/torch/attention.py'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  await loadPython();
  const cli = join(root, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const ref = spawnSync('/usr/bin/python3', [join(root, 'bench/torch/reference.py'), String(REPEAT), ...programs], { cwd: root, encoding: 'utf8' });
  if (ref.status !== 0) throw new Error(`reference.py failed: ${ref.stderr}`);
  const torch = JSON.parse(ref.stdout) as Record<string, { withImportMs: number; withoutImportMs: number }>;
  console.log('| program | gradlens in-process | torch after import | ratio | `gradlens run` | `python3` (torch import incl.) | ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const p of programs) {
    const source = readFileSync(join(root, p), 'utf8');
    const warm: number[] = [];
    for (let i = 0; i <= REPEAT; i++) {
      const t0 = performance.now();
      const r = runSource(source, { filename: p });
      if (r.error !== undefined) throw new Error(`${p}: ${r.error.message}`);
      if (i > 0) warm.push(performance.now() - t0);
    }
    const cold: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cli, 'run', p], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`gradlens run ${p}: ${r.stderr}`);
      cold.push(performance.now() - t0);
    }
    const t = torch[p];
    const g = median(warm);
    const c = median(cold);
    console.log(`| ${relative('bench/torch', p)} | ${g.toFixed(1)} ms | ${t.withoutImportMs.toFixed(1)} ms | ${(g / t.withoutImportMs).toFixed(1)}x | ${c.toFixed(0)} ms | ${t.withImportMs.toFixed(0)} ms | ${(c / t.withImportMs).toFixed(2)}x |`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
