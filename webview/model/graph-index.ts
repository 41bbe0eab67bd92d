// The Report's graph as a navigable structure: nodes by id, who consumes whom, the root, each
// node's distance from the root, and the backward pass's order (reverse topological).
import type { GraphNode } from '../protocol';

export interface Use {
  /** The op node that reads the value. */
  consumer: number;
  /** Which of its inputs the value is (an op may read the same value twice: mul(x, x)). */
  slot: number;
}

export interface GraphIndex {
  readonly nodes: readonly GraphNode[];
  readonly byId: ReadonlyMap<number, GraphNode>;
  readonly uses: ReadonlyMap<number, readonly Use[]>;
  readonly rootId: number | null;
  /** Fewest edges from the node to the root (the root: 0); unreachable nodes are absent. */
  readonly depth: ReadonlyMap<number, number>;
  /** Root first, every node before its inputs: the order the backward pass visits nodes. */
  readonly backwardOrder: readonly number[];
}

export function indexGraph(graph: readonly GraphNode[]): GraphIndex {
  const byId = new Map<number, GraphNode>();
  for (const n of graph) byId.set(n.id, n);
  const uses = new Map<number, Use[]>();
  for (const n of graph)
    n.inputs.forEach((input, slot) => {
      if (!byId.has(input)) return;
      const list = uses.get(input);
      if (list === undefined) uses.set(input, [{ consumer: n.id, slot }]);
      else list.push({ consumer: n.id, slot });
    });
  const sinks = graph.filter((n) => !uses.has(n.id));
  // The Report lists the root first; otherwise take the newest node nothing consumes.
  const rootId = graph.length === 0 ? null : !uses.has(graph[0].id) ? graph[0].id : sinks.reduce((a, b) => (b.id > a.id ? b : a), sinks[0]).id;
  const depth = new Map<number, number>();
  if (rootId !== null) {
    depth.set(rootId, 0);
    const queue = [rootId];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head];
      const d = depth.get(id)!;
      for (const input of byId.get(id)!.inputs)
        if (byId.has(input) && !depth.has(input)) {
          depth.set(input, d + 1);
          queue.push(input);
        }
    }
  }
  return { nodes: graph, byId, uses, rootId, depth, backwardOrder: reverseTopological(graph, byId, uses, rootId, depth) };
}

/**
 * Nodes reachable from the root, each after all of its consumers. Newest first among the ready
 * ones (ids grow with creation), so the order reads like the program backwards.
 */
function reverseTopological(
  graph: readonly GraphNode[],
  byId: ReadonlyMap<number, GraphNode>,
  uses: ReadonlyMap<number, readonly Use[]>,
  rootId: number | null,
  depth: ReadonlyMap<number, number>,
): number[] {
  if (rootId === null) return [];
  const pending = new Map<number, number>();
  for (const n of graph) {
    if (!depth.has(n.id)) continue;
    pending.set(n.id, (uses.get(n.id) ?? []).filter((u) => depth.has(u.consumer)).length);
  }
  const ready = new MaxHeap();
  ready.push(rootId);
  const order: number[] = [];
  while (ready.size > 0) {
    const id = ready.pop();
    order.push(id);
    const seen = new Set<number>();
    for (const input of byId.get(id)!.inputs) {
      if (!pending.has(input) || seen.has(input)) continue;
      seen.add(input);
      // one pending count per use; an op reading a value twice releases it once per slot
      const left = pending.get(input)! - byId.get(id)!.inputs.filter((x) => x === input).length;
      pending.set(input, left);
      if (left === 0) ready.push(input);
    }
  }
  return order;
}

class MaxHeap {
  private items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p] >= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] > a[m]) m = l;
        if (r < a.length && a[r] > a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
