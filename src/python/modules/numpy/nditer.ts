// np.nditer(x, flags=['multi_index'], op_flags=['readwrite']) as numeric-gradient helpers use it:
// `.finished`, `.multi_index`, `.iternext()`, and iteration (each step yields the current
// element as a 0-d view, so it can be read and written).
import { PyList, PyTuple, tuple } from '../../runtime/collections';
import { StopIteration, Unsupported, pyErr, valueError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { defineGetter, defineRawMethod, builtinFunction } from '../../runtime/native';
import { Ellipsis, None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { toTensor } from './coerce';
import { getIndexed, setIndexed } from './indexing';
import { NDArray } from './ndarray';

export const nditerType = new PyType('nditer', [objectType], { module: 'numpy' });

class NdIter extends PyObject {
  /** Flat position of the current element (C order). */
  pos = 0;
  started = false;
  constructor(
    readonly array: NDArray,
    readonly tracksIndex: boolean,
    /** op_flags readwrite or writeonly. */
    readonly writes: boolean,
  ) {
    super(nditerType);
  }
  get finished(): boolean {
    return this.pos >= this.array.size;
  }
  index(): number[] {
    const shape = this.array.shape;
    const out = new Array<number>(shape.length);
    let rest = this.pos;
    for (let ax = shape.length - 1; ax >= 0; ax--) {
      out[ax] = rest % shape[ax];
      rest = Math.floor(rest / shape[ax]);
    }
    return out;
  }
}

function strings(v: PyValue | undefined): string[] {
  if (v === undefined || v === None) return [];
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map((x) => String(x));
  return [String(v)];
}

export function installNditer(): void {
  defineGetter(nditerType, 'finished', (s) => (s as NdIter).finished);
  defineGetter(nditerType, 'multi_index', (s) => {
    const it = s as NdIter;
    if (!it.tracksIndex) throw valueError('Iterator is not tracking a multi-index');
    if (it.finished) throw valueError('Iterator is past the end');
    return tuple(it.index());
  });
  defineGetter(nditerType, 'iterindex', (s) => (s as NdIter).pos);
  defineRawMethod(nditerType, 'iternext', (s) => {
    const it = s as NdIter;
    if (!it.finished) it.pos++;
    it.started = true;
    return !it.finished;
  });
  defineRawMethod(nditerType, '__iter__', (s) => s);
  defineRawMethod(nditerType, '__next__', (s) => {
    const it = s as NdIter;
    if (it.started && !it.finished) it.pos++;
    it.started = true;
    if (it.finished) throw pyErr(StopIteration);
    return elementView(it);
  });
  // `with np.nditer(a, op_flags=['readwrite']) as it:` - writes through the element views are
  // immediate here, so leaving the block has nothing to write back
  defineRawMethod(nditerType, '__enter__', (s) => s);
  defineRawMethod(nditerType, '__exit__', () => None);
  // it[0]: the current element of the (one) operand; `it[0] = v` writes it
  defineGetter(nditerType, 'value', (s) => currentElement(s as NdIter));
  defineRawMethod(nditerType, '__getitem__', (s, [i]) => {
    operandIndex(i!);
    return currentElement(s as NdIter);
  });
  defineRawMethod(nditerType, '__setitem__', (s, [i, v]) => {
    operandIndex(i!);
    const it = s as NdIter;
    if (it.finished) throw valueError('Iterator is past the end');
    if (!it.writes) throw pyErr('RuntimeError', 'Iterator operand 0 is not writeable');
    setIndexed(it.array, tuple([...it.index(), Ellipsis]), toTensor(v!));
    return None;
  });
  defineGetter(nditerType, 'operands', (s) => tuple([(s as NdIter).array]));
  defineRawMethod(nditerType, 'reset', (s) => {
    (s as NdIter).pos = 0;
    (s as NdIter).started = false;
    return s;
  });
}

function currentElement(it: NdIter): PyValue {
  if (it.finished) throw valueError('Iterator is past the end');
  return elementView(it);
}

/** gradlens's nditer has one operand: index 0 (or -1). */
function operandIndex(i: PyValue): void {
  if (i !== 0 && i !== -1) {
    if (typeof i === 'number') throw pyErr('IndexError', 'Iterator operand index ' + i + ' is out of bounds');
    throw new Unsupported('numpy.nditer indexed by anything but an operand number');
  }
}

/** The current element as a 0-d view (x[i, j, ...]), readable and writable like numpy's. */
function elementView(it: NdIter): PyValue {
  const idx = it.index();
  return getIndexed(it.array, tuple([...idx, Ellipsis]));
}


export function nditerFunction(): PyBuiltin {
  return builtinFunction('nditer', 'op, flags=None, op_flags=None, op_dtypes=None, order=None, casting=None', (a) => {
    const op = a[0]!;
    const flags = strings(a[1]);
    const known = new Set(['multi_index', 'refs_ok', 'zerosize_ok', 'buffered', 'c_index']);
    for (const fl of flags) if (!known.has(fl)) throw new Unsupported(`numpy.nditer with flags=['${fl}']`);
    const array = op instanceof NDArray ? op : NDArray.of(toTensor(op));
    const writes = strings(a[2]).some((fl) => fl === 'readwrite' || fl === 'writeonly');
    if (writes && array.readOnly) throw valueError('operand array with iterator write flag set is read-only');
    return new NdIter(array, flags.includes('multi_index'), writes);
  });
}
