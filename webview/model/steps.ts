// The backward pass as steps, the way the lecture walks it: root first, each op after every op
// that consumes its output. At each step: the upstream gradient dL/d out (the node's recorded
// gradient), each input's local derivative, and the downstream contribution local x upstream;
// contributions to a value read by several ops add up (copy gate), and once the last one has
// arrived the sum is checked against the value's recorded gradient.
import type { GraphNode } from '../protocol';
import type { GraphIndex } from './graph-index';
import { type LocalRule, opRules } from './local-derivatives';
import { type NdArray, allClose, broadcastTo, fromJson, sumTo, zipWith } from './ndarray';

export interface InputTerm {
  input: number;
  slot: number;
  name: string;
  rule: LocalRule;
  /** local x upstream, shaped like the input; null where no gradient flows or no numbers exist. */
  downstream: NdArray | null;
  /** The sum of the contributions that reached this input so far (this step's included). */
  accumulated: NdArray | null;
  /** How many of the input's consumers have sent their contribution, out of how many. */
  arrived: number;
  uses: number;
  /** Once every contribution arrived: whether the sum equals the recorded gradient (null: no numbers). */
  matchesRecorded: boolean | null;
  recorded: NdArray | null;
}

export interface ChainRuleStep {
  /** 0-based position in the backward order. */
  index: number;
  node: number;
  op: string;
  pattern: string | null;
  /** dL/d out: the node's gradient (1 at the root). */
  upstream: NdArray | null;
  terms: InputTerm[];
  /** Inputs that fan out to several ops (copy gate): named so the UI can say so. */
  fanOut: string[];
}

export interface BackwardWalk {
  steps: ChainRuleStep[];
  /** After step i (0-based), the nodes whose gradient is complete. completeAfter[-1]: none. */
  completeAt: Map<number, number>;
}

/** A node's display name: its variable, else its op and id (leaves: the value). */
export function nodeName(n: GraphNode): string {
  if (n.name !== undefined) return n.name;
  if (n.kind === 'leaf') return typeof n.value === 'number' ? String(n.value) : `leaf${n.id}`;
  return `${n.op ?? 'op'}${n.id}`;
}

export function backwardSteps(index: GraphIndex): BackwardWalk {
  const steps: ChainRuleStep[] = [];
  const completeAt = new Map<number, number>();
  const accumulated = new Map<number, NdArray | null>();
  const arrived = new Map<number, number>();
  const usesOf = (id: number): number => (index.uses.get(id) ?? []).filter((u) => index.depth.has(u.consumer)).length;
  for (const id of index.backwardOrder) {
    const node = index.byId.get(id)!;
    if (id === index.rootId) completeAt.set(id, steps.length);
    if (node.kind === 'leaf' || node.inputs.length === 0) continue;
    const inputs = node.inputs.map((i) => index.byId.get(i));
    if (inputs.some((x) => x === undefined)) continue;
    const inputNodes = inputs as GraphNode[];
    const names = inputNodes.map(nodeName);
    const rules = opRules({
      op: node.op ?? '',
      attrs: node.attrs ?? {},
      inputs: inputNodes.map((x) => valueOf(x)),
      inputShapes: inputNodes.map((x) => x.shape),
      inputNames: names,
      output: valueOf(node),
      outputShape: node.shape,
    });
    const upstream = gradOf(node);
    const terms: InputTerm[] = inputNodes.map((inp, slot) => {
      const rule = rules.rules[slot] ?? { kind: 'none', formula: 'no rule' };
      const downstream = upstream === null ? null : applyRule(rule, upstream, node.shape, inp.shape);
      const flows = rule.kind !== 'none';
      const prev = accumulated.get(inp.id);
      const sum = !flows ? (prev ?? null) : prev === undefined ? downstream : prev === null || downstream === null ? null : zipWith([prev, downstream], ([u, v]) => u + v);
      accumulated.set(inp.id, sum);
      const count = (arrived.get(inp.id) ?? 0) + 1;
      arrived.set(inp.id, count);
      const uses = usesOf(inp.id);
      const recorded = gradOf(inp);
      const done = count === uses;
      if (done) completeAt.set(inp.id, steps.length);
      return {
        input: inp.id,
        slot,
        name: names[slot],
        rule,
        downstream: flows ? downstream : null,
        accumulated: sum,
        arrived: count,
        uses,
        recorded,
        matchesRecorded: !done || sum === null || recorded === null ? null : allClose(sum, broadcastTo(recorded, sum.shape), 1e-9, 1e-12),
      };
    });
    const fanOut = [...new Set(terms.filter((t) => t.uses > 1).map((t) => t.name))];
    steps.push({ index: steps.length, node: id, op: node.op ?? '', pattern: rules.pattern, upstream, terms, fanOut });
  }
  return { steps, completeAt };
}

/** The node's value as numbers, shaped like the node (null for summaries and objects). */
export function valueOf(n: GraphNode): NdArray | null {
  const v = fromJson(n.value);
  return v === null ? null : conform(v, n.shape);
}

export function gradOf(n: GraphNode): NdArray | null {
  const g = fromJson(n.grad);
  return g === null ? null : conform(g, n.shape);
}

function conform(a: NdArray, shape: readonly number[]): NdArray | null {
  const size = shape.reduce((x, y) => x * y, 1);
  return a.data.length === size ? { shape: [...shape], data: a.data } : null;
}

function applyRule(rule: LocalRule, upstream: NdArray, outShape: readonly number[], inShape: readonly number[]): NdArray | null {
  if (rule.kind === 'none') return null;
  if (rule.kind === 'vjp') return rule.vjp === null ? null : rule.vjp(upstream);
  if (rule.local === null) return null;
  const product = zipWith([broadcastTo(rule.local, broadcastShapeOf(rule.local.shape, outShape)), upstream], ([l, g]) => l * g);
  return product === null ? null : sumTo(product, inShape);
}

function broadcastShapeOf(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  return Array.from({ length: n }, (_, i) => Math.max(a[a.length - n + i] ?? 1, b[b.length - n + i] ?? 1));
}
