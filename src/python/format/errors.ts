/** The Python exception class a formatting error becomes in the interpreter. */
export type FormatErrorType = 'ValueError' | 'TypeError' | 'OverflowError' | 'KeyError' | 'MemoryError';

/**
 * A formatting error with CPython's exact message text. For 'KeyError' (a `%(name)s` key missing
 * from the mapping) the message is the missing key itself, as KeyError(key) takes it.
 */
export class FormatError extends Error {
  constructor(
    readonly pyType: FormatErrorType,
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}
