// Matrix products split over threads (gemm-threads.ts, gemm-chunks.ts): the same bits as one
// thread on random shapes around the threshold, ragged edges, transposed operands and offsets;
// a chunk that throws cannot hang the others; a process that used the workers exits.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Operand, THREADED, gemm, gemmPacked } from '../../src/engine/ops/gemm';
import { runChunk, takeChunks } from '../../src/engine/ops/gemm-chunks';
import { simdTileKernel } from '../../src/engine/ops/gemm-simd';
import { SLOTS, gemmThreaded, setGemmThreads } from '../../src/engine/ops/gemm-threads';
import { rng } from './gradcheck';

/** Whether this host can run the threaded path at all (it falls back to one thread otherwise). */
const threadsExpected = availableParallelism() >= 2 && typeof SharedArrayBuffer === 'function';

/** Values whose magnitudes differ wildly, so that any other order of addition changes the bits. */
function values(n: number, seed: number): Float64Array {
  const r = rng(seed);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = (r() - 0.5) * 10 ** Math.floor(r() * 16 - 8);
  return d;
}

interface Case {
  m: number;
  k: number;
  n: number;
  aT: boolean;
  bT: boolean;
  aOff: number;
  bOff: number;
  cOff: number;
  seed: number;
}

const operand = (data: Float64Array, off: number, rows: number, cols: number, transposed: boolean): Operand => ({
  data, off, rowStride: transposed ? 1 : cols, colStride: transposed ? rows : 1,
});

/** C by the threads and by the one-thread kernel, with a margin around C's block that must stay untouched. */
function bothWays({ m, k, n, aT, bT, aOff, bOff, cOff, seed }: Case): { threaded: Float64Array; single: Float64Array; ran: boolean } {
  const a = values(aOff + m * k, seed);
  const b = values(bOff + k * n, seed + 1);
  const threaded = values(cOff + m * n + 5, seed + 2);
  const single = threaded.slice();
  const ran = gemmThreaded(operand(a, aOff, m, k, aT), operand(b, bOff, k, n, bT), threaded, cOff, m, k, n);
  gemmPacked(operand(a, aOff, m, k, aT), operand(b, bOff, k, n, bT), single, cOff, m, k, n, simdTileKernel());
  return { threaded, single, ran };
}

function expectSameBits(got: Float64Array, want: Float64Array, what: string): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) if (!Object.is(got[i], want[i])) expect.fail(`${what} [${i}]: ${got[i]} != ${want[i]}`);
}

const caseArb = (shape: fc.Arbitrary<[number, number, number]>): fc.Arbitrary<Case> =>
  fc.record({
    mkn: shape,
    aT: fc.boolean(),
    bT: fc.boolean(),
    aOff: fc.integer({ min: 0, max: 7 }),
    bOff: fc.integer({ min: 0, max: 7 }),
    cOff: fc.integer({ min: 0, max: 7 }),
    seed: fc.integer(),
  }).map(({ mkn: [m, k, n], ...rest }) => ({ m, k, n, ...rest }));

describe('matrix products over threads', () => {
  it(`${threadsExpected ? 'run' : 'fall back to one thread'} on this host`, () => {
    const { ran } = bothWays({ m: 64, k: 64, n: 64, aT: false, bT: false, aOff: 0, bOff: 0, cOff: 0, seed: 1 });
    expect(ran).toBe(threadsExpected);
  });

  it('give the one-thread bits on ragged shapes: edge strips and panels, several blocks of k and of rows', () => {
    const shape = fc.tuple(fc.integer({ min: 1, max: 1100 }), fc.integer({ min: 1, max: 700 }), fc.integer({ min: 1, max: 40 }));
    fc.assert(
      fc.property(caseArb(shape), (c) => {
        const { threaded, single } = bothWays(c);
        expectSameBits(threaded, single, JSON.stringify(c));
      }),
      { numRuns: 60 },
    );
  });

  it('give the one-thread bits through gemm on random shapes around the threshold', () => {
    // m x k x n within a factor 2 of THREADED on either side
    const shape = fc
      .tuple(fc.integer({ min: 8, max: 600 }), fc.integer({ min: 1, max: 300 }), fc.double({ min: -1, max: 1, noNaN: true }))
      .map(([m, n, scale]): [number, number, number] => [m, Math.max(1, Math.round((THREADED * 2 ** scale) / (m * n))), n]);
    fc.assert(
      fc.property(caseArb(shape), ({ m, k, n, aT, bT, aOff, bOff, cOff, seed }) => {
        const a = values(aOff + m * k, seed);
        const b = values(bOff + k * n, seed + 1);
        const viaGemm = values(cOff + m * n, seed + 2);
        const oneThread = viaGemm.slice();
        gemm(a, aOff, b, bOff, viaGemm, cOff, m, k, n, aT, bT);
        const prev = setGemmThreads(false);
        try {
          gemm(a, aOff, b, bOff, oneThread, cOff, m, k, n, aT, bT);
        } finally {
          setGemmThreads(prev);
        }
        expectSameBits(viaGemm, oneThread, `${m}x${k}x${n} aT=${aT} bT=${bT}`);
      }),
      { numRuns: 40 },
    );
  });

  it('keep non-finite values where one thread puts them', () => {
    const c: Case = { m: 70, k: 300, n: 9, aT: false, bT: true, aOff: 1, bOff: 2, cOff: 3, seed: 5 };
    const a = values(c.aOff + c.m * c.k, 1);
    a[c.aOff + 5] = Infinity;
    a[c.aOff + 400] = NaN;
    const b = values(c.bOff + c.k * c.n, 2);
    b[c.bOff + 7] = -Infinity;
    const threaded = new Float64Array(c.cOff + c.m * c.n);
    const single = threaded.slice();
    gemmThreaded(operand(a, c.aOff, c.m, c.k, false), operand(b, c.bOff, c.k, c.n, true), threaded, c.cOff, c.m, c.k, c.n);
    gemmPacked(operand(a, c.aOff, c.m, c.k, false), operand(b, c.bOff, c.k, c.n, true), single, c.cOff, c.m, c.k, c.n, simdTileKernel());
    expectSameBits(threaded, single, 'non-finite');
  });

  it('count a chunk that throws as done and as packed, and flag it, so no thread waits forever', () => {
    const S = SLOTS;
    const ctl = new Int32Array(new SharedArrayBuffer(4 * S.count));
    const heap = Float64Array.from({ length: 1 << 12 }, (_, i) => i);
    Object.assign(ctl, { [S.chunks]: 3, [S.packChunks]: 1, [S.panels]: 1, [S.panelsPerPack]: 1, [S.n]: 4, [S.depth]: 2, [S.rawB]: 100, [S.rawBRowStride]: 4, [S.rawBColStride]: 1, [S.bpAt]: 200 });
    Object.assign(ctl, { [S.strips]: 2, [S.stripsPerChunk]: 1, [S.rows]: 8, [S.rawA]: 300, [S.rawARowStride]: 2, [S.rawAColStride]: 1, [S.apAt]: 400, [S.cAt]: 500, [S.ldc]: 4, [S.panelsPerCall]: 64 });
    ctl[S.next] = 7 << 16;
    let calls = 0;
    const failingKernel = (): void => {
      calls++;
      throw new Error('kernel failure');
    };
    takeChunks(heap, ctl, S, failingKernel, runChunk, 7);
    expect(calls).toBe(2);
    expect(ctl[S.done]).toBe(3);
    expect(ctl[S.packed]).toBe(1);
    expect(ctl[S.failed]).toBe(1);
    // the packing chunk did its work
    expect(Array.from(heap.subarray(200, 208))).toEqual(Array.from(heap.subarray(100, 108)));
  });

  it('let a process that ran products on the workers exit by itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gemm-threads-'));
    const entry = join(dir, 'main.ts');
    const engine = join(__dirname, '../../src/engine');
    writeFileSync(
      entry,
      `import { Tensor, matmul, backward, sum, tanh } from ${JSON.stringify(engine)};
       import { gemmThreadStats, gemmThreaded, setGemmThreads } from ${JSON.stringify(join(engine, 'ops/gemm-threads'))};
       const x = new Tensor(Float64Array.from({ length: 300 * 200 }, (_, i) => Math.sin(i)), [300, 200]);
       const w = new Tensor(Float64Array.from({ length: 200 * 100 }, (_, i) => Math.cos(i)), [200, 100]);
       const grads = () => { const g = backward(sum(tanh(matmul(x, w)))); return [g.get(x).data, g.get(w).data]; };
       const threaded = grads();
       setGemmThreads(false);
       const single = grads();
       setGemmThreads(true);
       const same = threaded.every((d, i) => d.every((v, j) => Object.is(v, single[i][j])));
       const probe = new Float64Array(4);
       const ran = gemmThreaded({ data: probe, off: 0, rowStride: 2, colStride: 1 }, { data: probe, off: 0, rowStride: 2, colStride: 1 }, new Float64Array(4), 0, 2, 2, 2);
       // the worker boots while products run; it must take some chunks sooner or later
       let rounds = 0;
       for (; rounds < 5000 && gemmThreadStats().byThisThread === gemmThreadStats().chunks; rounds++) grads();
       const workerRan = gemmThreadStats().byThisThread < gemmThreadStats().chunks;
       console.log(JSON.stringify({ ran, same, workerRan }));`,
    );
    const out = join(dir, 'main.js');
    // bundled as scripts/build.mjs bundles dist/cli.js and dist/server.js: the workers' source comes from the bundle
    buildSync({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
    const r = spawnSync(process.execPath, [out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ran: threadsExpected, same: true, workerRan: threadsExpected });
  });
});
