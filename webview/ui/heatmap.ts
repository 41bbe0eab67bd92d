// Small heatmaps of tensors as inline SVG: a diverging scale (blue negative, red positive,
// symmetric around 0), rows x columns from the last axis, averaged down when larger than the
// cell budget. Marked elements (the worst mismatches) get an outline.
import type { NdArray } from '../model/ndarray';

const SVG = 'http://www.w3.org/2000/svg';

export interface HeatmapOptions {
  width: number;
  height: number;
  maxRows: number;
  maxCols: number;
  /** Flat indices to outline. */
  marked?: ReadonlySet<number>;
  /** Colour scale bound (default: the largest |x|), so several maps can share one scale. */
  scale?: number;
  title?: string;
}

/** Rows and columns of a tensor laid out as a matrix (last axis across). */
export function matrixShape(shape: readonly number[]): [number, number] {
  if (shape.length === 0) return [1, 1];
  const cols = shape[shape.length - 1];
  const rows = shape.slice(0, -1).reduce((a, b) => a * b, 1);
  return [rows, cols];
}

export function colorOf(x: number, scale: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'rgb(128,128,128)' : x > 0 ? 'hsl(10,85%,35%)' : 'hsl(215,85%,35%)';
  const t = scale === 0 ? 0 : Math.max(-1, Math.min(1, x / scale));
  const hue = t >= 0 ? 10 : 215;
  return `hsl(${hue},80%,${(96 - 52 * Math.abs(t)).toFixed(1)}%)`;
}

export function maxAbs(a: NdArray): number {
  let m = 0;
  for (const x of a.data) if (Number.isFinite(x)) m = Math.max(m, Math.abs(x));
  return m;
}

export function heatmap(a: NdArray, o: HeatmapOptions): SVGSVGElement {
  const [rows, cols] = matrixShape(a.shape);
  const rStep = Math.ceil(rows / o.maxRows);
  const cStep = Math.ceil(cols / o.maxCols);
  const outRows = Math.ceil(rows / rStep);
  const outCols = Math.ceil(cols / cStep);
  const scale = o.scale ?? maxAbs(a);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(o.width));
  svg.setAttribute('height', String(o.height));
  svg.setAttribute('viewBox', `0 0 ${outCols} ${outRows}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'heatmap');
  if (o.title !== undefined) {
    const t = document.createElementNS(SVG, 'title');
    t.textContent = o.title;
    svg.appendChild(t);
  }
  const marks: Array<[number, number]> = [];
  for (let r = 0; r < outRows; r++)
    for (let c = 0; c < outCols; c++) {
      let sum = 0;
      let n = 0;
      let marked = false;
      for (let i = r * rStep; i < Math.min(rows, (r + 1) * rStep); i++)
        for (let j = c * cStep; j < Math.min(cols, (c + 1) * cStep); j++) {
          sum += a.data[i * cols + j];
          n++;
          if (o.marked?.has(i * cols + j)) marked = true;
        }
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', String(c));
      rect.setAttribute('y', String(r));
      rect.setAttribute('width', '1');
      rect.setAttribute('height', '1');
      rect.setAttribute('fill', colorOf(sum / n, scale));
      svg.appendChild(rect);
      if (marked) marks.push([r, c]);
    }
  for (const [r, c] of marks) {
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(c + 0.08));
    rect.setAttribute('y', String(r + 0.08));
    rect.setAttribute('width', '0.84');
    rect.setAttribute('height', '0.84');
    rect.setAttribute('fill', 'none');
    rect.setAttribute('stroke', 'currentColor');
    rect.setAttribute('stroke-width', '0.16');
    rect.setAttribute('class', 'worst');
    svg.appendChild(rect);
  }
  return svg;
}
