// numpy's random_standard_normal (distributions.c): the 256-layer ziggurat on 64-bit draws.
import type { PCG64 } from './pcg64';
import { FI, KI, WI, ZIGGURAT_NOR_INV_R, ZIGGURAT_NOR_R } from './ziggurat-tables';

const TWO_POW_23 = 8388608;

export function standardNormal(bits: PCG64): number {
  for (;;) {
    bits.next64();
    const { high, low } = bits;
    // One uint64 r: layer idx = r & 0xff, then a sign bit, then 52 bits of magnitude.
    const idx = low & 0xff;
    const negative = (low >>> 8) & 1;
    const rabs = (low >>> 9) + (high & 0x1fffffff) * TWO_POW_23;
    let x = rabs * WI[idx];
    if (negative) x = -x;
    if (rabs < KI[idx]) return x; // inside the layer's rectangle: about 99% of draws
    if (idx === 0) {
      // The tail beyond r, sampled by Marsaglia's exponential method on 1 - U.
      for (;;) {
        const xx = -ZIGGURAT_NOR_INV_R * Math.log1p(-bits.nextDouble());
        const yy = -Math.log1p(-bits.nextDouble());
        if (yy + yy > xx * xx) return (low >>> 17) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
      }
    }
    if ((FI[idx - 1] - FI[idx]) * bits.nextDouble() + FI[idx] < Math.exp(-0.5 * x * x)) return x;
  }
}
