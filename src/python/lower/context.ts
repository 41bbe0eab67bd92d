// State shared by the lowering functions: the source, span helpers and the syntax errors found so far.
import type { Span } from '../ir';
import type { SyntaxNode } from './lite-tree';

/** When CPython would report an error: while parsing (first in source order wins), while building
 *  the symbol table, or while compiling. An earlier stage always wins over a later one. */
export type ErrorStage = 'parse' | 'symtable' | 'compile';

export interface SyntaxProblem {
  stage: ErrorStage;
  pyType: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  /** `col` is CPython's `offset - 1` (so an editor caret sits where CPython's `^` does). */
  span: Span;
}

export class LowerContext {
  readonly problems: SyntaxProblem[] = [];
  constructor(readonly source: string) {}

  /** Records a syntax error; lowering goes on so that the earliest one (by stage, then position) can be chosen. */
  problem(stage: ErrorStage, message: string, span: Span, pyType: SyntaxProblem['pyType'] = 'SyntaxError'): void {
    this.problems.push({ stage, pyType, message, span });
  }

  text(node: SyntaxNode): string {
    return this.source.slice(node.startIndex, node.endIndex);
  }
}

export function spanOf(node: SyntaxNode): Span {
  const start = node.startPosition;
  const end = node.endPosition;
  return { line: start.row + 1, col: start.column, endLine: end.row + 1, endCol: end.column };
}

/** From the start of `first` to the end of `last`. */
export function spanBetween(first: Span, last: Span): Span {
  return { line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
}

/** A zero-width-ish span covering one position (`width` columns). */
export function pointSpan(line: number, col: number, width = 1): Span {
  return { line, col, endLine: line, endCol: col + width };
}

/** Named children that are part of the syntax (comments and line continuations are extras). */
export function syntaxChildren(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const child of node.namedChildren) {
    if (child && child.type !== 'comment' && child.type !== 'line_continuation') out.push(child);
  }
  return out;
}

/** All children (named or not), skipping comments. */
export function allChildren(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const child of node.children) {
    if (child && child.type !== 'comment' && child.type !== 'line_continuation') out.push(child);
  }
  return out;
}

export function field(node: SyntaxNode, name: string): SyntaxNode | null {
  return node.childForFieldName(name);
}
