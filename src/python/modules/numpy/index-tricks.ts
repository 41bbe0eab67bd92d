// np.c_ and np.r_ (numpy's AxisConcatenator): `np.c_[a, b]` joins its items along the last
// axis with 1-d arrays as columns, `np.r_[a, 0:3, b]` along the first with slices as aranges.
// Python scalars among the items take the arrays' dtype when their kind fits (NEP 50).
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { PySlice, PyTuple } from '../../runtime/collections';
import { Unsupported } from '../../runtime/errors';
import { defineRawMethod } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { toTensor, wrapArray } from './coerce';
import { arange } from './creation';
import { NDArray } from './ndarray';
import { operand, unify } from './ufunc';

interface Concatenator {
  axis: number;
  ndmin: number;
}

const concatenatorType = new PyType('AxisConcatenator', [objectType], { module: 'numpy.lib._index_tricks_impl' });

class AxisConcatenator extends PyObject {
  constructor(
    cls: PyType,
    readonly how: Concatenator,
  ) {
    super(cls);
  }
}

/** An item as an array of at least `ndmin` dimensions; a 1-d array of np.c_ becomes a column. */
function atLeast(t: Tensor, ndmin: number): Tensor {
  if (t.ndim >= ndmin) return t;
  if (ndmin === 1) return E.reshape(t, [1]);
  return t.ndim === 0 ? E.reshape(t, [1, 1]) : E.reshape(t, [t.size, 1]);
}

function concatenateItems(how: Concatenator, key: PyValue): NDArray {
  const items = key instanceof PyTuple ? key.items : [key];
  const pieces: (Tensor | null)[] = [];
  const scalars: [number, PyValue][] = [];
  items.forEach((item, k) => {
    if (item instanceof PySlice) pieces.push(arange([item.start === None ? 0 : item.start, item.stop, item.step === None ? 1 : item.step], undefined).tensor);
    else if (typeof item === 'string') throw new Unsupported(`numpy.${how.axis === 0 ? 'r_' : 'c_'} with a '${item}' directive`);
    else if (typeof item === 'number' || typeof item === 'bigint' || typeof item === 'boolean' || (item instanceof Tensor && item.ndim === 0)) {
      pieces.push(null);
      scalars.push([k, item]);
    } else pieces.push(toTensor(item));
  });
  const arrays = pieces.filter((p): p is Tensor => p !== null);
  const strong = arrays.length === 0 ? null : arrays.map((t) => t.dtype).reduce(E.promote);
  for (const [k, v] of scalars) {
    const o = operand(v)!;
    pieces[k] = strong === null ? o.t : unify(o, { t: Tensor.scalar(0, strong), weak: null }, 'wrap')[0];
  }
  return wrapArray(E.concatenate(pieces.map((p) => atLeast(p!, how.ndmin)), how.axis));
}

let made: [string, PyValue][] | null = null;

export function indexTricks(): [string, PyValue][] {
  if (made !== null) return made;
  const cClass = new PyType('CClass', [concatenatorType], { module: 'numpy.lib._index_tricks_impl' });
  const rClass = new PyType('RClass', [concatenatorType], { module: 'numpy.lib._index_tricks_impl' });
  defineRawMethod(concatenatorType, '__getitem__', (self, args) => concatenateItems((self as AxisConcatenator).how, args[0]));
  return (made = [
    ['c_', new AxisConcatenator(cClass, { axis: -1, ndmin: 2 })],
    ['r_', new AxisConcatenator(rClass, { axis: 0, ndmin: 1 })],
  ]);
}
