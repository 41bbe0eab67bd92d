// The panel's model, built once per graph message: the index, the groups, the backward steps.
// Everything the UI shows is computed here, without the DOM.
import type { GraphMessage } from '../protocol';
import { type GraphIndex, indexGraph } from './graph-index';
import { type Group, type Grouping, groupGraph } from './grouping';
import { type BackwardWalk, backwardSteps } from './steps';

export interface GraphModel {
  readonly index: GraphIndex;
  readonly grouping: Grouping;
  readonly walk: BackwardWalk;
}

export function buildModel(message: Pick<GraphMessage, 'graph' | 'bindings'>): GraphModel {
  const index = indexGraph(message.graph);
  return { index, grouping: groupGraph(message.graph, message.bindings ?? []), walk: backwardSteps(index) };
}

/** Nodes bound to `name` (exact match first; else names containing it), nearest the root first. */
export function findNodes(model: GraphModel, name: string): number[] {
  const q = name.trim();
  if (q === '') return [];
  const byDepth = (a: number, b: number): number => (model.index.depth.get(a) ?? Infinity) - (model.index.depth.get(b) ?? Infinity);
  const exact = model.index.nodes.filter((n) => n.name === q).map((n) => n.id);
  if (exact.length > 0) return exact.sort(byDepth);
  const lower = q.toLowerCase();
  return model.index.nodes.filter((n) => n.name?.toLowerCase().includes(lower) || n.op === q).map((n) => n.id).sort(byDepth);
}

/** The groups that must be expanded for the node to be visible (outermost first). */
export function groupsToReveal(model: GraphModel, node: number): Group[] {
  const out: Group[] = [];
  for (let g = model.grouping.groupOf.get(node) ?? null; g !== null && g.kind !== 'top'; g = g.parent) out.unshift(g);
  return out;
}

export type { GraphIndex } from './graph-index';
export type { Group, Grouping } from './grouping';
export type { BackwardWalk, ChainRuleStep, InputTerm } from './steps';
export type { View, VisibleItem, VisibleEdge, Frame } from './folding';
export { computeView, DEFAULT_MAX_NODES } from './folding';
export type { DiagramText, DiagramOptions } from './mermaid';
export { fitDiagram, mermaidText, itemIdOf, escapeLabel, isTextSizeErrorSvg, MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE } from './mermaid';
export { nodeName, valueOf, gradOf } from './steps';
export { formatNumber, formatArray, formatElements, formatValue } from './format';
