// Backward passes that are themselves on the tape (create_graph=True): the engine's VJPs compute
// with raw kernels off the tape, so a differentiable backward needs each op's VJP written again in
// recorded engine ops. This file has those rules, keyed by the engine op's name (the inputs, output
// and display attrs of the node are all they need), and the pass that runs them in reverse creation
// order. An op without a rule stops the pass with an honest Unsupported naming it.
import * as E from '../../../engine';
import { IndexItem, Tensor } from '../../../engine';
import { Unsupported } from '../../runtime/errors';
import { READ_OP, WRITE_OP, windowPositions } from './window-ops';

type DiffVjp = (g: Tensor, inputs: readonly Tensor[], out: Tensor, attrs: Readonly<Record<string, unknown>> | undefined) => (Tensor | null)[];

/** Index items of the gathers and scatters torch made (their nodes keep only a text of the index). */
const indexItems = new WeakMap<Tensor, readonly IndexItem[]>();

/** E.gather, remembering its index for a differentiable backward. */
export function gatherAt(x: Tensor, items: readonly IndexItem[]): Tensor {
  const out = E.gather(x, items);
  if (out.node !== null) indexItems.set(out, items);
  return out;
}

/** E.scatter, remembering its index for a differentiable backward. */
export function scatterAt(x: Tensor, items: readonly IndexItem[], v: Tensor): Tensor {
  const out = E.scatter(x, items, v);
  if (out.node !== null) indexItems.set(out, items);
  return out;
}

const f64 = (v: number): Tensor => Tensor.scalar(v);

/** Sums g down to `shape`, undoing broadcasting, in recorded ops. */
export function sumToShape(g: Tensor, shape: readonly number[]): Tensor {
  if (g.shape.length === shape.length && g.shape.every((d, i) => d === shape[i])) return g;
  const lead = g.ndim - shape.length;
  const axes: number[] = [];
  for (let i = 0; i < g.ndim; i++) if (i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1)) axes.push(i);
  const summed = axes.length === 0 ? g : E.sum(g, axes, true);
  return E.reshape(summed, shape);
}

/** g (the reduced shape) spread back over the reduced axes of a tensor of `shape`. */
function spread(g: Tensor, shape: readonly number[], axis: unknown, keepdims: unknown): Tensor {
  const axes = E.normalizeAxes(axis as number | number[] | null | undefined, shape.length);
  const kept = keepdims === true ? g : E.reshape(g, shape.map((d, i) => (axes.includes(i) ? 1 : d)));
  return E.broadcastTo(kept, shape);
}

const float = (t: Tensor): Tensor => (t.dtype === 'float64' ? t : E.astype(t, 'float64'));

/** a @ b's gradients for operands of any rank numpy's matmul takes. */
function matmulVjp(g: Tensor, a: Tensor, b: Tensor): Tensor[] {
  const a2 = a.ndim === 1 ? E.reshape(a, [1, a.shape[0]]) : a;
  const b2 = b.ndim === 1 ? E.reshape(b, [b.shape[0], 1]) : b;
  const outShape = [...E.broadcastShapes(a2.shape.slice(0, -2), b2.shape.slice(0, -2)), a2.shape[a2.ndim - 2], b2.shape[b2.ndim - 1]];
  const g2 = E.reshape(g, outShape);
  const swap = (t: Tensor): Tensor => E.transpose(t, [...Array.from({ length: t.ndim - 2 }, (_, i) => i), t.ndim - 1, t.ndim - 2]);
  const ga = sumToShape(E.matmul(g2, swap(float(b2))), a2.shape);
  const gb = sumToShape(E.matmul(swap(float(a2)), g2), b2.shape);
  return [E.reshape(ga, a.shape), E.reshape(gb, b.shape)];
}

function extremumVjp(g: Tensor, a: Tensor, out: Tensor, attrs: Readonly<Record<string, unknown>> | undefined): Tensor[] {
  const best = spread(out, a.shape, attrs?.axis, attrs?.keepdims);
  const winners = E.astype(E.equal(a, best), 'float64');
  const count = spread(E.sum(winners, attrs?.axis as E.Axis, true), a.shape, attrs?.axis, true);
  return [E.div(E.mul(spread(g, a.shape, attrs?.axis, attrs?.keepdims), winners), count)];
}

function indexOf(out: Tensor): readonly IndexItem[] {
  const items = indexItems.get(out);
  if (items === undefined) throw new Unsupported('create_graph=True through an indexing op gradlens did not make itself');
  return items;
}

/** Where g is 0 when `gate` is false (gate: a bool tensor). */
const gated = (gate: Tensor, g: Tensor): Tensor => E.where(gate, g, f64(0));

const RULES: Record<string, DiffVjp> = {
  add: (g, [a, b]) => [sumToShape(g, a.shape), sumToShape(g, b.shape)],
  sub: (g, [a, b]) => [sumToShape(g, a.shape), sumToShape(E.neg(g), b.shape)],
  mul: (g, [a, b]) => [sumToShape(E.mul(g, b), a.shape), sumToShape(E.mul(g, a), b.shape)],
  div: (g, [a, b]) => [sumToShape(E.div(g, b), a.shape), sumToShape(E.neg(E.div(E.mul(g, a), E.mul(b, b))), b.shape)],
  neg: (g) => [E.neg(g)],
  pow: (g, [a, b], out) => {
    const one = b.dtype === 'int64' ? Tensor.scalar(1, 'int64') : f64(1);
    const da = E.mul(g, gated(E.notEqual(b, f64(0)), E.mul(b, E.pow(float(a), E.sub(b, one)))));
    if (b.dtype === 'int64' || b.dtype === 'bool') return [sumToShape(da, a.shape), null];
    const db = gated(E.logicalNot(E.logicalAnd(E.equal(a, f64(0)), E.greaterEqual(b, f64(0)))), E.mul(E.mul(g, out), E.log(a)));
    return [sumToShape(da, a.shape), sumToShape(db, b.shape)];
  },
  square: (g, [a]) => [E.mul(E.mul(f64(2), g), a)],
  sqrt: (g, _, out) => [E.div(g, E.mul(f64(2), out))],
  exp: (g, _, out) => [E.mul(g, out)],
  expm1: (g, _, out) => [E.mul(g, E.add(out, f64(1)))],
  log: (g, [a]) => [E.div(g, a)],
  log1p: (g, [a]) => [E.div(g, E.add(f64(1), a))],
  tanh: (g, _, out) => [E.mul(g, E.sub(f64(1), E.mul(out, out)))],
  sigmoid: (g, _, out) => [E.mul(E.mul(g, out), E.sub(f64(1), out))],
  relu: (g, [a]) => [gated(E.greater(a, f64(0)), g)],
  abs: (g, [a]) => [E.mul(g, E.sign(float(a)))],
  sin: (g, [a]) => [E.mul(g, E.cos(a))],
  cos: (g, [a]) => [E.neg(E.mul(g, E.sin(a)))],
  maximum: (g, [a, b]) => {
    const half = E.mul(g, f64(0.5));
    return [
      sumToShape(E.where(E.less(a, b), f64(0), E.where(E.equal(a, b), half, g)), a.shape),
      sumToShape(E.where(E.greater(a, b), f64(0), E.where(E.equal(a, b), half, g)), b.shape),
    ];
  },
  minimum: (g, [a, b]) => {
    const half = E.mul(g, f64(0.5));
    return [
      sumToShape(E.where(E.greater(a, b), f64(0), E.where(E.equal(a, b), half, g)), a.shape),
      sumToShape(E.where(E.less(a, b), f64(0), E.where(E.equal(a, b), half, g)), b.shape),
    ];
  },
  clip: (g, inputs, out, attrs) => {
    const [a, lo, hi] = inputs;
    if (inputs.length === 1) return [g];
    if (inputs.length === 3)
      return [
        sumToShape(gated(E.logicalAnd(E.greaterEqual(a, lo), E.lessEqual(a, hi)), g), a.shape),
        sumToShape(gated(E.logicalAnd(E.less(a, lo), E.less(lo, hi)), g), lo.shape),
        sumToShape(gated(E.logicalOr(E.greater(a, hi), E.less(hi, lo)), g), hi.shape),
      ];
    // one bound: which side is in the display attrs (lo: number, hi: null) or told by the output
    const bound = lo;
    const isLo = attrs !== undefined ? attrs.lo !== null : E.withoutRecording(() => E.maximum(a, bound)).data.every((v, i) => v === out.data[i]);
    return isLo
      ? [sumToShape(gated(E.greaterEqual(a, bound), g), a.shape), sumToShape(gated(E.less(a, bound), g), bound.shape)]
      : [sumToShape(gated(E.lessEqual(a, bound), g), a.shape), sumToShape(gated(E.greater(a, bound), g), bound.shape)];
  },
  where: (g, [c, a, b]) => [null, sumToShape(E.where(c, g, f64(0)), a.shape), sumToShape(E.where(c, f64(0), g), b.shape)],
  astype: (g, _, __, attrs) => [attrs?.dtype === 'float32' || attrs?.dtype === 'float64' ? g : null],
  reshape: (g, [a]) => [E.reshape(g, a.shape)],
  squeeze: (g, [a]) => [E.reshape(g, a.shape)],
  expand_dims: (g, [a]) => [E.reshape(g, a.shape)],
  transpose: (g, _, __, attrs) => {
    const perm = attrs?.axes as number[];
    const inverse = perm.map((_, i) => perm.indexOf(i));
    return [E.transpose(g, inverse)];
  },
  broadcast_to: (g, [a]) => [sumToShape(g, a.shape)],
  sum: (g, [a], _, attrs) => [spread(g, a.shape, attrs?.axis, attrs?.keepdims)],
  mean: (g, [a], out, attrs) => [spread(E.mul(g, f64(out.size / a.size)), a.shape, attrs?.axis, attrs?.keepdims)],
  max: (g, [a], out, attrs) => extremumVjp(g, a, out, attrs),
  min: (g, [a], out, attrs) => extremumVjp(g, a, out, attrs),
  matmul: (g, [a, b]) => matmulVjp(g, a, b),
  dot: (g, [a, b]) => (a.ndim <= 1 && b.ndim <= 1 ? [E.mul(g, b), E.mul(g, a)] : matmulVjp(g, a, b)),
  softmax: (g, _, out, attrs) => {
    const axis = E.normalizeAxis(attrs?.axis as number, out.ndim);
    return [E.mul(out, E.sub(g, E.sum(E.mul(g, out), [axis], true)))];
  },
  logSoftmax: (g, _, out, attrs) => {
    const axis = E.normalizeAxis(attrs?.axis as number, out.ndim);
    return [E.sub(g, E.mul(E.exp(out), E.sum(g, [axis], true)))];
  },
  gather: (g, [x], out) => [E.addAt(E.zeros(x.shape), indexOf(out), g)],
  scatter: (g, [x, v], out) => {
    const items = indexOf(out);
    const written = E.gather(g, items);
    return [scatterAt(g, items, f64(0)), written.size === v.size ? E.reshape(written, v.shape) : sumToShape(written, v.shape)];
  },
  add_at: (g, [, v], out) => [g, sumToShape(gatherAt(g, indexOf(out)), v.shape)],
  concatenate: (g, inputs, _, attrs) => splitVjp(g, inputs, attrs?.axis as number | null, false),
  stack: (g, inputs, _, attrs) => splitVjp(g, inputs, attrs?.axis as number, true),
  /** Written outside autograd: the history goes on unchanged (storage.ts's keepHistory). */
  assign: (g) => [g],
  [READ_OP]: (g, [s], out) => {
    const at = positionsOf(out);
    return [E.reshape(E.addAt(E.zeros([s.size]), [at], E.reshape(g, [g.size])), s.shape)];
  },
  [WRITE_OP]: (g, [s, t], out) => {
    const at = positionsOf(out);
    const flat = E.reshape(g, [g.size]);
    return [E.reshape(scatterAt(flat, [at], f64(0)), s.shape), E.reshape(gatherAt(flat, [at]), t.shape)];
  },
};

/** The positions a view read or write node went through, as an index item. */
function positionsOf(out: Tensor): IndexItem {
  const at = windowPositions.get(out);
  if (at === undefined) throw new Unsupported('create_graph=True through a view op gradlens did not make itself');
  return { kind: 'array', index: new Tensor(Float64Array.from(at), [at.length], 'int64') };
}

function splitVjp(g: Tensor, inputs: readonly Tensor[], axis: number | null, stacked: boolean): Tensor[] {
  if (axis === null) {
    let at = 0;
    const flat = E.reshape(g, [g.size]);
    return inputs.map((x) => {
      const part = gatherAt(flat, [{ kind: 'slice', start: at, stop: at + x.size, step: 1 }]);
      at += x.size;
      return E.reshape(part, x.shape);
    });
  }
  const ax = E.normalizeAxis(axis, g.ndim);
  let at = 0;
  return inputs.map((x) => {
    const lead: IndexItem[] = Array.from({ length: ax }, () => ({ kind: 'slice', start: null, stop: null, step: null }));
    const item: IndexItem = stacked ? { kind: 'int', index: at } : { kind: 'slice', start: at, stop: at + x.shape[ax], step: 1 };
    at += stacked ? 1 : x.shape[ax];
    return E.reshape(gatherAt(g, [...lead, item]), x.shape);
  });
}

/** Nodes whose own VJP is already made of recorded ops (custom Functions, erf): run it with recording on. */
const recordedVjps = (op: string): boolean => op.startsWith('autograd.Function ') || op === 'erf';

/**
 * dRoot/dT for every tensor the root depends on, computed in recorded engine ops (so the gradients
 * have a history of their own). Must run while recording (grad mode on).
 */
export function backwardWithGraph(root: Tensor, seed: Tensor): E.TensorMap<Tensor> {
  const grads = new E.TensorMap<Tensor>([[root, seed]]);
  for (const t of E.reachable(root)) {
    const node = t.node;
    if (node === null) continue;
    const g = grads.get(t);
    if (g === undefined) continue;
    const rule = RULES[node.op];
    let down: readonly (Tensor | null)[];
    if (rule !== undefined) down = rule(g, node.inputs, t, node.attrs);
    else if (recordedVjps(node.op)) down = node.vjp(g);
    else throw new Unsupported(`create_graph=True through the engine op '${node.op}' (no differentiable gradient rule for it yet)`);
    node.inputs.forEach((x, j) => {
      const d = down[j];
      if (d === null || d === undefined) return;
      const dd = sumToShape(float(d), x.shape);
      const prev = grads.get(x);
      grads.set(x, prev === undefined ? dd : E.add(prev, dd));
    });
  }
  return grads;
}

/** Engine ops whose torch node saves tensors (the nodes a recorded pass makes are freed and checked like torch's). */
const SAVING_OPS = new Set(['mul', 'div', 'pow', 'square', 'sqrt', 'exp', 'expm1', 'log', 'log1p', 'tanh', 'sigmoid', 'sin', 'cos', 'matmul', 'dot', 'where', 'maximum', 'minimum', 'max', 'min']);

/** The nodes of the gradient graph a recorded pass made (ids above `firstId`) that save tensors. */
export function savingNodesSince(roots: Iterable<Tensor>, firstId: number): Tensor[] {
  const out: Tensor[] = [];
  const seen = new Set<number>(); // ids: a scalar tensor may be met through several objects
  const stack = [...roots];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (seen.has(t.id) || t.id <= firstId || t.node === null) continue;
    seen.add(t.id);
    if (SAVING_OPS.has(t.node.op)) out.push(t);
    stack.push(...t.node.inputs);
  }
  return out;
}

/** Whether engine tensor t depends on one of `leaves` through recorded ops (torch's requires_grad of a gradient). */
export function dependsOn(t: Tensor, isLeaf: (x: Tensor) => boolean): boolean {
  const seen = new Set<number>();
  const stack = [t];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (seen.has(x.id)) continue;
    seen.add(x.id);
    if (isLeaf(x)) return true;
    if (x.node !== null) stack.push(...x.node.inputs);
  }
  return false;
}
