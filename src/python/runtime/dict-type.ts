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
function newLike(self: PyValue): PySet {
  return new PySet((self as PySet).frozen ? frozensetType : setType);
}
function setFrom(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const s = new PySet();
  for (const x of toArray(v)) s.add(x);
  return s;
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
    defineMethod(t, 'copy', '', (self) => {
      const r = newLike(self);
      for (const x of S(self).map.values()) r.add(x);
      return r;
    });
    const union = (self: PyValue, others: PyValue[]): PySet => {
      const r = newLike(self);
      for (const x of S(self).ordered()) r.add(x);
      for (const o of others) for (const x of toArray(o)) r.add(x);
      return r;
    };
    const inter = (self: PyValue, others: PyValue[]): PySet => {
      let cur: PyValue[] = S(self).ordered();
      for (const o of others) {
        const os = setFrom(o);
        cur = cur.filter((x) => os.has(x));
      }
      const r = newLike(self);
      for (const x of cur) r.add(x);
      return r;
    };
    const diff = (self: PyValue, others: PyValue[]): PySet => {
      let cur: PyValue[] = S(self).ordered();
      for (const o of others) {
        const os = setFrom(o);
        cur = cur.filter((x) => !os.has(x));
      }
      const r = newLike(self);
      for (const x of cur) r.add(x);
      return r;
    };
    const symdiff = (self: PyValue, o: PyValue): PySet => {
      const os = setFrom(o);
      const r = newLike(self);
      for (const x of S(self).ordered()) if (!os.has(x)) r.add(x);
      for (const x of os.ordered()) if (!S(self).has(x)) r.add(x);
      return r;
    };
    defineRawMethod(t, 'union', (self, args) => union(self, args));
    defineRawMethod(t, 'intersection', (self, args) => inter(self, args));
    defineRawMethod(t, 'difference', (self, args) => diff(self, args));
    defineRawMethod(t, 'symmetric_difference', (self, args) => symdiff(self, args[0]));
    defineRawMethod(t, '__or__', (self, [o]) => (isSet(o) ? union(self, [o]) : NotImplemented));
    defineRawMethod(t, '__and__', (self, [o]) => (isSet(o) ? inter(self, [o]) : NotImplemented));
    defineRawMethod(t, '__sub__', (self, [o]) => (isSet(o) ? diff(self, [o]) : NotImplemented));
    defineRawMethod(t, '__xor__', (self, [o]) => (isSet(o) ? symdiff(self, o) : NotImplemented));
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
    const items = S(self).ordered();
    if (items.length === 0) throw pyErr(KeyError, 'pop from an empty set');
    S(self).delete(items[0]);
    return items[0];
  });
  defineMethod(setType, 'clear', '', (self) => {
    S(self).map.clear();
    return None;
  });
  defineRawMethod(setType, 'update', (self, args) => {
    for (const o of args) for (const x of toArray(o)) S(self).add(x);
    return None;
  });
  defineRawMethod(setType, '__ior__', (self, [o]) => {
    for (const x of toArray(o)) S(self).add(x);
    return self;
  });
  defineRawMethod(setType, 'difference_update', (self, args) => {
    for (const o of args) for (const x of toArray(o)) S(self).delete(x);
    return None;
  });
  defineRawMethod(setType, 'intersection_update', (self, args) => {
    for (const o of args) {
      const os = setFrom(o);
      for (const x of [...S(self).map.values()]) if (!os.has(x)) S(self).delete(x);
    }
    return None;
  });
}
