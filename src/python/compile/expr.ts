// Expressions -> closures. Operands are evaluated first, then the expression's span becomes the
// engine's origin, so every tensor an operation makes leads back to its source.
import { Tensor, setOrigin } from '../../engine';
import type { Arg, Expr, FStringPart, Span } from '../ir';
import { PyDict, PyList, PySet, PySlice, PyTuple, tuple } from '../runtime/collections';
import { PyExc, Unsupported, pyErr, typeError } from '../runtime/errors';
import { BoundMethod, Frame, PyFunction, PyMethodDescriptor } from '../runtime/functions';
import { callFunction } from '../runtime/call';
import { getItem } from '../runtime/items';
import { getIter, toArray } from '../runtime/iter';
import { Cell, Ellipsis, KwArgs, None, PyType, PyValue, currentTypeVersion, typeName, typeOf } from '../runtime/object';
import { BinOpName, binaryOp, compareOp, intAdd, intSub, intMul, invert, negate, positive } from '../runtime/operators';
import * as E from '../../engine';
import { callValue, getAttr, truthy, lookupAttr } from '../runtime/protocols';
import { convertField, formatValue } from '../runtime/strformat';
import { PySuper } from '../runtime/super';
import { dictUpdate, setUpdate } from '../runtime/dict-type';
import { compileLoad, compileNameStore } from './names';
import { Ev, ScopeInfo, Unit } from './unit';
import { compileComprehension, compileGeneratorExp, compileLambda } from './functions';
import { siteBinder } from '../trace';
import { attrLoader } from './attr-cache';

export function compileExpr(u: Unit, s: ScopeInfo, e: Expr): Ev {
  switch (e.kind) {
    case 'Name':
      return compileLoad(u, s, e.id);
    case 'Int': {
      const v = e.value;
      return () => v;
    }
    case 'Float': {
      const v = e.value;
      const id = u.spanId(e.span);
      return () => {
        setOrigin(id);
        return Tensor.scalar(v);
      };
    }
    case 'Str': {
      const v = e.value;
      return () => v;
    }
    case 'Bool': {
      const v = e.value;
      return () => v;
    }
    case 'None':
      return () => None;
    case 'Ellipsis':
      return () => Ellipsis;
    case 'FString':
      return compileFString(u, s, e.parts);
    case 'BinOp':
      return compileBinOp(u, s, e.op as BinOpName, compileExpr(u, s, e.left), compileExpr(u, s, e.right), u.spanId(e.span));
    case 'UnaryOp': {
      // `-2.0` is one constant, as CPython folds it: a leaf of the graph, not neg(2.0).
      if (e.op === '-' && e.operand.kind === 'Float') {
        const v = -e.operand.value;
        const cid = u.spanId(e.span);
        return () => {
          setOrigin(cid);
          return Tensor.scalar(v);
        };
      }
      const a = compileExpr(u, s, e.operand);
      const id = u.spanId(e.span);
      switch (e.op) {
        case '-':
          return (f) => {
            const v = a(f);
            if (typeof v === 'number') return 0 - v;
            setOrigin(id);
            return negate(v);
          };
        case '+':
          return (f) => {
            const v = a(f);
            setOrigin(id);
            return positive(v);
          };
        case '~':
          return (f) => invert(a(f));
        case 'not':
          return (f) => !truthy(a(f));
      }
      break;
    }
    case 'BoolOp': {
      // the last operand is the value as it is, never truth-tested (`w = w or np.zeros(3)`)
      const vals = e.values.map((v) => compileExpr(u, s, v));
      const last = vals.length - 1;
      if (e.op === 'and')
        return (f) => {
          for (let i = 0; i < last; i++) {
            const v = vals[i](f);
            if (!truthy(v)) return v;
          }
          return vals[last](f);
        };
      return (f) => {
        for (let i = 0; i < last; i++) {
          const v = vals[i](f);
          if (truthy(v)) return v;
        }
        return vals[last](f);
      };
    }
    case 'Compare': {
      const left = compileExpr(u, s, e.left);
      const rights = e.comparators.map((c) => compileExpr(u, s, c));
      const ops = e.ops;
      const id = u.spanId(e.span);
      if (ops.length === 1) {
        const op = ops[0];
        const r = rights[0];
        if (op === '<')
          return (f) => {
            const a = left(f);
            const b = r(f);
            if (typeof a === 'number' && typeof b === 'number') return a < b;
            setOrigin(id);
            return compareOp(op, a, b);
          };
        return (f) => {
          const a = left(f);
          const b = r(f);
          setOrigin(id);
          return compareOp(op, a, b);
        };
      }
      return (f) => {
        let a = left(f);
        let res: PyValue = true;
        for (let i = 0; i < ops.length; i++) {
          const b = rights[i](f);
          setOrigin(id);
          res = compareOp(ops[i], a, b);
          if (!truthy(res)) return res;
          a = b;
        }
        return res;
      };
    }
    case 'Call':
      return compileCall(u, s, e.func, e.args, e.span);
    case 'Attribute': {
      const obj = compileExpr(u, s, e.value);
      const load = attrLoader(e.attr);
      return (f) => load(obj(f));
    }
    case 'Subscript': {
      const obj = compileExpr(u, s, e.value);
      const idx = compileExpr(u, s, e.index);
      const id = u.spanId(e.span);
      return (f) => {
        const o = obj(f);
        const i = idx(f);
        if (o instanceof PyList && typeof i === 'number' && !o.cls.isUserClass) {
          const items = o.items;
          const k = i < 0 ? i + items.length : i;
          if (k >= 0 && k < items.length) return items[k];
        }
        setOrigin(id);
        return getItem(o, i);
      };
    }
    case 'Slice': {
      const lo = e.lower ? compileExpr(u, s, e.lower) : null;
      const hi = e.upper ? compileExpr(u, s, e.upper) : null;
      const st = e.step ? compileExpr(u, s, e.step) : null;
      return (f) => new PySlice(lo ? lo(f) : None, hi ? hi(f) : None, st ? st(f) : None);
    }
    case 'List': {
      const build = compileElements(u, s, e.elts);
      return (f) => new PyList(build(f));
    }
    case 'Tuple': {
      const build = compileElements(u, s, e.elts);
      return (f) => tuple(build(f));
    }
    case 'Set':
      return compileSetDisplay(u, s, e.elts);
    case 'Dict': {
      const items = e.items.map((it) =>
        it.kind === 'Pair'
          ? { k: compileExpr(u, s, it.key), v: compileExpr(u, s, it.value), unpack: null }
          : { k: null, v: null, unpack: compileExpr(u, s, it.value) },
      );
      return (f) => {
        const d = new PyDict();
        for (const it of items) {
          if (it.unpack !== null) {
            const m = it.unpack(f);
            if (!(m instanceof PyDict) && lookupAttr(m, 'keys') === undefined)
              throw typeError(`'${typeName(m)}' object is not a mapping`);
            dictUpdate(d, m, null);
          } else d.set(it.k!(f), it.v!(f));
        }
        return d;
      };
    }
    case 'Starred': {
      const span = e.span;
      return () => {
        throw new Unsupported('a starred expression here', span, "can't use starred expression here");
      };
    }
    case 'IfExp': {
      const t = compileExpr(u, s, e.test);
      const a = compileExpr(u, s, e.body);
      const b = compileExpr(u, s, e.orelse);
      return (f) => (truthy(t(f)) ? a(f) : b(f));
    }
    case 'Lambda':
      return compileLambda(u, s, e);
    case 'ListComp':
      return compileComprehension(u, s, e, 'list');
    case 'SetComp':
      return compileComprehension(u, s, e, 'set');
    case 'DictComp':
      return compileComprehension(u, s, e, 'dict');
    case 'GeneratorExp':
      return compileGeneratorExp(u, s, e);
    case 'NamedExpr': {
      const v = compileExpr(u, s, e.value);
      const store = compileNameStore(u, s, e.target.id);
      const rec = u.rt.recorder;
      const scopeName = s.bindScope;
      const name = e.target.id;
      const bind = siteBinder(rec, scopeName, name, e.target.span);
      return (f) => {
        const x = v(f);
        store(f, x);
        bind(f.id, x);
        return x;
      };
    }
    case 'Yield':
    case 'YieldFrom': {
      const span = e.span;
      return () => {
        throw new Unsupported('yield inside an expression', span);
      };
    }
    case 'Unsupported': {
      const span = e.span;
      const what = e.what;
      return () => {
        throw new Unsupported(what, span);
      };
    }
  }
  throw new Error(`unknown expression kind ${(e as Expr).kind}`);
}

/** Elements of a display, with `*iterable` unpacking. */
export function compileElements(u: Unit, s: ScopeInfo, elts: Expr[]): (f: Frame) => PyValue[] {
  const parts = elts.map((x) => (x.kind === 'Starred' ? { star: true, ev: compileExpr(u, s, x.value) } : { star: false, ev: compileExpr(u, s, x) }));
  if (!parts.some((p) => p.star)) {
    const evs = parts.map((p) => p.ev);
    const n = evs.length;
    if (n === 2) {
      const a = evs[0];
      const b = evs[1];
      return (f) => [a(f), b(f)];
    }
    return (f) => {
      const out = new Array<PyValue>(n);
      for (let i = 0; i < n; i++) out[i] = evs[i](f);
      return out;
    };
  }
  return (f) => {
    const out: PyValue[] = [];
    for (const p of parts) {
      const v = p.ev(f);
      if (p.star) for (const x of toArray(v)) out.push(x);
      else out.push(v);
    }
    return out;
  };
}

function compileFString(u: Unit, s: ScopeInfo, parts: FStringPart[]): Ev {
  const pieces: ((f: Frame) => string)[] = parts.map((p) => {
    if (p.kind === 'Literal') {
      const t = p.value;
      return () => t;
    }
    const v = compileExpr(u, s, p.value);
    const conv = p.conversion ?? (p.debugText !== undefined && p.spec === null ? 'r' : null);
    const spec = p.spec === null ? null : compileFString(u, s, p.spec);
    const prefix = p.debugText ?? '';
    return (f) => {
      const x = convertField(v(f), conv);
      const sp = spec === null ? '' : (spec(f) as string);
      if (spec === null && typeof x === 'string') return prefix + x;
      return prefix + formatValue(x, sp);
    };
  });
  if (pieces.length === 1) return pieces[0];
  return (f) => {
    let out = '';
    for (let i = 0; i < pieces.length; i++) out += pieces[i](f);
    return out;
  };
}

function compileBinOp(_u: Unit, _s: ScopeInfo, op: BinOpName, l: Ev, r: Ev, id: number): Ev {
  switch (op) {
    case '+':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') return intAdd(a, b);
        setOrigin(id);
        if (a instanceof Tensor && b instanceof Tensor) return E.add(a, b);
        return binaryOp('+', a, b);
      };
    case '-':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') return intSub(a, b);
        setOrigin(id);
        if (a instanceof Tensor && b instanceof Tensor) return E.sub(a, b);
        return binaryOp('-', a, b);
      };
    case '*':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') return intMul(a, b);
        setOrigin(id);
        if (a instanceof Tensor && b instanceof Tensor) return E.mul(a, b);
        return binaryOp('*', a, b);
      };
    default:
      return (f) => {
        const a = l(f);
        const b = r(f);
        setOrigin(id);
        return binaryOp(op, a, b);
      };
  }
}

// ---- calls -----------------------------------------------------------------------------------

/** Builds a call's positional arguments; its keyword arguments are left in `builtKw`. */
type ArgsBuilder = (f: Frame) => PyValue[];
let builtKw: KwArgs | null = null;

function compileArgs(u: Unit, s: ScopeInfo, args: Arg[], fnName: () => string): ArgsBuilder {
  const simple = args.every((a) => a.kind === 'Positional');
  if (simple) {
    const evs = args.map((a) => compileExpr(u, s, a.value));
    const n = evs.length;
    if (n === 1) {
      const e0 = evs[0];
      return (f) => {
        const out = [e0(f)];
        builtKw = null;
        return out;
      };
    }
    return (f) => {
      const out = new Array<PyValue>(n);
      for (let i = 0; i < n; i++) out[i] = evs[i](f);
      builtKw = null;
      return out;
    };
  }
  const parts = args.map((a) => ({ kind: a.kind, name: a.kind === 'Keyword' ? a.name : '', ev: compileExpr(u, s, a.value) }));
  return (f) => {
    const pos: PyValue[] = [];
    let kw: KwArgs | null = null;
    for (const p of parts) {
      const v = p.ev(f);
      switch (p.kind) {
        case 'Positional':
          pos.push(v);
          break;
        case 'Star':
          try {
            for (const x of toArray(v)) pos.push(x);
          } catch (e) {
            if (e instanceof PyExc && e.cls.name === 'TypeError' && (typeOf(v).lookup('__iter__') ?? None) === None)
              throw typeError(`${fnName()} argument after * must be an iterable, not ${typeName(v)}`);
            throw e;
          }
          break;
        case 'Keyword':
          kw ??= new Map();
          if (kw.has(p.name)) throw typeError(`${fnName()} got multiple values for keyword argument '${p.name}'`);
          kw.set(p.name, v);
          break;
        case 'DoubleStar': {
          if (!(v instanceof PyDict)) {
            if (lookupAttr(v, 'keys') === undefined) throw typeError(`${fnName()} argument after ** must be a mapping, not ${typeName(v)}`);
          }
          const d = new PyDict();
          dictUpdate(d, v, null);
          kw ??= new Map();
          for (const e of d.map.values()) {
            if (typeof e.k !== 'string') throw typeError('keywords must be strings');
            if (kw.has(e.k)) throw typeError(`${fnName()} got multiple values for keyword argument '${e.k}'`);
            kw.set(e.k, e.v);
          }
          break;
        }
      }
    }
    builtKw = kw;
    return pos;
  };
}

/** A callable as CPython's argument errors name it: `module.qualname()` (no module for builtins). */
function calleeName(v: PyValue): string {
  const fn = v instanceof BoundMethod ? v.fn : v;
  if (fn instanceof PyFunction) {
    const module = fn.globals.get('__name__');
    return typeof module === 'string' && module !== 'builtins' ? `${module}.${fn.qualname}()` : `${fn.qualname}()`;
  }
  const n = lookupAttr(v, '__qualname__') ?? lookupAttr(v, '__name__');
  return typeof n === 'string' ? `${n}()` : `${typeName(v)} object`;
}

function compileCall(u: Unit, s: ScopeInfo, func: Expr, args: Arg[], span: Span): Ev {
  const rt = u.rt;
  const id = u.spanId(span);
  // zero-argument super(): the class cell and the first argument of the running function
  if (func.kind === 'Name' && func.id === 'super' && args.length === 0 && s.kind !== 'module' && s.kind !== 'class') {
    const load = compileLoad(u, s, 'super');
    const firstParam = s.scope.locals[0];
    const firstSlot = firstParam === undefined ? -1 : s.slotOf.get(firstParam)!;
    return (f) => {
      const sup = load(f);
      if (sup !== u.builtins.get('super')) return callValue(sup, [], null);
      const cls = f.classCell?.v;
      if (cls === undefined) throw pyErr('RuntimeError', 'super(): __class__ cell not found');
      if (firstSlot < 0) throw pyErr('RuntimeError', 'super(): no arguments');
      let self = f.slots[firstSlot];
      if (self instanceof Cell) self = self.v;
      if (self === undefined) throw pyErr('RuntimeError', 'super(): arg[0] deleted');
      return new PySuper(cls as PyType, self as PyValue);
    };
  }
  // What argument errors (`f() argument after * must be ...`) name: the callee, evaluated before
  // the arguments as in CPython - for obj.method(...) the attribute, looked up only for the message.
  let callee: PyValue = None;
  let receiver: PyValue = None;
  const methodName = func.kind === 'Attribute' ? func.attr : null;
  const build = compileArgs(u, s, args, () =>
    calleeName(methodName === null ? callee : (lookupAttr(receiver, methodName) ?? None)),
  );
  if (func.kind === 'Attribute') {
    // obj.method(args): no bound method object for the common cases
    const obj = compileExpr(u, s, func.value);
    const name = func.attr;
    let cacheCls: PyType | null = null;
    let cacheVersion = -1;
    let cacheM: PyValue | null = null;
    const callMethodAt = (o: PyValue, a: PyValue[]): PyValue => {
      setOrigin(id);
      rt.callSpan = span;
      if (typeof o === 'object' && !(o instanceof Tensor) && !(o instanceof PyType) && !(o instanceof PySuper)) {
        const m = o.cls === cacheCls && cacheVersion === currentTypeVersion() ? cacheM : o.cls.lookup(name);
        if (m instanceof PyMethodDescriptor && (o.dict === null || !o.dict.has(name))) return m.fn(o, a, null);
      } else if (typeof o !== 'object' || o instanceof Tensor) {
        const m = typeOf(o).lookup(name);
        if (m instanceof PyMethodDescriptor) return m.fn(o, a, null);
      }
      const fn = getAttr(o, name);
      callee = fn;
      return callValue(fn, a, null);
    };
    if (args.every((a) => a.kind === 'Positional')) {
      // Positional arguments straight into the callee's argument array, `self` first when the
      // method is a Python function (the class lookup is pure, so it can come first).
      const evs = args.map((a) => compileExpr(u, s, a.value));
      const n = evs.length;
      return (f) => {
        const o = obj(f);
        if (typeof o === 'object' && !(o instanceof Tensor) && !(o instanceof PyType) && !(o instanceof PySuper)) {
          let m: PyValue | null;
          if (o.cls === cacheCls && cacheVersion === currentTypeVersion()) m = cacheM;
          else {
            m = o.cls.lookup(name);
            cacheCls = o.cls;
            cacheVersion = currentTypeVersion();
            cacheM = m;
          }
          if (m instanceof PyFunction && (o.dict === null || !o.dict.has(name))) {
            const a = new Array<PyValue>(n + 1);
            a[0] = o;
            for (let i = 0; i < n; i++) a[i + 1] = evs[i](f);
            setOrigin(id);
            rt.callSpan = span;
            return callFunction(m, a, null);
          }
        }
        const a = new Array<PyValue>(n);
        for (let i = 0; i < n; i++) a[i] = evs[i](f);
        return callMethodAt(o, a);
      };
    }
    return (f) => {
      const o = obj(f);
      receiver = o;
      const a = build(f);
      const kw = builtKw;
      setOrigin(id);
      rt.callSpan = span;
      if (typeof o === 'object' && !(o instanceof Tensor) && !(o instanceof PyType) && !(o instanceof PySuper)) {
        let m: PyValue | null;
        if (o.cls === cacheCls && cacheVersion === currentTypeVersion()) m = cacheM;
        else {
          m = o.cls.lookup(name);
          cacheCls = o.cls;
          cacheVersion = currentTypeVersion();
          cacheM = m;
        }
        if (m !== null && (o.dict === null || !o.dict.has(name))) {
          if (m instanceof PyFunction) {
            a.unshift(o);
            return callFunction(m, a, kw);
          }
          if (m instanceof PyMethodDescriptor) return m.fn(o, a, kw);
        }
      } else if (typeof o !== 'object' || o instanceof Tensor) {
        const m = typeOf(o).lookup(name);
        if (m instanceof PyMethodDescriptor) return m.fn(o, a, kw);
      }
      const fn = getAttr(o, name);
      callee = fn;
      return callValue(fn, a, kw);
    };
  }
  const fnEv = compileExpr(u, s, func);
  return (f) => {
    const fn = fnEv(f);
    callee = fn;
    const a = build(f);
    const kw = builtKw;
    setOrigin(id);
    rt.callSpan = span;
    if (fn instanceof PyFunction) return callFunction(fn, a, kw);
    return callValue(fn, a, kw);
  };
}

/** A literal CPython's AST optimiser turns into a constant (`-1` included). */
/**
 * A set display as CPython 3.11 builds it. 3+ constants: a frozenset constant merged into a new
 * set, and one module's displays of the same constants share the first one's frozenset (the
 * compiler's constant cache), so each display reorders its values like that first one. Else
 * BUILD_SET adds the items before the first starred one (all of them evaluated first), a starred
 * item goes in by set.update (SET_UPDATE), later ones are added as they come (SET_ADD).
 */
function compileSetDisplay(u: Unit, s: ScopeInfo, elts: Expr[]): Ev {
  const keys = elts.length > 2 ? elts.map(constantKeys) : [];
  if (keys.length > 0 && keys.every((k) => k !== null)) {
    const build = compileElements(u, s, elts);
    const perm = constantDisplayOrder(u, keys as ConstantKeys[]);
    return (f) => {
      const vals = build(f);
      return PySet.fromConstantDisplay(perm.map((i) => vals[i]));
    };
  }
  const parts = elts.map((x) => (x.kind === 'Starred' ? { star: true, ev: compileExpr(u, s, x.value) } : { star: false, ev: compileExpr(u, s, x) }));
  const firstStar = parts.findIndex((p) => p.star);
  // BUILD_SET takes the items off the stack; over 30 items are added one at a time
  const stacked = elts.length > 30 ? 0 : firstStar < 0 ? parts.length : firstStar;
  return (f) => {
    const set = new PySet();
    const first = new Array<PyValue>(stacked);
    for (let i = 0; i < stacked; i++) first[i] = parts[i].ev(f);
    for (const v of first) set.add(v);
    for (let i = stacked; i < parts.length; i++) {
      const v = parts[i].ev(f);
      if (parts[i].star) setUpdate(set, v);
      else set.add(v);
    }
    return set;
  };
}

/** A constant's key in CPython's constant cache (type-tagged) and its key under ==. */
interface ConstantKeys {
  cache: string;
  eq: string;
}

/** Per module: for each set of constant keys, the order of the first display that had them. */
const constantDisplays = new WeakMap<Unit, Map<string, string[]>>();

/** For a display of constants: the indices of its items in the order its frozenset is built
 *  from (its own first occurrences, or an earlier display's order for the same constants). */
function constantDisplayOrder(u: Unit, keys: ConstantKeys[]): number[] {
  const firstByEq = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!firstByEq.has(k.eq)) firstByEq.set(k.eq, i);
  });
  const own = [...firstByEq.values()];
  const ownCacheKeys = own.map((i) => keys[i].cache);
  const cacheKey = [...ownCacheKeys].sort().join('\u0000');
  let displays = constantDisplays.get(u);
  if (displays === undefined) constantDisplays.set(u, (displays = new Map()));
  const earlier = displays.get(cacheKey);
  if (earlier === undefined) {
    displays.set(cacheKey, ownCacheKeys);
    return own;
  }
  return earlier.map((c) => own[ownCacheKeys.indexOf(c)]);
}

/** The keys of an expression CPython folds into a constant, or null. */
function constantKeys(e: Expr): ConstantKeys | null {
  switch (e.kind) {
    case 'Str':
      return { cache: 's' + JSON.stringify(e.value), eq: 's' + JSON.stringify(e.value) };
    case 'None':
      return { cache: 'None', eq: 'None' };
    case 'Tuple': {
      const items = e.elts.map(constantKeys);
      if (!items.every((k) => k !== null)) return null;
      const ks = items as ConstantKeys[];
      return { cache: 't(' + ks.map((k) => k.cache).join(',') + ')', eq: 't(' + ks.map((k) => k.eq).join(',') + ')' };
    }
  }
  const n = foldedNumber(e);
  if (n === null) return null;
  const v = typeof n.value === 'boolean' ? Number(n.value) : n.value;
  // 1 == 1.0 == True and 0.0 == -0.0, but the cache tells them apart
  const eq = 'n' + (typeof v === 'number' && Number.isInteger(v) ? BigInt(v).toString() : String(v));
  const cache = n.kind === 'float' && Object.is(v, -0) ? 'float-0' : n.kind + String(v === 0 ? 0 : v);
  return { cache, eq };
}

/** A numeric literal after CPython's constant folding of unary +, - and ~. */
function foldedNumber(e: Expr): { kind: 'int' | 'float' | 'bool'; value: number | bigint | boolean } | null {
  switch (e.kind) {
    case 'Int':
      return { kind: 'int', value: e.value };
    case 'Float':
      return { kind: 'float', value: e.value };
    case 'Bool':
      return { kind: 'bool', value: e.value };
    case 'UnaryOp': {
      const x = foldedNumber(e.operand);
      if (x === null) return null;
      const v = typeof x.value === 'boolean' ? (x.value ? 1 : 0) : x.value;
      const kind = x.kind === 'float' ? 'float' : 'int';
      if (e.op === '+') return { kind, value: v };
      if (e.op === '-') return { kind, value: typeof v === 'bigint' ? -v : -v };
      if (e.op === '~' && kind === 'int') return { kind, value: typeof v === 'bigint' ? -v - 1n : -v - 1 };
      return null;
    }
    default:
      return null;
  }
}
