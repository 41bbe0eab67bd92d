// The computational graph that reaches the root, as Report nodes: every tensor on a path to
// the root, its op, the source range that made it, its value and gradient.
import { Tensor, reachable } from '../engine';
import type { Gradients } from '../engine';
import type { Span } from '../python/ir';
import type { GraphNode, JsonValue } from './report';
import { tensorToJson } from './values';

/** Tensors larger than this are summarised in the graph (shape only, no values). */
const MAX_VALUES = 4096;
/** Beyond this many nodes the graph is cut (the nearest nodes to the root are kept). */
export const MAX_GRAPH_NODES = 20_000;

export interface GraphOptions {
  spans: readonly Span[];
  /** The variable name bound to a tensor, when the program bound it. */
  nameOf: (t: Tensor) => string | undefined;
}

export function buildGraph(root: Tensor, grads: Gradients, options: GraphOptions): GraphNode[] {
  const kept = reachable(root, MAX_GRAPH_NODES); // reverse creation order, root first; the nearest kept
  const keptSet = new Set(kept.map((t) => t.id)); // ids: a scalar tensor may be reached through several objects
  const json = (t: Tensor | undefined): JsonValue | null => (t === undefined ? null : t.size <= MAX_VALUES ? tensorToJson(t) : null);
  return kept.map((t) => {
    const node = t.node;
    const span = options.spans[t.origin];
    const out: GraphNode = {
      id: t.id,
      kind: node === null ? 'leaf' : 'op',
      shape: [...t.shape],
      value: json(t) ?? `<${t.shape.join('x')} ${t.dtype}>`,
      grad: json(grads.get(t)),
      inputs: node === null ? [] : node.inputs.filter((x) => keptSet.has(x.id)).map((x) => x.id),
    };
    if (node !== null) out.op = node.op;
    const name = options.nameOf(t);
    if (name !== undefined) out.name = name;
    if (span !== undefined && t.origin !== 0) out.range = { line: span.line, col: span.col, endLine: span.endLine, endCol: span.endCol };
    if (node?.attrs !== undefined) out.attrs = { ...node.attrs };
    return out;
  });
}
