/** The Python exception class an engine error becomes in the interpreter; 'Unsupported' is
 *  gradlens's own stop (numpy computes it, gradlens cannot: a float16 result...), its message
 *  naming what is not supported. */
export type EngineErrorKind = 'ValueError' | 'IndexError' | 'TypeError' | 'AxisError' | 'ZeroDivisionError' | 'LinAlgError' | 'Unsupported';

/** An error in user-visible terms: `kind` is the Python class, `message` numpy's own text. */
export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
  ) {
    super(message);
    this.name = kind;
  }
}

/** numpy's way of writing a shape in messages: (3,4), (5,), (). */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}

export function axisError(axis: number, ndim: number): EngineError {
  return new EngineError('AxisError', `axis ${axis} is out of bounds for array of dimension ${ndim}`);
}
