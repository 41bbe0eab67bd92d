// Assignment targets: names, attributes, subscripts, and (starred) unpacking; each store also
// reports the binding to the recorder.
import { setOrigin } from '../../engine';
import type { Expr, Target } from '../ir';
import { PyList, PyTuple } from '../runtime/collections';
import { PyExc, pyErr, typeError } from '../runtime/errors';
import { delItem, setItem } from '../runtime/items';
import { toArray } from '../runtime/iter';
import { PyValue, typeName, typeOf } from '../runtime/object';
import { delAttr, setAttr } from '../runtime/protocols';
import { compileExpr } from './expr';
import { compileNameDelete, compileNameStore } from './names';
import { Store, ScopeInfo, Unit } from './unit';
import type { Frame } from '../runtime/functions';
import { siteBinder } from '../trace';
import { attrStorer } from './attr-cache';

/** `a.b.c` as text when the expression is a dotted name chain, else null. */
export function dottedName(e: Expr): string | null {
  if (e.kind === 'Name') return e.id;
  if (e.kind === 'Attribute') {
    const base = dottedName(e.value);
    return base === null ? null : `${base}.${e.attr}`;
  }
  return null;
}

function unpackItems(v: PyValue): PyValue[] {
  if (v instanceof PyTuple) return v.items;
  if (v instanceof PyList) return v.items.slice();
  try {
    return toArray(v);
  } catch (e) {
    if (e instanceof PyExc && e.cls.name === 'TypeError' && String(e.args[0]).endsWith('is not iterable'))
      throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
    throw e;
  }
}

export function compileStore(u: Unit, s: ScopeInfo, t: Target): Store {
  const rec = u.rt.recorder;
  const scopeName = s.bindScope;
  switch (t.kind) {
    case 'NameTarget': {
      const store = compileNameStore(u, s, t.id);
      const name = t.id;
      const bind = siteBinder(rec, scopeName, name, t.span);
      return (f, v) => {
        store(f, v);
        bind(f.id, v);
      };
    }
    case 'AttributeTarget': {
      const obj = compileExpr(u, s, t.value);
      const attr = t.attr;
      const base = dottedName(t.value);
      const name = base === null ? null : `${base}.${attr}`;
      const bind = name === null ? null : siteBinder(rec, scopeName, name, t.span);
      const store = attrStorer(attr);
      return (f, v) => {
        store(obj(f), v);
        if (bind !== null) bind(f.id, v);
      };
    }
    case 'SubscriptTarget': {
      const obj = compileExpr(u, s, t.value);
      const idx = compileExpr(u, s, t.index);
      const name = dottedName(t.value);
      const bind = name === null ? null : siteBinder(rec, scopeName, name, t.span);
      const id = u.spanId(t.span);
      return (f, v) => {
        const o = obj(f);
        const i = idx(f);
        setOrigin(id);
        setItem(o, i, v);
        if (bind !== null) bind(f.id, o);
      };
    }
    case 'SequenceTarget': {
      const stores = t.elts.map((x) => (x.kind === 'StarredTarget' ? compileStore(u, s, x.value) : compileStore(u, s, x)));
      const star = t.elts.findIndex((x) => x.kind === 'StarredTarget');
      const n = stores.length;
      if (star < 0)
        return (f, v) => {
          const items = unpackItems(v);
          if (items.length !== n) {
            if (items.length > n) throw pyErr('ValueError', `too many values to unpack (expected ${n})`);
            throw pyErr('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
          }
          for (let i = 0; i < n; i++) stores[i](f, items[i]);
        };
      return (f, v) => {
        const items = unpackItems(v);
        const after = n - star - 1;
        if (items.length < n - 1) throw pyErr('ValueError', `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
        for (let i = 0; i < star; i++) stores[i](f, items[i]);
        stores[star](f, new PyList(items.slice(star, items.length - after)));
        for (let i = 0; i < after; i++) stores[star + 1 + i](f, items[items.length - after + i]);
      };
    }
    case 'StarredTarget':
      throw pyErr('SyntaxError', 'starred assignment target must be in a list or tuple');
  }
}

export function compileDelete(u: Unit, s: ScopeInfo, t: Target): (f: Frame) => void {
  switch (t.kind) {
    case 'NameTarget':
      return compileNameDelete(u, s, t.id);
    case 'AttributeTarget': {
      const obj = compileExpr(u, s, t.value);
      const attr = t.attr;
      return (f) => delAttr(obj(f), attr);
    }
    case 'SubscriptTarget': {
      const obj = compileExpr(u, s, t.value);
      const idx = compileExpr(u, s, t.index);
      return (f) => delItem(obj(f), idx(f));
    }
    case 'SequenceTarget': {
      const dels = t.elts.map((x) => compileDelete(u, s, x));
      return (f) => {
        for (const d of dels) d(f);
      };
    }
    case 'StarredTarget':
      return compileDelete(u, s, t.value);
  }
}
