// Groups of the graph by repetition in the source: the nodes a loop body or a function makes
// carry the same source ranges on every pass, so a block of ranges that recurs N times in
// creation order is N instances (loop iterations or calls) of one repeated block. Blocks nest
// (a function with a loop, called in a loop). Nodes outside any repetition stay in their
// parent group.
import type { BindingReport, GraphNode, Range } from '../protocol';

export interface Group {
  /** Stable across re-analysis of the same source (used to keep expand/collapse state). */
  readonly key: string;
  readonly kind: 'top' | 'repeat' | 'instance';
  readonly title: string;
  readonly parent: Group | null;
  /** repeat: its instances; top/instance: the repeated blocks nested in it. */
  readonly children: Group[];
  /** Nodes directly in this group (not in a child group). */
  readonly nodes: number[];
  /** repeat: how many instances; instance: its 1-based ordinal. */
  readonly count: number;
  readonly ordinal: number;
  /** Source lines the group's nodes span. */
  lines: [number, number] | null;
  /** Nodes in the group and all its descendants. */
  size: number;
}

export interface Grouping {
  readonly top: Group;
  /** The innermost group of each node. */
  readonly groupOf: ReadonlyMap<number, Group>;
  readonly byKey: ReadonlyMap<string, Group>;
}

const siteOf = (n: GraphNode): string | null => (n.range === undefined ? null : `${n.op ?? 'leaf'}@${rangeText(n.range)}`);
const rangeText = (r: Range): string => `${r.line}:${r.col}-${r.endLine}:${r.endCol}`;

export function groupGraph(graph: readonly GraphNode[], bindings: readonly BindingReport[] = []): Grouping {
  const sorted = [...graph].sort((a, b) => a.id - b.id);
  const top = makeGroup('top', 'top', 'graph', null, 0, 0);
  const groupOf = new Map<number, Group>();
  const byKey = new Map<string, Group>([[top.key, top]]);
  const scopes = functionScopes(bindings);
  // an explicit work stack (sequence, group) keeps deep nesting off the call stack
  const work: Array<{ seq: GraphNode[]; group: Group }> = [{ seq: sorted, group: top }];
  while (work.length > 0) {
    const { seq, group } = work.pop()!;
    const region = findRepeatedRegion(seq);
    if (region === null) {
      for (const n of seq) {
        group.nodes.push(n.id);
        groupOf.set(n.id, group);
      }
      continue;
    }
    const { starts, end } = region;
    const before = seq.slice(0, starts[0]);
    const after = seq.slice(end + 1);
    const anchor = siteOf(seq[starts[0]]) ?? `n${seq[starts[0]].id}`;
    const lines = linesOf(seq.slice(starts[0], end + 1));
    const scope = lines === null ? undefined : scopes.find((s) => s.from <= lines[0] && lines[1] <= s.to)?.name;
    const where = lines === null ? 'repeated block' : lines[0] === lines[1] ? `line ${lines[0]}` : `lines ${lines[0]}-${lines[1]}`;
    const repeat = makeGroup(`${group.key}/${anchor}`, 'repeat', `${where}${scope === undefined ? '' : ` in ${scope}()`}`, group, starts.length, 0);
    repeat.lines = lines;
    group.children.push(repeat);
    byKey.set(repeat.key, repeat);
    starts.forEach((s, k) => {
      const stop = k + 1 < starts.length ? starts[k + 1] : end + 1;
      const inst = makeGroup(`${repeat.key}#${k + 1}`, 'instance', `${where} #${k + 1}`, repeat, 0, k + 1);
      inst.lines = linesOf(seq.slice(s, stop));
      repeat.children.push(inst);
      byKey.set(inst.key, inst);
      work.push({ seq: seq.slice(s, stop), group: inst });
    });
    work.push({ seq: before, group }, { seq: after, group });
  }
  computeSizes(top);
  return { top, groupOf, byKey };
}

function makeGroup(key: string, kind: Group['kind'], title: string, parent: Group | null, count: number, ordinal: number): Group {
  return { key, kind, title, parent, children: [], nodes: [], count, ordinal, lines: null, size: 0 };
}

function computeSizes(g: Group): number {
  g.size = g.nodes.length + g.children.reduce((s, c) => s + computeSizes(c), 0);
  if (g.kind === 'top' || g.kind === 'repeat') g.lines = mergeLines(g.lines, g.children.map((c) => c.lines));
  return g.size;
}

function mergeLines(own: [number, number] | null, more: ReadonlyArray<[number, number] | null>): [number, number] | null {
  let out = own;
  for (const l of more) if (l !== null) out = out === null ? [...l] : [Math.min(out[0], l[0]), Math.max(out[1], l[1])];
  return out;
}

function linesOf(seq: readonly GraphNode[]): [number, number] | null {
  let out: [number, number] | null = null;
  for (const n of seq) if (n.range !== undefined) out = out === null ? [n.range.line, n.range.endLine] : [Math.min(out[0], n.range.line), Math.max(out[1], n.range.endLine)];
  return out;
}

/**
 * The first repeated block of `seq` (nodes in creation order). c = the fewest times any source
 * site recurs (at least twice); the sites recurring exactly c times are the block's anchors, each
 * one chunk per instance. Sites recurring a multiple of c times (inner loops) join the block when
 * their c chunks interleave with the anchors' instances. Returns the positions where instances
 * start and the position of the block's last node, or null when no site recurs.
 */
function findRepeatedRegion(seq: readonly GraphNode[]): { starts: number[]; end: number } | null {
  const occurrences = new Map<string, number[]>();
  seq.forEach((n, pos) => {
    const site = siteOf(n);
    if (site === null) return;
    const list = occurrences.get(site);
    if (list === undefined) occurrences.set(site, [pos]);
    else list.push(pos);
  });
  let c = Infinity;
  for (const list of occurrences.values()) if (list.length >= 2) c = Math.min(c, list.length);
  if (c === Infinity) return null;
  const chunk = (l: readonly number[], k: number): [number, number] => {
    const per = l.length / c;
    return [l[k * per], l[(k + 1) * per - 1]];
  };
  const startsOf = (members: readonly number[][]): number[] =>
    Array.from({ length: c }, (_, k) => Math.min(...members.map((l) => chunk(l, k)[0])));
  // chunk k of every member ends before instance k + 1 starts
  const fitsStarts = (l: readonly number[], starts: readonly number[]): boolean => {
    for (let k = 0; k + 1 < c; k++) if (chunk(l, k)[1] >= starts[k + 1]) return false;
    return true;
  };
  // Anchors: a later, separate block recurring c times does not interleave; keep the first.
  let anchors = [...occurrences.values()].filter((l) => l.length === c);
  for (;;) {
    const starts = startsOf(anchors);
    const kept = anchors.filter((l) => fitsStarts(l, starts));
    if (kept.length === anchors.length) break;
    anchors = kept.length > 0 ? kept : [anchors.reduce((a, b) => (b[0] < a[0] ? b : a))];
  }
  const anchorEnds = Array.from({ length: c }, (_, k) => Math.max(...anchors.map((l) => chunk(l, k)[1])));
  // an inner site's chunk k starts after the anchors of instance k - 1 are done
  const candidates = [...occurrences.values()].filter((l) => l.length > c && l.length % c === 0);
  let extra = candidates.filter((l) => {
    for (let k = 1; k < c; k++) if (chunk(l, k)[0] <= anchorEnds[k - 1]) return false;
    return true;
  });
  for (;;) {
    const starts = startsOf([...anchors, ...extra]);
    const kept = extra.filter((l) => fitsStarts(l, starts));
    if (kept.length === extra.length) {
      const members = [...anchors, ...extra];
      return { starts, end: Math.max(...members.map((l) => l[l.length - 1])) };
    }
    extra = kept;
  }
}

/** The line span of each function scope, from where its variables were bound. */
function functionScopes(bindings: readonly BindingReport[]): Array<{ name: string; from: number; to: number }> {
  const spans = new Map<string, { name: string; from: number; to: number }>();
  for (const b of bindings) {
    if (b.scope === '<module>') continue;
    const s = spans.get(b.scope);
    if (s === undefined) spans.set(b.scope, { name: b.scope, from: b.line, to: b.line });
    else {
      s.from = Math.min(s.from, b.line);
      s.to = Math.max(s.to, b.line);
    }
  }
  return [...spans.values()];
}
