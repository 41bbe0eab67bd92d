// Finding the tensors a root depends on, and putting them in reverse creation order (ids grow
// with creation and an op's inputs exist before its output: descending id is a reverse
// topological order). Built for graphs of millions of 0-d tensors: no Set, no comparator sort.
import { ScalarTensor, type Tensor, nextTraversalEpoch } from './tensor';

export interface Traversal {
  /** Every tensor reachable from the root, in the order found; each one's traversalSlot is its index here. */
  readonly found: readonly Tensor[];
  /** Indices into `found`, by descending id. */
  readonly order: Int32Array;
  /** This walk's number: scalar tensors it reached carry it (see `ScalarTensor.reachedInput`). */
  readonly epoch: number;
}

export function traverse(root: Tensor): Traversal {
  const epoch = nextTraversalEpoch();
  const found: Tensor[] = [root];
  root.traversalSlot = 0;
  const ids = { max: root.id, min: root.id };
  // `found` is the queue; a tensor was seen when its slot points back at it
  for (let i = 0; i < found.length; i++) {
    const t = found[i];
    if (t instanceof ScalarTensor) {
      // a scalar op recorded inline: a handle only for an input not reached yet, no node
      const arity = t.inlineArity;
      for (let k = 0; k < arity; k++) if (t.reachedInput(k, found, epoch) === null) visit(t.inlineInput(k), found, ids);
      if (arity > 0) continue;
    }
    const node = t.node;
    if (node === null) continue;
    const inputs = node.inputs;
    for (let j = 0; j < inputs.length; j++) visit(inputs[j], found, ids);
  }
  return { found, order: byDescendingId(found, ids.max, ids.min), epoch };
}

function visit(x: Tensor, found: Tensor[], ids: { max: number; min: number }): void {
  const s = x.traversalSlot;
  if (s < found.length && found[s].id === x.id) return; // ids, not objects: a scalar has many handles
  x.traversalSlot = found.length;
  found.push(x);
  const id = x.id;
  if (id > ids.max) ids.max = id;
  if (id < ids.min) ids.min = id;
}

/** The indices of items of distinct ids, all between minId and maxId, sorted by descending id. */
export function byDescendingId(ts: readonly { readonly id: number }[], maxId: number, minId: number): Int32Array {
  const n = ts.length;
  const range = maxId - minId + 1;
  if (range <= 4 * n + 1024) return byDirectAddress(ts, maxId, range);
  if (range <= 2 ** 32) return byRadix(ts, maxId);
  const order = Int32Array.from(ts.keys());
  return order.sort((a, b) => ts[b].id - ts[a].id);
}

/** Dense ids: each index goes to slot (maxId - id) of a table as long as the id range. */
function byDirectAddress(ts: readonly { readonly id: number }[], maxId: number, range: number): Int32Array {
  const at = new Int32Array(range).fill(-1);
  for (let i = 0; i < ts.length; i++) at[maxId - ts[i].id] = i;
  const order = new Int32Array(ts.length);
  let k = 0;
  for (let r = 0; r < range; r++) if (at[r] >= 0) order[k++] = at[r];
  return order;
}

/** Sparse ids: a stable LSD radix sort on (maxId - id), 16 bits at a time. */
function byRadix(ts: readonly { readonly id: number }[], maxId: number): Int32Array {
  const n = ts.length;
  const key = new Uint32Array(n);
  for (let i = 0; i < n; i++) key[i] = maxId - ts[i].id;
  let from = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  let to = new Int32Array(n);
  const count = new Int32Array(65537);
  for (let shift = 0; shift < 32; shift += 16) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[((key[i] >>> shift) & 0xffff) + 1]++;
    for (let b = 0; b < 65536; b++) count[b + 1] += count[b];
    for (let i = 0; i < n; i++) {
      const at = from[i];
      to[count[(key[at] >>> shift) & 0xffff]++] = at;
    }
    const t = from;
    from = to;
    to = t;
  }
  return from;
}
