// Finding the tensors a root depends on, and putting them in reverse creation order (ids grow
// with creation and an op's inputs exist before its output: descending id is a reverse
// topological order). Built for graphs of millions of 0-d tensors: no Set, no comparator sort,
// and no object per scalar-tape entry - an entry reached through the tape is kept as (chunk,
// index) and gets a handle only when someone asks for it (`FoundTensors.at`).
import {
  CHUNK,
  CHUNK_BITS,
  EPOCH,
  ID,
  IN0,
  IN1,
  NO_INPUT,
  RULE,
  SLOT,
  VALUE,
  GENERAL,
  ScalarChunk,
  ScalarTensor,
  type Tensor,
  nextTraversalEpoch,
} from './tensor';

/** The tensors a walk found, by index; each one's traversalSlot is its index here. */
export class FoundTensors {
  length = 0;
  /** The tensor at i, or the chunk of the scalar-tape entry at i (then `entries[i]` is its index there). */
  private readonly items: (Tensor | ScalarChunk)[] = [];
  private entries = new Int32Array(1024);

  /** The tensor at index i (a handle made now, once, for a tape entry). */
  at(i: number): Tensor {
    const x = this.items[i];
    if (!(x instanceof ScalarChunk)) return x;
    const t = x.tape.handle(x.base + this.entries[i]);
    this.items[i] = t;
    return t;
  }

  /** The chunk of the scalar-tape entry at i that has no handle yet (index: `entryAt(i)`), else undefined. */
  chunkAt(i: number): ScalarChunk | undefined {
    const x = this.items[i];
    return x instanceof ScalarChunk ? x : undefined;
  }

  entryAt(i: number): number {
    return this.entries[i];
  }

  /** The value of the scalar-tape entry at i that has no object yet, else null. */
  scalarValueAt(i: number): number | null {
    const x = this.items[i];
    return x instanceof ScalarChunk ? x.f[VALUE + this.entries[i]] : null;
  }

  idAt(i: number): number {
    const x = this.items[i];
    return x instanceof ScalarChunk ? x.f[ID + this.entries[i]] : x.id;
  }

  pushObject(t: Tensor): void {
    this.items.push(t);
    this.length++;
  }

  pushEntry(c: ScalarChunk, j: number): void {
    const i = this.length++;
    if (i >= this.entries.length) {
      const grown = new Int32Array(2 * i + 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[i] = j;
    this.items.push(c);
  }
}

export interface Traversal {
  /** Every tensor reachable from the root, in the order found. */
  readonly found: FoundTensors;
  /** Indices into `found`, by descending id. */
  readonly order: Int32Array;
  /** This walk's number: the scalar-tape entries it reached carry it next to their slot. */
  readonly epoch: number;
}

export function traverse(root: Tensor): Traversal {
  return traverseFrom([root]);
}

/** `traverse` from several roots at once (each tensor found once); found.at(0) is roots[0]. */
export function traverseFrom(roots: readonly Tensor[]): Traversal {
  const walk = new Walk(nextTraversalEpoch());
  for (const r of roots) walk.visit(r);
  const found = walk.found;
  // `found` is the queue
  for (let i = 0; i < found.length; i++) {
    const c = found.chunkAt(i);
    if (c !== undefined) {
      walk.visitInputs(c, found.entryAt(i));
      continue;
    }
    const t = found.at(i);
    if (t instanceof ScalarTensor && walk.visitInputs(t.chunk, t.i)) continue;
    const node = t.node;
    if (node === null) continue;
    const inputs = node.inputs;
    for (let j = 0; j < inputs.length; j++) walk.visit(inputs[j]);
  }
  const order = found.length === 0 ? new Int32Array(0) : byDescendingId(found, walk.maxId, walk.minId);
  return { found, order, epoch: walk.epoch };
}

class Walk {
  readonly found = new FoundTensors();
  maxId = -Infinity;
  minId = Infinity;
  constructor(readonly epoch: number) {}

  /** A tensor met as an object; a tensor is seen when its slot points back at it. */
  visit(x: Tensor): void {
    const s = x.traversalSlot;
    const found = this.found;
    if (s < found.length && found.idAt(s) === x.id) return; // ids, not objects: a scalar has many handles
    x.traversalSlot = found.length;
    found.pushObject(x);
    this.sawId(x.id);
  }

  /** The inputs of tape entry j of chunk c, when an inline rule made it; false for a leaf or a general node. */
  visitInputs(c: ScalarChunk, j: number): boolean {
    const code = c.n[RULE + j];
    if (code === 0 || code === GENERAL) return false;
    this.visitRef(c, c.n[IN0 + j]);
    const in1 = c.n[IN1 + j];
    if (in1 !== NO_INPUT) this.visitRef(c, in1);
    return true;
  }

  /** An input reference of an entry of chunk c's tape: an entry of the tape, or an external object. */
  private visitRef(c: ScalarChunk, ref: number): void {
    const tape = c.tape;
    if (ref < 0) {
      this.visit(tape.externals[-ref - 1]);
      return;
    }
    const pinned = tape.pinnedAt(ref);
    if (pinned !== undefined) {
      this.visit(pinned as unknown as Tensor);
      return;
    }
    const ic = tape.chunks[ref >>> CHUNK_BITS];
    const j = ref & (CHUNK - 1);
    if (ic.n[EPOCH + j] === this.epoch) return;
    const found = this.found;
    ic.n[SLOT + j] = found.length;
    ic.n[EPOCH + j] = this.epoch;
    found.pushEntry(ic, j);
    this.sawId(ic.f[ID + j]);
  }

  private sawId(id: number): void {
    if (id > this.maxId) this.maxId = id;
    if (id < this.minId) this.minId = id;
  }
}

/** The indices of items of distinct ids, all between minId and maxId, sorted by descending id. */
export function byDescendingId(ts: IdList, maxId: number, minId: number): Int32Array {
  const n = ts.length;
  const range = maxId - minId + 1;
  if (range <= 4 * n + 1024) return byDirectAddress(ts, maxId, range);
  if (range <= 2 ** 32) return byRadix(ts, maxId);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => idOf(ts, b) - idOf(ts, a));
}

/** Items with ids: an array of them, or a walk's found tensors. */
type IdList = readonly { readonly id: number }[] | FoundTensors;

function idOf(ts: IdList, i: number): number {
  return ts instanceof FoundTensors ? ts.idAt(i) : ts[i].id;
}

/** Dense ids: each index goes to slot (maxId - id) of a table as long as the id range. */
function byDirectAddress(ts: IdList, maxId: number, range: number): Int32Array {
  const at = new Int32Array(range).fill(-1);
  for (let i = 0; i < ts.length; i++) at[maxId - idOf(ts, i)] = i;
  const order = new Int32Array(ts.length);
  let k = 0;
  for (let r = 0; r < range; r++) if (at[r] >= 0) order[k++] = at[r];
  return order;
}

/** Sparse ids: a stable LSD radix sort on (maxId - id), 16 bits at a time. */
function byRadix(ts: IdList, maxId: number): Int32Array {
  const n = ts.length;
  const key = new Uint32Array(n);
  for (let i = 0; i < n; i++) key[i] = maxId - idOf(ts, i);
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
