// A 4x4 matrix-product tile in WebAssembly SIMD (f64x2), assembled here byte by byte so the
// engine ships no binary. Each lane does acc += a * b with a separate multiply and add (no
// fused multiply-add), in increasing k, so results equal the plain JavaScript kernel's to the bit.
// When the host lacks WebAssembly SIMD, `simdTileKernel()` returns null and gemm stays in JS.

/** The tile kernel and the memory it works in (which may grow: re-read `memory.buffer`). */
export interface SimdTileKernel {
  readonly memory: WebAssembly.Memory;
  /**
   * Reads k steps of a 4-row strip of A (4 doubles per step, at byte `ap`) and of a 4-column
   * panel of B (4 doubles per step, at byte `bp`) and adds the products, step by step, to the
   * 4x4 tile (row-major) at byte `out`. k must be at least 1.
   */
  readonly tile: (ap: number, bp: number, k: number, out: number) => void;
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

function tileBody(): number[] {
  const [AP, BP, K, OUT] = [0, 1, 2, 3];
  const acc = (r: number, half: number): number => 4 + r * 2 + half; // locals 4..11
  const [B01, B23, A] = [12, 13, 14];
  const get = (l: number): number[] => [op.localGet, l];
  const set = (l: number): number[] => [op.localSet, l];
  const code: number[] = [];
  // the tile starts from what is at `out` (0, or the sums over the previous block of k)
  for (let r = 0; r < 4; r++)
    for (const half of [0, 1]) code.push(...get(OUT), ...simd.v128Load, ...mem(r * 32 + half * 16), ...set(acc(r, half)));
  code.push(op.loop, op.void);
  code.push(...get(BP), ...simd.v128Load, ...mem(0), ...set(B01));
  code.push(...get(BP), ...simd.v128Load, ...mem(16), ...set(B23));
  for (let r = 0; r < 4; r++) {
    code.push(...get(AP), ...simd.load64Splat, ...mem(r * 8), ...set(A));
    for (const [half, b] of [[0, B01], [1, B23]]) {
      // acc = acc + a * b
      code.push(...get(acc(r, half)), ...get(A), ...get(b), ...simd.f64x2Mul, ...simd.f64x2Add, ...set(acc(r, half)));
    }
  }
  for (const p of [AP, BP]) code.push(...get(p), op.i32Const, ...uleb(32), op.i32Add, ...set(p));
  code.push(...get(K), op.i32Const, 1, op.i32Sub, op.localTee, K, op.brIf, 0, op.end);
  for (let r = 0; r < 4; r++)
    for (const half of [0, 1]) code.push(...get(OUT), ...get(acc(r, half)), ...simd.v128Store, ...mem(r * 32 + half * 16));
  code.push(op.end);
  const locals = [0x01, 11, V128]; // 11 v128 locals
  const body = [...locals, ...code];
  return [...uleb(body.length), ...body];
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [0x01, 0x60, 0x04, I32, I32, I32, I32, 0x00]), // type 0: (i32 x4) -> ()
    ...section(3, [0x01, 0x00]), // function 0 has type 0
    ...section(5, [0x01, 0x00, 0x01]), // one memory, at least 1 page
    ...section(7, [0x02, ...name('memory'), 0x02, 0x00, ...name('tile'), 0x00, 0x00]),
    ...section(10, [0x01, ...tileBody()]),
  ];
  return new Uint8Array(bytes);
}

let kernel: SimdTileKernel | null | undefined;

export function simdTileKernel(): SimdTileKernel | null {
  if (kernel !== undefined) return kernel;
  kernel = null;
  try {
    const bytes = moduleBytes();
    if (typeof WebAssembly === 'object' && WebAssembly.validate(bytes)) {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
      const { memory, tile } = instance.exports as unknown as SimdTileKernel;
      kernel = { memory, tile };
    }
  } catch {
    kernel = null;
  }
  return kernel;
}
