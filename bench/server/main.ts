// Language server benchmark: edit-to-diagnostics latency and hover latency (p50/p95) over examples/,
// and the server's RSS with all examples open. Talks to the real dist/server.js over stdio (run
// `npm run build` first). Usage: node scripts/bench.mjs server [edits-per-file]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { StatsResult } from '../../src/server/protocol';
import { LspSession, fileUri } from '../../test/lsp/lsp-session';
import { timeParses } from './parse';

function pythonFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? pythonFiles(p) : name.endsWith('.py') ? [p] : [];
    })
    .sort();
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const ms = (x: number): string => `${x.toFixed(2)} ms`;

async function main(): Promise<void> {
  const edits = Number(process.argv[2] ?? 10);
  const files = pythonFiles('examples');
  // debounce 0: the latency measured is the server's own (analysis + transport), not the wait.
  const s = await LspSession.start({ debounceMs: 0 });
  const docs = files.map((f) => ({ file: f, uri: fileUri(f), text: readFileSync(f, 'utf8') }));

  const openStart = performance.now();
  for (const d of docs) await s.open(d.uri, d.text, 1);
  for (const d of docs) await s.diagnosticsFor(d.uri, 1);
  const openAll = performance.now() - openStart;
  const stats = await s.request<StatsResult>('gradlens/stats', {});

  const editLatency: number[] = [];
  const perFile: string[] = [];
  for (const d of docs) {
    const mine: number[] = [];
    for (let k = 0; k < edits; k++) {
      const version = k + 2;
      const t0 = performance.now();
      await s.change(d.uri, `${d.text}\n# edit ${k}\n`, version);
      await s.diagnosticsFor(d.uri, version);
      mine.push(performance.now() - t0);
    }
    editLatency.push(...mine);
    perFile.push(`  ${d.file.padEnd(36)} edit->diagnostics p50 ${ms(percentile(mine, 50))}  p95 ${ms(percentile(mine, 95))}`);
  }

  const hoverLatency: number[] = [];
  let answered = 0;
  for (const d of docs) {
    const lines = d.text.split('\n');
    for (let line = 0; line < lines.length; line++) {
      const m = /[A-Za-z_]\w*/.exec(lines[line]);
      if (m === null || lines[line].trimStart().startsWith('#')) continue;
      const t0 = performance.now();
      const h = await s.hover(d.uri, line, m.index);
      hoverLatency.push(performance.now() - t0);
      if (h !== null) answered++;
    }
  }
  const after = await s.request<StatsResult>('gradlens/stats', {});
  await s.stop();

  console.log(`gradlens language server benchmark: ${docs.length} example files, ${edits} edits each (debounce 0)`);
  console.log(`open all examples and get their diagnostics: ${ms(openAll)}`);
  console.log(perFile.join('\n'));
  const e50 = percentile(editLatency, 50);
  const e95 = percentile(editLatency, 95);
  console.log(`edit -> diagnostics: p50 ${ms(e50)}  p95 ${ms(e95)}  (+ the debounce, 300 ms by default)`);
  const h50 = percentile(hoverLatency, 50);
  const h95 = percentile(hoverLatency, 95);
  console.log(`hover round trip (${hoverLatency.length} hovers, ${answered} with content): p50 ${ms(h50)}  p95 ${ms(h95)}  ratio p95/target(10 ms) ${(h95 / 10).toFixed(3)}`);
  const rssMb = stats.rssBytes / 2 ** 20;
  console.log(`server RSS with all examples open: ${rssMb.toFixed(1)} MB  ratio/target(300 MB) ${(rssMb / 300).toFixed(3)}; after the edits: ${(after.rssBytes / 2 ** 20).toFixed(1)} MB`);
  console.log(`runs: ${after.runsStarted} started, ${after.runsCompleted} completed, ${after.runsCancelled} cancelled; workers started: ${after.workersStarted}`);
  console.log(`parses in the worker: ${after.parsesFull} full, ${after.parsesIncremental} incremental, ${after.parsesUnchanged} of an unchanged text`);

  const big = { file: 'bench/interpreter/cs231n_300.py', text: readFileSync('bench/interpreter/cs231n_300.py', 'utf8') };
  const timings = await timeParses([...docs, big]);
  console.log('\ntree-sitter parse after a one-character edit, median ms: full parse vs incremental (previous tree edited)');
  for (const t of timings) {
    console.log(`  ${t.file.padEnd(36)} ${String(t.lines).padStart(4)} lines  full ${ms(t.fullMs)}  incremental ${ms(t.incrementalMs)}  ratio ${(t.incrementalMs / t.fullMs).toFixed(2)}x`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
