// Big matrix products over several threads: this thread and gemm workers (node:worker_threads)
// share one WebAssembly memory, each with its own instance of the SIMD kernel. For each block of
// rows and of k, this thread copies the block of A and of B into the shared memory (a memcpy
// along their contiguous direction); then all threads take chunks (gemm-chunks.ts: pack B's
// panels, then pack strips of A and run the kernel on them) until none is left, and this thread
// blocks in Atomics.wait for the last ones. The block of C stays in the shared memory over all
// blocks of k. Each element of C is summed by one thread, in increasing k from 0, so results
// equal the one-thread kernel's bit for bit.
//
// The workers start on the first big product, are unref'd (they never keep a process alive) and
// sleep in Atomics.wait between blocks. Without workers (no SharedArrayBuffer, a host that
// refuses threads, one CPU) or when a worker fails, products run on one thread as before.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Operand } from './gemm';
import { type BlockKernel, type GemmWorkerData, type TaskSlots, runChunk, serveGemmWorker, takeChunks } from './gemm-chunks';
import { SHARED_MAX_PAGES, type SharedTileKernel, sharedTileKernel } from './gemm-simd';

/** Threads for one product at most (this one included). */
const MAX_THREADS = 4;
/** Steps of k per block, columns per kernel call: as gemm.ts. */
const KC = 256;
const NC = 256;
/** Rows per block at most: a block's A (rows x KC) and its C (rows x n) are in the shared memory at once. */
const MAX_BLOCK_ROWS = 512;
/** Doubles of C per block at most (8 MB): wide products take fewer rows at a time. */
const MAX_BLOCK_C = 1 << 20;
/** The shared memory never shrinks: products that would need more than this (bytes) stay on one thread. */
const MAX_SHARED_BYTES = 256 * 2 ** 20;
/** Chunks each thread may take per block, about: enough to even out a late or busy thread. */
const CHUNKS_PER_THREAD = 8;

/** The control words' layout. */
export const SLOTS: TaskSlots = Object.freeze({
  seq: 0, next: 1, done: 2, failed: 3, chunks: 4, packChunks: 5, packed: 6, panelsPerPack: 7, stripsPerChunk: 8,
  strips: 9, rows: 10, depth: 11, n: 12, rawA: 13, rawARowStride: 14, rawAColStride: 15, apAt: 16, rawB: 17,
  rawBRowStride: 18, rawBColStride: 19, bpAt: 20, cAt: 21, ldc: 22, panels: 23, panelsPerCall: 24, count: 25,
});
/** `next` between blocks: a tag no block has. */
const CLOSED = -1;
/** Doubles reserved at the start of the memory for the control words. */
const CONTROL_DOUBLES = 16;

interface Pool {
  readonly kernel: SharedTileKernel;
  readonly ctl: Int32Array;
  readonly workers: Worker[];
  /** Set when a worker reported an error: products go back to one thread. */
  broken: boolean;
  seq: number;
}

let pool: Pool | null | undefined;
let enabled = true;

/** Chunks run by threaded products so far, how many of them this thread ran (the rest: the workers), the shared memory's size. */
export interface GemmThreadStats {
  chunks: number;
  byThisThread: number;
  sharedBytes: number;
}
const stats = { chunks: 0, byThisThread: 0 };

export function gemmThreadStats(): GemmThreadStats {
  return { ...stats, sharedBytes: pool?.kernel.memory.buffer.byteLength ?? 0 };
}

/** Turns threaded products on or off (benchmarks and tests compare the two); returns the previous setting. */
export function setGemmThreads(on: boolean): boolean {
  const prev = enabled;
  enabled = on;
  return prev;
}

/** The gemm workers' source: the functions of gemm-chunks.ts as the bundle has them, run in the worker. */
function workerSource(): string {
  return [
    `const run = (${runChunk.toString()});`,
    `const take = (${takeChunks.toString()});`,
    `(${serveGemmWorker.toString()})(require('node:worker_threads').workerData, take, run);`,
  ].join('\n');
}

function startPool(): Pool | null {
  let threads: number;
  try {
    threads = Math.min(MAX_THREADS, availableParallelism());
  } catch {
    return null;
  }
  if (threads < 2) return null;
  const kernel = sharedTileKernel();
  if (kernel === null) return null;
  const memory = kernel.memory;
  const ctl = new Int32Array(memory.buffer, 0, SLOTS.count);
  Atomics.store(ctl, SLOTS.next, CLOSED);
  const p: Pool = { kernel, ctl, workers: [], broken: false, seq: 0 };
  const data: GemmWorkerData = { module: kernel.module, memory, slots: SLOTS };
  try {
    const source = workerSource();
    for (let i = 1; i < threads; i++) {
      const w = new Worker(source, { eval: true, workerData: data });
      w.unref();
      w.on('error', () => (p.broken = true));
      w.on('exit', () => (p.broken = true));
      p.workers.push(w);
    }
  } catch {
    for (const w of p.workers) void w.terminate();
    return null;
  }
  return p;
}

function threadPool(): Pool | null {
  if (!enabled) return null;
  if (pool === undefined) pool = startPool();
  return pool !== null && !pool.broken ? pool : null;
}

/** A block's copies of A and B in the shared memory (doubles), with their strides. */
interface Staged {
  rawA: number;
  aRowStride: number;
  aColStride: number;
  rawB: number;
  bRowStride: number;
  bColStride: number;
}

/**
 * c[cOff ..] = A B (m x k times k x n) over the pool's threads. Returns false when there is
 * no pool or the product does not fit the shared memory (nothing written), or when a chunk
 * failed (the pool is then given up): the caller then makes the product on one thread.
 */
export function gemmThreaded(A: Operand, B: Operand, c: Float64Array, cOff: number, m: number, k: number, n: number): boolean {
  const p = threadPool();
  if (p === null) return false;
  const kc = Math.min(k, KC);
  const kBlocks = Math.ceil(k / kc);
  const panels = Math.ceil(n / 4);
  const ldc = panels * 4;
  const rowBlocks = Math.ceil(m / Math.max(8, Math.min(MAX_BLOCK_ROWS, Math.floor(MAX_BLOCK_C / ldc))));
  const blockRows = Math.ceil(Math.ceil(m / rowBlocks) / 4) * 4;
  const maxStrips = blockRows / 4;
  // the shared memory, in doubles: [control | 2 x (A, B as copied) | A packed | B packed | C]:
  // two sets of copies, so that this thread copies the next block while the workers start this one
  const copies = blockRows * kc + kc * n;
  const apAt = CONTROL_DOUBLES + 2 * copies;
  const bpAt = apAt + maxStrips * 4 * kc;
  const cAt = bpAt + panels * 4 * kc;
  const doubles = cAt + maxStrips * 4 * ldc;
  const memory = p.kernel.memory;
  if (doubles * 8 > Math.min(MAX_SHARED_BYTES, SHARED_MAX_PAGES * 65536)) return false;
  const missing = doubles * 8 - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  const heap = new Float64Array(memory.buffer);
  const ctl = p.ctl;
  const S = SLOTS;
  const threads = p.workers.length + 1;
  const panelsPerPack = Math.ceil(panels / Math.min(panels, 2 * threads));
  ctl[S.failed] = 0;
  ctl[S.n] = n;
  ctl[S.apAt] = apAt;
  ctl[S.bpAt] = bpAt;
  ctl[S.cAt] = cAt;
  ctl[S.ldc] = ldc;
  ctl[S.panels] = panels;
  ctl[S.panelsPerCall] = NC / 4;
  ctl[S.panelsPerPack] = panelsPerPack;
  ctl[S.packChunks] = Math.ceil(panels / panelsPerPack);
  // blocks in order: rows, then k in order within them (each tile goes on from the sums of the previous block of k)
  const blocks = rowBlocks * kBlocks;
  const stage = (t: number): Staged => {
    const i0 = Math.floor(t / kBlocks) * blockRows;
    const p0 = (t % kBlocks) * kc;
    const at = CONTROL_DOUBLES + (t & 1) * copies;
    const depth = Math.min(kc, k - p0);
    const [aRowStride, aColStride] = copyA(A, i0, Math.min(blockRows, m - i0), p0, depth, heap, at);
    const [bRowStride, bColStride] = copyB(B, p0, depth, n, heap, at + blockRows * kc);
    return { rawA: at, aRowStride, aColStride, rawB: at + blockRows * kc, bRowStride, bColStride };
  };
  let staged = stage(0);
  for (let t = 0; t < blocks; t++) {
    const i0 = Math.floor(t / kBlocks) * blockRows;
    const p0 = (t % kBlocks) * kc;
    const rows = Math.min(blockRows, m - i0);
    const strips = Math.ceil(rows / 4);
    const per = Math.max(1, Math.ceil(strips / (threads * CHUNKS_PER_THREAD)));
    if (p0 === 0) heap.fill(0, cAt, cAt + strips * 4 * ldc);
    ctl[S.rows] = rows;
    ctl[S.strips] = strips;
    ctl[S.stripsPerChunk] = per;
    ctl[S.chunks] = ctl[S.packChunks] + Math.ceil(strips / per);
    ctl[S.depth] = Math.min(kc, k - p0);
    ctl[S.rawA] = staged.rawA;
    ctl[S.rawARowStride] = staged.aRowStride;
    ctl[S.rawAColStride] = staged.aColStride;
    ctl[S.rawB] = staged.rawB;
    ctl[S.rawBRowStride] = staged.bRowStride;
    ctl[S.rawBColStride] = staged.bColStride;
    const tag = startBlock(p);
    if (t + 1 < blocks) staged = stage(t + 1);
    finishBlock(p, heap, tag);
    if (p0 + kc >= k) for (let r = 0; r < rows; r++) c.set(heap.subarray(cAt + r * ldc, cAt + r * ldc + n), cOff + (i0 + r) * n);
  }
  if (Atomics.load(ctl, S.failed) !== 0) {
    p.broken = true;
    return false;
  }
  return true;
}

/** Wakes the workers for the block described in the control words; returns the block's tag. */
function startBlock(p: Pool): number {
  const ctl = p.ctl;
  const S = SLOTS;
  p.seq = (p.seq + 1) | 0;
  const tag = p.seq & 0x7fff;
  Atomics.store(ctl, S.done, 0);
  Atomics.store(ctl, S.packed, 0);
  Atomics.store(ctl, S.next, tag << 16);
  Atomics.store(ctl, S.seq, p.seq);
  Atomics.notify(ctl, S.seq);
  return tag;
}

/** Takes chunks of the running block too, then waits until all are done. */
function finishBlock(p: Pool, heap: Float64Array, tag: number): void {
  const ctl = p.ctl;
  const S = SLOTS;
  const chunks = ctl[S.chunks];
  stats.chunks += chunks;
  stats.byThisThread += takeChunks(heap, ctl, S, p.kernel.block as BlockKernel, runChunk, tag);
  for (let d = Atomics.load(ctl, S.done); d < chunks; d = Atomics.load(ctl, S.done)) Atomics.wait(ctl, S.done, d);
  // closed: a thread still looking at this block's counter cannot take a chunk of the next one
  Atomics.store(ctl, S.next, CLOSED);
}

/** Rows i0 .. i0+rows, columns p0 .. p0+depth of A into heap[at ..], copied along A's contiguous direction; returns the copy's strides. */
function copyA(A: Operand, i0: number, rows: number, p0: number, depth: number, heap: Float64Array, at: number): [number, number] {
  const { data, off, rowStride, colStride } = A;
  const start = off + i0 * rowStride + p0 * colStride;
  if (rowStride === 1) {
    for (let p = 0; p < depth; p++) heap.set(data.subarray(start + p * colStride, start + p * colStride + rows), at + p * rows);
    return [1, rows];
  }
  if (colStride === 1) for (let r = 0; r < rows; r++) heap.set(data.subarray(start + r * rowStride, start + r * rowStride + depth), at + r * depth);
  else for (let r = 0; r < rows; r++) for (let p = 0; p < depth; p++) heap[at + r * depth + p] = data[start + r * rowStride + p * colStride];
  return [depth, 1];
}

/** Rows p0 .. p0+depth of B (all n columns) into heap[at ..], copied along B's contiguous direction; returns the copy's strides. */
function copyB(B: Operand, p0: number, depth: number, n: number, heap: Float64Array, at: number): [number, number] {
  const { data, off, rowStride, colStride } = B;
  const start = off + p0 * rowStride;
  if (rowStride === 1) {
    for (let j = 0; j < n; j++) heap.set(data.subarray(start + j * colStride, start + j * colStride + depth), at + j * depth);
    return [1, depth];
  }
  if (colStride === 1 && rowStride === n) heap.set(data.subarray(start, start + depth * n), at);
  else for (let p = 0; p < depth; p++) for (let j = 0; j < n; j++) heap[at + p * n + j] = data[start + p * rowStride + j * colStride];
  return [n, 1];
}
