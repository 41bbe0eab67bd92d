// numpy's legacy RandomState methods over a TS RandomState, once: np.random's module functions
// bind them to the global RandomState, np.random.RandomState's instances to their own.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { RandomState } from '../../random';
import { PyList, PyTuple } from '../../runtime/collections';
import { Unsupported, pyErr, typeError } from '../../runtime/errors';
import { isNone } from '../../runtime/native';
import { None, PyValue, intType } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { shapeFromArgs } from './array-methods';
import { toTensor } from './coerce';
import { legacySeed } from './legacy-seed';
import { NDArray } from './ndarray';
import { count, draw, floats, ints, integerDType, oneInteger, population, probabilities, scalarParam, sizeArg } from './random-args';
import { intArg } from './reductions';
import { NpScalar, npScalar } from './scalar';

type Args = (PyValue | undefined)[];

export interface LegacyMethod {
  readonly name: string;
  /** The Python signature, as `signature` in runtime/native.ts reads it. */
  readonly spec: string;
  readonly call: (rs: RandomState, a: Args) => PyValue;
}

const method = (name: string, spec: string, call: LegacyMethod['call']): LegacyMethod => ({ name, spec, call });

/** rand(d0, d1, ...) / randn(...): no dimensions means one scalar draw. */
function dimensionsArg(a: Args): number[] | null {
  const dims = (a[0] as PyTuple).items;
  return dims.length === 0 ? null : shapeFromArgs(dims);
}

function randomSample(rs: RandomState, a: Args): PyValue {
  const shape = sizeArg(a[0]);
  return floats(draw(() => rs.randomSample(count(shape))), shape);
}

function randint(rs: RandomState, a: Args): PyValue {
  const shape = sizeArg(a[2]);
  const dtype = integerDType(a[3], 'numpy.random.randint');
  const low = scalarParam(a[0]!, 'randint');
  const high = isNone(a[1]) ? null : scalarParam(a[1]!, 'randint');
  const values = draw(() => rs.randint(low, high, count(shape), dtype));
  if (shape === null) return oneInteger(values[0], isNone(a[3]) ? intType : a[3], dtype); // dtype=int by default
  return NDArray.of(new Tensor(values, shape, dtype));
}

function choice(rs: RandomState, a: Args): PyValue {
  const shape = sizeArg(a[1]);
  const pop = population(a[0]!);
  const picks = draw(() => rs.choice(pop.n, count(shape), { replace: truthy(a[2]!), p: probabilities(a[3]) }));
  if (pop.items === null) return ints(picks, shape);
  const chosen = E.gather(pop.items, [{ kind: 'array', index: new Tensor(picks, [picks.length], 'int64') }]);
  if (shape === null) return npScalar(E.reshape(chosen, []));
  return NDArray.of(E.reshape(chosen, shape));
}

function permutation(rs: RandomState, a: Args): PyValue {
  const x = a[0]!;
  if (typeof x === 'number' || (x instanceof NpScalar && E.isInteger(x.dtype))) {
    const n = intArg(x);
    return NDArray.of(new Tensor(draw(() => rs.permutation(n)), [n], 'int64'));
  }
  const t = toTensor(x);
  if (t.ndim === 0) throw pyErr('IndexError', 'x must be an integer or at least 1-dimensional');
  const order = draw(() => rs.permutation(t.shape[0]));
  return NDArray.of(E.gather(t, [{ kind: 'array', index: new Tensor(order, [order.length], 'int64') }]));
}

function shuffle(rs: RandomState, a: Args): PyValue {
  const x = a[0]!;
  if (x instanceof PyList) {
    draw(() => rs.shuffle(x.items));
    x.wrote();
    return None;
  }
  if (!(x instanceof NDArray)) throw new Unsupported('numpy.random.shuffle of something other than a list or an array');
  if (x.ndim === 0) throw typeError("object of type 'numpy.ndarray' has no len()");
  const rows = Float64Array.from({ length: x.shape[0] }, (_, i) => i);
  draw(() => rs.shuffle(rows));
  x.write(E.gather(x.tensor, [{ kind: 'array', index: new Tensor(rows, [rows.length], 'int64') }]), 'array is read-only');
  return None;
}

/** The methods of numpy.random.RandomState that gradlens has (np.random has them all as functions). */
export const legacyMethods: readonly LegacyMethod[] = [
  method('seed', 'seed=None', (rs, a) => {
    const seed = legacySeed(a[0]!);
    draw(() => rs.seed(seed));
    return None;
  }),
  method('rand', '*shape', (rs, a) => {
    const shape = dimensionsArg(a);
    return floats(draw(() => rs.randomSample(count(shape))), shape);
  }),
  method('randn', '*shape', (rs, a) => {
    const shape = dimensionsArg(a);
    return floats(draw(() => rs.standardNormal(count(shape))), shape);
  }),
  method('random', 'size=None', randomSample),
  method('random_sample', 'size=None', randomSample),
  method('standard_normal', 'size=None', (rs, a) => {
    const shape = sizeArg(a[0]);
    return floats(draw(() => rs.standardNormal(count(shape))), shape);
  }),
  method('normal', 'loc=0.0, scale=1.0, size=None', (rs, a) => {
    const shape = sizeArg(a[2]);
    return floats(draw(() => rs.normal(scalarParam(a[0]!, 'normal'), scalarParam(a[1]!, 'normal'), count(shape))), shape);
  }),
  method('uniform', 'low=0.0, high=1.0, size=None', (rs, a) => {
    const shape = sizeArg(a[2]);
    return floats(draw(() => rs.uniform(scalarParam(a[0]!, 'uniform'), scalarParam(a[1]!, 'uniform'), count(shape))), shape);
  }),
  method('randint', 'low, high=None, size=None, dtype=None', randint),
  method('choice', 'a, size=None, replace=True, p=None', choice),
  method('permutation', 'x', permutation),
  method('shuffle', 'x', shuffle),
];

/** np.random's own aliases of random_sample, which RandomState does not have. */
export const moduleOnlyMethods: readonly LegacyMethod[] = [method('sample', 'size=None', randomSample), method('ranf', 'size=None', randomSample)];

/** numpy's RandomState methods gradlens does not have: attributes that stop the run honestly. */
export const missingLegacyMethods: ReadonlySet<string> = new Set([
  'beta', 'binomial', 'bytes', 'chisquare', 'dirichlet', 'exponential', 'f', 'gamma', 'geometric', 'get_state',
  'gumbel', 'hypergeometric', 'laplace', 'logistic', 'lognormal', 'logseries', 'multinomial', 'multivariate_normal',
  'negative_binomial', 'noncentral_chisquare', 'noncentral_f', 'pareto', 'poisson', 'power', 'random_integers',
  'rayleigh', 'set_state', 'standard_cauchy', 'standard_exponential', 'standard_gamma', 'standard_t', 'tomaxint',
  'triangular', 'vonmises', 'wald', 'weibull', 'zipf',
]);
