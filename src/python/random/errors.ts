/** The Python exception class a random-module error becomes in the interpreter. */
export type RandomErrorKind = 'ValueError' | 'TypeError' | 'IndexError' | 'OverflowError' | 'ZeroDivisionError';

/** An error with CPython's or numpy's exact message text; `kind` is the Python class. */
export class RandomError extends Error {
  constructor(
    readonly kind: RandomErrorKind,
    message: string,
  ) {
    super(message);
    this.name = kind;
  }
}
