// The messages between the extension host and the graph panel. The host sends the Report's
// graph (the `gradlens/graph` request's answer) and cursor highlights; the panel asks the host
// to reveal a source range, copy text, or save an SVG (webviews cannot write files).
import type { BindingReport, CheckReport, GraphNode, JsonValue, Range, RootReport } from '../src/analysis/report';

export type { BindingReport, CheckReport, GraphNode, JsonValue, Range, RootReport };

/** The user's, the exact and the finite-difference gradient of one failed check, element-wise. */
export interface GradientComparison {
  /** Index into `checks`. */
  check: number;
  user: JsonValue;
  exact: JsonValue;
  /** Finite differences where they were sampled; null elsewhere (they are costly). */
  numeric: JsonValue;
}

export interface GraphMessage {
  type: 'graph';
  root: RootReport | null;
  graph: GraphNode[];
  checks: CheckReport[];
  bindings?: BindingReport[];
  comparisons?: GradientComparison[];
  /** Visible-node limit (setting `gradlens.graph.maxNodes`); 150 when absent. */
  maxNodes?: number;
}

/** The cursor is on a variable: highlight its node(s). */
export interface HighlightMessage {
  type: 'highlight';
  name: string;
}

/** Open the gradient comparison of one check (from the code action or the code lens). */
export interface ShowComparisonMessage {
  type: 'showComparison';
  check: number;
}

export type HostToPanel = GraphMessage | HighlightMessage | ShowComparisonMessage;

export type PanelToHost =
  | { type: 'ready' }
  | { type: 'reveal'; range: Range }
  | { type: 'copy'; text: string }
  | { type: 'saveSvg'; svg: string }
  | { type: 'rendered'; nodes: number; millis: number };
