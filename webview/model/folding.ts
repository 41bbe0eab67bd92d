// What the panel shows: the graph with groups collapsed into boxes, under a node limit.
// Groups collapse farthest from the root first; neighbouring collapsed instances of a repeated
// block fold into one box with a count ("#1-#930, x930"). If collapsing every group is not
// enough, the farthest remaining items fold into one "farther nodes" box, so the limit holds.
import type { GraphIndex } from './graph-index';
import type { Group, Grouping } from './grouping';

export const DEFAULT_MAX_NODES = 150;

export type VisibleItem =
  | { kind: 'node'; id: string; node: number }
  | {
      kind: 'box';
      id: string;
      /** The groups folded into this box: one group, or a run of neighbouring instances. */
      groups: Group[];
      title: string;
      /** How many graph nodes the box stands for. */
      size: number;
      /** The box's node closest to the root (its output, normally). */
      nearest: number;
    }
  | { kind: 'far'; id: string; size: number; nodes: number[] };

export interface VisibleEdge {
  from: string;
  to: string;
  /** How many graph edges this edge stands for. */
  count: number;
  /** The shape of the value flowing (the source node's, for a single edge). */
  shape: number[] | null;
}

/** An expanded group drawn as a frame around its visible items. */
export interface Frame {
  id: string;
  /** The key of the expanded group the frame draws. */
  group: string;
  title: string;
  parent: string | null;
  items: string[];
}

export interface View {
  items: VisibleItem[];
  /** Graph node id -> the visible item standing for it. */
  itemOf: Map<number, string>;
  edges: VisibleEdge[];
  frames: Frame[];
  /** Keys of the groups shown collapsed. */
  collapsed: Set<string>;
}

export interface ViewOptions {
  maxNodes?: number;
  /** The user's choices by group key: true = keep expanded, false = keep collapsed. */
  overrides?: ReadonlyMap<string, boolean>;
}

export function computeView(index: GraphIndex, grouping: Grouping, options: ViewOptions = {}): View {
  const limit = Math.max(2, options.maxNodes ?? DEFAULT_MAX_NODES);
  const overrides = options.overrides ?? new Map<string, boolean>();
  const distance = groupDistances(grouping.top, index);
  const collapsed = new Set<string>();
  const all: Group[] = [];
  const collect = (g: Group): void => {
    for (const c of g.children) {
      all.push(c);
      collect(c);
    }
  };
  collect(grouping.top);
  for (const g of all) if (overrides.get(g.key) === false) collapsed.add(g.key);
  let count = visibleCount(grouping.top, collapsed, index);
  if (count > limit) {
    const candidates = all
      .filter((g) => overrides.get(g.key) === undefined && !hiddenBy(g, collapsed))
      .sort((a, b) => distance.get(b.key)! - distance.get(a.key)! || depthOf(b) - depthOf(a));
    for (const g of candidates) {
      if (count <= limit) break;
      if (collapsed.has(g.key) || hiddenBy(g, collapsed)) continue;
      const before = visibleCount(g, collapsed, index);
      collapsed.add(g.key);
      let saved = before - 1;
      // a collapsed instance next to a collapsed sibling folds into the same box
      if (g.kind === 'instance' && g.parent !== null) {
        const sibs = g.parent.children;
        const i = sibs.indexOf(g);
        if (i > 0 && collapsed.has(sibs[i - 1].key)) saved++;
        if (i + 1 < sibs.length && collapsed.has(sibs[i + 1].key)) saved++;
      }
      count -= saved;
    }
  }
  return buildView(index, grouping, collapsed, distance, limit);
}

function depthOf(g: Group): number {
  let d = 0;
  for (let p = g.parent; p !== null; p = p.parent) d++;
  return d;
}

function hiddenBy(g: Group, collapsed: ReadonlySet<string>): boolean {
  for (let p = g.parent; p !== null; p = p.parent) if (collapsed.has(p.key)) return true;
  return false;
}

const reachableNodes = (ids: readonly number[], index: GraphIndex): number => ids.filter((id) => index.depth.has(id)).length;

/** Items the group shows when expanded (1 when collapsed). */
function visibleCount(g: Group, collapsed: ReadonlySet<string>, index: GraphIndex): number {
  if (g.kind !== 'top' && collapsed.has(g.key)) return 1;
  let n = reachableNodes(g.nodes, index);
  let inRun = false;
  for (const c of g.children) {
    const isFolded = collapsed.has(c.key);
    if (g.kind === 'repeat' && isFolded) {
      if (!inRun) n++;
      inRun = true;
      continue;
    }
    inRun = false;
    n += visibleCount(c, collapsed, index);
  }
  return n;
}

/** Each group's distance to the root: the fewest edges from any of its nodes. */
function groupDistances(top: Group, index: GraphIndex): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (g: Group): number => {
    let d = Infinity;
    for (const id of g.nodes) d = Math.min(d, index.depth.get(id) ?? Infinity);
    for (const c of g.children) d = Math.min(d, walk(c));
    out.set(g.key, d);
    return d;
  };
  walk(top);
  return out;
}

function buildView(index: GraphIndex, grouping: Grouping, collapsed: Set<string>, distance: ReadonlyMap<string, number>, limit: number): View {
  const items: VisibleItem[] = [];
  const itemOf = new Map<number, string>();
  const frames: Frame[] = [];
  const nodesUnder = (g: Group, out: number[] = []): number[] => {
    for (const id of g.nodes) if (index.depth.has(id)) out.push(id);
    for (const c of g.children) nodesUnder(c, out);
    return out;
  };
  const addBox = (groups: Group[], title: string, frame: Frame | null): void => {
    const nodes = groups.flatMap((g) => nodesUnder(g));
    if (nodes.length === 0) return;
    const id = `g${items.length}`;
    const nearest = nodes.reduce((a, b) => (index.depth.get(b)! < index.depth.get(a)! || (index.depth.get(b) === index.depth.get(a) && b > a) ? b : a));
    items.push({ kind: 'box', id, groups, title, size: nodes.length, nearest });
    for (const n of nodes) itemOf.set(n, id);
    frame?.items.push(id);
  };
  const walk = (g: Group, frame: Frame | null): void => {
    for (const n of g.nodes) {
      if (!index.depth.has(n)) continue;
      const id = `n${n}`;
      items.push({ kind: 'node', id, node: n });
      itemOf.set(n, id);
      frame?.items.push(id);
    }
    let run: Group[] = [];
    const flush = (): void => {
      if (run.length === 0) return;
      const first = run[0];
      const last = run[run.length - 1];
      const title = run.length === 1 ? first.title : `${g.title} #${first.ordinal}-#${last.ordinal} (x${run.length})`;
      addBox(run, title, frame);
      run = [];
    };
    for (const c of g.children) {
      if (collapsed.has(c.key)) {
        if (g.kind === 'repeat' && c.kind === 'instance') run.push(c);
        else addBox([c], c.kind === 'repeat' ? `${c.title} (x${c.count})` : c.title, frame);
        continue;
      }
      flush();
      const sub: Frame = { id: `f${frames.length}`, group: c.key, title: c.kind === 'repeat' ? `${c.title} (x${c.count})` : `#${c.ordinal}`, parent: frame?.id ?? null, items: [] };
      frames.push(sub);
      walk(c, sub);
    }
    flush();
  };
  walk(grouping.top, null);
  void distance;
  foldFarthest(items, itemOf, index, limit);
  const edges = edgesBetween(index, itemOf);
  const present = new Set(items.map((i) => i.id));
  for (const f of frames) f.items = f.items.filter((id) => present.has(id));
  return { items, itemOf, edges, frames: frames.filter((f) => f.items.length > 0 || frames.some((s) => s.parent === f.id)), collapsed };
}

/** Over the limit even with every group collapsed: the farthest items fold into one box. */
function foldFarthest(items: VisibleItem[], itemOf: Map<number, string>, index: GraphIndex, limit: number): void {
  if (items.length <= limit) return;
  const distanceOf = (it: VisibleItem): number =>
    it.kind === 'node' ? index.depth.get(it.node)! : it.kind === 'box' ? index.depth.get(it.nearest)! : Infinity;
  const ranked = items.map((it, pos) => ({ it, pos, d: distanceOf(it) })).sort((a, b) => a.d - b.d || b.pos - a.pos);
  const keep = new Set(ranked.slice(0, limit - 1).map((r) => r.it.id));
  const far: number[] = [];
  const farId = 'far';
  for (const [node, item] of itemOf)
    if (!keep.has(item)) {
      far.push(node);
      itemOf.set(node, farId);
    }
  const kept = items.filter((it) => keep.has(it.id));
  items.length = 0;
  items.push({ kind: 'far', id: farId, size: far.length, nodes: far }, ...kept);
}

function edgesBetween(index: GraphIndex, itemOf: ReadonlyMap<number, string>): VisibleEdge[] {
  const edges = new Map<string, VisibleEdge>();
  for (const n of index.nodes) {
    const to = itemOf.get(n.id);
    if (to === undefined) continue;
    for (const input of n.inputs) {
      const from = itemOf.get(input);
      if (from === undefined || from === to) continue;
      const key = `${from}>${to}`;
      const e = edges.get(key);
      const shape = index.byId.get(input)!.shape;
      if (e === undefined) edges.set(key, { from, to, count: 1, shape: [...shape] });
      else {
        e.count++;
        if (e.shape !== null && (e.shape.length !== shape.length || e.shape.some((d, i) => d !== shape[i]))) e.shape = null;
      }
    }
  }
  return [...edges.values()];
}
