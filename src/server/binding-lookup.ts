// Finding the binding a position refers to: the binding whose range holds it, or, for a use of a
// name, the binding of that name that was live there (the last one in the same scope before the
// line, else on the line, falling back to module scope).
import type { BindingReport, Range, Report } from '../analysis/report';
import { scopeAtLine } from './scope-at';

/** A position as LSP gives it: 0-based line, 0-based UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

export interface Found {
  binding: BindingReport;
  /** The source range the hover covers (0-based lines here, like LSP). */
  range: { start: Position; end: Position };
}

function contains(r: Range, p: Position): boolean {
  const line = p.line + 1;
  if (line < r.line || line > r.endLine) return false;
  if (line === r.line && p.character < r.col) return false;
  if (line === r.endLine && p.character > r.endCol) return false;
  return true;
}

const IDENT = /[A-Za-z_0-9]/;

/** The (possibly dotted, like `self.W`) identifier at a position, with its 0-based columns. */
export function wordAt(lineText: string, character: number): { word: string; dotted: string; start: number; end: number } | undefined {
  let start = character;
  let end = character;
  while (start > 0 && IDENT.test(lineText[start - 1])) start--;
  while (end < lineText.length && IDENT.test(lineText[end])) end++;
  const word = lineText.slice(start, end);
  if (!/^[A-Za-z_]\w*$/.test(word)) return undefined;
  let dotStart = start;
  while (dotStart > 1 && lineText[dotStart - 1] === '.' && IDENT.test(lineText[dotStart - 2])) {
    dotStart--;
    while (dotStart > 0 && IDENT.test(lineText[dotStart - 1])) dotStart--;
  }
  return { word, dotted: lineText.slice(dotStart, end), start, end };
}

function lastBinding(candidates: BindingReport[], test: (b: BindingReport) => boolean): BindingReport | undefined {
  let best: BindingReport | undefined;
  for (const b of candidates) if (test(b) && (best === undefined || b.line > best.line)) best = b;
  return best;
}

/** The binding live at `line` (1-based) for `name` used in `scope`. */
export function liveBinding(bindings: readonly BindingReport[], name: string, scope: string, line: number): BindingReport | undefined {
  const named = bindings.filter((b) => b.name === name);
  const inScope = named.filter((b) => b.scope === scope);
  const found = lastBinding(inScope, (b) => b.line < line) ?? lastBinding(inScope, (b) => b.line === line);
  if (found !== undefined || scope === '<module>') return found;
  const globals = named.filter((b) => b.scope === '<module>');
  // A function may read a global assigned after the def (it runs later): take the last one then.
  return lastBinding(globals, (b) => b.line <= line) ?? lastBinding(globals, () => true);
}

function toLspRange(r: Range): Found['range'] {
  return { start: { line: r.line - 1, character: r.col }, end: { line: r.endLine - 1, character: r.endCol } };
}

/** The binding at `pos` in a document whose lines are `lines`, from `report`. */
export function bindingAt(report: Report, lines: readonly string[], pos: Position): Found | undefined {
  const exact = report.bindings.find((b) => contains(b.range, pos));
  if (exact !== undefined) return { binding: exact, range: toLspRange(exact.range) };
  const text = lines[pos.line];
  if (text === undefined) return undefined;
  const w = wordAt(text, pos.character);
  if (w === undefined) return undefined;
  const scope = scopeAtLine(lines, pos.line);
  const isAttribute = w.dotted !== w.word;
  const binding = isAttribute
    ? liveBinding(report.bindings, w.dotted, scope, pos.line + 1)
    : liveBinding(report.bindings, w.word, scope, pos.line + 1);
  if (binding === undefined) return undefined;
  return { binding, range: { start: { line: pos.line, character: w.start }, end: { line: pos.line, character: w.end } } };
}
