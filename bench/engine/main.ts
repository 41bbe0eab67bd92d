// bench/engine: the same work through the gradlens engine and through numpy (python3, same
// machine, same run), printing time ratios. Targets (issue 2): matmul 256 within 4x of numpy,
// elementwise within 2x, MLP forward+backward within 4x, backward at most 2x its forward; a tape
// of 10^6 scalar ops under 500 MB, backward over it well under 1 s per 10^6 tensors.
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import * as E from '../../src/engine';
import { Tensor } from '../../src/engine';
import { gemmThreadStats, setGemmThreads } from '../../src/engine/ops/gemm-threads';

function best(fn: () => unknown, repeat: number): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

let seed = 1;
function randn(shape: number[], scale = 1): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Box-Muller on a small LCG: only the distribution matters here
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const u = (seed + 1) / 2147483649;
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const v = (seed + 1) / 2147483649;
    d[i] = scale * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  return new Tensor(d, shape);
}

const s = (v: number): Tensor => Tensor.scalar(v);
const mine: Record<string, number> = {};

// The gemm workers start with the first big product and take ~50 ms to boot: start them, and
// let them boot, before timing (numpy's BLAS threads are up before its first timing too)
E.withoutRecording(() => E.matmul(E.ones([256, 256]), E.ones([256, 256])));
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);

for (const n of [64, 256, 512]) {
  const a = randn([n, n]);
  const b = randn([n, n]);
  mine[`matmul ${n}`] = best(() => E.withoutRecording(() => E.matmul(a, b)), n < 512 ? 20 : 5);
}
/** The same work with matrix products on this thread only (gemm-threads.ts off). */
function oneThread(fn: () => unknown, repeat: number): number {
  setGemmThreads(false);
  try {
    return best(fn, repeat);
  } finally {
    setGemmThreads(true);
  }
}
{
  const [a, b] = [randn([512, 512]), randn([512, 512])];
  mine['matmul 512, one thread'] = oneThread(() => E.withoutRecording(() => E.matmul(a, b)), 5);
}

const x = randn([1_000_000]);
const chain = (): Tensor => {
  const a = E.mul(x, s(1.5));
  const b = E.add(a, s(0.3));
  const c = E.tanh(b);
  const d = E.mul(c, c);
  const e = E.sub(d, s(0.1));
  const f = E.exp(e);
  const g = E.div(f, s(3));
  const h = E.sqrt(g);
  const i = E.mul(h, x);
  return E.add(i, a);
};
mine['elementwise chain 1e6'] = best(chain, 5);
const m = randn([1000, 1000]);
mine['sum 1000x1000'] = best(() => E.sum(m), 10);
mine['sum axis=0 1000x1000'] = best(() => E.sum(m, 0), 10);
mine['max axis=1 1000x1000'] = best(() => E.max(m, 1), 10);

const [N, D, H, C] = [256, 784, 256, 10];
const X = randn([N, D]);
const yIdx = E.tensor(Array.from({ length: N }, (_, i) => (i * 7) % C), 'int64');
const rows = E.tensor(Array.from({ length: N }, (_, i) => i), 'int64');
const W1 = randn([D, H], 0.01);
const b1 = E.zeros([H]);
const W2 = randn([H, C], 0.01);
const b2 = E.zeros([C]);
const forward = (): Tensor => {
  const h = E.relu(E.add(E.matmul(X, W1), b1));
  const scores = E.add(E.matmul(h, W2), b2);
  const logp = E.logSoftmax(scores, 1);
  const picked = E.gather(logp, [{ kind: 'array', index: rows }, { kind: 'array', index: yIdx }]);
  return E.neg(E.mean(picked));
};
const params = [W1, b1, W2, b2];
// backward leaves the gradients of leaves fed to matrix products (X, W1, W2) to when they are
// read: read what numpy's reference computes (the parameters'), and separately X's too
const readParams = (grads: E.Gradients): void => {
  for (const p of params) grads.get(p);
};
const withDx = (): void => {
  const grads = E.backward(forward());
  readParams(grads);
  grads.get(X);
};
mine['mlp forward'] = best(forward, 20);
mine['mlp forward+backward'] = best(() => readParams(E.backward(forward())), 20);
mine['mlp fwd+bwd, dX read too'] = best(withDx, 20);
mine['mlp fwd+bwd, one thread'] = oneThread(() => readParams(E.backward(forward())), 20);
mine['mlp fwd+bwd+dX, one thread'] = oneThread(withDx, 20);
const loss = forward();
const backwardOnly = best(() => readParams(E.backward(loss)), 20);

// What a pending gradient costs: the storage of the gradients the table holds, without X's
// (pending: a record of the product and the operand; the upstream gradient it needs is the
// table's own gradient of the product) and once X's is read.
const kept = E.backward(loss);
const storedMb = (skip: Tensor | null): number => {
  let bytes = 0;
  for (const t of E.reachable(loss)) if (t !== skip) bytes += kept.get(t)?.data.byteLength ?? 0;
  return bytes / 1e6;
};
const pendingMb = storedMb(X);
kept.get(X);
const readMb = storedMb(null);
const refPath = join(__dirname, '..', 'bench', 'engine', 'reference.py');
const numpy = JSON.parse(execFileSync('python3', [refPath], { encoding: 'utf8' })) as Record<string, number>;

const targets: Record<string, number> = { 'matmul 256': 4, 'elementwise chain 1e6': 2, 'mlp forward+backward': 4 };
console.log('bench/engine: best-of-N times in ms; ratio = gradlens / numpy (lower is better)\n');
console.log(`${'work'.padEnd(26)}${'gradlens'.padStart(10)}${'numpy'.padStart(10)}${'ratio'.padStart(9)}  target`);
// numpy's reference never computes dX: the line with dX read is compared with its forward+backward
const numpyOf = (k: string): number => numpy[k.startsWith('mlp fwd+bwd') ? 'mlp forward+backward' : k.replace(', one thread', '')];
for (const k of Object.keys(mine)) {
  const r = mine[k] / numpyOf(k);
  const t = targets[k] ? `<= ${targets[k]}x ${r <= targets[k] ? 'met' : 'MISSED'}` : '';
  console.log(`${k.padEnd(26)}${mine[k].toFixed(2).padStart(10)}${numpyOf(k).toFixed(2).padStart(10)}${r.toFixed(2).padStart(8)}x  ${t}`);
}
console.log(
  "(mlp forward+backward: the gradients of W1, b1, W2, b2 read, as numpy computes them; '+dX' / 'dX read too' reads X's gradient as well, which numpy does not compute; 'one thread': matrix products without the gemm workers)",
);
const threadStats = gemmThreadStats();
console.log(
  `threaded products: ${threadStats.chunks} chunks, ${(100 * (1 - threadStats.byThisThread / Math.max(1, threadStats.chunks))).toFixed(0)}% of them run by the gemm worker(s), ${(threadStats.sharedBytes / 2 ** 20).toFixed(1)} MiB of shared memory; load average ${loadavg()[0].toFixed(2)} (${availableParallelism()} CPUs)`,
);
console.log(`mlp gradient storage held by backward's result: ${pendingMb.toFixed(2)} MB with X's pending, ${readMb.toFixed(2)} MB once dX is read`);
const fwd = mine['mlp forward'];
console.log(`\nmlp backward alone (parameters' gradients read): ${backwardOnly.toFixed(2)} ms = ${(backwardOnly / fwd).toFixed(2)}x its forward (target <= 2x: ${backwardOnly / fwd <= 2 ? 'met' : 'MISSED'})`);

// Memory and backward over tapes of exactly 10^6 recorded 0-d ops (5x10^5 rounds of mul then
// add), all kept alive through the last tensor: (a) each op with a fresh 0-d constant operand,
// as an interpreted `t = t * 0.999999 + 1e-7` makes them (10^6 ops + 10^6 leaves); (b) the ops
// alone, their constants shared (what one recorded op costs: its scalar-tape entry and whatever
// the JS heap holds for it). Heap plus array buffers, after a full collection.
const gc = (globalThis as { gc?: () => void }).gc;
const OPS = 1_000_000;
function tape(freshConstants: boolean): { root: Tensor; mb: number } {
  E.startScalarTape(); // the 0-d tensors' columns (array buffers) of this tape alone
  gc?.();
  const before = process.memoryUsage();
  const [c1, c2] = [s(0.999999), s(1e-7)];
  let t = s(1);
  for (let i = 0; i < OPS / 2; i++) t = freshConstants ? E.add(E.mul(t, s(0.999999)), s(1e-7)) : E.add(E.mul(t, c1), c2);
  gc?.();
  const after = process.memoryUsage();
  return { root: t, mb: (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1e6 };
}
for (const fresh of [true, false]) {
  const { root, mb } = tape(fresh);
  const tensors = E.reachable(root).length;
  const label = fresh ? '10^6 scalar ops + their 10^6 constant leaves' : '10^6 scalar ops, shared constants';
  console.log(
    `\ntape of ${label}: ${mb.toFixed(0)} MB heap = ${((mb * 1e6) / OPS).toFixed(0)} bytes/op${fresh ? ' (target < 500 MB)' : ''}; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
  const ms = best(() => E.backward(root), 3);
  console.log(`backward over it (${tensors} tensors): ${ms.toFixed(0)} ms = ${((ms * 1e6) / tensors).toFixed(0)} ms per 10^6 tensors`);
}
