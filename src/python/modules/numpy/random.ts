// np.random: the legacy global RandomState (seed, rand, randn, randint, choice, normal, uniform,
// permutation, shuffle, random/random_sample) over src/python/random's bit-exact streams. Draws
// are constants of the program: new leaf tensors.
import * as E from '../../../engine';
import { Tensor, reserveElements } from '../../../engine';
import { RandomError, RandomState } from '../../random';
import { PyList, PyTuple } from '../../runtime/collections';
import { Unsupported, pyErr, typeError } from '../../runtime/errors';
import { PyBuiltin, PyModule } from '../../runtime/functions';
import { toArray } from '../../runtime/iter';
import { builtinFunction, isNone, toNumber } from '../../runtime/native';
import { None, PyValue, pyFloat } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { shapeFromArgs } from './array-methods';
import { toTensor } from './coerce';
import { parseDType } from './dtypes';
import { NDArray } from './ndarray';
import { intArg } from './reductions';
import { NpScalar } from './scalar';
import { defaultRngFunction, generatorType } from './random-generator';

/** Runs a draw, turning the RNG's errors into Python exceptions with numpy's texts. */
export function draw<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RandomError) throw pyErr(e.kind, e.message);
    throw e;
  }
}

/** size=None | int | tuple: null for a single scalar draw. */
export function sizeArg(v: PyValue | undefined): number[] | null {
  if (v === undefined || v === None) return null;
  const shape = v instanceof PyTuple || v instanceof PyList ? v.items.map(intArg) : [intArg(v)];
  if (shape.some((d) => d < 0)) throw pyErr('ValueError', 'negative dimensions are not allowed');
  return shape;
}

/** How many values to draw (asking the memory budget for them first). */
export function count(shape: number[] | null): number {
  const n = shape === null ? 1 : shape.reduce((p, d) => p * d, 1);
  reserveElements(n);
  return n;
}

/** Floats drawn: a Python float for size None, else an array. */
export function floats(values: Float64Array, shape: number[] | null): PyValue {
  return shape === null ? pyFloat(values[0]) : NDArray.of(new Tensor(values, shape));
}

export function ints(values: Float64Array, shape: number[] | null): PyValue {
  return shape === null ? values[0] : NDArray.of(new Tensor(values, shape, 'int64'));
}

export function scalarParam(v: PyValue, name: string): number {
  if (v instanceof NDArray && v.size !== 1) throw new Unsupported(`numpy.random.${name} with array parameters`);
  if (v instanceof PyList || v instanceof PyTuple) throw new Unsupported(`numpy.random.${name} with array parameters`);
  return toNumber(v instanceof NDArray ? v.tensor.item() : v instanceof NpScalar ? v.value : v);
}

/** The seed argument of np.random.seed. */
function seedArg(v: PyValue): number | bigint | (number | bigint)[] | null {
  if (v === None) return null;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (v instanceof NpScalar && v.dtype === 'int64') return v.value;
  if (v instanceof PyList || v instanceof PyTuple || v instanceof NDArray)
    return toArray(v).map((x) => (typeof x === 'bigint' ? x : intArg(x)));
  if (v instanceof Tensor) throw typeError('Cannot cast scalar from dtype(\'float64\') to dtype(\'int64\') according to the rule \'safe\'');
  return intArg(v);
}

/** choice's population: an int n (range(n)) or the elements of a 1-d array-like. */
export function population(a: PyValue): { n: number; items: Tensor | null } {
  if (typeof a === 'number' || (a instanceof NpScalar && a.dtype === 'int64')) return { n: intArg(a), items: null };
  const t = toTensor(a);
  if (t.ndim !== 1) throw pyErr('ValueError', 'a must be 1-dimensional');
  return { n: t.size, items: t };
}

export function probabilities(p: PyValue | undefined): number[] | null {
  if (p === undefined || p === None) return null;
  return Array.from(E.astype(toTensor(p), 'float64').data);
}

export function randomFunctions(rs: RandomState): PyBuiltin[] {
  const f = builtinFunction;
  return [
    f('seed', 'seed=None', (a) => {
      draw(() => rs.seed(seedArg(a[0]!)));
      return None;
    }),
    f('rand', '*shape', (a) => {
      const shape = (a[0] as PyTuple).items.length === 0 ? null : shapeFromArgs((a[0] as PyTuple).items);
      return floats(draw(() => rs.randomSample(count(shape))), shape);
    }),
    f('randn', '*shape', (a) => {
      const shape = (a[0] as PyTuple).items.length === 0 ? null : shapeFromArgs((a[0] as PyTuple).items);
      return floats(draw(() => rs.standardNormal(count(shape))), shape);
    }),
    ...['random', 'random_sample', 'sample', 'ranf'].map((name) =>
      f(name, 'size=None', (a) => {
        const shape = sizeArg(a[0]);
        return floats(draw(() => rs.randomSample(count(shape))), shape);
      }),
    ),
    f('standard_normal', 'size=None', (a) => {
      const shape = sizeArg(a[0]);
      return floats(draw(() => rs.standardNormal(count(shape))), shape);
    }),
    f('normal', 'loc=0.0, scale=1.0, size=None', (a) => {
      const shape = sizeArg(a[2]);
      return floats(draw(() => rs.normal(scalarParam(a[0]!, 'normal'), scalarParam(a[1]!, 'normal'), count(shape))), shape);
    }),
    f('uniform', 'low=0.0, high=1.0, size=None', (a) => {
      const shape = sizeArg(a[2]);
      return floats(draw(() => rs.uniform(scalarParam(a[0]!, 'uniform'), scalarParam(a[1]!, 'uniform'), count(shape))), shape);
    }),
    f('randint', 'low, high=None, size=None, dtype=None', (a) => {
      const shape = sizeArg(a[2]);
      const dtype = parseDType(a[3]);
      if (dtype !== null && dtype !== 'int64') throw new Unsupported(`numpy.random.randint with dtype=${dtype}`);
      const low = scalarParam(a[0]!, 'randint');
      const high = isNone(a[1]) ? null : scalarParam(a[1]!, 'randint');
      const values = draw(() => rs.randint(low, high, count(shape)));
      return ints(values, shape);
    }),
    f('choice', 'a, size=None, replace=True, p=None', (a) => {
      const shape = sizeArg(a[1]);
      const pop = population(a[0]!);
      const picks = draw(() => rs.choice(pop.n, count(shape), { replace: truthy(a[2]!), p: probabilities(a[3]) }));
      if (pop.items === null) return ints(picks, shape);
      const chosen = E.gather(pop.items, [{ kind: 'array', index: new Tensor(picks, [picks.length], 'int64') }]);
      if (shape === null) return new NpScalar(E.reshape(chosen, []));
      return NDArray.of(E.reshape(chosen, shape));
    }),
    f('permutation', 'x', (a) => {
      const x = a[0]!;
      if (typeof x === 'number' || (x instanceof NpScalar && x.dtype === 'int64')) {
        const n = intArg(x);
        return NDArray.of(new Tensor(draw(() => rs.permutation(n)), [n], 'int64'));
      }
      const t = toTensor(x);
      if (t.ndim === 0) throw pyErr('IndexError', 'x must be an integer or at least 1-dimensional');
      const order = draw(() => rs.permutation(t.shape[0]));
      return NDArray.of(E.gather(t, [{ kind: 'array', index: new Tensor(order, [order.length], 'int64') }]));
    }),
    f('shuffle', 'x', (a) => {
      const x = a[0]!;
      if (x instanceof PyList) {
        draw(() => rs.shuffle(x.items));
        x.wrote();
        return None;
      }
      if (!(x instanceof NDArray)) throw new Unsupported('numpy.random.shuffle of something other than a list or an array');
      if (x.ndim === 0) throw typeError('object of type \'numpy.ndarray\' has no len()');
      const rows = Float64Array.from({ length: x.shape[0] }, (_, i) => i);
      draw(() => rs.shuffle(rows));
      x.write(E.gather(x.tensor, [{ kind: 'array', index: new Tensor(rows, [rows.length], 'int64') }]));
      return None;
    }),
  ];
}

export function fillRandomModule(m: PyModule): RandomState {
  const rs = new RandomState(null);
  for (const fn of randomFunctions(rs)) m.dict!.set(fn.name, fn);
  m.dict!.set('default_rng', defaultRngFunction());
  m.dict!.set('Generator', generatorType);
  return rs;
}
