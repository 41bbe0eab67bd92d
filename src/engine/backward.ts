import { EngineError } from './errors';
import { GradientTable } from './gradient-table';
import { sameShape } from './shape';
import { TapeNode, currentOrigin, withoutRecording } from './tape';
import { ScalarTensor, Tensor, full } from './tensor';
import { traverse, traverseFrom } from './traversal';
import { Cursors } from './scalar-backward';

/** dRoot/dT for every tensor T the root depends on (intermediates included), float64. */
export type Gradients = ReadonlyMap<Tensor, Tensor>;

/**
 * Every tensor reachable from `root` (or from any of several roots) through recorded nodes, in
 * reverse creation order; the first `limit` of them when given (no object is made for the rest).
 */
export function reachable(root: Tensor | readonly Tensor[], limit = Infinity): Tensor[] {
  const { found, order } = root instanceof Tensor ? traverse(root) : traverseFrom(root);
  const out: Tensor[] = [];
  const n = Math.min(order.length, limit);
  for (let k = 0; k < n; k++) out.push(found.at(order[k]));
  return out;
}

/**
 * The tensors reachable from the roots that hold a NaN or an infinity (float dtypes), in reverse
 * creation order. A scalar-tape entry's value is read in its column: no object for a finite one.
 */
export function reachableNonFinite(roots: readonly Tensor[]): Tensor[] {
  const { found, order } = traverseFrom(roots);
  const out: Tensor[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const v = found.scalarValueAt(i);
    if (v !== null) {
      if (!Number.isFinite(v)) out.push(found.at(i));
      continue;
    }
    const t = found.at(i);
    if (hasNonFinite(t)) out.push(t);
  }
  return out;
}

/** Whether a float tensor holds a NaN or an infinity (ints and bools never do). */
export function hasNonFinite(t: Tensor): boolean {
  if (t.dtype !== 'float64' && t.dtype !== 'float32') return false;
  if (t.ndim === 0) return !Number.isFinite(t.item()); // no storage is built for a 0-d tensor
  const d = t.data;
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return true;
  return false;
}

/**
 * Backpropagates from `root` (seed: dRoot/dRoot, ones by default, or the given upstream
 * gradient of root's shape). Iterative, so graphs of millions of nodes do not overflow the
 * stack. Nodes run in reverse creation order; where a tensor feeds several ops, the gradients
 * coming back add up in that order. A leaf's gradient from an op with a one-input VJP
 * (`Node.gradientOf`: the matrix products) is computed when it is first read from the result,
 * with the same bits: reading only the parameters' gradients skips the inputs'.
 */
export function backward(root: Tensor, seed?: Tensor): Gradients {
  if (seed !== undefined && !sameShape(seed.shape, root.shape))
    throw new EngineError('ValueError', 'the seed gradient must have the shape of the root');
  const graph = traverse(root);
  const { found, order } = graph;
  const grads = new GradientTable(graph, currentOrigin());
  grads.put(0, seed ?? full(root.shape, 1));
  const d = new Float64Array(8);
  const cursors = new Cursors();
  withoutRecording(() => {
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      // a scalar-tape entry an inline rule made: its number twin, through the tape's columns
      const c = found.chunkAt(i);
      if (c !== undefined && cursors.step(i, c, found.entryAt(i), grads, graph.epoch)) continue;
      const t = found.at(i);
      if (c === undefined && t instanceof ScalarTensor && cursors.step(i, t.chunk, t.i, grads, graph.epoch)) continue;
      const node = t.node;
      if (node === null) continue;
      // 0-d nodes of ops with a scalar rule: gradients as plain numbers, nothing allocated
      const rule = node instanceof TapeNode ? node.rule : null;
      if (rule !== null && rule.scalar !== undefined && t.shape.length === 0 && allScalar(node.inputs) && grads.isNumber(i)) {
        const n = rule.scalar(grads.numberAt(i), node.inputs, t, d);
        for (let j = 0; j < n; j++) grads.accumulateNumber(node.inputs[j], d[j]);
        continue;
      }
      const g = grads.upstream(i);
      if (g === null) continue;
      const inputs = node.inputs;
      // a product's leaves get their gradients when they are read (X in X W often never is)
      const gradientOf = node.gradientOf;
      if (gradientOf !== undefined && anyLeaf(inputs)) {
        for (let j = 0; j < inputs.length; j++) {
          const x = inputs[j];
          if (x.node === null) grads.defer(x, i, j, gradientOf);
          else grads.accumulate(x, gradientOf(g, j));
        }
        continue;
      }
      const down = node.vjp(g);
      for (let j = 0; j < inputs.length; j++) {
        const dj = down[j];
        if (dj !== null && dj !== undefined) grads.accumulate(inputs[j], dj);
      }
    }
  });
  return grads;
}

function anyLeaf(ts: readonly Tensor[]): boolean {
  for (let i = 0; i < ts.length; i++) if (ts[i].node === null) return true;
  return false;
}

function allScalar(ts: readonly Tensor[]): boolean {
  for (let i = 0; i < ts.length; i++) if (ts[i].shape.length !== 0) return false;
  return true;
}
