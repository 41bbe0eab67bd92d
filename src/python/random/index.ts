// Random streams that reproduce CPython's `random` and numpy's `np.random` bit for bit.
// Pure classes over JS numbers and typed arrays; the interpreter's module helpers wrap them.
export { RandomError } from './errors';
export type { RandomErrorKind } from './errors';
export { MT19937 } from './mt19937';
export { PyRandom } from './py-random';
export type { PySeed, PyInt } from './py-random';
export { RandomState } from './random-state';
export type { LegacySeed, IntDType } from './random-state';
export { SeedSequence } from './seed-sequence';
export type { SeedEntropy } from './seed-sequence';
export { PCG64 } from './pcg64';
export { Generator, defaultRng } from './generator';
