// mermaid, bundled: configuration from the VS Code theme, rendering with the silent
// "Maximum text size" SVG turned into an error, and the map from our item ids to SVG elements.
import mermaid from 'mermaid';
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE, isTextSizeErrorSvg, itemIdOf } from '../model';

export class DiagramTooLargeError extends Error {}

function cssColorToHex(color: string, fallback: string): string {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (m === null) return /^#[0-9a-f]{3,8}$/i.test(color.trim()) ? color.trim() : fallback;
  return `#${[m[1], m[2], m[3]].map((x) => Number(x).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1, 7), 16);
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
}

/** (Re)configures mermaid from the current theme's computed colours. */
export function configureMermaid(): void {
  const body = getComputedStyle(document.body);
  const bg = cssColorToHex(body.backgroundColor, '#ffffff');
  const fg = cssColorToHex(body.color, '#1f1f1f');
  const dark = luminance(bg) < 0.5;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    layout: 'dagre',
    look: 'classic',
    htmlLabels: true,
    maxTextSize: MERMAID_MAX_TEXT_SIZE,
    maxEdges: MERMAID_MAX_EDGES,
    flowchart: { useMaxWidth: false, nodeSpacing: 24, rankSpacing: 36, padding: 6 },
    themeVariables: {
      darkMode: dark,
      background: bg,
      primaryColor: dark ? '#2d2d30' : '#f3f3f3',
      primaryTextColor: fg,
      primaryBorderColor: fg,
      lineColor: fg,
      textColor: fg,
      fontSize: '12px',
      fontFamily: body.fontFamily || 'sans-serif',
    },
  });
}

export interface RenderedDiagram {
  svg: SVGSVGElement;
  /** Our item id (n12, g3, far) -> its SVG groups (several for a leaf drawn beside each reader). */
  items: Map<string, SVGGElement[]>;
  /** Our frame id (f0...) -> its cluster group. */
  frames: Map<string, SVGGElement>;
}

let counter = 0;

export async function renderDiagram(text: string, into: HTMLElement): Promise<RenderedDiagram> {
  const { svg } = await mermaid.render(`gl-diagram-${++counter}`, text);
  if (isTextSizeErrorSvg(svg)) throw new DiagramTooLargeError('mermaid: Maximum text size in diagram exceeded');
  into.innerHTML = svg;
  const root = into.querySelector('svg');
  if (root === null) throw new Error('mermaid returned no SVG');
  const items = new Map<string, SVGGElement[]>();
  for (const g of Array.from(root.querySelectorAll<SVGGElement>('g.node'))) {
    const mermaidId = g.getAttribute('data-id') ?? /flowchart-(.+)-\d+$/.exec(g.id)?.[1];
    if (mermaidId === undefined || mermaidId === null) continue;
    const id = itemIdOf(mermaidId);
    items.set(id, [...(items.get(id) ?? []), g]);
  }
  const frames = new Map<string, SVGGElement>();
  for (const g of Array.from(root.querySelectorAll<SVGGElement>('g.cluster'))) {
    const id = g.getAttribute('data-id') ?? g.id.replace(/^.*?(f\d+)$/, '$1');
    frames.set(id, g);
  }
  return { svg: root, items, frames };
}
