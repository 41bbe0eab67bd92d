// np.r_ and np.c_ (numpy's AxisConcatenator: `np.r_[0:4, 7]`, `np.c_[a, b]`, the directive
// strings '-1', '0,2', '0,2,0'), and np.s_ / np.index_exp. Every piece becomes a tensor (a slice
// as np.arange, a scalar or sequence as np.array with ndmin, transposed as numpy does for c_),
// cast to the result type of all of them and joined by the engine's concatenate, so gradients
// flow back to every array and Python float put in. numpy's matrix directives ('r', 'c' and
// the matrix-string form) stay unsupported.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PySlice, PyTuple } from '../../runtime/collections';
import { Unsupported, valueError } from '../../runtime/errors';
import { defineRawMethod } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { toTensor } from './coerce';
import { arange } from './creation';
import { NDArray } from './ndarray';
import { NpScalar } from './scalar';

const MODULE = 'numpy.lib._index_tricks_impl';
const axisConcatenatorType = new PyType('AxisConcatenator', [objectType], { module: MODULE });
const rClassType = new PyType('RClass', [axisConcatenatorType], { module: MODULE });
const cClassType = new PyType('CClass', [axisConcatenatorType], { module: MODULE });
const indexExpressionType = new PyType('IndexExpression', [objectType], { module: MODULE });

class AxisConcatenator extends PyObject {
  constructor(
    cls: PyType,
    readonly axis: number,
    readonly ndmin: number,
    readonly trans1d: number,
  ) {
    super(cls);
  }
}

class IndexExpression extends PyObject {
  constructor(readonly makeTuple: boolean) {
    super(indexExpressionType);
  }
}

interface Settings {
  axis: number;
  ndmin: number;
  trans1d: number;
}

/** Python's int() of a str, for the directives. */
function parseInt(text: string): number | null {
  const m = /^\s*([+-]?\d+(?:_\d+)*)\s*$/.exec(text);
  return m === null ? null : Number(m[1].replace(/_/g, ''));
}

/** Reads a directive string into `s` (numpy's errors for malformed ones). */
function applyDirective(text: string, s: Settings): void {
  if (text === 'r' || text === 'c') throw new Unsupported(`numpy.r_/numpy.c_ with the matrix directive '${text}'`);
  if (text.includes(',')) {
    const parts = text.split(',').map(parseInt);
    const [axis, ndmin, trans1d] = parts;
    if (axis === null || ndmin === null || (parts.length === 3 && trans1d === null))
      throw valueError(`unknown special directive '${text}'`);
    s.axis = axis;
    s.ndmin = ndmin;
    if (parts.length === 3) s.trans1d = trans1d!;
    return;
  }
  const axis = parseInt(text);
  if (axis === null) throw valueError('unknown special directive');
  s.axis = axis;
}

/** np.array(t, ndmin=n): leading axes of size 1. */
function withNdmin(t: Tensor, ndmin: number): Tensor {
  return t.ndim >= ndmin ? t : E.reshape(t, [...new Array<number>(ndmin - t.ndim).fill(1), ...t.shape]);
}

/** A slice as numpy reads it here: np.arange(start or 0, stop, step or 1). */
function sliceRange(sl: PySlice, s: Settings): Tensor {
  const start = sl.start === None ? 0 : sl.start;
  const step = sl.step === None ? 1 : sl.step;
  // np.arange(start, None, step) counts from 0 to start
  const args = sl.stop === None ? [0, start, step] : [start, sl.stop, step];
  let t = arange(args, undefined).tensor;
  if (s.ndmin > 1) {
    t = withNdmin(t, s.ndmin);
    if (s.trans1d !== -1) t = swapLast(t, s.trans1d);
  }
  return t;
}

function swapLast(t: Tensor, axis: number): Tensor {
  const perm = t.shape.map((_, i) => i);
  const a = E.normalizeAxis(axis, t.ndim);
  [perm[t.ndim - 1], perm[a]] = [perm[a], perm[t.ndim - 1]];
  return E.transpose(t, perm);
}

/** An array-like piece: np.array(item, ndmin), its original axes moved to trans1d. */
function arrayPiece(item: PyValue, s: Settings): Tensor {
  const t = toTensor(item);
  const padded = withNdmin(t, s.ndmin);
  if (s.trans1d === -1 || t.ndim >= s.ndmin) return padded;
  const k2 = s.ndmin - t.ndim;
  const k1 = s.trans1d < 0 ? s.trans1d + k2 + 1 : s.trans1d;
  const axes = Array.from({ length: s.ndmin }, (_, i) => i);
  return E.transpose(padded, [...axes.slice(0, k1), ...axes.slice(k2), ...axes.slice(k1, k2)]);
}

type Weak = 'bool' | 'int' | 'float';

function weakKind(v: PyValue): Weak | null {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (v instanceof Tensor) return 'float';
  return null;
}

const KIND_RANK = { bool: 0, int: 1, float: 2 };
const WEAK_DTYPE: Record<Weak, DType> = { bool: 'bool', int: 'int64', float: 'float64' };

function dtypeRank(d: DType): number {
  return d === 'bool' ? 0 : d === 'int64' ? 1 : 2;
}

/** np.result_type of the pieces: arrays and numpy scalars strong, Python scalars weak (NEP 50). */
function resultType(strong: DType[], weak: Weak[]): DType {
  let dtype: DType | null = strong.length === 0 ? null : strong.reduce((p, q) => E.promote(p, q));
  for (const w of weak) {
    if (dtype === null) dtype = WEAK_DTYPE[w];
    else if (KIND_RANK[w] > dtypeRank(dtype)) dtype = E.promote(dtype, WEAK_DTYPE[w]);
  }
  return dtype!;
}

function concatenate(self: AxisConcatenator, key: PyValue): NDArray {
  if (typeof key === 'string') throw new Unsupported('numpy.r_/numpy.c_ with a matrix string');
  const items = key instanceof PyTuple ? key.items : [key];
  const s: Settings = { axis: self.axis, ndmin: self.ndmin, trans1d: self.trans1d };
  const pieces: Tensor[] = [];
  const strong: DType[] = [];
  const weak: Weak[] = [];
  items.forEach((item, k) => {
    if (typeof item === 'string') {
      if (k !== 0) throw valueError('special directives must be the first entry.');
      applyDirective(item, s);
      return;
    }
    const w = weakKind(item);
    if (w !== null || item instanceof NpScalar) {
      const t = toTensor(item);
      pieces.push(t);
      if (w !== null) weak.push(w);
      else strong.push(t.dtype);
      return;
    }
    const t = item instanceof PySlice ? sliceRange(item, s) : arrayPiece(item, s);
    pieces.push(t);
    strong.push(t.dtype);
  });
  if (pieces.length === 0) return NDArray.of(E.concatenate([], s.axis));
  const dtype = resultType(strong, weak);
  const cast = pieces.map((t) => withNdmin(t.dtype === dtype ? t : E.astype(t, dtype), s.ndmin));
  return NDArray.of(E.concatenate(cast, s.axis));
}

let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  defineRawMethod(axisConcatenatorType, '__getitem__', (self, args) => concatenate(self as AxisConcatenator, args[0]));
  defineRawMethod(axisConcatenatorType, '__len__', () => 0);
  defineRawMethod(indexExpressionType, '__getitem__', (self, args) => {
    const item = args[0];
    return (self as IndexExpression).makeTuple && !(item instanceof PyTuple) ? new PyTuple([item]) : item;
  });
}

/** The module attributes r_, c_, s_ and index_exp. */
export function indexExpressionObjects(): [string, PyObject][] {
  install();
  return [
    ['r_', new AxisConcatenator(rClassType, 0, 1, -1)],
    ['c_', new AxisConcatenator(cClassType, -1, 2, 0)],
    ['s_', new IndexExpression(false)],
    ['index_exp', new IndexExpression(true)],
  ];
}
