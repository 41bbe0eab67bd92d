import { EngineError } from './errors';
import { addSame, sumTo } from './kernels';
import { sameShape } from './shape';
import { withoutRecording } from './tape';
import { Tensor, full } from './tensor';

/** dRoot/dT for every tensor T the root depends on (intermediates included), float64. */
export type Gradients = Map<Tensor, Tensor>;

/** Every tensor reachable from `root` through recorded nodes, in reverse creation order. */
export function reachable(root: Tensor): Tensor[] {
  const seen = new Set<Tensor>([root]);
  const stack: Tensor[] = [root];
  const out: Tensor[] = [];
  while (stack.length > 0) {
    const t = stack.pop()!;
    out.push(t);
    const node = t.node;
    if (node === null) continue;
    for (const x of node.inputs) {
      if (!seen.has(x)) {
        seen.add(x);
        stack.push(x);
      }
    }
  }
  // ids grow with creation, and an op's inputs exist before its output: descending id is a
  // reverse topological order.
  return out.sort((a, b) => b.id - a.id);
}

/**
 * Backpropagates from `root` (seed: dRoot/dRoot, ones by default, or the given upstream
 * gradient of root's shape). Iterative, so graphs of millions of nodes do not overflow the
 * stack. Where a tensor feeds several ops, the gradients coming back add up.
 */
export function backward(root: Tensor, seed?: Tensor): Gradients {
  if (seed !== undefined && !sameShape(seed.shape, root.shape))
    throw new EngineError('ValueError', 'the seed gradient must have the shape of the root');
  const grads: Gradients = new Map();
  grads.set(root, seed ?? full(root.shape, 1));
  withoutRecording(() => {
    for (const t of reachable(root)) {
      const g = grads.get(t);
      const node = t.node;
      if (g === undefined || node === null) continue;
      const down = node.vjp(g);
      for (let i = 0; i < node.inputs.length; i++) {
        const d = down[i];
        if (d === null || d === undefined) continue;
        const x = node.inputs[i];
        // vjps return gradients shaped like their input; sumTo only guards float64-ness.
        const gx = toFloat64(sameShape(d.shape, x.shape) ? d : sumTo(d, x.shape));
        const prev = grads.get(x);
        grads.set(x, prev === undefined ? gx : addSame(prev, gx));
      }
    }
  });
  return grads;
}

function toFloat64(t: Tensor): Tensor {
  if (t.dtype === 'float64') return t;
  return new Tensor(t.ndim === 0 ? t.item() : Float64Array.from(t.data), t.shape, 'float64');
}
