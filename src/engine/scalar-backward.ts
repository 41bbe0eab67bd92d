// Backward's step for a scalar-tape entry an inline rule made: the rule's number twin, read
// and written through the tape's columns and the gradient table's indices - no handle, no
// node, nothing allocated per entry (see tensor.ts for the layout).
import type { GradientTable } from './gradient-table';
import { namedRules } from './tape';
import { CHUNK, CHUNK_BITS, EPOCH, GENERAL, IN0, IN1, NO_INPUT, RULE, SLOT, ScalarChunk, ScalarTensor, type Tensor, newCursor } from './tensor';

/**
 * Reusable handles the number twins read values through: repointed for each entry, never
 * kept (a rule's `scalar` only reads its tensors' values and dtypes).
 */
export class Cursors {
  private readonly a: ScalarTensor;
  private readonly b: ScalarTensor;
  private readonly out: ScalarTensor;
  private readonly pair: Tensor[];
  private readonly d = new Float64Array(8);

  constructor() {
    this.a = newCursor();
    this.b = newCursor();
    this.out = newCursor();
    this.pair = [this.a as unknown as Tensor, this.b as unknown as Tensor];
  }

  /**
   * Runs the number twin of the inline rule that made entry j of chunk c (found index i) and
   * adds the inputs' gradients. False when the general path must run instead: no inline rule,
   * no number twin, a gradient that is not a number, an input not 0-d.
   */
  step(i: number, c: ScalarChunk, j: number, grads: GradientTable, epoch: number): boolean {
    const code = c.n[RULE + j];
    if (code === 0 || code === GENERAL) return false;
    const rule = namedRules[code];
    if (rule === null || rule.scalar === undefined || !grads.isNumber(i)) return false;
    const ref0 = c.n[IN0 + j];
    const ref1 = c.n[IN1 + j];
    const x0 = this.point(this.a, 0, c, ref0);
    const x1 = ref1 === NO_INPUT ? x0 : this.point(this.b, 1, c, ref1);
    if (x0.shape.length !== 0 || x1.shape.length !== 0) return false;
    this.out.chunk = c;
    this.out.i = j;
    const d = this.d;
    const n = rule.scalar(grads.numberAt(i), this.pair, this.out as unknown as Tensor, d);
    this.add(c, ref0, x0, d[0], grads, epoch);
    if (n > 1 && ref1 !== NO_INPUT) this.add(c, ref1, x1, d[1], grads, epoch);
    return true;
  }

  /** The tensor at input reference `ref` of an entry of c's tape: the cursor repointed, or the external. */
  private point(cursor: ScalarTensor, k: number, c: ScalarChunk, ref: number): Tensor {
    if (ref < 0) return (this.pair[k] = c.tape.externals[-ref - 1]);
    cursor.chunk = c.tape.chunks[ref >>> CHUNK_BITS];
    cursor.i = ref & (CHUNK - 1);
    return (this.pair[k] = cursor as unknown as Tensor);
  }

  /** Adds v to the gradient of the input at `ref` (x: its tensor, as `point` gave it). */
  private add(c: ScalarChunk, ref: number, x: Tensor, v: number, grads: GradientTable, epoch: number): void {
    if (ref >= 0) {
      const ic = c.tape.chunks[ref >>> CHUNK_BITS];
      const jj = ref & (CHUNK - 1);
      // reached by this walk (a walk made meanwhile, in a VJP, may have taken the slot)
      if (ic.n[EPOCH + jj] === epoch) {
        grads.accumulateNumberAt(ic.n[SLOT + jj], v);
        return;
      }
      grads.accumulateNumber(c.tape.handle(ref), v);
      return;
    }
    grads.accumulateNumber(x, v);
  }
}
