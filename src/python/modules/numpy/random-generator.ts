// np.random.default_rng(seed): numpy's Generator (PCG64 seeded by SeedSequence) as a Python
// object with random, integers, normal, standard_normal, uniform, choice, permutation, shuffle.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { Generator, defaultRng } from '../../random';
import { PyList, PyTuple } from '../../runtime/collections';
import { Unsupported, pyErr, typeError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { toArray } from '../../runtime/iter';
import { builtinFunction, defineMethod, defineRawMethod, isNone } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { toTensor } from './coerce';
import { parseDType } from './dtypes';
import { NDArray } from './ndarray';
import { count, draw, floats, integerDType, oneInteger, population, probabilities, scalarParam, sizeArg } from './random-args';
import { intArg } from './reductions';
import { NpScalar, npScalar } from './scalar';

export const generatorType = new PyType('Generator', [objectType], { module: 'numpy.random._generator', tpName: 'numpy.random._generator.Generator' });

class PyGenerator extends PyObject {
  constructor(readonly gen: Generator) {
    super(generatorType);
  }
}

const gen = (v: PyValue): Generator => (v as PyGenerator).gen;

function seedEntropy(v: PyValue | undefined): number | bigint | (number | bigint)[] | null {
  if (v === undefined || v === None) return null;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (v instanceof NpScalar && E.isInteger(v.dtype)) return v.value;
  if (v instanceof PyList || v instanceof PyTuple || v instanceof NDArray) return toArray(v).map((x) => (typeof x === 'bigint' ? x : intArg(x)));
  throw typeError('SeedSequence expects int or sequence of ints for entropy not ' + String(v));
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  const t = generatorType;
  defineRawMethod(t, '__repr__', () => 'Generator(PCG64)');
  defineMethod(t, 'random', 'size=None, dtype=None, out=None', (s, a) => {
    const shape = sizeArg(a[0]);
    const d = parseDType(a[1]);
    if (d !== null && d !== 'float64') throw new Unsupported(`Generator.random with dtype=${d}`);
    return floats(draw(() => gen(s).random(count(shape))), shape);
  });
  defineMethod(t, 'standard_normal', 'size=None, dtype=None, out=None', (s, a) => {
    const shape = sizeArg(a[0]);
    return floats(draw(() => gen(s).standardNormal(count(shape))), shape);
  });
  defineMethod(t, 'normal', 'loc=0.0, scale=1.0, size=None', (s, a) => {
    const shape = sizeArg(a[2]);
    return floats(draw(() => gen(s).normal(scalarParam(a[0]!, 'normal'), scalarParam(a[1]!, 'normal'), count(shape))), shape);
  });
  defineMethod(t, 'uniform', 'low=0.0, high=1.0, size=None', (s, a) => {
    const shape = sizeArg(a[2]);
    return floats(draw(() => gen(s).uniform(scalarParam(a[0]!, 'uniform'), scalarParam(a[1]!, 'uniform'), count(shape))), shape);
  });
  defineMethod(t, 'integers', 'low, high=None, size=None, dtype=None, endpoint=False', (s, a) => {
    const shape = sizeArg(a[2]);
    const d = integerDType(a[3], 'Generator.integers');
    const low = scalarParam(a[0]!, 'integers');
    const high = isNone(a[1]) ? null : scalarParam(a[1]!, 'integers');
    const values = draw(() => gen(s).integers(low, high, count(shape), { endpoint: truthy(a[4]!), dtype: d }));
    return shape === null ? oneInteger(values[0], a[3], d) : NDArray.of(new Tensor(values, shape, d));
  });
  defineMethod(t, 'choice', 'a, size=None, replace=True, p=None, axis=0, shuffle=True', (s, a) => {
    if (intArg(a[4]!) !== 0) throw new Unsupported('Generator.choice with axis=');
    const shape = sizeArg(a[1]);
    const pop = population(a[0]!);
    const picks = draw(() => gen(s).choice(pop.n, count(shape), { replace: truthy(a[2]!), p: probabilities(a[3]), shuffle: truthy(a[5]!) }));
    if (pop.items === null) return shape === null ? picks[0] : NDArray.of(new Tensor(picks, shape, 'int64'));
    const chosen = E.gather(pop.items, [{ kind: 'array', index: new Tensor(picks, [picks.length], 'int64') }]);
    return shape === null ? npScalar(E.reshape(chosen, [])) : NDArray.of(E.reshape(chosen, shape));
  });
  defineMethod(t, 'permutation', 'x, axis=0', (s, a) => {
    const x = a[0]!;
    if (typeof x === 'number' || (x instanceof NpScalar && E.isInteger(x.dtype))) {
      const n = intArg(x);
      return NDArray.of(new Tensor(draw(() => gen(s).permutation(n)), [n], 'int64'));
    }
    const tt = toTensor(x);
    if (tt.ndim === 0) throw pyErr('IndexError', 'x must be an integer or at least 1-dimensional');
    const order = draw(() => gen(s).permutation(tt.shape[0]));
    return NDArray.of(E.gather(tt, [{ kind: 'array', index: new Tensor(order, [order.length], 'int64') }]));
  });
  defineMethod(t, 'shuffle', 'x, axis=0', (s, a) => {
    const x = a[0]!;
    if (x instanceof PyList) {
      draw(() => gen(s).shuffle(x.items));
      x.wrote();
      return None;
    }
    if (!(x instanceof NDArray) || x.ndim === 0) throw new Unsupported('Generator.shuffle of something other than a list or an array');
    const rows = Float64Array.from({ length: x.shape[0] }, (_, i) => i);
    draw(() => gen(s).shuffle(rows));
    x.write(E.gather(x.tensor, [{ kind: 'array', index: new Tensor(rows, [rows.length], 'int64') }]), 'array is read-only');
    return None;
  });
}

export function defaultRngFunction(): PyBuiltin {
  install();
  return builtinFunction('default_rng', 'seed=None', (a) => new PyGenerator(draw(() => defaultRng(seedEntropy(a[0])))));
}
