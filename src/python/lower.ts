// Syntax tree -> IR, with CPython 3.11's SyntaxError/IndentationError for broken programs.
import type { Directive, Module, Span, Stmt } from './ir';
import { parse } from './parse';
import type { Tree } from './parse';
import type { SourceTrees } from './source-trees';
import { analyzeScopes } from './scopes';
import { PySyntaxError } from './syntax-error';
import { LowerContext, SyntaxProblem, pointSpan } from './lower/context';
import { emptyScope } from './lower/scope-stub';
import { lowerBody } from './lower/statements';
import { ScanResult, scanSource } from './lower/tokens';
import { describeTreeError } from './lower/tree-errors';
import { SyntaxNode, copyTree } from './lower/lite-tree';
import { LoweredModules } from './lowered-modules';

/** Lowers a parsed module (and its `# gradlens:` directives) or throws the PySyntaxError CPython would raise. */
export function lower(tree: Tree, source: string): Module {
  const { body, scan, laterProblems } = lowerChecked(tree, source);
  const module: Module = { body, directives: scan.directives.map(lowerDirective), scope: emptyScope('module') };
  const problems = analyzeScopes(module);
  const stageProblem = firstLaterStageProblem([...problems, ...laterProblems]);
  if (stageProblem) throw new PySyntaxError(stageProblem.pyType, stageProblem.message, stageProblem.span);
  return module;
}

/** Where to keep a document's syntax tree between its versions (incremental re-parse). */
export interface TreeReuse {
  trees: SourceTrees;
  /** The document: its previous tree is the starting point of the next parse. */
  key: string;
}

/** The IR of recently lowered texts (see lowered-modules.ts). */
const recentlyLowered = new LoweredModules(8);

/** Convenience: parse and lower in one call (the parser must be loaded). A text lowered recently
 *  gives the same Module again: the IR is never written after lowering. With `reuse`, a new text is
 *  parsed from the document's previous tree. */
export function lowerSource(source: string, reuse?: TreeReuse): Module {
  const known = recentlyLowered.get(source);
  if (known !== undefined) return known;
  if (reuse) {
    const module = lower(reuse.trees.treeOf(reuse.key, source), source);
    recentlyLowered.set(source, module);
    return module;
  }
  const tree = parse(source);
  try {
    const module = lower(tree, source);
    recentlyLowered.set(source, module);
    return module;
  } finally {
    tree.delete();
  }
}

/** Lowers the statements and throws the first parse-stage error (tokenizer, structure or tree). */
function lowerChecked(tree: Tree, source: string): { body: Stmt[]; scan: ScanResult; laterProblems: SyntaxProblem[] } {
  const scan = scanSource(source);
  const ctx = new LowerContext(source);
  const root = copyTree(tree, source);
  const body = lowerBody(ctx, root);
  const parseError = chooseParseError(ctx, root, scan);
  if (parseError) throw new PySyntaxError(parseError.pyType, parseError.message, parseError.span);
  return { body, scan, laterProblems: ctx.problems.filter((p) => p.stage !== 'parse') };
}

interface Candidate {
  pyType: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  span: Span;
  generic: boolean;
}

function before(a: Span, b: Span): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

/** CPython's choice among the errors of a broken file: the parser stops at the first token it cannot
 *  accept, unless the tokenizer failed before reaching it; after a parser error the rest of the file
 *  is still tokenized, and a tokenizer error there (an unterminated string, a bad bracket or
 *  character) or a bracket never closed since an earlier line wins. */
function chooseParseError(ctx: LowerContext, root: SyntaxNode, scan: ScanResult): Candidate | null {
  const candidates: Candidate[] = [];
  if (scan.structureError) candidates.push({ ...scan.structureError, generic: false });
  if (root.hasError) {
    const treeError = describeTreeError(ctx, root);
    if (treeError) candidates.push({ pyType: 'SyntaxError', ...treeError });
  }
  for (const problem of ctx.problems) {
    if (problem.stage === 'parse') candidates.push({ pyType: problem.pyType, message: problem.message, span: problem.span, generic: false });
  }
  if (scan.strayCharacters[0]) {
    candidates.push({ pyType: 'SyntaxError', message: 'invalid syntax', span: scan.strayCharacters[0], generic: false });
  }
  let parserError: Candidate | null = null;
  for (const candidate of candidates) {
    if (!parserError) parserError = candidate;
    else if (candidate.span.line < parserError.span.line) parserError = candidate;
    else if (candidate.span.line === parserError.span.line) {
      if (parserError.generic && !candidate.generic) parserError = candidate;
      else if (parserError.generic === candidate.generic && before(candidate.span, parserError.span)) parserError = candidate;
    }
  }
  const tokenizerError = scan.tokenizerError;
  if (tokenizerError) {
    const reachedFirst = !parserError || tokenizerError.span.line <= parserError.span.line;
    if (reachedFirst || tokenizerError.hard) return { ...tokenizerError, generic: false };
  }
  const unclosed = scan.unclosed;
  if (unclosed && (!parserError || (parserError.generic && parserError.span.line >= unclosed.line) || parserError.span.line > unclosed.line)) {
    return { pyType: 'SyntaxError', message: `'${unclosed.char}' was never closed`, span: pointSpan(unclosed.line, unclosed.col, 0), generic: false };
  }
  return parserError;
}

/** Symbol-table errors come before compiler errors; within a stage, the first found. */
function firstLaterStageProblem(problems: SyntaxProblem[]): SyntaxProblem | null {
  const symtable = problems.filter((p) => p.stage === 'symtable');
  if (symtable.length) return symtable[0];
  const compile = problems.filter((p) => p.stage === 'compile').sort((a, b) => (before(a.span, b.span) ? -1 : before(b.span, a.span) ? 1 : 0));
  return compile[0] ?? null;
}

/** Parses one `# gradlens:` line on its own; its spans are moved onto the comment's line. */
function lowerDirective(directive: { line: number; col: number; text: string }): Directive {
  const span: Span = { line: directive.line, col: directive.col, endLine: directive.line, endCol: directive.col + directive.text.length };
  const tree = parse(directive.text);
  try {
    const { body, laterProblems } = lowerChecked(tree, directive.text);
    const later = firstLaterStageProblem(laterProblems);
    if (later) throw new PySyntaxError(later.pyType, later.message, later.span);
    shiftSpans(body, directive.line - 1, directive.col, new Set());
    return { span, source: directive.text, body };
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    const at = error.span;
    const errorSpan: Span = { line: directive.line, col: at.col + directive.col, endLine: directive.line, endCol: at.endCol + directive.col };
    return { span, source: directive.text, body: [], error: { pyType: error.pyType === 'TabError' ? 'IndentationError' : error.pyType, message: error.message, span: errorSpan } };
  } finally {
    tree.delete();
  }
}

function isSpan(value: unknown): value is Span {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.line === 'number' && typeof v.col === 'number' && typeof v.endLine === 'number' && typeof v.endCol === 'number';
}

/** Moves every span in an IR subtree (a directive is one line, so only line 1 exists before shifting). */
function shiftSpans(value: unknown, lines: number, cols: number, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (isSpan(value)) {
    const span = value as Span;
    if (span.line === 1) span.col += cols;
    if (span.endLine === 1) span.endCol += cols;
    span.line += lines;
    span.endLine += lines;
    return;
  }
  for (const child of Array.isArray(value) ? value : Object.values(value)) shiftSpans(child, lines, cols, seen);
}
