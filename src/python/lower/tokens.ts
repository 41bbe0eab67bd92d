// A scan of the source in the manner of CPython's tokenizer, for what tree-sitter does not check:
// indentation (INDENT/DEDENT, unindent mismatches, tabs vs spaces), unterminated strings, brackets
// that do not match or are never closed, invalid characters and number literals. It also finds the
// logical lines that open a block, for "expected ':'" / "expected an indented block" / "unexpected indent".
import type { Span } from '../ir';
import { pointSpan } from './context';

export interface TokenizerError {
  pyType: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  span: Span;
  /** A hard error is raised by the tokenizer itself: CPython reports it even when the parser failed
   *  earlier (it tokenizes the rest of the file after a parser error). Indentation errors are soft:
   *  reported only when reached before the parser fails. */
  hard: boolean;
}

/** A parser-level error found from the token stream (CPython's parser would raise it at this token). */
export interface StructureError {
  pyType: 'SyntaxError' | 'IndentationError';
  message: string;
  span: Span;
}

export interface UnclosedBracket {
  char: string;
  line: number;
  col: number;
}

export interface ScanResult {
  tokenizerError: TokenizerError | null;
  /** Brackets still open at end of file (innermost last). */
  unclosed: UnclosedBracket | null;
  /** The first parser-level error visible from the token stream alone. */
  structureError: StructureError | null;
  /** Lines whose first non-blank characters are `# gradlens:`: [line (1-based), column of the statement text, text]. */
  directives: { line: number; col: number; text: string }[];
  /** Positions of `$`, `?` and backtick characters (CPython: "invalid syntax" there). */
  strayCharacters: Span[];
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const BLOCK_KEYWORDS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", for: "'for' statement",
  while: "'while' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  with: "'with' statement", def: 'function definition', class: 'class definition',
};
/** Soft keywords: a header only when the line ends with the block's ':'. */
const SOFT_BLOCK_KEYWORDS: Record<string, string> = { match: "'match' statement", case: "'case' statement" };

const IDENT_START = /[\p{L}\p{Nl}_\u1885\u1886\u2118\u212E\u309B\u309C]/u;
const IDENT_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00B7\u0387\u1369-\u1371\u19DA]/u;
const STRING_PREFIX = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?$/;
const KEYWORDS_AFTER_NUMBER = /^(?:and|or|in|if|else|is|not|for)\b/;

interface Token {
  type: 'name' | 'number' | 'string' | 'op' | 'other';
  text: string;
  line: number;
  col: number;
  endCol: number;
  endLine: number;
}

interface LogicalLine {
  tokens: Token[];
  indent: number;
  /** Width of the indentation in characters (CPython's offset for "unexpected indent"). */
  indentChars: number;
  line: number;
}

/** Scans `source`; stops at the first tokenizer error. */
export function scanSource(source: string): ScanResult {
  return new Scanner(source).run();
}

class Scanner {
  private readonly lines: string[];
  private readonly result: ScanResult = {
    tokenizerError: null, unclosed: null, structureError: null, directives: [], strayCharacters: [],
  };
  private readonly brackets: UnclosedBracket[] = [];
  private readonly logical: LogicalLine[] = [];
  private current: LogicalLine | null = null;
  private readonly indents = [0];
  private readonly altIndents = [0];

  constructor(source: string) {
    this.lines = source.split(/\r\n|\r|\n/);
    if (this.lines.length > 1 && this.lines[this.lines.length - 1] === '') this.lines.pop();
  }

  run(): ScanResult {
    let lineIndex = 0;
    let continuation = false;
    while (lineIndex < this.lines.length && !this.result.tokenizerError) {
      const text = this.lines[lineIndex];
      const lineNo = lineIndex + 1;
      let pos = 0;
      if (this.brackets.length === 0 && !continuation) {
        // start of a logical line: indentation
        let col = 0;
        let altCol = 0;
        while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\f')) {
          if (text[pos] === ' ') { col++; altCol++; }
          else if (text[pos] === '\t') { col = (Math.floor(col / 8) + 1) * 8; altCol++; }
          else { col = 0; altCol = 0; }
          pos++;
        }
        const rest = text.slice(pos);
        if (rest === '' || rest.startsWith('#')) {
          this.noteDirective(rest, lineNo, pos);
          lineIndex++;
          continue;
        }
        if (!this.indentation(col, altCol, lineNo, text)) break;
        this.current = { tokens: [], indent: col, indentChars: pos, line: lineNo };
        this.logical.push(this.current);
      }
      continuation = false;
      const next = this.scanLine(lineIndex, pos);
      if (next === 'continuation') {
        continuation = true;
        lineIndex++;
      } else {
        lineIndex = next;
      }
    }
    if (!this.result.tokenizerError && this.brackets.length > 0) this.result.unclosed = this.brackets[this.brackets.length - 1];
    this.result.structureError = this.structure();
    return this.result;
  }

  private noteDirective(comment: string, line: number, col: number): void {
    const match = /^#\s*gradlens:\s?/.exec(comment);
    if (!match) return;
    const text = comment.slice(match[0].length);
    const leading = text.length - text.trimStart().length;
    this.result.directives.push({ line, col: col + match[0].length + leading, text: text.trim() });
  }

  /** CPython's indentation algorithm (tabs to multiples of 8, checked against tabs as 1). */
  private indentation(col: number, altCol: number, line: number, text: string): boolean {
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    const tabError = (): boolean => {
      this.fail('TabError', 'inconsistent use of tabs and spaces in indentation', pointSpan(line, 0, 0), false);
      return false;
    };
    if (col === top) {
      if (altCol !== altTop) return tabError();
    } else if (col > top) {
      if (altCol <= altTop) return tabError();
      this.indents.push(col);
      this.altIndents.push(altCol);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
      }
      if (col !== this.indents[this.indents.length - 1]) {
        this.fail('IndentationError', 'unindent does not match any outer indentation level',
          pointSpan(line, text.length, 0), false);
        return false;
      }
      if (altCol !== this.altIndents[this.altIndents.length - 1]) return tabError();
    }
    return true;
  }

  private fail(pyType: TokenizerError['pyType'], message: string, span: Span, hard = true): void {
    this.result.tokenizerError ??= { pyType, message, span, hard };
  }

  private push(type: Token['type'], text: string, line: number, col: number, endLine = line, endCol = col + text.length): void {
    this.current?.tokens.push({ type, text, line, col, endLine, endCol });
  }

  /** Tokenizes one physical line from `pos`; returns the index of the next line to read,
   *  or 'continuation' after a backslash-newline. Multi-line strings consume further lines. */
  private scanLine(lineIndex: number, start: number): number | 'continuation' {
    const text = this.lines[lineIndex];
    const line = lineIndex + 1;
    let pos = start;
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === ' ' || ch === '\t' || ch === '\f') { pos++; continue; }
      if (ch === '#') return lineIndex + 1;
      if (ch === '\\') {
        if (pos === text.length - 1) return lineIndex + 1 < this.lines.length ? 'continuation' : lineIndex + 1;
        this.fail('SyntaxError', 'unexpected character after line continuation character', pointSpan(line, pos + 1, 0));
        return this.lines.length;
      }
      const quote = ch === '"' || ch === "'";
      if (quote || IDENT_START.test(ch) || ch.charCodeAt(0) >= 0xd800) {
        // a name, or a string prefix followed by a quote
        let end = pos;
        if (!quote) {
          while (end < text.length && isIdentChar(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
        }
        const word = text.slice(pos, end);
        if (!quote && end === pos) {
          const codePoint = text.codePointAt(pos)!;
          this.fail('SyntaxError', `invalid character '${String.fromCodePoint(codePoint)}' (U+${hex(codePoint)})`, pointSpan(line, pos, 0));
          return this.lines.length;
        }
        if ((text[end] === '"' || text[end] === "'") && STRING_PREFIX.test(word)) {
          const next = this.scanString(lineIndex, pos, end);
          if (next === null) return this.lines.length;
          if (next.lineIndex !== lineIndex) return this.scanLine(next.lineIndex, next.pos);
          pos = next.pos;
          continue;
        }
        this.push('name', word, line, pos);
        pos = end;
        continue;
      }
      if ((ch >= '0' && ch <= '9') || (ch === '.' && text[pos + 1] >= '0' && text[pos + 1] <= '9')) {
        const end = this.scanNumber(text, line, pos);
        if (end < 0) return this.lines.length;
        pos = end;
        continue;
      }
      if (ch in OPENERS) {
        this.brackets.push({ char: ch, line, col: pos });
        this.push('op', ch, line, pos);
        pos++;
        continue;
      }
      if (ch in CLOSERS) {
        const open = this.brackets.pop();
        if (!open) {
          this.fail('SyntaxError', `unmatched '${ch}'`, pointSpan(line, pos, 0));
          return this.lines.length;
        }
        if (open.char !== CLOSERS[ch]) {
          const where = open.line !== line ? ` on line ${open.line}` : '';
          this.fail('SyntaxError', `closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'${where}`, pointSpan(line, pos, 0));
          return this.lines.length;
        }
        this.push('op', ch, line, pos);
        pos++;
        continue;
      }
      if (ch === '$' || ch === '?' || ch === '`') {
        this.result.strayCharacters.push(pointSpan(line, pos));
        this.push('other', ch, line, pos);
        pos++;
        continue;
      }
      const code = text.codePointAt(pos)!;
      if (code > 0x7f || code < 0x20) {
        const message = code < 0x20 || (code >= 0x7f && code < 0xa0)
          ? `invalid non-printable character U+${hex(code)}`
          : `invalid character '${String.fromCodePoint(code)}' (U+${hex(code)})`;
        this.fail('SyntaxError', message, pointSpan(line, pos, 0));
        return this.lines.length;
      }
      const op = /^(\*\*=|\/\/=|>>=|<<=|->|:=|\*\*|\/\/|<<|>>|<=|>=|==|!=|[-+*/%@&|^]=|\.\.\.|[-+*/%@&|^~<>=.,:;!])/.exec(text.slice(pos));
      const opText = op ? op[0] : ch;
      this.push('op', opText, line, pos);
      pos += opText.length;
    }
    return lineIndex + 1;
  }

  /** A string literal starting at `start` (prefix) with its quote at `quoteAt`. */
  private scanString(lineIndex: number, start: number, quoteAt: number): { lineIndex: number; pos: number } | null {
    let text = this.lines[lineIndex];
    const line = lineIndex + 1;
    const quoteChar = text[quoteAt];
    const triple = text.startsWith(quoteChar.repeat(3), quoteAt);
    const quote = triple ? quoteChar.repeat(3) : quoteChar;
    let pos = quoteAt + quote.length;
    let index = lineIndex;
    const unterminated = (detectedAt: number): null => {
      const message = triple
        ? `unterminated triple-quoted string literal (detected at line ${detectedAt})`
        : `unterminated string literal (detected at line ${detectedAt})`;
      this.fail('SyntaxError', message, pointSpan(line, start, 0));
      return null;
    };
    for (;;) {
      if (pos >= text.length) {
        // end of a physical line inside the literal: only triple quotes go on (or a backslash, below)
        if (!triple) return unterminated(index + 1);
        index++;
        if (index >= this.lines.length) return unterminated(this.lines.length);
        text = this.lines[index];
        pos = 0;
        continue;
      }
      const ch = text[pos];
      if (ch === '\\') {
        if (pos + 1 >= text.length) {
          // backslash-newline continues any string literal on the next line
          index++;
          if (index >= this.lines.length) return unterminated(this.lines.length);
          text = this.lines[index];
          pos = 0;
          continue;
        }
        pos += 2;
        continue;
      }
      if (text.startsWith(quote, pos)) {
        pos += quote.length;
        this.push('string', '', line, start, index + 1, pos);
        return { lineIndex: index, pos };
      }
      pos++;
    }
  }

  /** A number literal; returns its end, or -1 after recording an error. */
  private scanNumber(text: string, line: number, start: number): number {
    const match = /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:[eE][-+]?\d(?:_?\d)*)?[jJ]?)/.exec(text.slice(start));
    let end = start + (match ? match[0].length : 1);
    if (end === start) end = start + 1;
    const literal = text.slice(start, end);
    if (/^0\d/.test(literal) && /^[\d_]+$/.test(literal) && !/^0[0_]*$/.test(literal)) {
      this.fail('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', pointSpan(line, start, 0));
      return -1;
    }
    if (end < text.length && (isIdentChar(text, end) || text[end] === '_')) {
      if (!KEYWORDS_AFTER_NUMBER.test(text.slice(end))) {
        const kind = /^0[xX]/.test(literal) ? 'hexadecimal' : /^0[oO]/.test(literal) ? 'octal' : /^0[bB]/.test(literal) ? 'binary' : 'decimal';
        // CPython points at the literal's last character
        this.fail('SyntaxError', `invalid ${kind} literal`, pointSpan(line, end - 1, 0));
        return -1;
      }
    }
    this.push('number', literal, line, start);
    return end;
  }

  /** Block structure over logical lines: a header must end with ':' and be followed by an indented
   *  block; an indented line must follow a header. Returns the first problem. */
  private structure(): StructureError | null {
    const lines = this.logical;
    for (let i = 0; i < lines.length; i++) {
      const current = lines[i];
      const previous = i > 0 ? lines[i - 1] : null;
      const previousOpens = previous ? opensBlock(previous) : false;
      if (current.indent > (previous ? previous.indent : 0) && !previousOpens) {
        return { pyType: 'IndentationError', message: 'unexpected indent', span: pointSpan(current.line, Math.max(current.indentChars - 1, 0), 0) };
      }
      const first = current.tokens[0];
      if (!first) continue;
      const keyword = headerKeyword(current);
      if (!keyword) continue;
      const skip = first.text === 'async' ? 1 : 0;
      if (keyword === 'def' && current.tokens[1 + skip]?.type === 'name' && current.tokens[2 + skip]?.text !== '(') {
        const after = current.tokens[2 + skip];
        const name = current.tokens[1 + skip];
        const span = after ? pointSpan(after.line, after.col, 0) : pointSpan(name.endLine, name.endCol, 0);
        return { pyType: 'SyntaxError', message: "expected '('", span };
      }
      const colon = headerColon(current);
      if (keyword in SOFT_BLOCK_KEYWORDS && colon !== current.tokens.length - 1) continue;
      if (colon < 0) {
        if (current.tokens.some((t) => t.type === 'other') || this.result.unclosed) continue;
        const last = current.tokens[current.tokens.length - 1];
        return { pyType: 'SyntaxError', message: "expected ':'", span: pointSpan(last.endLine, last.endCol, 0) };
      }
      if (colon === current.tokens.length - 1) {
        const next = lines[i + 1];
        if (!next || next.indent <= current.indent) {
          const description = BLOCK_KEYWORDS[keyword] ?? SOFT_BLOCK_KEYWORDS[keyword];
          const message = `expected an indented block after ${description} on line ${first.line}`;
          const colonToken = current.tokens[colon];
          const span = next ? pointSpan(next.line, next.tokens[0]?.col ?? next.indentChars, 0) : pointSpan(colonToken.line, colonToken.endCol, 0);
          return { pyType: 'IndentationError', message, span };
        }
      }
    }
    return null;
  }
}

/** The block keyword a logical line starts with (`async def` counts as `def`), or null. */
function headerKeyword(line: LogicalLine): string | null {
  let first = line.tokens[0];
  if (first?.type === 'name' && first.text === 'async' && line.tokens[1]?.type === 'name') first = line.tokens[1];
  if (!first || first.type !== 'name') return null;
  if (first.text in SOFT_BLOCK_KEYWORDS && line.tokens.length > 2) return first.text;
  if (!(first.text in BLOCK_KEYWORDS)) return null;
  // `else` etc. never start a simple statement; `if`/`for` etc. only start compound ones
  return first.text;
}

/** Index of the header's ':' (the first one outside brackets and lambdas), or -1. */
function headerColon(line: LogicalLine): number {
  let depth = 0;
  let lambdas = 0;
  for (let i = 0; i < line.tokens.length; i++) {
    const token = line.tokens[i];
    if (token.type === 'op') {
      if (token.text in OPENERS) depth++;
      else if (token.text in CLOSERS) depth--;
      else if (token.text === ':' && depth === 0) {
        if (lambdas > 0) lambdas--;
        else return i;
      }
    } else if (token.type === 'name' && token.text === 'lambda' && depth === 0) {
      lambdas++;
    }
  }
  return -1;
}

function opensBlock(line: LogicalLine): boolean {
  const keyword = headerKeyword(line);
  if (!keyword) return false;
  const colon = headerColon(line);
  return colon >= 0 && colon === line.tokens.length - 1;
}

function isIdentChar(text: string, pos: number): boolean {
  const ch = String.fromCodePoint(text.codePointAt(pos)!);
  return IDENT_CONTINUE.test(ch) || IDENT_START.test(ch);
}

function hex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase().padStart(4, '0');
}
