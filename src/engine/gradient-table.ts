// The gradients of one backward pass, indexed like the traversal's `found` tensors. A 0-d
// tensor's gradient stays a plain number until someone asks for it, so a pass over millions
// of scalar nodes allocates no tensor per node. A leaf's contributions from ops that can give
// one input's gradient alone (matrix products) may stay pending until the leaf's gradient is
// read: then they run in the order backward met them, after what was added before them, so
// the sum is the one an eager pass makes, bit for bit.
import { addSame, sumTo } from './kernels';
import { sameShape } from './shape';
import { type GradientOf, setOrigin, withoutRecording } from './tape';
import { Tensor } from './tensor';
import type { FoundTensors, Traversal } from './traversal';

/** One contribution to a leaf's gradient not computed yet: the consumer's VJP for that input. */
interface Pending {
  /** The consumer's index in the traversal: its gradient (final once backward passed it) is the upstream. */
  readonly consumer: number;
  readonly input: number;
  readonly gradientOf: GradientOf;
}

const NONE = 0;
const NUMBER = 1;
const TENSOR = 2;

export class GradientTable implements ReadonlyMap<Tensor, Tensor> {
  private readonly found: FoundTensors;
  private readonly order: Int32Array;
  private readonly state: Uint8Array;
  private readonly numbers: Float64Array;
  private readonly tensors = new Map<number, Tensor>();
  /** Per leaf index, its contributions not computed yet, in the order backward met them. */
  private readonly pending = new Map<number, Pending[]>();
  private count = 0;

  /** `origin`: the tag given to gradient tensors made later, on demand. */
  constructor(
    graph: Traversal,
    private readonly origin: number,
  ) {
    this.found = graph.found;
    this.order = graph.order;
    this.state = new Uint8Array(graph.found.length);
    this.numbers = new Float64Array(graph.found.length);
  }

  /** Whether the gradient at index i is one float64 number (0-d), then `numberAt(i)`. */
  isNumber(i: number): boolean {
    const s = this.state[i];
    if (s === NUMBER) return true;
    if (s === NONE) return false;
    const g = this.tensors.get(i)!;
    return g.shape.length === 0 && g.dtype === 'float64';
  }

  numberAt(i: number): number {
    return this.state[i] === NUMBER ? this.numbers[i] : this.tensors.get(i)!.item();
  }

  /** The gradient at index i as a tensor for its node's VJP (a 0-d one is not kept), or null. */
  upstream(i: number): Tensor | null {
    const s = this.state[i];
    if (s === NUMBER) return Tensor.scalar(this.numbers[i]);
    return s === NONE ? null : this.tensors.get(i)!;
  }

  /** Sets the gradient at index i (the seed at the root). */
  put(i: number, g: Tensor): void {
    if (this.state[i] === NONE) this.count++;
    this.state[i] = TENSOR;
    this.tensors.set(i, g);
  }

  /**
   * Adds a downstream gradient `d` to input `x`'s. VJPs return gradients shaped like their
   * input; sumTo only guards that and float64-ness. 0-d gradients add as numbers.
   */
  accumulate(x: Tensor, d: Tensor): void {
    const i = this.indexOf(x);
    if (this.pending.size > 0) this.settle(i);
    this.accumulateAt(i, x, d);
  }

  private accumulateAt(i: number, x: Tensor, d: Tensor): void {
    if (x.shape.length === 0) {
      this.addNumber(i, d.shape.length === 0 ? d.item() : sumTo(d, x.shape).item());
      return;
    }
    const g = toFloat64(sameShape(d.shape, x.shape) ? d : sumTo(d, x.shape));
    if (this.state[i] === NONE) this.put(i, g);
    else this.tensors.set(i, addSame(this.tensors.get(i)!, g));
  }

  /** Adds the number v to the gradient at index i (a 0-d tensor's). */
  accumulateNumberAt(i: number, v: number): void {
    if (this.pending.size > 0) this.settle(i);
    this.addNumber(i, v);
  }

  /** Adds the number v to the gradient of 0-d input x. */
  accumulateNumber(x: Tensor, v: number): void {
    const i = this.indexOf(x);
    if (this.pending.size > 0) this.settle(i);
    this.addNumber(i, v);
  }

  /**
   * Leaves leaf x's gradient from its consumer at traversal index `consumer` (already passed by
   * backward) for the consumer's input `input` to when x's gradient is read, or to before the
   * next contribution that cannot wait.
   */
  defer(x: Tensor, consumer: number, input: number, gradientOf: GradientOf): void {
    const i = this.indexOf(x);
    const list = this.pending.get(i);
    if (list !== undefined) {
      list.push({ consumer, input, gradientOf });
      return;
    }
    if (this.state[i] === NONE) this.count++;
    this.pending.set(i, [{ consumer, input, gradientOf }]);
  }

  /** Computes and adds leaf i's pending contributions, in order (gradients made as backward would make them). */
  private settle(i: number): void {
    const list = this.pending.get(i);
    if (list === undefined) return;
    this.pending.delete(i);
    if (this.state[i] === NONE) this.count--; // counted by defer; counted again as the first sum lands
    const x = this.found.at(i);
    const prevOrigin = setOrigin(this.origin);
    try {
      withoutRecording(() => {
        for (const p of list) this.accumulateAt(i, x, p.gradientOf(this.upstream(p.consumer)!, p.input));
      });
    } finally {
      setOrigin(prevOrigin);
    }
  }

  private addNumber(i: number, v: number): void {
    const s = this.state[i];
    if (s === NUMBER) this.numbers[i] += v;
    else if (s === NONE) {
      this.numbers[i] = v;
      this.state[i] = NUMBER;
      this.count++;
    } else this.put(i, Tensor.scalar(this.tensors.get(i)!.item() + v));
  }

  /** x's index in the traversal, or -1. */
  private indexOf(x: Tensor): number {
    const found = this.found;
    const s = x.traversalSlot;
    if (s < found.length && found.idAt(s) === x.id) return s; // ids: a scalar tensor has many handles
    // the slot was overwritten by a later traversal: binary search on the descending ids
    const order = this.order;
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const id = found.idAt(order[mid]);
      if (id === x.id) return order[mid];
      if (id > x.id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The gradient at index i as a tensor (made once, on demand, for a 0-d one), or null. */
  private tensorAt(i: number): Tensor | null {
    if (this.pending.size > 0) this.settle(i);
    const s = this.state[i];
    if (s === NONE) return null;
    if (s === NUMBER) {
      const g = Tensor.scalar(this.numbers[i]);
      g.origin = this.origin;
      this.put(i, g);
      return g;
    }
    return this.tensors.get(i)!;
  }

  get size(): number {
    return this.count;
  }

  get(x: Tensor): Tensor | undefined {
    const i = this.indexOf(x);
    return i < 0 ? undefined : (this.tensorAt(i) ?? undefined);
  }

  has(x: Tensor): boolean {
    const i = this.indexOf(x);
    return i >= 0 && (this.state[i] !== NONE || this.pending.has(i));
  }

  /** In descending id order. */
  *entries(): MapIterator<[Tensor, Tensor]> {
    for (let k = 0; k < this.order.length; k++) {
      const i = this.order[k];
      const g = this.tensorAt(i);
      if (g !== null) yield [this.found.at(i), g];
    }
  }

  *keys(): MapIterator<Tensor> {
    for (const [t] of this.entries()) yield t;
  }

  *values(): MapIterator<Tensor> {
    for (const [, g] of this.entries()) yield g;
  }

  [Symbol.iterator](): MapIterator<[Tensor, Tensor]> {
    return this.entries();
  }

  forEach(fn: (value: Tensor, key: Tensor, map: ReadonlyMap<Tensor, Tensor>) => void, thisArg?: unknown): void {
    for (const [t, g] of this.entries()) fn.call(thisArg, g, t, this);
  }
}

function toFloat64(t: Tensor): Tensor {
  if (t.dtype === 'float64') return t;
  return new Tensor(t.ndim === 0 ? t.item() : Float64Array.from(t.data), t.shape, 'float64');
}
