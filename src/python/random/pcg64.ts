// numpy's PCG64 bit generator: a 128-bit LCG with the XSL-RR output function (O'Neill's
// pcg_setseq_128_xsl_rr_64). The 128-bit state is kept as eight 16-bit limbs so that every
// product is exact in a double.
import type { BitSource } from './bit-source';
import { SeedSequence } from './seed-sequence';

const LIMBS = 8;
/** PCG_DEFAULT_MULTIPLIER_128 = 0x2360ED051FC65DA44385DF649FCCF645. */
const MULTIPLIER = limbsOf((0x2360ed051fc65da4n << 64n) | 0x4385df649fccf645n);

export class PCG64 implements BitSource {
  private readonly state = new Uint32Array(LIMBS);
  private readonly increment = new Uint32Array(LIMBS);
  private readonly product = new Float64Array(LIMBS);
  private hasUint32 = false;
  private bufferedUint32 = 0;
  /** The words of the last 64-bit output (set by next64). */
  high = 0;
  low = 0;

  /** Seeds as numpy does: four uint64 from the SeedSequence give the state and the stream. */
  constructor(seedSequence: SeedSequence) {
    const [s0, s1, i0, i1] = seedSequence.generateState64(4);
    this.setSeed((s0 << 64n) | s1, (i0 << 64n) | i1);
  }

  /** pcg_setseq_128_srandom_r. */
  setSeed(initState: bigint, initSequence: bigint): void {
    this.state.fill(0);
    this.increment.set(limbsOf((initSequence << 1n) | 1n));
    this.step();
    const start = limbsOf(initState);
    let carry = 0;
    for (let i = 0; i < LIMBS; i++) {
      const sum = this.state[i] + start[i] + carry;
      this.state[i] = sum & 0xffff;
      carry = sum >>> 16;
    }
    this.step();
    this.hasUint32 = false;
  }

  /** Advances and leaves the 64-bit output in `high`/`low`. */
  next64(): void {
    this.step();
    const s = this.state;
    // XSL-RR: xor the halves, rotate right by the top six bits of the state.
    const xh = (((s[7] << 16) | s[6]) ^ ((s[3] << 16) | s[2])) >>> 0;
    const xl = (((s[5] << 16) | s[4]) ^ ((s[1] << 16) | s[0])) >>> 0;
    let rot = s[7] >>> 10;
    let h = xh;
    let l = xl;
    if (rot >= 32) {
      h = xl;
      l = xh;
      rot -= 32;
    }
    if (rot === 0) {
      this.high = h;
      this.low = l;
    } else {
      this.high = ((h >>> rot) | (l << (32 - rot))) >>> 0;
      this.low = ((l >>> rot) | (h << (32 - rot))) >>> 0;
    }
  }

  nextUint64(): bigint {
    this.next64();
    return (BigInt(this.high) << 32n) | BigInt(this.low);
  }

  /** Serves the low then the high half of one 64-bit output. */
  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.bufferedUint32;
    }
    this.next64();
    this.hasUint32 = true;
    this.bufferedUint32 = this.high;
    return this.low;
  }

  /** (next_uint64 >> 11) * 2**-53. */
  nextDouble(): number {
    this.next64();
    return (this.high * 2097152 + (this.low >>> 11)) / 9007199254740992;
  }

  /** state = state * MULTIPLIER + increment (mod 2**128). */
  private step(): void {
    const s = this.state;
    const p = this.product;
    p.fill(0);
    for (let i = 0; i < LIMBS; i++) {
      const si = s[i];
      if (si === 0) continue;
      for (let j = 0; i + j < LIMBS; j++) p[i + j] += si * MULTIPLIER[j];
    }
    let carry = 0;
    for (let k = 0; k < LIMBS; k++) {
      const sum = p[k] + this.increment[k] + carry;
      const limb = sum % 65536;
      s[k] = limb;
      carry = (sum - limb) / 65536;
    }
  }
}

function limbsOf(value: bigint): Uint32Array {
  const limbs = new Uint32Array(LIMBS);
  let rest = BigInt.asUintN(128, value);
  for (let i = 0; i < LIMBS; i++) {
    limbs[i] = Number(rest & 0xffffn);
    rest >>= 16n;
  }
  return limbs;
}
