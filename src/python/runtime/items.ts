// Subscripts: x[i], x[i] = v, del x[i] for the builtin containers, then __getitem__ & co.
import { Tensor } from '../../engine';
import { PyDict, PyList, PyRange, PySlice, PyTuple, tuple } from './collections';
import { KeyError, indexError, pyErr, typeError, valueError } from './errors';
import { toArray } from './iter';
import { None, PyType, PyValue, typeName, typeOf, typeType } from './object';
import { ClassMethod, PyFunction } from './functions';
import { callMethod, callValue, getAttr } from './protocols';
import { hasIndex, toIndex, toSliceIndex } from './native';

/** slice.indices(length): normalised start, stop, step and the number of elements. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = toSliceIndex(s.step);
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const norm = (v: PyValue, dflt: number): number => {
    if (v === None) return dflt;
    let i = toSliceIndex(v);
    if (i < 0) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = norm(s.start, step < 0 ? upper : lower);
  const stop = norm(s.stop, step < 0 ? lower : upper);
  let n = 0;
  if (step > 0 ? start < stop : start > stop) n = Math.floor((stop - start - (step > 0 ? 1 : -1)) / step) + 1;
  return [start, stop, step, n];
}

export function sliceItems<T>(items: readonly T[], s: PySlice): T[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + n);
  const out: T[] = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

function seqIndex(i: PyValue, length: number, what: string, kind: string): number {
  if (typeof i !== 'number') {
    if (typeof i === 'boolean') i = i ? 1 : 0;
    else {
      if (hasIndex(i)) i = toIndex(i);
      else throw typeError(`${kind} indices must be integers or slices, not ${typeName(i)}`);
    }
  }
  let k = i as number;
  if (k < 0) k += length;
  if (k < 0 || k >= length) throw indexError(`${what} index out of range`);
  return k;
}

/** Python's str indexing works on code points; plain ASCII strings take the fast path. */
function strChars(s: string): string[] {
  return Array.from(s);
}

export function getItem(obj: PyValue, i: PyValue): PyValue {
  if (obj instanceof PyList && !obj.cls.isUserClass) {
    const items = obj.items;
    if (typeof i === 'number') {
      const k = i < 0 ? i + items.length : i;
      if (k >= 0 && k < items.length) return items[k];
      throw indexError('list index out of range');
    }
    if (i instanceof PySlice) return new PyList(sliceItems(items, i));
    return items[seqIndex(i, items.length, 'list', 'list')];
  } else if (obj instanceof PyTuple && !obj.cls.isUserClass) {
    if (i instanceof PySlice) return tuple(sliceItems(obj.items, i));
    return obj.items[seqIndex(i, obj.items.length, 'tuple', 'tuple')];
  } else if (obj instanceof PyDict && !obj.cls.isUserClass) {
    const v = obj.get(i);
    if (v === undefined) throw pyErr(KeyError, i);
    return v;
  } else if (typeof obj === 'string') {
    if (i instanceof PySlice) return sliceItems(strChars(obj), i).join('');
    if (typeof i !== 'number' && typeof i !== 'boolean') {
      if (!hasIndex(i)) throw typeError(`string indices must be integers, not '${typeName(i)}'`);
      i = toIndex(i);
    }
    const chars = obj.length < 64 && /^[\x00-\x7f]*$/.test(obj) ? null : strChars(obj);
    const n = chars === null ? obj.length : chars.length;
    const k = seqIndex(i, n, 'string', 'string');
    return chars === null ? obj[k] : chars[k];
  } else if (obj instanceof PyRange) {
    if (i instanceof PySlice) {
      const [start, , step, n] = sliceIndices(i, obj.length);
      const first = obj.at(start);
      return new PyRange(first, first + n * step * obj.step, step * obj.step);
    }
    return obj.at(seqIndex(i, obj.length, 'range object', 'range'));
  } else if (obj instanceof PyType) {
    const metaGetitem = obj.cls === typeType ? null : obj.cls.lookup('__getitem__'); // Color['RED']
    if (metaGetitem !== null) return callMethod(metaGetitem, obj, [i], null);
    const cg = obj.lookup('__class_getitem__'); // a class method (implicitly, as in CPython)
    if (cg !== null) return callValue(cg instanceof ClassMethod ? cg.fn : cg, [obj, i], null);
    return obj; // list[int] and friends: typing only
  }
  const t = typeOf(obj);
  const gi = t.lookup('__getitem__');
  if (gi !== null) return callMethod(gi, obj, [i], null);
  if (obj instanceof PyDict) {
    const v = obj.get(i);
    if (v !== undefined) return v;
    const missing = t.lookup('__missing__');
    if (missing !== null) return callMethod(missing, obj, [i], null);
    throw pyErr(KeyError, i);
  }
  throw typeError(`'${t.tpName}' object is not subscriptable`);
}


export function setItem(obj: PyValue, i: PyValue, v: PyValue): void {
  if (obj instanceof PyList && !obj.cls.isUserClass) {
    const items = obj.items;
    if (typeof i === 'number') {
      const k = i < 0 ? i + items.length : i;
      if (k >= 0 && k < items.length) {
        items[k] = v;
        obj.wrote(k);
        return;
      }
      throw indexError('list assignment index out of range');
    }
    if (i instanceof PySlice) {
      const vals = toArray(v);
      const [start, stop, step, n] = sliceIndices(i, items.length);
      if (step === 1) {
        items.splice(start, Math.max(0, stop - start), ...vals);
        obj.wrote();
        return;
      }
      if (vals.length !== n) throw valueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`);
      for (let j = 0, k = start; j < n; j++, k += step) items[k] = vals[j];
      obj.wrote();
      return;
    }
    if (typeof i === 'boolean' || (typeof i === 'object' && !(i instanceof Tensor) && i.cls.lookup('__index__') !== null)) {
      items[seqIndex(i, items.length, 'list assignment', 'list')] = v;
      obj.wrote();
      return;
    }
    throw typeError(`list indices must be integers or slices, not ${typeName(i)}`);
  }
  if (obj instanceof PyDict && !obj.cls.isUserClass) {
    obj.set(i, v);
    return;
  }
  const t = typeOf(obj);
  const si = t.lookup('__setitem__');
  if (si !== null) {
    callMethod(si, obj, [i, v], null);
    return;
  }
  if (obj instanceof PyDict) return obj.set(i, v);
  if (obj instanceof PyList) return setItem(new PyList(obj.items), i, v);
  throw typeError(`'${t.tpName}' object does not support item assignment`);
}

export function delItem(obj: PyValue, i: PyValue): void {
  if ((obj instanceof PyList || obj instanceof PyDict) && obj.cls.isUserClass) {
    const own = obj.cls.lookup('__delitem__');
    if (own instanceof PyFunction) {
      callMethod(own, obj, [i], null);
      return;
    }
  }
  if (obj instanceof PyList) {
    const items = obj.items;
    if (i instanceof PySlice) {
      const [start, , step, n] = sliceIndices(i, items.length);
      const drop = new Set<number>();
      for (let j = 0, k = start; j < n; j++, k += step) drop.add(k);
      obj.items = items.filter((_, k) => !drop.has(k));
      obj.wrote();
      return;
    }
    items.splice(seqIndex(i, items.length, 'list assignment', 'list'), 1);
    obj.wrote();
    return;
  }
  if (obj instanceof PyDict) {
    if (obj.delete(i) === undefined) throw pyErr(KeyError, i);
    return;
  }
  const t = typeOf(obj);
  const di = t.lookup('__delitem__');
  if (di !== null) {
    callMethod(di, obj, [i], null);
    return;
  }
  throw typeError(`'${t.tpName}' object doesn't support item deletion`);
}

export { getAttr };
