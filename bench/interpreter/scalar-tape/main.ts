// A model of what a recorded Python float costs, made to decide whether a leaner 0-d
// representation in the engine was worth building (it was: src/engine/tensor.ts's ScalarTensor).
// It replays exactly the float ops of programs/numeric_kernel.py (432k multiply-adds of the matrix
// product, the sum, the convolution) through three standalone representations, keeping every op
// reachable as the analysis needs, then runs a reverse sweep for the gradient of the printed
// total; and through the engine itself. Same run, same machine: the ratios are what matters.
//
//   engine-like  a Tensor per op (id, shape, dtype, node, origin, traversal slot, boxed value),
//                a TapeNode (op, inputs, out, rule, extra) and an inputs array - the engine's
//                shape until 2026-11-28;
//   one-object   one 6-field object per op: value, op code, two inputs, origin, id;
//   columnar     the tape in typed arrays (value, op code, two input ids, origin per op); a
//                Python float is a 1-field handle holding its op id (no pointers for the GC to
//                trace, nothing but the handle in the young generation).
//
//   the engine   src/engine as it is: add/mul of ScalarTensors (a 2-field handle of a columnar
//                tape that holds no handle) and backward (a handle per node it reaches).
//
// Run: node scripts/bench.mjs interpreter/scalar-tape  (env MODEL_REPEAT, default 5). Columns: the
// replay (forward), the reverse sweep (backward), and the memory still reachable afterwards
// (JS heap plus array buffers, after a full collection).

import * as E from '../../../src/engine';

const REPEAT = Number(process.env.MODEL_REPEAT ?? 5);

/** The float operations one representation offers the replay. */
interface Representation<F> {
  name: string;
  /** A float literal or a leaf (no inputs). */
  leaf(v: number, origin: number): F;
  add(a: F, b: F, origin: number): F;
  mul(a: F, b: F, origin: number): F;
  value(f: F): number;
  /** d(root)/d(leaf) summed over all leaves: a reverse sweep over everything the root depends on. */
  gradientSum(root: F): number;
  /** Bytes of array buffers the recorded ops keep, when the representation knows them (array
   *  buffers are freed lazily, so the process's count may still hold an earlier run's). */
  arrayBytes?(): number;
}

// ---- engine-like --------------------------------------------------------------------------

const SCALAR_SHAPE: readonly number[] = Object.freeze([]);
let nextTensorId = 1;

interface ScalarRule {
  readonly name: string;
  readonly scalar: (g: number, inputs: readonly EngineTensor[], d: Float64Array) => number;
}

class EngineNode {
  constructor(
    readonly op: string,
    readonly inputs: readonly EngineTensor[],
    readonly out: EngineTensor,
    readonly backward: ScalarRule,
    readonly extra: undefined,
  ) {}
}

class EngineTensor {
  readonly id: number;
  readonly shape: readonly number[];
  readonly dtype: string;
  node: EngineNode | null = null;
  origin: number;
  traversalSlot = 0;
  private store: Float64Array | number;
  constructor(v: number, origin: number) {
    this.id = nextTensorId++;
    this.shape = SCALAR_SHAPE;
    this.dtype = 'float64';
    this.origin = origin;
    this.store = v;
  }
  item(): number {
    const s = this.store;
    return typeof s === 'number' ? s : s[0];
  }
}

const ADD_RULE: ScalarRule = {
  name: 'add',
  scalar: (g, _inputs, d) => {
    d[0] = g;
    d[1] = g;
    return 2;
  },
};
const MUL_RULE: ScalarRule = {
  name: 'mul',
  scalar: (g, inputs, d) => {
    d[0] = g * inputs[1].item();
    d[1] = g * inputs[0].item();
    return 2;
  },
};

function engineOp(rule: ScalarRule, v: number, a: EngineTensor, b: EngineTensor, origin: number): EngineTensor {
  const out = new EngineTensor(v, origin);
  out.node = new EngineNode(rule.name, [a, b], out, rule, undefined);
  return out;
}

const engineLike: Representation<EngineTensor> = {
  name: 'engine-like (Tensor + TapeNode + inputs array)',
  leaf: (v, origin) => new EngineTensor(v, origin),
  add: (a, b, origin) => engineOp(ADD_RULE, a.item() + b.item(), a, b, origin),
  mul: (a, b, origin) => engineOp(MUL_RULE, a.item() * b.item(), a, b, origin),
  value: (f) => f.item(),
  gradientSum(root) {
    // the engine's order: everything reachable, by decreasing id (creation order reversed)
    const found: EngineTensor[] = [];
    const stack = [root];
    root.traversalSlot = -1;
    while (stack.length > 0) {
      const t = stack.pop()!;
      found.push(t);
      const node = t.node;
      if (node === null) continue;
      for (const x of node.inputs)
        if (x.traversalSlot !== -1) {
          x.traversalSlot = -1;
          stack.push(x);
        }
    }
    found.sort((p, q) => q.id - p.id);
    found.forEach((t, k) => (t.traversalSlot = k));
    const grad = new Float64Array(found.length);
    grad[0] = 1;
    const d = new Float64Array(2);
    let leaves = 0;
    for (let k = 0; k < found.length; k++) {
      const node = found[k].node;
      if (node === null) {
        leaves += grad[k];
        continue;
      }
      const n = node.backward.scalar(grad[k], node.inputs, d);
      for (let j = 0; j < n; j++) grad[node.inputs[j].traversalSlot] += d[j];
    }
    for (const t of found) t.traversalSlot = 0;
    return leaves;
  },
};

// ---- one object per op ------------------------------------------------------------------

const OP_LEAF = 0;
const OP_ADD = 1;
const OP_MUL = 2;
let nextScalarId = 1;

class Scalar {
  readonly id = nextScalarId++;
  constructor(
    readonly value: number,
    readonly op: number,
    readonly a: Scalar | null,
    readonly b: Scalar | null,
    readonly origin: number,
  ) {}
}

const oneObject: Representation<Scalar> = {
  name: 'one 6-field object per op',
  leaf: (v, origin) => new Scalar(v, OP_LEAF, null, null, origin),
  add: (a, b, origin) => new Scalar(a.value + b.value, OP_ADD, a, b, origin),
  mul: (a, b, origin) => new Scalar(a.value * b.value, OP_MUL, a, b, origin),
  value: (f) => f.value,
  gradientSum(root) {
    // ids grow with creation: a dense gradient array indexed by id, swept downwards
    const first = root.id;
    const byId = new Array<Scalar | undefined>(first + 1);
    const stack = [root];
    byId[root.id] = root;
    while (stack.length > 0) {
      const s = stack.pop()!;
      for (const x of [s.a, s.b])
        if (x !== null && byId[x.id] === undefined) {
          byId[x.id] = x;
          stack.push(x);
        }
    }
    const grad = new Float64Array(first + 1);
    grad[first] = 1;
    let leaves = 0;
    for (let id = first; id >= 0; id--) {
      const s = byId[id];
      if (s === undefined) continue;
      const g = grad[id];
      if (s.op === OP_LEAF) leaves += g;
      else if (s.op === OP_ADD) {
        grad[s.a!.id] += g;
        grad[s.b!.id] += g;
      } else {
        grad[s.a!.id] += g * s.b!.value;
        grad[s.b!.id] += g * s.a!.value;
      }
    }
    return leaves;
  },
};

// ---- columnar tape --------------------------------------------------------------------------

class Handle {
  constructor(readonly i: number) {}
}

class ColumnarTape {
  size = 0;
  values = new Float64Array(1 << 16);
  ops = new Uint8Array(1 << 16);
  lhs = new Int32Array(1 << 16);
  rhs = new Int32Array(1 << 16);
  origins = new Int32Array(1 << 16);

  push(v: number, op: number, a: number, b: number, origin: number): Handle {
    if (this.size === this.values.length) this.grow();
    const i = this.size++;
    this.values[i] = v;
    this.ops[i] = op;
    this.lhs[i] = a;
    this.rhs[i] = b;
    this.origins[i] = origin;
    return new Handle(i);
  }

  private grow(): void {
    const n = this.values.length * 2;
    const grown = <T extends Float64Array | Uint8Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.values = grown(this.values, (k) => new Float64Array(k));
    this.ops = grown(this.ops, (k) => new Uint8Array(k));
    this.lhs = grown(this.lhs, (k) => new Int32Array(k));
    this.rhs = grown(this.rhs, (k) => new Int32Array(k));
    this.origins = grown(this.origins, (k) => new Int32Array(k));
  }
}

let tape = new ColumnarTape();

const columnar: Representation<Handle> = {
  name: 'columnar tape (typed arrays + 1-field handle)',
  leaf: (v, origin) => tape.push(v, OP_LEAF, -1, -1, origin),
  add: (a, b, origin) => tape.push(tape.values[a.i] + tape.values[b.i], OP_ADD, a.i, b.i, origin),
  mul: (a, b, origin) => tape.push(tape.values[a.i] * tape.values[b.i], OP_MUL, a.i, b.i, origin),
  value: (f) => tape.values[f.i],
  arrayBytes: () => tape.values.byteLength + tape.ops.byteLength + tape.lhs.byteLength + tape.rhs.byteLength + tape.origins.byteLength,
  gradientSum(root) {
    const { values, ops, lhs, rhs } = tape;
    const grad = new Float64Array(root.i + 1);
    const reached = new Uint8Array(root.i + 1);
    grad[root.i] = 1;
    reached[root.i] = 1;
    let leaves = 0;
    for (let i = root.i; i >= 0; i--) {
      if (reached[i] === 0) continue;
      const g = grad[i];
      const op = ops[i];
      if (op === OP_LEAF) {
        leaves += g;
        continue;
      }
      const a = lhs[i];
      const b = rhs[i];
      reached[a] = 1;
      reached[b] = 1;
      if (op === OP_ADD) {
        grad[a] += g;
        grad[b] += g;
      } else {
        grad[a] += g * values[b];
        grad[b] += g * values[a];
      }
    }
    return leaves;
  },
};

// ---- the engine itself ---------------------------------------------------------------------

let engineLeaves: E.Tensor[] = [];

const engine: Representation<E.Tensor> = {
  name: 'the engine (ScalarTensor, columnar tape)',
  leaf: (v, origin) => {
    E.setOrigin(origin);
    const t = E.Tensor.scalar(v);
    engineLeaves.push(t); // (the tape holds a leaf once an op uses it)
    return t;
  },
  add: (a, b, origin) => {
    E.setOrigin(origin);
    return E.add(a, b);
  },
  mul: (a, b, origin) => {
    E.setOrigin(origin);
    return E.mul(a, b);
  },
  value: (f) => f.item(),
  arrayBytes: () => E.scalarTapeSize().bytes,
  gradientSum(root) {
    // backward, then the leaves' gradients read (as the analysis reads the bindings')
    const grads = E.backward(root);
    let leaves = 0;
    for (let k = engineLeaves.length - 1; k >= 0; k--) leaves += grads.get(engineLeaves[k])?.item() ?? 0; // descending id, as the sweeps above
    return leaves;
  },
};

// ---- the replay: numeric_kernel.py's float ops, in its order --------------------------------

function replay<F>(r: Representation<F>): { total: number; checksum: number; root: F } {
  const n = 60;
  const A = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => r.leaf((((i * 7 + j * 3) % 11) / 10.0), 1)));
  const B = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => r.leaf((((i * 5 + j) % 13) / 12.0), 2)));
  const zero = r.leaf(0.0, 3);
  const Cm = Array.from({ length: n }, () => new Array<F>(n).fill(zero));
  for (let i = 0; i < n; i++) {
    const Ai = A[i];
    const Ci = Cm[i];
    for (let k = 0; k < n; k++) {
      const a = Ai[k];
      const Bk = B[k];
      for (let j = 0; j < n; j++) Ci[j] = r.add(Ci[j], r.mul(a, Bk[j], 4), 4);
    }
  }
  let total = r.leaf(0.0, 5);
  for (const row of Cm) for (const v of row) total = r.add(total, v, 6);
  const signal = Array.from({ length: 4000 }, (_, i) => r.leaf(((i * 37) % 101) / 50.0 - 1.0, 7));
  const kernel = [0.25, 0.5, 1.0, 0.5, 0.25].map((v) => r.leaf(v, 8));
  let checksum = 0;
  for (let i = 0; i < signal.length - kernel.length + 1; i++) {
    let acc = r.leaf(0.0, 9);
    for (let k = 0; k < kernel.length; k++) acc = r.add(acc, r.mul(signal[i + k], kernel[k], 10), 10);
    checksum += r.value(acc);
  }
  return { total: r.value(total), checksum, root: total };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

function measure<F>(r: Representation<F>): { forward: number; backward: number; heapMB: number; total: number; grad: number } {
  let forward = Infinity;
  let backwardMs = Infinity;
  let heapMB = 0;
  let total = 0;
  let grad = 0;
  for (let rep = 0; rep <= REPEAT; rep++) {
    tape = new ColumnarTape();
    E.startScalarTape();
    engineLeaves = [];
    collectGarbage();
    const before = process.memoryUsage();
    const t0 = performance.now();
    const out = replay(r);
    const t1 = performance.now();
    collectGarbage(); // what stays reachable from the result (used below): the recorded ops
    const after = process.memoryUsage();
    const t2 = performance.now();
    grad = r.gradientSum(out.root);
    const t3 = performance.now();
    total = out.total;
    if (rep === 0) continue; // warm-up
    forward = Math.min(forward, t1 - t0);
    backwardMs = Math.min(backwardMs, t3 - t2);
    const arrays = r.arrayBytes !== undefined ? r.arrayBytes() : after.arrayBuffers - before.arrayBuffers;
    heapMB = (after.heapUsed - before.heapUsed + arrays) / 1e6;
  }
  return { forward, backward: backwardMs, heapMB, total, grad };
}

function main(): void {
  console.log(`scalar-tape model: numeric_kernel.py's float ops (best of ${REPEAT} after a warm-up; ms)`);
  console.log(`${'representation'.padEnd(48)}${'forward'.padStart(10)}${'backward'.padStart(10)}${'kept MB'.padStart(10)}`);
  const results = [engineLike, oneObject, columnar, engine].map((r) => ({ r, m: measure(r as Representation<unknown>) }));
  for (const { r, m } of results)
    console.log(`${r.name.padEnd(48)}${m.forward.toFixed(1).padStart(10)}${m.backward.toFixed(1).padStart(10)}${m.heapMB.toFixed(1).padStart(10)}`);
  const totals = new Set(results.map(({ m }) => `${m.total} ${m.grad}`));
  if (totals.size !== 1) console.log('NOTE: the representations disagree on the total or its gradient:', [...totals].join(' | '));
}

main();
