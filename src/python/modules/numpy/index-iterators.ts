// Iterating over positions: `a.flat` (numpy.flatiter: iteration, len, a.flat[i] reads and
// a.flat[idx] = v writes with numpy's cyclic filling), np.ndindex(*shape) and np.ndenumerate(a),
// as gradient-check loops use them. Elements are read by one gather each, so a value taken from
// a.flat or ndenumerate stays on the tape; writes go through the array (and its views' root).
import * as E from '../../../engine';
import { IndexItem, Tensor } from '../../../engine';
import { PyTuple, tuple } from '../../runtime/collections';
import { StopIteration, Unsupported, indexError, pyErr, valueError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { builtinFunction, defineGetter, defineRawMethod, toIndex } from '../../runtime/native';
import { PyIterator } from '../../runtime/iter';
import { Ellipsis, None, PyType, PyValue, objectType } from '../../runtime/object';
import { lessThan } from '../../runtime/protocols';
import { binaryValues } from './ufunc';
import { COMPARISONS } from './operators';
import { toTensor } from './coerce';
import { FlatIter, flatiterType } from './flat-iterator';
import { parseIndex } from './indexing';
import { NDArray, ndarrayType } from './ndarray';
import { NpScalar, npScalar } from './scalar';

const INVALID_FLAT_INDEX = 'only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays are valid indices';

/** The one index item of a flat subscript, with numpy's refusals. */
function flatItem(key: PyValue): IndexItem {
  let k = key;
  if (k instanceof PyTuple) {
    if (k.items.length !== 1)
      throw indexError(`too many indices for flat iterator: flat iterator is 1-dimensional, but ${k.items.length} were indexed`);
    k = k.items[0];
  }
  if (k === None) throw indexError(INVALID_FLAT_INDEX);
  if (typeof k === 'boolean' || k instanceof Tensor || (k instanceof NpScalar && k.dtype !== 'int64'))
    throw new Unsupported('numpy.flatiter indexed with a float or bool scalar (deprecated by numpy 2.4)');
  const [item] = parseIndex(k);
  return item;
}

function checkBounds(i: number, size: number): number {
  if (i < -size || i >= size) throw indexError(`index ${i} is out of bounds for size ${size}`);
  return i < 0 ? i + size : i;
}

function flatRead(it: FlatIter, key: PyValue): PyValue {
  const a = it.array;
  const item = flatItem(key);
  it.pos = 0; // numpy rewinds the iterator on every subscript
  const flat = E.reshape(a.tensor, [a.size]);
  if (item.kind === 'int') return npScalar(E.gather(flat, [{ kind: 'int', index: checkBounds(item.index, a.size) }]));
  if (item.kind === 'array' && item.index.dtype === 'bool' && item.index.size !== a.size)
    throw indexError(
      `boolean index did not match indexed flat iterator along axis 0; size of axis is ${a.size} but size of corresponding boolean axis is ${item.index.size}`,
    );
  if (item.kind === 'array' && item.index.dtype !== 'bool') for (const i of item.index.data) checkBounds(i, a.size);
  return NDArray.of(E.gather(flat, [item]));
}

/** The flat positions a subscript assigns to, in order. */
function writePositions(item: IndexItem, size: number): number[] {
  switch (item.kind) {
    case 'int':
      return [checkBounds(item.index, size)];
    case 'ellipsis':
      return Array.from({ length: size }, (_, i) => i);
    case 'slice': {
      const [lo, step, n] = E.sliceIndices(item.start, item.stop, item.step, size);
      return Array.from({ length: n }, (_, k) => lo + k * step);
    }
    case 'array':
      if (item.index.dtype === 'bool')
        throw indexError(
          'boolean indices for iterators are not supported because of previous behavior that was confusing (valid boolean indices are expected to work in the future)',
        );
      return Array.from(item.index.data, (i) => checkBounds(i, size));
    case 'newaxis':
      throw indexError(INVALID_FLAT_INDEX);
  }
}

/** a.flat[key] = value: the values, cast to the array's dtype, repeated cyclically over the positions. */
function flatWrite(it: FlatIter, key: PyValue, value: PyValue): void {
  const a = it.array;
  if (a.readOnly) throw valueError('underlying array is read-only');
  const positions = writePositions(flatItem(key), a.size);
  it.pos = 0;
  const v = E.reshape(toTensor(value, a.dtype), [-1]);
  if (positions.length === 0 || v.size === 0) return;
  const cyclic = Float64Array.from(positions, (_, k) => k % v.size);
  const values = E.gather(v, [{ kind: 'array', index: new Tensor(cyclic, [positions.length], 'int64') }]);
  if (a.ndim === 0) {
    a.write(E.reshape(E.gather(values, [{ kind: 'int', index: positions.length - 1 }]), []));
    return;
  }
  const perAxis = a.shape.map(() => new Float64Array(positions.length));
  positions.forEach((p, k) => it.coords(p).forEach((c, ax) => (perAxis[ax][k] = c)));
  a.assign(
    perAxis.map((d): IndexItem => ({ kind: 'array', index: new Tensor(d, [positions.length], 'int64') })),
    values,
  );
}

function installFlatiter(): void {
  const t = flatiterType;
  const self = (s: PyValue): FlatIter => s as FlatIter;
  defineIteration(t);
  defineRawMethod(t, '__len__', (s) => self(s).array.size);
  defineRawMethod(t, '__getitem__', (s, args) => flatRead(self(s), args[0]));
  defineRawMethod(t, '__setitem__', (s, args) => {
    flatWrite(self(s), args[0], args[1]);
    return None;
  });
  defineRawMethod(t, 'copy', (s) => NDArray.of(E.reshape(self(s).array.tensor, [self(s).array.size])));
  defineGetter(t, 'base', (s) => self(s).array);
  defineGetter(t, 'index', (s) => self(s).pos);
  defineGetter(t, 'coords', (s) => tuple(self(s).coords(self(s).pos)));
  // numpy compares a flatiter as the 1-d array it stands for
  for (const [name, op] of COMPARISONS)
    defineRawMethod(t, name, (s, args) => binaryValues(op, NDArray.of(E.reshape(self(s).array.tensor, [self(s).array.size])), args[0]));
  defineGetter(
    ndarrayType,
    'flat',
    (s) => new FlatIter(s as NDArray),
    (s, v) => flatWrite(new FlatIter(s as NDArray), Ellipsis, v),
  );
}

// ---- np.ndindex, np.ndenumerate ---------------------------------------------------------------

const ndindexType = new PyType('ndindex', [objectType], { module: 'numpy' });
const ndenumerateType = new PyType('ndenumerate', [objectType], { module: 'numpy' });

class NdIndex extends PyIterator {
  private pos = 0;
  private readonly total: number;
  constructor(readonly shape: number[]) {
    super(ndindexType);
    this.total = shape.reduce((p, d) => p * d, 1);
  }
  next(): PyValue | undefined {
    if (this.pos >= this.total) return undefined;
    const out = new Array<number>(this.shape.length);
    let rest = this.pos++;
    for (let ax = this.shape.length - 1; ax >= 0; ax--) {
      out[ax] = rest % this.shape[ax];
      rest = Math.floor(rest / this.shape[ax]);
    }
    return tuple(out);
  }
}

/** np.ndenumerate: (coords, element) pairs of the array's flat iterator. */
class NdEnumerate extends PyIterator {
  constructor(readonly flat: FlatIter) {
    super(ndenumerateType);
  }
  next(): PyValue | undefined {
    const coords = tuple(this.flat.coords(this.flat.pos));
    const value = this.flat.next();
    return value === undefined ? undefined : tuple([coords, value]);
  }
}

/** __iter__ and __next__ of a native iterator type, for Python code. */
function defineIteration(t: PyType): void {
  defineRawMethod(t, '__iter__', (s) => s);
  defineRawMethod(t, '__next__', (s) => {
    const v = (s as PyIterator).next();
    if (v === undefined) throw pyErr(StopIteration);
    return v;
  });
}

/** np.ndindex's shape: ints, or one tuple of them (numpy's checks: min(shape) < 0, then range()). */
function ndindexShape(args: readonly PyValue[]): number[] {
  const dims = args.length === 1 && args[0] instanceof PyTuple ? args[0].items : args;
  if (dims.length > 0) {
    let least = dims[0];
    for (const d of dims.slice(1)) if (lessThan(d, least)) least = d;
    if (lessThan(least, 0)) throw valueError('negative dimensions are not allowed');
  }
  return dims.map((d) => toIndex(d));
}

function installIndexIterators(): void {
  defineIteration(ndindexType);
  defineIteration(ndenumerateType);
}

let installed = false;

export function indexIteratorFunctions(): PyBuiltin[] {
  if (!installed) {
    installed = true;
    installFlatiter();
    installIndexIterators();
  }
  return [
    new PyBuiltin('ndindex', (args, kwargs) => {
      if (kwargs !== null && kwargs.size > 0) throw pyErr('TypeError', `ndindex.__init__() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
      return new NdIndex(ndindexShape(args));
    }),
    builtinFunction('ndenumerate', 'arr', (a) => {
      const arr = a[0] instanceof NDArray ? a[0] : NDArray.of(toTensor(a[0]!));
      return new NdEnumerate(new FlatIter(arr));
    }),
  ];
}
