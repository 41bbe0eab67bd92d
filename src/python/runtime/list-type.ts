// The methods of list and tuple.
import { PyList, PyTuple, listType, tupleType, tuple, PySlice } from './collections';
import { checkSequenceLength, indexError, pyErr, typeError, valueError } from './errors';
import { getIter, toArray } from './iter';
import { getItem, setItem, delItem, sliceIndices } from './items';
import { defineMethod, defineRawMethod, hasIndex, isNone, toIndex, toSliceIndex } from './native';
import { None, NotImplemented, PyValue, typeName } from './object';
import { callValue, lessThan, pyEq, repr, truthy, richOrder } from './protocols';

const L = (v: PyValue): PyList => v as PyList;

export function seqRepr(items: readonly PyValue[], open: string, close: string): string {
  let s = open;
  for (let i = 0; i < items.length; i++) s += (i > 0 ? ', ' : '') + repr(items[i]);
  return s + close;
}

/** Python's list.sort: stable, `<` only, optional key and reverse. */
export function sortValues(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keys = key === None ? items : items.map((x) => callValue(key, [x], null));
  const idx = items.map((_, i) => i);
  const cmp = reverse
    ? (i: number, j: number) => (lessThan(keys[j], keys[i]) ? -1 : lessThan(keys[i], keys[j]) ? 1 : 0)
    : (i: number, j: number) => (lessThan(keys[i], keys[j]) ? -1 : lessThan(keys[j], keys[i]) ? 1 : 0);
  idx.sort(cmp);
  return idx.map((i) => items[i]);
}

function seqCompare(a: readonly PyValue[], b: readonly PyValue[], op: '__lt__' | '__le__' | '__gt__' | '__ge__'): PyValue {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i] || pyEq(a[i], b[i])) continue;
    return richOrder(a[i], b[i], op);
  }
  switch (op) {
    case '__lt__':
      return a.length < b.length;
    case '__le__':
      return a.length <= b.length;
    case '__gt__':
      return a.length > b.length;
    case '__ge__':
      return a.length >= b.length;
  }
}

function seqEq(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!(a[i] === b[i] || pyEq(a[i], b[i]))) return false;
  return true;
}

function concatItems(a: readonly PyValue[], b: readonly PyValue[]): PyValue[] {
  checkSequenceLength(a.length + b.length);
  return a.concat(b);
}

function repeatItems(items: readonly PyValue[], n: PyValue): PyValue[] | null {
  if (typeof n !== 'number' && typeof n !== 'boolean') return null;
  checkSequenceLength(items.length * +n);
  const out: PyValue[] = [];
  for (let k = 0; k < +n; k++) for (const x of items) out.push(x);
  return out;
}

function countIn(items: readonly PyValue[], v: PyValue): number {
  let c = 0;
  for (const x of items) if (x === v || pyEq(x, v)) c++;
  return c;
}

function indexIn(items: readonly PyValue[], v: PyValue, start: PyValue | undefined, stop: PyValue | undefined, what: string): number {
  const n = items.length;
  let a = isNone(start) ? 0 : toSliceIndex(start!, false);
  let b = isNone(stop) ? n : toSliceIndex(stop!, false);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  for (let i = a; i < Math.min(b, n); i++) if (items[i] === v || pyEq(items[i], v)) return i;
  throw valueError(what === 'list' ? `${repr(v)} is not in list` : 'tuple.index(x): x not in tuple');
}

/** Installs the methods on the builtin type objects (called once by runtime/setup.ts). */
export function installListMethods(): void {
  // ---- list ----
  defineMethod(listType, 'append', 'object, /', (self, [v]) => {
    L(self).items.push(v!);
    L(self).wrote();
    return None;
  });
  defineMethod(listType, 'extend', 'iterable, /', (self, [it]) => {
    const vals = toArray(it!);
    const items = L(self).items;
    checkSequenceLength(items.length + vals.length);
    for (const v of vals) items.push(v);
    L(self).wrote();
    return None;
  });
  defineMethod(listType, 'insert', 'index, object, /', (self, [i, v]) => {
    const items = L(self).items;
    let k = toIndex(i!);
    if (k < 0) k = Math.max(0, k + items.length);
    items.splice(Math.min(k, items.length), 0, v!);
    L(self).wrote();
    return None;
  });
  defineMethod(listType, 'pop', 'index=-1, /', (self, [i]) => {
    const items = L(self).items;
    if (items.length === 0) throw indexError('pop from empty list');
    let k = toIndex(i!);
    if (k < 0) k += items.length;
    if (k < 0 || k >= items.length) throw indexError('pop index out of range');
    L(self).wrote();
    return items.splice(k, 1)[0];
  });
  defineMethod(listType, 'remove', 'value, /', (self, [v]) => {
    const items = L(self).items;
    for (let i = 0; i < items.length; i++)
      if (items[i] === v || pyEq(items[i], v!)) {
        items.splice(i, 1);
        L(self).wrote();
        return None;
      }
    throw valueError('list.remove(x): x not in list');
  });
  defineMethod(listType, 'index', 'value, start=None, stop=None, /', (self, [v, a, b]) => indexIn(L(self).items, v!, a, b, 'list'));
  defineMethod(listType, 'count', 'value, /', (self, [v]) => countIn(L(self).items, v!));
  defineMethod(listType, 'reverse', '', (self) => {
    L(self).items.reverse();
    L(self).wrote();
    return None;
  });
  defineMethod(listType, 'clear', '', (self) => {
    L(self).items = [];
    L(self).wrote();
    return None;
  });
  defineMethod(listType, 'copy', '', (self) => new PyList(L(self).items.slice()));
  defineMethod(listType, 'sort', '*, key=None, reverse=False', (self, [key, rev]) => {
    const l = L(self);
    const items = l.items;
    l.items = [];
    try {
      l.items = sortValues(items, key!, truthy(rev!));
    } catch (e) {
      l.items = items;
      throw e;
    } finally {
      l.wrote();
    }
    return None;
  });
  defineRawMethod(listType, '__init__', (self, args) => {
    L(self).items = args.length > 0 ? toArray(args[0]) : [];
    L(self).wrote();
    return None;
  });
  defineRawMethod(listType, '__len__', (self) => L(self).items.length);
  const listGetItem = (self: PyValue, args: PyValue[]): PyValue => getItem(new PyList(L(self).items), args[0]);
  defineRawMethod(listType, '__getitem__', listGetItem);
  defineRawMethod(listType, '__setitem__', (self, args) => {
    setItem(new PyListView(L(self)), args[0], args[1]);
    return None;
  });
  defineRawMethod(listType, '__delitem__', (self, args) => {
    delItem(self, args[0]);
    return None;
  });
  defineRawMethod(listType, '__contains__', (self, args) => L(self).items.some((x) => x === args[0] || pyEq(x, args[0])));
  defineRawMethod(listType, '__iter__', (self) => getIter(new PyList(L(self).items)));
  defineRawMethod(listType, '__reversed__', (self) => getIter(new PyList(L(self).items.slice().reverse())));
  defineRawMethod(listType, '__repr__', (self) => seqRepr(L(self).items, '[', ']'));
  defineRawMethod(listType, '__eq__', (self, [o]) => (o instanceof PyList ? seqEq(L(self).items, o.items) : NotImplemented));
  defineRawMethod(listType, '__ne__', (self, [o]) => (o instanceof PyList ? !seqEq(L(self).items, o.items) : NotImplemented));
  for (const op of ['__lt__', '__le__', '__gt__', '__ge__'] as const)
    defineRawMethod(listType, op, (self, [o]) => (o instanceof PyList ? seqCompare(L(self).items, o.items, op) : NotImplemented));
  // Concatenation answers NotImplemented to anything but its own kind, so the other operand's
  // reflected method is tried (CPython tries both number slots before sq_concat): [1] + np.int64(2).
  defineRawMethod(listType, '__add__', (self, [o]) => (o instanceof PyList ? new PyList(concatItems(L(self).items, o.items)) : NotImplemented));
  defineRawMethod(listType, '__iadd__', (self, [o]) => {
    const vals = toArray(o);
    checkSequenceLength(L(self).items.length + vals.length);
    for (const v of vals) L(self).items.push(v);
    L(self).wrote();
    return self;
  });
  defineRawMethod(listType, '__mul__', (self, [n]) => {
    const r = repeatItems(L(self).items, n);
    return r === null ? NotImplemented : new PyList(r);
  });
  defineRawMethod(listType, '__rmul__', (self, [n]) => {
    const r = repeatItems(L(self).items, n);
    return r === null ? NotImplemented : new PyList(r);
  });
  defineRawMethod(listType, '__imul__', (self, [n]) => {
    const r = repeatItems(L(self).items, hasIndex(n) ? toIndex(n) : n);
    if (r === null) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
    L(self).items = r;
    L(self).wrote();
    return self;
  });
  listType.dict!.set('__hash__', None);

  /** A plain list sharing a subclass instance's storage (so the fast paths apply to subclasses). */
  /** A list sharing its owner's items (for the owner's __setitem__): its writes are the owner's. */
  class PyListView extends PyList {
    constructor(readonly owner: PyList) {
      super(owner.items);
    }
    override wrote(index = -1): void {
      this.owner.wrote(index);
    }
  }

  // ---- tuple ----
  const T = (v: PyValue): PyTuple => v as PyTuple;
  defineMethod(tupleType, 'index', 'value, start=None, stop=None, /', (self, [v, a, b]) => indexIn(T(self).items, v!, a, b, 'tuple'));
  defineMethod(tupleType, 'count', 'value, /', (self, [v]) => countIn(T(self).items, v!));
  defineRawMethod(tupleType, '__len__', (self) => T(self).items.length);
  defineRawMethod(tupleType, '__getitem__', (self, [i]) => getItem(tuple(T(self).items), i));
  defineRawMethod(tupleType, '__contains__', (self, [v]) => T(self).items.some((x) => x === v || pyEq(x, v)));
  defineRawMethod(tupleType, '__iter__', (self) => getIter(tuple(T(self).items)));
  defineRawMethod(tupleType, '__repr__', (self) => {
    const items = T(self).items;
    return items.length === 1 ? `(${repr(items[0])},)` : seqRepr(items, '(', ')');
  });
  defineRawMethod(tupleType, '__eq__', (self, [o]) => (o instanceof PyTuple ? seqEq(T(self).items, o.items) : NotImplemented));
  defineRawMethod(tupleType, '__ne__', (self, [o]) => (o instanceof PyTuple ? !seqEq(T(self).items, o.items) : NotImplemented));
  for (const op of ['__lt__', '__le__', '__gt__', '__ge__'] as const)
    defineRawMethod(tupleType, op, (self, [o]) => (o instanceof PyTuple ? seqCompare(T(self).items, o.items, op) : NotImplemented));
  defineRawMethod(tupleType, '__add__', (self, [o]) => (o instanceof PyTuple ? tuple(concatItems(T(self).items, o.items)) : NotImplemented));
  defineRawMethod(tupleType, '__mul__', (self, [n]) => {
    const r = repeatItems(T(self).items, n);
    return r === null ? NotImplemented : tuple(r);
  });
  defineRawMethod(tupleType, '__rmul__', (self, [n]) => {
    const r = repeatItems(T(self).items, n);
    return r === null ? NotImplemented : tuple(r);
  });
}
