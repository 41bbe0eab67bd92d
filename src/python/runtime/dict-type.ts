// The methods of dict, its views, set and frozenset.
import { PyDict, PyDictView, PySet, PyTuple, dictType, dictKeysType, dictValuesType, dictItemsType, frozensetType, setType, tuple } from './collections';
import { KeyError, pyErr, typeError } from './errors';
import { DictIterator, getIter, toArray } from './iter';
import { defineMethod, defineRawMethod } from './native';
import { KwArgs, None, NotImplemented, PyType, PyValue, typeOf } from './object';
import { callValue, lookupAttr, pyEq, repr } from './protocols';
import { seqRepr } from './list-type';
import { ClassMethod, PyBuiltin } from './functions';

const D = (v: PyValue): PyDict => v as PyDict;

/** dict.update / dict(...) semantics: a mapping (keys() + []) or an iterable of pairs, then kwargs. */
export function dictUpdate(d: PyDict, src: PyValue | undefined, kwargs: KwArgs | null): void {
  if (src !== undefined) {
    if (src instanceof PyDict) for (const e of src.map.values()) d.set(e.k, e.v);
    else if (lookupAttr(src, 'keys') !== undefined && !(src instanceof PyTuple)) {
      const keys = toArray(callValue(lookupAttr(src, 'keys')!, [], null));
      const gi = lookupAttr(src, '__getitem__')!;
      for (const k of keys) d.set(k, callValue(gi, [k], null));
    } else {
      const items = toArray(src);
      for (let i = 0; i < items.length; i++) {
        const pair = toArray(items[i]);
        if (pair.length !== 2)
          throw pyErr('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        d.set(pair[0], pair[1]);
      }
    }
  }
  if (kwargs !== null) for (const [k, v] of kwargs) d.set(k, v);
}

export function dictRepr(d: PyDict): string {
  let s = '{';
  let first = true;
  for (const e of d.map.values()) {
    s += (first ? '' : ', ') + repr(e.k) + ': ' + repr(e.v);
    first = false;
  }
  return s + '}';
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const e of a.map.values()) {
    const v = b.get(e.k);
    if (v === undefined || !(v === e.v || pyEq(v, e.v))) return false;
  }
  return true;
}

const S = (v: PyValue): PySet => v as PySet;
/** make_new_set_basetype: a set for sets and their subclasses, else a frozenset. */
function newLike(self: PyValue): PySet {
  return new PySet((self as PySet).frozen ? frozensetType : setType);
}
/** A set of `v`'s items for membership tests: v itself when it is one. */
function setFrom(v: PyValue): PySet {
  return v instanceof PySet ? v : makeNewSet(setType, v);
}

/** set_update_internal: a set is merged (set_merge), an exact dict's keys are added after one
 *  pre-sizing, anything else is added item by item as iteration yields it. */
export function setUpdate(s: PySet, other: PyValue): void {
  if (other instanceof PySet) s.merge(other);
  else if (other instanceof PyDict && other.cls === dictType) {
    s.reserve(other.size);
    for (const e of other.map.values()) s.add(e.k);
  } else for (const x of toArray(other)) s.add(x);
}

/** make_new_set: set(iterable) / frozenset(iterable). */
export function makeNewSet(cls: PyType, iterable: PyValue | undefined): PySet {
  const s = new PySet(cls);
  if (iterable !== undefined) setUpdate(s, iterable);
  return s;
}

/** set_intersection: iterates the smaller set (other's items when not a set), adding the keys
 *  the other one has to a new set. */
function intersect(so: PySet, other: PyValue): PySet {
  if (other === so) return so.copy();
  const result = newLike(so);
  if (other instanceof PySet) {
    const [small, big] = other.size > so.size ? [so, other] : [other, so];
    for (const x of small.ordered()) if (big.has(x)) result.add(x);
  } else for (const x of toArray(other)) if (so.has(x)) result.add(x);
  return result;
}

function intersectAll(so: PySet, others: PyValue[]): PySet {
  let result = so;
  for (const o of others) result = intersect(result, o);
  return result === so ? so.copy() : result;
}

/** set_difference_update_internal. */
function differenceUpdate(so: PySet, other: PyValue): void {
  if (other === so) return so.clear();
  if (other instanceof PySet) {
    // other more than 8 times larger: only the common keys are walked
    const walk = other.size >> 3 > so.size ? intersect(so, other) : other;
    for (const x of walk.ordered()) so.delete(x);
  } else for (const x of toArray(other)) so.delete(x);
  so.dropDummiesIfMany();
}

/** set_difference: a new set of so's keys missing from other, or (so much larger, or other not a
 *  set/dict) a copy of so with other's keys removed. */
function difference(so: PySet, other: PyValue): PySet {
  const exactDict = other instanceof PyDict && other.cls === dictType;
  if (!(other instanceof PySet) && !exactDict) return copyAndDifference(so, other);
  const otherSize = (other as PySet | PyDict).size;
  if (so.size >> 2 > otherSize) return copyAndDifference(so, other);
  const result = newLike(so);
  const otherHas = other instanceof PySet ? (x: PyValue) => other.has(x) : (x: PyValue) => (other as PyDict).has(x);
  for (const x of so.ordered()) if (!otherHas(x)) result.add(x);
  return result;
}

function copyAndDifference(so: PySet, other: PyValue): PySet {
  const result = so.copy();
  differenceUpdate(result, other);
  return result;
}

/** set_symmetric_difference_update: for each of other's keys (its table order), discard it
 *  here when present, else add it. */
function symmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (other === so) return so.clear();
  let keys: PyValue[];
  if (other instanceof PyDict && other.cls === dictType) keys = [...other.map.values()].map((e) => e.k);
  else keys = (other instanceof PySet ? other : makeNewSet(newLike(so).cls, other)).ordered();
  for (const x of keys) if (!so.delete(x)) so.add(x);
}

/** set_symmetric_difference: a new set of other's items, updated with so. */
function symmetricDifference(so: PySet, other: PyValue): PySet {
  const result = makeNewSet(newLike(so).cls, other);
  symmetricDifferenceUpdate(result, so);
  return result;
}

export function setRepr(s: PySet): string {
  const items = s.ordered();
  const name = s.cls.name;
  if (items.length === 0) return `${name}()`;
  const body = seqRepr(items, '{', '}');
  return s.frozen || s.cls !== setType ? `${name}(${body})` : body;
}
const isSet = (v: PyValue): v is PySet => v instanceof PySet;


/** Installs the methods on the builtin type objects (called once by runtime/setup.ts). */
export function installDictMethods(): void {
  defineMethod(dictType, 'keys', '', (self) => new PyDictView(D(self), 'keys'));
  defineMethod(dictType, 'values', '', (self) => new PyDictView(D(self), 'values'));
  defineMethod(dictType, 'items', '', (self) => new PyDictView(D(self), 'items'));
  defineMethod(dictType, 'get', 'key, default=None, /', (self, [k, d]) => D(self).get(k!) ?? d!);
  defineRawMethod(dictType, 'pop', (self, args) => {
    if (args.length < 1 || args.length > 2) throw typeError(`pop expected at most 2 arguments, got ${args.length}`);
    const e = D(self).delete(args[0]);
    if (e !== undefined) return e.v;
    if (args.length === 2) return args[1];
    throw pyErr(KeyError, args[0]);
  });
  defineMethod(dictType, 'popitem', '', (self) => {
    const d = D(self);
    let last: { k: PyValue; v: PyValue } | undefined;
    for (const e of d.map.values()) last = e;
    if (last === undefined) throw pyErr(KeyError, 'popitem(): dictionary is empty');
    d.delete(last.k);
    return tuple([last.k, last.v]);
  });
  defineMethod(dictType, 'setdefault', 'key, default=None, /', (self, [k, d]) => {
    const cur = D(self).get(k!);
    if (cur !== undefined) return cur;
    D(self).set(k!, d!);
    return d!;
  });
  defineRawMethod(dictType, 'update', (self, args, kwargs) => {
    if (args.length > 1) throw typeError(`update expected at most 1 argument, got ${args.length}`);
    dictUpdate(D(self), args[0], kwargs);
    return None;
  });
  defineRawMethod(dictType, '__init__', (self, args, kwargs) => {
    dictUpdate(D(self), args[0], kwargs);
    return None;
  });
  defineMethod(dictType, 'copy', '', (self) => {
    const d = new PyDict();
    for (const e of D(self).map.values()) d.set(e.k, e.v);
    return d;
  });
  defineMethod(dictType, 'clear', '', (self) => {
    D(self).map.clear();
    return None;
  });
  dictType.dict!.set(
    'fromkeys',
    new ClassMethod(
      new PyBuiltin('fromkeys', (args) => {
        const d = new PyDict();
        for (const k of toArray(args[1])) d.set(k, args[2] ?? None);
        return d;
      }),
    ),
  );
  defineRawMethod(dictType, '__len__', (self) => D(self).size);
  defineRawMethod(dictType, '__getitem__', (self, [k]) => {
    const v = D(self).get(k);
    if (v !== undefined) return v;
    const missing = (self as PyDict).cls.lookup('__missing__');
    if (missing !== null) return callValue(missing, [self, k], null);
    throw pyErr(KeyError, k);
  });
  defineRawMethod(dictType, '__setitem__', (self, [k, v]) => {
    D(self).set(k, v);
    return None;
  });
  defineRawMethod(dictType, '__delitem__', (self, [k]) => {
    if (D(self).delete(k) === undefined) throw pyErr(KeyError, k);
    return None;
  });
  defineRawMethod(dictType, '__contains__', (self, [k]) => D(self).has(k));
  defineRawMethod(dictType, '__iter__', (self) => new DictIterator(D(self), 'keys'));
  defineRawMethod(dictType, '__repr__', (self) => dictRepr(D(self)));
  defineRawMethod(dictType, '__eq__', (self, [o]) => (o instanceof PyDict ? dictEq(D(self), o) : NotImplemented));
  defineRawMethod(dictType, '__ne__', (self, [o]) => (o instanceof PyDict ? !dictEq(D(self), o) : NotImplemented));
  defineRawMethod(dictType, '__or__', (self, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = new PyDict();
    dictUpdate(d, self, null);
    dictUpdate(d, o, null);
    return d;
  });
  defineRawMethod(dictType, '__ior__', (self, [o]) => {
    dictUpdate(D(self), o, null);
    return self;
  });
  dictType.dict!.set('__hash__', None);

  for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
    defineRawMethod(t, '__len__', (self) => (self as PyDictView).target.size);
    defineRawMethod(t, '__iter__', (self) => getIter(self));
    defineRawMethod(t, '__repr__', (self) => `${t.name}(${seqRepr(toArray(self), '[', ']')})`);
  }

  // ---- set / frozenset ----

  function defineSetOps(t: PyType): void {
    defineRawMethod(t, '__len__', (self) => S(self).size);
    defineRawMethod(t, '__contains__', (self, [v]) => S(self).has(v));
    defineRawMethod(t, '__iter__', (self) => getIter(self));
    defineRawMethod(t, '__repr__', (self) => setRepr(S(self)));
    defineMethod(t, 'copy', '', (self) => (self instanceof PySet && self.cls === frozensetType ? self : S(self).copy()));
    const union = (self: PyValue, others: PyValue[]): PySet => {
      const r = S(self).copy();
      for (const o of others) if (o !== self) setUpdate(r, o);
      return r;
    };
    const differenceAll = (self: PyValue, others: PyValue[]): PySet => {
      if (others.length === 0) return S(self).copy();
      const r = difference(S(self), others[0]);
      for (const o of others.slice(1)) differenceUpdate(r, o);
      return r;
    };
    defineRawMethod(t, 'union', (self, args) => union(self, args));
    defineRawMethod(t, 'intersection', (self, args) => intersectAll(S(self), args));
    defineRawMethod(t, 'difference', (self, args) => differenceAll(self, args));
    defineMethod(t, 'symmetric_difference', 'other, /', (self, [o]) => symmetricDifference(S(self), o!));
    defineRawMethod(t, '__or__', (self, [o]) => (isSet(o) ? union(self, [o]) : NotImplemented));
    defineRawMethod(t, '__and__', (self, [o]) => (isSet(o) ? intersect(S(self), o) : NotImplemented));
    defineRawMethod(t, '__sub__', (self, [o]) => (isSet(o) ? difference(S(self), o) : NotImplemented));
    defineRawMethod(t, '__xor__', (self, [o]) => (isSet(o) ? symmetricDifference(S(self), o) : NotImplemented));
    const subset = (a: PySet, b: PySet): boolean => [...a.map.values()].every((x) => b.has(x));
    defineRawMethod(t, 'issubset', (self, [o]) => subset(S(self), setFrom(o)));
    defineRawMethod(t, 'issuperset', (self, [o]) => subset(setFrom(o), S(self)));
    defineRawMethod(t, 'isdisjoint', (self, [o]) => ![...setFrom(o).map.values()].some((x) => S(self).has(x)));
    defineRawMethod(t, '__eq__', (self, [o]) => (isSet(o) ? S(self).size === o.size && subset(S(self), o) : NotImplemented));
    defineRawMethod(t, '__ne__', (self, [o]) => (isSet(o) ? !(S(self).size === o.size && subset(S(self), o)) : NotImplemented));
    defineRawMethod(t, '__le__', (self, [o]) => (isSet(o) ? subset(S(self), o) : NotImplemented));
    defineRawMethod(t, '__lt__', (self, [o]) => (isSet(o) ? S(self).size < o.size && subset(S(self), o) : NotImplemented));
    defineRawMethod(t, '__ge__', (self, [o]) => (isSet(o) ? subset(o, S(self)) : NotImplemented));
    defineRawMethod(t, '__gt__', (self, [o]) => (isSet(o) ? S(self).size > o.size && subset(o, S(self)) : NotImplemented));
  }
  defineSetOps(setType);
  defineSetOps(frozensetType);
  setType.dict!.set('__hash__', None);

  defineMethod(setType, 'add', 'object, /', (self, [v]) => {
    S(self).add(v!);
    return None;
  });
  defineMethod(setType, 'remove', 'object, /', (self, [v]) => {
    if (!S(self).delete(v!)) throw pyErr(KeyError, v!);
    return None;
  });
  defineMethod(setType, 'discard', 'object, /', (self, [v]) => {
    S(self).delete(v!);
    return None;
  });
  defineMethod(setType, 'pop', '', (self) => {
    const v = S(self).pop();
    if (v === undefined) throw pyErr(KeyError, 'pop from an empty set');
    return v;
  });
  defineMethod(setType, 'clear', '', (self) => {
    S(self).clear();
    return None;
  });
  defineRawMethod(setType, 'update', (self, args) => {
    for (const o of args) setUpdate(S(self), o);
    return None;
  });
  defineRawMethod(setType, 'difference_update', (self, args) => {
    for (const o of args) differenceUpdate(S(self), o);
    return None;
  });
  defineRawMethod(setType, 'intersection_update', (self, args) => {
    S(self).swapContents(intersectAll(S(self), args));
    return None;
  });
  defineMethod(setType, 'symmetric_difference_update', 'other, /', (self, [o]) => {
    symmetricDifferenceUpdate(S(self), o!);
    return None;
  });
  // the in-place operators mutate the set itself (and take only sets)
  const inPlace = (name: string, update: (s: PySet, o: PySet) => void): void =>
    defineRawMethod(setType, name, (self, [o]) => {
      if (!isSet(o)) return NotImplemented;
      update(S(self), o);
      return self;
    });
  inPlace('__ior__', setUpdate);
  inPlace('__iand__', (s, o) => s.swapContents(intersect(s, o)));
  inPlace('__isub__', differenceUpdate);
  inPlace('__ixor__', symmetricDifferenceUpdate);
}
