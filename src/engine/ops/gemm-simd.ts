// The matrix-product kernel's inner loops in WebAssembly SIMD (f64x2), assembled here byte by
// byte so the engine ships no binary: for every 4-row strip of packed A and every 4-column
// panel of packed B, a 4x4 tile of C held in registers. Each lane does acc += a * b with a
// separate multiply and add (no fused multiply-add), in increasing k, so results equal the
// plain JavaScript twin's (gemm.ts) to the bit. When the host lacks WebAssembly SIMD,
// `simdTileKernel()` returns null and gemm stays in JS. `sharedTileKernel()` is the same code on a
// shared memory, for products split over threads (gemm-threads.ts).

/** The block kernel and the memory it works in (which may grow: re-read `memory.buffer`). */
export interface SimdTileKernel {
  readonly memory: WebAssembly.Memory;
  /**
   * C[strips*4 x panels*4] (row-major at byte `c`, its rows `ldc` bytes apart) += A B, where
   * packed A holds `strips` strips of k steps x 4 rows (at byte `ap`) and packed B `panels`
   * panels of k steps x 4 columns (at byte `bp`), 4 doubles per step. k >= 1.
   */
  readonly block: (ap: number, bp: number, c: number, strips: number, panels: number, k: number, ldc: number) => void;
}

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  loop: 0x03,
  end: 0x0b,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Const: 0x41,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32LtU: 0x49,
  void: 0x40,
};
/** SIMD instructions: the 0xfd prefix and the LEB128 sub-opcode. */
const simd = {
  v128Load: [0xfd, 0x00],
  v128Store: [0xfd, 0x0b],
  load64Splat: [0xfd, 0x0a],
  f64x2Add: [0xfd, 0xf0, 0x01],
  f64x2Mul: [0xfd, 0xf2, 0x01],
};

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function name(s: string): number[] {
  return [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

/** memarg: alignment exponent 3 (8 bytes, always true here) and a byte offset. */
function mem(offset: number): number[] {
  return [0x03, ...uleb(offset)];
}

function blockBody(): number[] {
  const [AP, BP, C, STRIPS, PANELS, K, LDC] = [0, 1, 2, 3, 4, 5, 6];
  const [J, A, B, KLEFT, TILE, ROW, T] = [7, 8, 9, 10, 11, 12, 13]; // i32 locals
  const acc = (r: number, half: number): number => 14 + r * 2 + half; // v128 locals 14..21
  const [B01, B23, AV] = [22, 23, 24];
  const get = (l: number): number[] => [op.localGet, l];
  const set = (l: number): number[] => [op.localSet, l];
  const tee = (l: number): number[] => [op.localTee, l];
  const addTo = (l: number, v: number[]): number[] => [...get(l), ...v, op.i32Add, ...set(l)];
  const code: number[] = [];
  // the tile's row r is at TILE + r * LDC: T walks the rows
  const eachRow = (body: (r: number) => number[]): void => {
    for (let r = 0; r < 4; r++) {
      code.push(...(r === 0 ? [...get(TILE), ...set(T)] : addTo(T, get(LDC))));
      code.push(...body(r));
    }
  };
  code.push(...get(C), ...set(ROW));
  code.push(op.loop, op.void); // over strips
  code.push(...get(BP), ...set(B), ...get(ROW), ...set(TILE), op.i32Const, 0, ...set(J));
  code.push(op.loop, op.void); // over panels
  // the tile starts from what C holds (0, or the sums over the previous block of k)
  eachRow((r) => [0, 1].flatMap((h) => [...get(T), ...simd.v128Load, ...mem(h * 16), ...set(acc(r, h))]));
  code.push(...get(AP), ...set(A), ...get(K), ...set(KLEFT));
  code.push(op.loop, op.void); // over k
  code.push(...get(B), ...simd.v128Load, ...mem(0), ...set(B01));
  code.push(...get(B), ...simd.v128Load, ...mem(16), ...set(B23));
  for (let r = 0; r < 4; r++) {
    code.push(...get(A), ...simd.load64Splat, ...mem(r * 8), ...set(AV));
    for (const [h, b] of [[0, B01], [1, B23]]) {
      // acc = acc + a * b
      code.push(...get(acc(r, h)), ...get(AV), ...get(b), ...simd.f64x2Mul, ...simd.f64x2Add, ...set(acc(r, h)));
    }
  }
  code.push(...addTo(A, [op.i32Const, ...uleb(32)]), ...addTo(B, [op.i32Const, ...uleb(32)]));
  code.push(...get(KLEFT), op.i32Const, 1, op.i32Sub, ...tee(KLEFT), op.brIf, 0, op.end);
  eachRow((r) => [0, 1].flatMap((h) => [...get(T), ...get(acc(r, h)), ...simd.v128Store, ...mem(h * 16)]));
  // next panel: B already points at it
  code.push(...addTo(TILE, [op.i32Const, ...uleb(32)]));
  code.push(...get(J), op.i32Const, 1, op.i32Add, ...tee(J), ...get(PANELS), op.i32LtU, op.brIf, 0, op.end);
  // next strip: A ends where it starts
  code.push(...get(A), ...set(AP));
  code.push(...addTo(ROW, [...get(LDC), op.i32Const, 4, op.i32Mul]));
  code.push(...get(STRIPS), op.i32Const, 1, op.i32Sub, ...tee(STRIPS), op.brIf, 0, op.end);
  code.push(op.end);
  const locals = [0x02, 7, I32, 11, V128]; // 7 i32 locals, 11 v128 locals
  const body = [...locals, ...code];
  return [...uleb(body.length), ...body];
}

/** The largest shared kernel memory, in 64 KiB pages (2 GiB: byte offsets stay below 2^31). */
export const SHARED_MAX_PAGES = 32768;

/**
 * The module: with its own memory (exported), or - `shared` - importing a shared memory as
 * env.memory, so that instances in several threads work in the same memory.
 */
function moduleBytes(shared: boolean): Uint8Array<ArrayBuffer> {
  const sharedMemory = [0x03, ...uleb(1), ...uleb(SHARED_MAX_PAGES)]; // limits: shared, min 1, max
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [0x01, 0x60, 0x07, I32, I32, I32, I32, I32, I32, I32, 0x00]), // type 0: (i32 x7) -> ()
    ...(shared ? section(2, [0x01, ...name('env'), ...name('memory'), 0x02, ...sharedMemory]) : []),
    ...section(3, [0x01, 0x00]), // function 0 has type 0
    ...(shared ? [] : section(5, [0x01, 0x00, 0x01])), // one memory, at least 1 page
    ...(shared
      ? section(7, [0x01, ...name('block'), 0x00, 0x00])
      : section(7, [0x02, ...name('memory'), 0x02, 0x00, ...name('block'), 0x00, 0x00])),
    ...section(10, [0x01, ...blockBody()]),
  ];
  return new Uint8Array(bytes);
}

let kernel: SimdTileKernel | null | undefined;

export function simdTileKernel(): SimdTileKernel | null {
  if (kernel !== undefined) return kernel;
  kernel = null;
  try {
    const bytes = moduleBytes(false);
    if (typeof WebAssembly === 'object' && WebAssembly.validate(bytes)) {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
      const { memory, block } = instance.exports as unknown as SimdTileKernel;
      kernel = { memory, block };
    }
  } catch {
    kernel = null;
  }
  return kernel;
}

/** The same kernel on a shared memory, with its module, to instantiate again in other threads on that memory. */
export interface SharedTileKernel extends SimdTileKernel {
  readonly module: WebAssembly.Module;
}

/**
 * A new shared memory and this thread's instance of the kernel on it, or null where the host has
 * no WebAssembly SIMD or no shared memory (threads).
 */
export function sharedTileKernel(): SharedTileKernel | null {
  try {
    const bytes = moduleBytes(true);
    if (typeof WebAssembly !== 'object' || typeof SharedArrayBuffer !== 'function' || !WebAssembly.validate(bytes)) return null;
    const module = new WebAssembly.Module(bytes);
    const memory = new WebAssembly.Memory({ initial: 1, maximum: SHARED_MAX_PAGES, shared: true });
    const { block } = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as Pick<SimdTileKernel, 'block'>;
    return { memory, module, block };
  } catch {
    return null;
  }
}
