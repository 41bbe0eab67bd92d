// The mismatch view: for a failed check, the user's gradient, the exact one and the
// finite-difference one side by side (heatmaps on one shared scale for tensors), the worst
// elements marked and their numbers listed.
import type { CheckReport, GradientComparison, JsonValue } from '../protocol';
import { formatNumber } from '../model';
import { type NdArray, fromJson } from '../model/ndarray';
import { heatmap, maxAbs } from './heatmap';

const nullsToNaN = (v: JsonValue): JsonValue => (v === null ? 'nan' : Array.isArray(v) ? v.map(nullsToNaN) : v);

function unravel(flat: number, shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  for (let i = shape.length - 1; i >= 0; i--) {
    out[i] = flat % shape[i];
    flat = Math.floor(flat / shape[i]);
  }
  return out;
}

/** Flat indices of the k elements where user and exact differ most (relative error). */
export function worstElements(user: NdArray, exact: NdArray, k: number): number[] {
  const rel = (i: number): number => {
    const a = user.data[i];
    const e = exact.data[i];
    if (Number.isNaN(a) || Number.isNaN(e)) return Number.isNaN(a) && Number.isNaN(e) ? 0 : Infinity;
    const d = Math.abs(a - e);
    return d === 0 ? 0 : d / Math.max(Math.abs(a), Math.abs(e));
  };
  return [...user.data.keys()].filter((i) => rel(i) > 0).sort((i, j) => rel(j) - rel(i) || i - j).slice(0, k);
}

export function renderComparison(into: HTMLElement, check: CheckReport, cmp: GradientComparison | undefined): void {
  into.replaceChildren();
  const h = document.createElement('h3');
  h.textContent = `${check.function}: gradient w.r.t. ${check.wrt} - ${check.status}`;
  const summary = document.createElement('p');
  summary.textContent = `max relative error ${check.maxRelError.toExponential(2)}${check.mismatched !== undefined ? `, ${check.mismatched} of ${check.total} elements differ` : ''} (line ${check.line}).`;
  into.append(h, summary);
  const user = cmp === undefined ? null : fromJson(cmp.user);
  const exact = cmp === undefined ? null : fromJson(cmp.exact);
  const numeric = cmp === undefined ? null : fromJson(nullsToNaN(cmp.numeric));
  if (user === null || exact === null || user.data.length !== exact.data.length) {
    // only the worst element's numbers are known
    into.append(table([['element', 'yours', 'exact', 'numeric'], [`[${check.worstIndex.join(', ')}]`, formatNumber(check.analytic), formatNumber(check.autograd), formatNumber(check.numeric)]]));
    return;
  }
  const worst = worstElements(user, exact, 5);
  const marked = new Set(worst);
  const scale = Math.max(maxAbs(user), maxAbs(exact));
  const maps = document.createElement('div');
  maps.className = 'compare';
  const figure = (caption: string, a: NdArray | null, role: string): void => {
    const f = document.createElement('figure');
    f.setAttribute('data-role', role);
    const c = document.createElement('figcaption');
    c.textContent = caption;
    f.append(c);
    if (a !== null) f.append(heatmap(a, { width: 180, height: Math.max(24, Math.min(180, (180 * (a.shape.length > 1 ? a.shape[a.shape.length - 2] : 1)) / Math.max(1, a.shape[a.shape.length - 1] ?? 1))), maxRows: 64, maxCols: 64, marked, scale, title: caption }));
    maps.append(f);
  };
  figure('yours', user, 'user');
  figure('exact (autograd)', exact, 'exact');
  figure('finite differences', numeric, 'numeric');
  const legend = document.createElement('p');
  legend.textContent = 'Blue negative, red positive, one scale for all three; grey: not sampled by finite differences.';
  into.append(maps, legend);
  const rows: string[][] = [['element', 'yours', 'exact', 'numeric']];
  for (const i of worst)
    rows.push([`[${unravel(i, user.shape).join(', ')}]`, formatNumber(user.data[i]), formatNumber(exact.data[i]), numeric === null || Number.isNaN(numeric.data[i]) ? 'not sampled' : formatNumber(numeric.data[i])]);
  const caption = document.createElement('p');
  caption.textContent = worst.length === 0 ? 'No element differs.' : 'Worst elements (outlined in the maps):';
  into.append(caption, table(rows));
}

function table(rows: string[][]): HTMLTableElement {
  const t = document.createElement('table');
  t.setAttribute('data-role', 'worst');
  rows.forEach((r, i) => {
    const tr = document.createElement('tr');
    for (const cell of r) {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      td.textContent = cell;
      tr.append(td);
    }
    t.append(tr);
  });
  return t;
}
