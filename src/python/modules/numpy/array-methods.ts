// The Python surface of ndarray: attributes, indexing, iteration, printing, conversion, the
// shape methods (views where numpy gives views) and the reductions as methods.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { arrayRepr, arrayStr, floatRepr, formatNumber } from '../../format';
import { PyList, PyTuple, tuple } from '../../runtime/collections';
import { Unsupported, attributeError, pyErr, typeError } from '../../runtime/errors';
import { JsIterator, callIteratorType } from '../../runtime/iter';
import { defineGetter, defineMethod, defineRawMethod, isNone } from '../../runtime/native';
import { None, PyType, PyValue } from '../../runtime/object';
import { checkPythonNumbers, toTensor, pyScalarOf, toList, wrap } from './coerce';
import { ITEMSIZE, dtypeObject, parseDType } from './dtypes';
import { getIndexed, setIndexed } from './indexing';
import { currentPrintOptions } from './print-options';
import { NDArray, ndarrayType } from './ndarray';
import { installOperators } from './operators';
import { ReduceArgs, ReductionName, axisArg, intArg, keepdimsArg, reduce } from './reductions';
import { cumulativeCall } from './cumulative';
import { diagonalView, trace } from './diagonal';
import { NpScalar, genericType } from './scalar';
import { repr } from '../../runtime/protocols';
import { roundTensor } from './scalar-methods';
import { argsort, sortValues } from './sorting';
import { flattenArray, ravelArray, reshapeArray, squeezeArray, swapaxesArray, transposeArray } from './shape-ops';
import { binaryValues } from './ufunc';

const arr = (v: PyValue): NDArray => v as NDArray;

/** A shape given as varargs (reshape(2, 3)) or as one sequence (reshape((2, 3))). */
export function shapeFromArgs(args: readonly PyValue[]): number[] {
  if (args.length === 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList)) return args[0].items.map(intArg);
  return args.map(intArg);
}

/** A shape argument such as zeros((2, 3)) or zeros(3), with numpy's errors. */
export function shapeArg(v: PyValue): number[] {
  if (v instanceof Tensor) throw typeError(`expected a sequence of integers or a single integer, got '${floatRepr(v.item())}'`);
  if (v instanceof NpScalar && E.isFloat(v.dtype)) throw typeError(`expected a sequence of integers or a single integer, got '${repr(v)}'`);
  if (v === None) throw typeError('Use () not None as shape arguments');
  const shape = v instanceof PyTuple || v instanceof PyList ? v.items.map(intArg) : [intArg(v)];
  if (shape.some((d) => d < 0)) throw pyErr('ValueError', 'negative dimensions are not allowed');
  return shape;
}

function onlyAxesArgs(args: readonly PyValue[]): number[] | null {
  if (args.length === 0 || (args.length === 1 && args[0] === None)) return null;
  return shapeFromArgs(args);
}

/** Truth of an array: only size-1 arrays have one. */
export function arrayTruth(t: Tensor): boolean {
  if (t.size === 1) return t.data[0] !== 0;
  if (t.size === 0)
    throw pyErr('ValueError', 'The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.');
  throw pyErr('ValueError', 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
}

/** float(arr) / int(arr): only for 0-d arrays (numpy 2.4 no longer takes any other size-1 array). */
function scalarOfArray(t: Tensor): Tensor {
  if (t.ndim !== 0) throw typeError('only 0-dimensional arrays can be converted to Python scalars');
  return t;
}

/** Where a reduction's signature puts each of its arguments among the bound ones (-1: it has none). */
export interface ReductionParameters {
  axis: number;
  keepdims: number;
  ddof: number;
  dtype: number;
  out: number;
  initial: number;
  where: number;
}

/** The argument positions of a reduction signature such as 'a, axis=None, out=None, keepdims=False'
 *  among the bound arguments (the `*` marker binds none). */
export function reductionParameters(spec: string): ReductionParameters {
  const names = spec
    .split(',')
    .map((s) => s.trim().split('=')[0])
    .filter((n) => n !== '*' && n !== '/');
  const at = (n: string): number => names.indexOf(n);
  return { axis: at('axis'), keepdims: at('keepdims'), ddof: at('ddof'), dtype: at('dtype'), out: at('out'), initial: at('initial'), where: at('where') };
}

/** The ReduceArgs of bound arguments `a` of a reduction signature. */
export function reduceArgs(a: (PyValue | undefined)[], at: ReductionParameters): ReduceArgs {
  const ddof = a[at.ddof];
  return {
    axis: axisArg(a[at.axis]),
    keepdims: keepdimsArg(a[at.keepdims]),
    ddof: ddof === undefined ? 0 : intArg(ddof),
    dtype: a[at.dtype],
    out: a[at.out],
    initial: at.initial < 0 ? undefined : a[at.initial],
    where: at.where < 0 ? undefined : a[at.where],
  };
}

function reduction(name: ReductionName, spec: string, on: PyType = ndarrayType): void {
  const at = reductionParameters(spec);
  defineMethod(on, name, spec, (self, a) => reduce(name, self instanceof NpScalar ? self.t : arr(self), reduceArgs(a, at)));
}

// numpy's np._NoValue defaults are '<no value>' (the argument stays undefined)
export const REDUCTION_SPECS: Record<ReductionName, string> = {
  sum: 'axis=None, dtype=None, out=None, keepdims=False, initial=<no value>, where=<no value>',
  mean: 'axis=None, dtype=None, out=None, keepdims=False, *, where=<no value>',
  prod: 'axis=None, dtype=None, out=None, keepdims=False, initial=<no value>, where=<no value>',
  max: 'axis=None, out=None, keepdims=False, initial=<no value>, where=<no value>',
  min: 'axis=None, out=None, keepdims=False, initial=<no value>, where=<no value>',
  var: 'axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=<no value>',
  std: 'axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=<no value>',
  any: 'axis=None, out=None, keepdims=False, *, where=<no value>',
  all: 'axis=None, out=None, keepdims=False, *, where=<no value>',
  argmax: 'axis=None, out=None, *, keepdims=False',
  argmin: 'axis=None, out=None, *, keepdims=False',
};

export function installArrayMethods(): void {
  const t = ndarrayType;
  ndarrayType.snapshot = (v) => arr(v).tensor;
  ndarrayType.construct = () => {
    throw new Unsupported('numpy.ndarray(...) called directly (use np.array or np.zeros)');
  };
  installOperators(t, true);
  t.dict!.set('__hash__', None);

  defineGetter(t, 'shape', (s) => tuple(arr(s).shape.slice()));
  defineGetter(t, 'ndim', (s) => arr(s).ndim);
  defineGetter(t, 'size', (s) => arr(s).size);
  defineGetter(t, 'dtype', (s) => dtypeObject(arr(s).dtype));
  defineGetter(t, 'itemsize', (s) => ITEMSIZE[arr(s).dtype]);
  defineGetter(t, 'nbytes', (s) => ITEMSIZE[arr(s).dtype] * arr(s).size);
  defineGetter(t, 'T', (s) => transposeArray(arr(s), null));
  defineGetter(t, 'base', (s) => arr(s).root ?? None);

  defineRawMethod(t, '__getattr__', (_s, args) => {
    const name = String(args[0]);
    if (NOT_YET.has(name)) throw new Unsupported(`numpy.ndarray.${name}`);
    throw attributeError(`'numpy.ndarray' object has no attribute '${name}'`);
  });
  defineMethod(t, 'sort', 'axis=-1, kind=None, order=None', (s, a) => {
    const x = arr(s);
    x.write(sortValues(x.tensor, isNone(a[0]) ? null : intArg(a[0]!)), 'sort array is read-only');
    return None;
  });
  defineRawMethod(t, '__getitem__', (s, args) => getIndexed(arr(s), args[0]));
  defineRawMethod(t, '__setitem__', (s, args) => {
    setIndexed(arr(s), args[0], valueFor(arr(s).dtype, args[1]));
    return None;
  });
  defineRawMethod(t, '__len__', (s) => {
    if (arr(s).ndim === 0) throw typeError('len() of unsized object');
    return arr(s).shape[0];
  });
  defineRawMethod(t, '__iter__', (s) => {
    const a = arr(s);
    if (a.ndim === 0) throw typeError('iteration over a 0-d array');
    const n = a.shape[0];
    function* rows(): Generator<PyValue> {
      for (let i = 0; i < n; i++) yield getIndexed(a, i);
    }
    return new JsIterator(rows(), callIteratorType);
  });
  defineRawMethod(t, '__contains__', (s, args) => {
    const eq = binaryValues(E.equal, s, args[0]);
    if (eq instanceof NDArray) return eq.tensor.data.some((x) => x !== 0);
    return eq instanceof NpScalar ? eq.value !== 0 : false;
  });
  defineRawMethod(t, '__bool__', (s) => arrayTruth(arr(s).tensor));
  defineRawMethod(t, '__float__', (s) => E.astype(scalarOfArray(arr(s).tensor), 'float64'));
  defineRawMethod(t, '__int__', (s) => {
    const x = scalarOfArray(arr(s).tensor).item();
    if (!Number.isFinite(x)) throw pyErr(Number.isNaN(x) ? 'ValueError' : 'OverflowError', `cannot convert float ${Number.isNaN(x) ? 'NaN' : 'infinity'} to integer`);
    return Math.trunc(x) + 0;
  });
  defineRawMethod(t, '__index__', (s) => {
    const a = arr(s);
    if (a.ndim !== 0 || !E.isInteger(a.dtype)) throw typeError('only integer scalar arrays can be converted to a scalar index');
    return a.tensor.item();
  });
  defineRawMethod(t, '__repr__', (s) => arrayRepr(arr(s).tensor, currentPrintOptions()));
  defineRawMethod(t, '__str__', (s) => arrayStr(arr(s).tensor, currentPrintOptions()));
  defineRawMethod(t, '__format__', (s, args) => {
    const a = arr(s);
    if (args[0] === '') return arrayStr(a.tensor, currentPrintOptions());
    if (a.ndim === 0) return pyFormatScalar(a.tensor, args[0]);
    throw typeError('unsupported format string passed to numpy.ndarray.__format__');
  });

  defineMethod(t, 'reshape', '*shape, order=None', (s, a) => reshapeArray(arr(s), shapeFromArgs((a[0] as PyTuple).items)));
  defineRawMethod(t, 'transpose', (s, args) => transposeArray(arr(s), onlyAxesArgs(args)));
  defineMethod(t, 'swapaxes', 'axis1, axis2', (s, a) => swapaxesArray(arr(s), intArg(a[0]!), intArg(a[1]!)));
  defineMethod(t, 'squeeze', 'axis=None', (s, a) => {
    const ax = axisArg(a[0]);
    return squeezeArray(arr(s), ax);
  });
  defineMethod(t, 'ravel', 'order=None', (s) => ravelArray(arr(s)));
  defineMethod(t, 'flatten', 'order=None', (s) => flattenArray(arr(s)));
  defineMethod(t, 'copy', 'order=None', (s) => NDArray.of(arr(s).tensor));
  defineMethod(t, 'astype', 'dtype, order=None, casting=None, subok=None, copy=True', (s, a) => {
    const d = parseDType(a[0]) ?? 'float64';
    const x = arr(s);
    return NDArray.of(d === x.dtype ? x.tensor : E.astype(x.tensor, d));
  });
  defineMethod(t, 'fill', 'value', (s, a) => {
    const x = arr(s);
    x.write(E.broadcastTo(E.astype(valueFor(x.dtype, a[0]!), x.dtype), x.shape));
    return None;
  });
  defineMethod(t, 'tolist', '', (s) => toList(arr(s).tensor));
  defineRawMethod(t, 'item', (s, args) => {
    const x = arr(s);
    if (args.length === 0) {
      if (x.size !== 1) throw pyErr('ValueError', 'can only convert an array of size 1 to a Python scalar');
      return pyScalarOf(E.reshape(x.tensor, []));
    }
    const idx = args.length === 1 && !(args[0] instanceof PyTuple) ? args[0] : tuple(args.length === 1 ? (args[0] as PyTuple).items : args);
    if (typeof idx === 'number') return pyScalarOf(E.gather(E.reshape(x.tensor, [x.size]), [{ kind: 'int', index: idx }]));
    const v = getIndexed(x, idx);
    return v instanceof NDArray ? pyScalarOf(E.reshape(v.tensor, [])) : pyScalarOf((v as NpScalar).t);
  });
  for (const [name, spec] of Object.entries(REDUCTION_SPECS)) {
    reduction(name as ReductionName, spec);
    reduction(name as ReductionName, spec, genericType);
  }
  for (const kind of ['cumsum', 'cumprod'] as const)
    defineMethod(t, kind, 'axis=None, dtype=None, out=None', (s, a) => wrap(cumulativeCall(kind, arr(s).tensor, a[0], a[1], a[2])));
  defineMethod(t, 'diagonal', 'offset=0, axis1=0, axis2=1', (s, a) => diagonalView(arr(s), intArg(a[0]!), intArg(a[1]!), intArg(a[2]!)));
  defineMethod(t, 'trace', 'offset=0, axis1=0, axis2=1, dtype=None, out=None', (s, a) => trace(arr(s), intArg(a[0]!), intArg(a[1]!), intArg(a[2]!), a[3], a[4]));
  defineMethod(t, 'dot', 'b, out=None', (s, a) => wrap(E.dot(arr(s).tensor, toTensor(a[0]!))));
  defineMethod(t, 'clip', 'min=None, max=None, out=None', (s, a) =>
    wrap(E.clip(arr(s).tensor, isNone(a[0]) ? null : clipBound(arr(s).tensor, a[0]!), isNone(a[1]) ? null : clipBound(arr(s).tensor, a[1]!))),
  );
  defineMethod(t, 'round', 'decimals=0, out=None', (s, a) => wrap(roundTensor(arr(s).tensor, intArg(a[0]!))));
  defineMethod(t, 'nonzero', '', (s) => nonzero(arr(s).tensor));
  defineMethod(t, 'argsort', 'axis=-1, kind=None, order=None', (s, a) => NDArray.of(argsort(arr(s).tensor, a[0] === None ? null : intArg(a[0]!))));
}

// Attributes real ndarrays have that gradlens does not implement: an honest stop, not an AttributeError.
const NOT_YET = new Set(
  'view strides data conj conjugate imag real repeat take put searchsorted partition argpartition choose compress ptp resize setflags byteswap tobytes tofile dump dumps getfield setfield newbyteorder flags ctypes'.split(' '),
);

/** A value written into an array of dtype d (x[i] = v, x.fill(v)): Python ints and floats must fit an integer dtype. */
function valueFor(d: E.DType, v: PyValue): Tensor {
  if (E.isInteger(d)) checkPythonNumbers(v, d);
  return toTensor(v);
}

/** A clip bound: a Python scalar takes the array's dtype when it fits (NEP 50), like any operand;
 *  a Python int beyond an integer dtype's range clips at that end of the range, as numpy's does. */
export function clipBound(x: Tensor, v: PyValue): Tensor {
  const b = toTensor(v);
  if (typeof v === 'number' && E.isInteger(x.dtype)) {
    const [min, max] = E.intRange(x.dtype);
    return Tensor.scalar(Math.min(Math.max(v, min), max), x.dtype);
  }
  if (typeof v === 'number' && x.dtype !== 'bool') return Tensor.scalar(v, x.dtype);
  if (v instanceof Tensor && x.dtype === 'float32') return E.astype(b, 'float32');
  return b;
}

/** format() of a 0-d array: as its scalar. */
function pyFormatScalar(t: Tensor, spec: PyValue): string {
  const kind = E.isInteger(t.dtype) ? 'int' : t.dtype === 'bool' ? 'bool' : 'float';
  return formatNumber(t.item(), kind, typeof spec === 'string' ? spec : '');
}

const NONZERO_0D = 'Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.';

/** np.nonzero: a tuple of int64 index arrays, one per axis (numpy 2.4 refuses a 0-d array; np.where
 *  says more, `hint`). */
export function nonzero(t: Tensor, hint = ''): PyTuple {
  if (t.ndim === 0) throw pyErr('ValueError', NONZERO_0D + hint);
  const x = t;
  const strides = E.stridesOf(x.shape);
  const hits: number[] = [];
  const d = x.data;
  for (let i = 0; i < d.length; i++) if (d[i] !== 0) hits.push(i);
  const out: PyValue[] = [];
  for (let ax = 0; ax < x.ndim; ax++) {
    const col = new Float64Array(hits.length);
    hits.forEach((h, k) => (col[k] = Math.floor(h / strides[ax]) % x.shape[ax]));
    out.push(NDArray.of(new Tensor(col, [hits.length], 'int64')));
  }
  return tuple(out);
}
