import type { Span } from './ir';

/** A CPython-style SyntaxError/IndentationError/TabError (3.11 wording) found while parsing or
 *  lowering. `span.line` is CPython's `lineno`; `span.col` is CPython's `offset - 1` (CPython's
 *  offset counts code points; ours are UTF-16 units, which differ only after astral characters). */
export class PySyntaxError extends Error {
  constructor(
    readonly pyType: 'SyntaxError' | 'IndentationError' | 'TabError',
    message: string,
    readonly span: Span,
  ) {
    super(message);
    this.name = 'PySyntaxError';
  }
}
