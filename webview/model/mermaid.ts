// The visible graph as mermaid flowchart text. Labels are escaped with mermaid's entity codes
// (#60; ...) so no user text (names, qualnames like <lambda>) can break the syntax or inject
// markup; the markup we add ourselves is a fixed set of spans. The text stays within
// mermaid's maxTextSize and maxEdges: over either, the view is recomputed with fewer nodes.
import type { GraphIndex } from './graph-index';
import type { Grouping } from './grouping';
import { type View, type ViewOptions, computeView } from './folding';
import { formatValue } from './format';
import { shapeText } from './local-derivatives';
import { nodeName } from './steps';

/** mermaid's defaults (its `initialize` config must use the same numbers). */
export const MERMAID_MAX_TEXT_SIZE = 50_000;
export const MERMAID_MAX_EDGES = 500;

/** The text mermaid puts in the SVG it returns, without failing, when the text is too long. */
export const MERMAID_TEXT_SIZE_ERROR = 'Maximum text size in diagram exceeded';

export function isTextSizeErrorSvg(svg: string): boolean {
  return svg.includes(MERMAID_TEXT_SIZE_ERROR);
}

const SAFE = /[A-Za-z0-9 _.,:;=+\-*/()[\]|^']/;

/** Label text with every character outside a small safe set written as a mermaid entity code. */
export function escapeLabel(text: string): string {
  let out = '';
  for (const ch of text) out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

export interface DiagramText {
  text: string;
  view: View;
  edges: number;
  /** Nodes mermaid draws: the visible items, with a shared leaf counted once per copy. */
  drawn: number;
  /** The node limit the view was computed with (lowered when the first try did not fit). */
  maxNodes: number;
}

export interface DiagramOptions extends ViewOptions {
  maxTextSize?: number;
  maxEdges?: number;
}

/** The view and its mermaid text, with the node limit lowered until the text fits mermaid's limits. */
export function fitDiagram(index: GraphIndex, grouping: Grouping, options: DiagramOptions = {}): DiagramText {
  const maxText = options.maxTextSize ?? MERMAID_MAX_TEXT_SIZE;
  const maxEdges = options.maxEdges ?? MERMAID_MAX_EDGES;
  const limit = options.maxNodes ?? 150;
  let maxNodes = limit;
  for (;;) {
    const view = computeView(index, grouping, { ...options, maxNodes });
    const text = mermaidText(view, index);
    const drawn = drawnNodes(view, index);
    const fits = text.length <= maxText && view.edges.length <= maxEdges && drawn <= limit;
    if (fits || maxNodes <= 2) return { text, view, edges: view.edges.length, drawn, maxNodes };
    maxNodes = Math.max(2, Math.floor(maxNodes * 0.8));
  }
}

/**
 * Above this many frames the groups are drawn without them: mermaid's layout of nested
 * subgraphs costs seconds (measured: 150 nodes in 49 frames 6-10 s, without frames about 1 s).
 */
export const MAX_FRAMES = 8;

/** Leaves read by more visible items than this are drawn as one copy per reader. */
export const MAX_LEAF_FAN_OUT = 2;
/** Separates an item id from its copy number in mermaid ids: n12_0, n12_1... */
export const COPY_SEPARATOR = '_';

/** The item id a mermaid node id stands for (a copy of a leaf stands for the leaf). */
export function itemIdOf(mermaidId: string): string {
  const i = mermaidId.indexOf(COPY_SEPARATOR);
  return i < 0 ? mermaidId : mermaidId.slice(0, i);
}

/** Leaves drawn once beside each reader (see mermaidText). */
function copiedLeaves(view: View, index: GraphIndex): { copied: Set<string>; fanOut: Map<string, number> } {
  const fanOut = new Map<string, number>();
  for (const e of view.edges) fanOut.set(e.from, (fanOut.get(e.from) ?? 0) + 1);
  const copied = new Set(
    view.items.filter((i) => i.kind === 'node' && index.byId.get(i.node)!.kind === 'leaf' && (fanOut.get(i.id) ?? 0) > MAX_LEAF_FAN_OUT).map((i) => i.id),
  );
  return { copied, fanOut };
}

export function drawnNodes(view: View, index: GraphIndex): number {
  const { copied, fanOut } = copiedLeaves(view, index);
  let n = view.items.length;
  for (const id of copied) n += fanOut.get(id)! - 1;
  return n;
}

export function mermaidText(view: View, index: GraphIndex): string {
  const lines: string[] = ['flowchart LR'];
  const frames = view.frames.length <= MAX_FRAMES ? view.frames : [];
  const framed = new Map<string, string>();
  for (const f of frames) for (const id of f.items) framed.set(id, f.id);
  const decl = new Map<string, string>();
  for (const item of view.items) {
    if (item.kind === 'node') {
      const n = index.byId.get(item.node)!;
      const title = n.kind === 'leaf' ? nodeName(n) : n.name !== undefined ? `${n.name} = ${n.op}` : (n.op ?? 'op');
      const tensor = n.shape.length > 0;
      const label =
        `<span class='t'>${escapeLabel(title)}</span><br/>` +
        `<span class='v'>${escapeLabel(formatValue(n.value, n.shape))}</span>` +
        `<span class='g'>${escapeLabel(formatValue(n.grad, n.shape))}</span>` +
        (tensor ? `<br/><span class='hm' data-node='${n.id}'></span>` : '');
      decl.set(item.id, n.kind === 'leaf' ? `${item.id}(["${label}"]):::leaf` : `${item.id}["${label}"]:::op`);
    } else if (item.kind === 'box') {
      const out = index.byId.get(item.nearest)!;
      const label =
        `<span class='t'>${escapeLabel(item.title)}</span><br/>` +
        `<span class='s'>${item.size} nodes, out ${escapeLabel(nodeName(out))}</span><br/>` +
        `<span class='v'>${escapeLabel(formatValue(out.value, out.shape))}</span>` +
        `<span class='g'>${escapeLabel(formatValue(out.grad, out.shape))}</span>`;
      decl.set(item.id, `${item.id}[["${label}"]]:::box`);
    } else {
      decl.set(item.id, `${item.id}[["<span class='t'>${item.size} farther nodes</span>"]]:::box`);
    }
  }
  // frames (subgraphs) nest; write each with its items, children inside
  const childrenOf = new Map<string | null, string[]>();
  for (const f of frames) childrenOf.set(f.parent, [...(childrenOf.get(f.parent) ?? []), f.id]);
  const frameById = new Map(frames.map((f) => [f.id, f]));
  const writeFrame = (id: string, indent: string): void => {
    const f = frameById.get(id)!;
    lines.push(`${indent}subgraph ${f.id}["${escapeLabel(f.title)}"]`);
    for (const item of f.items) lines.push(`${indent}  ${decl.get(item)}`);
    for (const c of childrenOf.get(id) ?? []) writeFrame(c, `${indent}  `);
    lines.push(`${indent}end`);
  };
  // A leaf read by many ops (a parameter used in every iteration) is drawn once beside each
  // reader: one long edge per reader across the whole layout costs the layout seconds.
  const { copied } = copiedLeaves(view, index);
  for (const item of view.items) if (!framed.has(item.id) && !copied.has(item.id)) lines.push(`  ${decl.get(item.id)}`);
  for (const top of childrenOf.get(null) ?? []) writeFrame(top, '  ');
  const copies = new Map<string, number>();
  for (const e of view.edges) {
    const label = e.count > 1 ? `x${e.count}` : e.shape !== null && e.shape.length > 0 ? shapeText(e.shape) : '';
    let from = e.from;
    if (copied.has(from)) {
      const k = copies.get(from) ?? 0;
      copies.set(from, k + 1);
      from = `${e.from}${COPY_SEPARATOR}${k}`;
      lines.push(`  ${decl.get(e.from)!.replace(e.from, from)}`);
    }
    lines.push(label === '' ? `  ${from} --> ${e.to}` : `  ${from} -->|"${escapeLabel(label)}"| ${e.to}`);
  }
  return `${lines.join('\n')}\n`;
}
