import { EngineError } from './errors';
import { GradientTable } from './gradient-table';
import { sameShape } from './shape';
import { TapeNode, currentOrigin, withoutRecording } from './tape';
import { ScalarTensor, Tensor, full } from './tensor';
import { traverse } from './traversal';

/** dRoot/dT for every tensor T the root depends on (intermediates included), float64. */
export type Gradients = ReadonlyMap<Tensor, Tensor>;

/** Every tensor reachable from `root` through recorded nodes, in reverse creation order. */
export function reachable(root: Tensor): Tensor[] {
  const { found, order } = traverse(root);
  const out: Tensor[] = [];
  for (let k = 0; k < order.length; k++) out.push(found[order[k]]);
  return out;
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
  const pair: Tensor[] = [root, root];
  withoutRecording(() => {
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const t = found[i];
      // a scalar op recorded inline: its rule's number twin on the handles traversal made
      if (t instanceof ScalarTensor) {
        const rule = t.rule;
        if (rule !== null && rule.scalar !== undefined && grads.isNumber(i)) {
          // (a walk made meanwhile, in a VJP, may have taken the slots: then fresh handles)
          const a = t.reachedInput(0, found, graph.epoch) ?? t.inlineInput(0);
          const b = t.inlineArity === 2 ? (t.reachedInput(1, found, graph.epoch) ?? t.inlineInput(1)) : null;
          if (a.shape.length === 0 && (b === null || b.shape.length === 0)) {
            pair[0] = a;
            pair[1] = b ?? a;
            const n = rule.scalar(grads.numberAt(i), pair, t as unknown as Tensor, d);
            grads.accumulateNumber(a, d[0]);
            if (n > 1 && b !== null) grads.accumulateNumber(b, d[1]);
            continue;
          }
        }
      }
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
