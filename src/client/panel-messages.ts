// What the extension host says to the graph panel and how it reads the panel's answers, as pure
// functions (no `vscode`): server answers -> panel messages, panel messages checked before use,
// the word under the cursor, the check a "Show Gradient Comparison" is about.
import type { CheckReport, Range } from '../analysis/report';
import type { GraphResult } from '../server/protocol';
import type { GraphMessage, HighlightMessage, PanelToHost } from '../../webview/protocol';

/** The default of `gradlens.graph.maxNodes` (and the panel's own default). */
export const DEFAULT_MAX_NODES = 150;

/** The setting's value if it is a whole number >= 1, else the default. */
export function maxNodesSetting(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : DEFAULT_MAX_NODES;
}

/** The `graph` message for the panel from the server's `gradlens/graph` answer. */
export function graphMessage(result: GraphResult, maxNodes: number): GraphMessage {
  return {
    type: 'graph',
    root: result.root,
    graph: result.graph,
    checks: result.checks,
    bindings: result.bindings,
    comparisons: result.comparisons,
    maxNodes,
  };
}

/** The file name of a document URI, for titles ("Backprop: neuron.py"). */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

export function panelTitle(uri: string): string {
  return `Backprop: ${fileNameOf(uri)}`;
}

/** The name for "Save SVG": the document's stem with `-graph.svg`. */
export function svgFileName(uri: string): string {
  const name = fileNameOf(uri);
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name || 'graph'}-graph.svg`;
}

// Python 3.11's keywords (keyword.kwlist): never variables, so never highlighted. The soft keywords
// (match, case, _) are ordinary names outside a match statement.
const PYTHON_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

const IDENTIFIER_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;
const IDENTIFIER_START = /[\p{L}\p{Nl}_]/u;

/**
 * The identifier the cursor is on or just after (`character` is a 0-based UTF-16 column), NFKC
 * normalised as CPython reads names (`𝑥` is `x`), or '' when it is on none, on a keyword, or
 * inside a number like `1e5`.
 */
export function identifierAt(lineText: string, character: number): string {
  const chars = Array.from(lineText);
  // the cursor's position in code points
  let cp = 0;
  for (let units = 0; cp < chars.length && units < character; cp++) units += chars[cp].length;
  const isChar = (i: number): boolean => i >= 0 && i < chars.length && IDENTIFIER_CHAR.test(chars[i]);
  let start = isChar(cp) ? cp : isChar(cp - 1) ? cp - 1 : -1;
  if (start < 0) return '';
  let end = start;
  while (isChar(start - 1)) start--;
  while (isChar(end + 1)) end++;
  const word = chars.slice(start, end + 1).join('').normalize('NFKC');
  if (!IDENTIFIER_START.test(chars[start]) || PYTHON_KEYWORDS.has(word)) return '';
  return word;
}

export function highlightMessage(name: string): HighlightMessage {
  return { type: 'highlight', name };
}

/** A Report range (1-based lines, 0-based UTF-16 columns) as VS Code's 0-based positions. */
export function editorRange(range: Range): { startLine: number; startCharacter: number; endLine: number; endCharacter: number } {
  return { startLine: range.line - 1, startCharacter: range.col, endLine: range.endLine - 1, endCharacter: range.endCol };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function parseRange(v: unknown): Range | undefined {
  if (!isObject(v)) return undefined;
  const { line, col, endLine, endCol } = v;
  if (!isCount(line) || !isCount(col) || !isCount(endLine) || !isCount(endCol) || line < 1 || endLine < line) return undefined;
  if (endLine === line && endCol < col) return undefined;
  return { line, col, endLine, endCol };
}

/** A message from the panel if it is one of the protocol's, else undefined (ignored by the host). */
export function parsePanelMessage(raw: unknown): PanelToHost | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal': {
      const range = parseRange(raw.range);
      return range === undefined ? undefined : { type: 'reveal', range };
    }
    case 'copy':
      return typeof raw.text === 'string' ? { type: 'copy', text: raw.text } : undefined;
    case 'saveSvg':
      return typeof raw.svg === 'string' && raw.svg.trimStart().startsWith('<svg') ? { type: 'saveSvg', svg: raw.svg } : undefined;
    case 'rendered':
      return isCount(raw.nodes) && typeof raw.millis === 'number' && raw.millis >= 0 ? { type: 'rendered', nodes: raw.nodes, millis: raw.millis } : undefined;
    default:
      return undefined;
  }
}

/** Which check "Show Gradient Comparison" opens, or why there is none to open. */
export type ComparisonTarget = { check: number } | { none: string };

function describe(c: CheckReport): string {
  return `${c.kind} check of ${c.function} w.r.t. ${c.wrt} on line ${c.line}`;
}

/**
 * The check to compare: at `line` (1-based, from the code action or lens) the first that did not
 * pass (a mismatch before a kink); without a line, the file's first mismatch, else its first kink.
 */
export function comparisonTarget(checks: readonly CheckReport[], line: number | undefined, file: string): ComparisonTarget {
  const indexed = checks.map((c, i) => ({ c, i }));
  const pick = (among: typeof indexed): number | undefined =>
    (among.find(({ c }) => c.status === 'mismatch') ?? among.find(({ c }) => c.status === 'kink'))?.i;
  if (line !== undefined) {
    const here = indexed.filter(({ c }) => c.line === line);
    const chosen = pick(here);
    if (chosen !== undefined) return { check: chosen };
    if (here.length > 0) return { none: `gradlens: the ${describe(here[0].c)} passed (max relative error ${here[0].c.maxRelError.toPrecision(3)}).` };
  }
  const chosen = pick(indexed);
  if (chosen !== undefined) return { check: chosen };
  return { none: checks.length === 0 ? `gradlens: no gradient checks ran in ${file}.` : `gradlens: every gradient check in ${file} passed.` };
}
