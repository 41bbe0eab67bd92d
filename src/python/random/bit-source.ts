/** What numpy's distributions draw from: its `bitgen_t` (MT19937 for RandomState, PCG64 for Generator). */
export interface BitSource {
  /** numpy's next_uint32 (PCG64 serves it from halves of 64-bit draws). */
  nextUint32(): number;
  /** numpy's next_uint64. */
  nextUint64(): bigint;
  /** numpy's next_double: 53 random bits in [0, 1). */
  nextDouble(): number;
}
