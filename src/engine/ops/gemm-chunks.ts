// The part of a threaded matrix product every thread runs. A block (some rows of A and C, one
// block of k) is cut into chunks: first chunks that pack panels of B, then chunks of 4-row
// strips that pack their strips of A and run the SIMD kernel once B is packed. Threads take
// chunks in that order until none is left. The gemm worker runs these very functions from their
// source text (gemm-threads.ts), so they use nothing but their parameters and JavaScript's
// globals: no imports, no module-level names, no helpers of the bundler.

/** Where each field of a block's task lies in the control words (an Int32Array at byte 0 of the shared memory). */
export interface TaskSlots {
  /** The number of the current block: workers wait on it. */
  readonly seq: number;
  /** (seq & 0x7fff) << 16 | the next chunk to take; -1 between blocks. */
  readonly next: number;
  /** Chunks finished in the current block. */
  readonly done: number;
  /** 1 when a chunk threw (the product is then made again on one thread). */
  readonly failed: number;
  /** Chunks in the block: `packChunks` packing B, then the strips' chunks. */
  readonly chunks: number;
  readonly packChunks: number;
  /** Packing chunks finished: the strips' chunks wait for all of them. */
  readonly packed: number;
  readonly panelsPerPack: number;
  readonly stripsPerChunk: number;
  /** Strips of 4 rows in the block (the last one may be ragged). */
  readonly strips: number;
  readonly rows: number;
  readonly depth: number;
  readonly n: number;
  /** The block of A as copied: element (i, p) at rawA + i * rawARowStride + p * rawAColStride (doubles). */
  readonly rawA: number;
  readonly rawARowStride: number;
  readonly rawAColStride: number;
  /** Packed strips of A (doubles): strip s at apAt + s * 4 * depth, p-major. */
  readonly apAt: number;
  /** The block of B as copied: element (p, j) at rawB + p * rawBRowStride + j * rawBColStride. */
  readonly rawB: number;
  readonly rawBRowStride: number;
  readonly rawBColStride: number;
  /** Packed panels of B: panel jp at bpAt + jp * 4 * depth, p-major, zero past column n. */
  readonly bpAt: number;
  /** The block of C, rows ldc doubles apart. */
  readonly cAt: number;
  readonly ldc: number;
  readonly panels: number;
  /** Panels per kernel call (NC / 4). */
  readonly panelsPerCall: number;
  /** How many Int32 control words there are. */
  readonly count: number;
}

/** The SIMD kernel's entry point (gemm-simd.ts `block`), byte offsets. */
export type BlockKernel = (ap: number, bp: number, c: number, strips: number, panels: number, k: number, ldc: number) => void;

/** Runs chunk `chunk` of the current block (see the file's head). */
export function runChunk(heap: Float64Array, ctl: Int32Array, S: TaskSlots, block: BlockKernel, chunk: number): void {
  const depth = ctl[S.depth];
  const packChunks = ctl[S.packChunks];
  if (chunk < packChunks) {
    try {
      const panels = ctl[S.panels];
      const per = ctl[S.panelsPerPack];
      const n = ctl[S.n];
      const rs = ctl[S.rawBRowStride];
      const cs = ctl[S.rawBColStride];
      for (let jp = chunk * per, end = Math.min(panels, jp + per); jp < end; jp++) {
        const base = ctl[S.bpAt] + jp * 4 * depth;
        const cols = Math.min(4, n - jp * 4);
        const src = ctl[S.rawB] + jp * 4 * cs;
        if (cols === 4 && cs === 1)
          for (let p = 0, w = base, s = src; p < depth; p++, w += 4, s += rs) {
            heap[w] = heap[s];
            heap[w + 1] = heap[s + 1];
            heap[w + 2] = heap[s + 2];
            heap[w + 3] = heap[s + 3];
          }
        else if (cols === 4 && rs === 1)
          for (let p = 0, w = base, q0 = src, q1 = src + cs, q2 = src + 2 * cs, q3 = src + 3 * cs; p < depth; p++, w += 4) {
            heap[w] = heap[q0 + p];
            heap[w + 1] = heap[q1 + p];
            heap[w + 2] = heap[q2 + p];
            heap[w + 3] = heap[q3 + p];
          }
        else
          for (let q = 0; q < 4; q++)
            for (let p = 0; p < depth; p++) heap[base + p * 4 + q] = q < cols ? heap[src + q * cs + p * rs] : 0;
      }
    } finally {
      Atomics.add(ctl, S.packed, 1);
      Atomics.notify(ctl, S.packed);
    }
    return;
  }
  const strips = ctl[S.strips];
  const per = ctl[S.stripsPerChunk];
  const s0 = (chunk - packChunks) * per;
  const s1 = Math.min(strips, s0 + per);
  const rows = ctl[S.rows];
  const raw = ctl[S.rawA];
  const rs = ctl[S.rawARowStride];
  const cs = ctl[S.rawAColStride];
  const ap = ctl[S.apAt];
  for (let s = s0; s < s1; s++) {
    const base = ap + s * 4 * depth;
    const count = Math.min(4, rows - s * 4);
    const src = raw + s * 4 * rs;
    if (count === 4 && rs === 1)
      for (let p = 0, w = base, col = src; p < depth; p++, w += 4, col += cs) {
        heap[w] = heap[col];
        heap[w + 1] = heap[col + 1];
        heap[w + 2] = heap[col + 2];
        heap[w + 3] = heap[col + 3];
      }
    else if (count === 4 && cs === 1)
      for (let p = 0, w = base, r0 = src, r1 = src + rs, r2 = src + 2 * rs, r3 = src + 3 * rs; p < depth; p++, w += 4) {
        heap[w] = heap[r0 + p];
        heap[w + 1] = heap[r1 + p];
        heap[w + 2] = heap[r2 + p];
        heap[w + 3] = heap[r3 + p];
      }
    else
      for (let r = 0; r < 4; r++)
        for (let p = 0; p < depth; p++) heap[base + p * 4 + r] = r < count ? heap[src + r * rs + p * cs] : 0;
  }
  // B must be packed whole before any tile runs
  for (let v = Atomics.load(ctl, S.packed); v < packChunks; v = Atomics.load(ctl, S.packed)) Atomics.wait(ctl, S.packed, v);
  const bp = ctl[S.bpAt];
  const ldc = ctl[S.ldc];
  const c = ctl[S.cAt] + s0 * 4 * ldc;
  const panels = ctl[S.panels];
  const group = ctl[S.panelsPerCall];
  for (let jp = 0; jp < panels; jp += group)
    block((ap + s0 * 4 * depth) * 8, (bp + jp * 4 * depth) * 8, (c + jp * 4) * 8, s1 - s0, Math.min(group, panels - jp), depth, ldc * 8);
}

/**
 * Takes chunks of the block tagged `tag` (seq & 0x7fff) and runs them until none is left or a
 * newer block began; counts each finished one in `done` and wakes whoever waits on it. Returns
 * how many this thread ran.
 */
export function takeChunks(heap: Float64Array, ctl: Int32Array, S: TaskSlots, block: BlockKernel, run: typeof runChunk, tag: number): number {
  let taken = 0;
  for (;;) {
    const v = Atomics.load(ctl, S.next);
    if (v >>> 16 !== tag || (v & 0xffff) >= ctl[S.chunks]) return taken;
    if (Atomics.compareExchange(ctl, S.next, v, v + 1) !== v) continue;
    taken++;
    try {
      run(heap, ctl, S, block, v & 0xffff);
    } catch {
      Atomics.store(ctl, S.failed, 1);
    }
    Atomics.add(ctl, S.done, 1);
    Atomics.notify(ctl, S.done);
  }
}

/** What a gemm worker is started with. */
export interface GemmWorkerData {
  readonly module: WebAssembly.Module;
  readonly memory: WebAssembly.Memory;
  readonly slots: TaskSlots;
}

/** A gemm worker's whole life: sleep until the next block, take chunks of it, again. */
export function serveGemmWorker(data: GemmWorkerData, take: typeof takeChunks, run: typeof runChunk): void {
  const { module, memory, slots: S } = data;
  const block = (new WebAssembly.Instance(module, { env: { memory } }).exports as { block: BlockKernel }).block;
  const ctl = new Int32Array(memory.buffer, 0, S.count);
  let heap = new Float64Array(memory.buffer);
  let seen = Atomics.load(ctl, S.seq);
  for (;;) {
    Atomics.wait(ctl, S.seq, seen);
    seen = Atomics.load(ctl, S.seq);
    // the memory may have grown since (only while no block runs)
    if (heap.byteLength !== memory.buffer.byteLength) heap = new Float64Array(memory.buffer);
    take(heap, ctl, S, block, run, seen & 0x7fff);
  }
}
