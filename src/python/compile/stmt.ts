// Statements -> closures returning a completion signal (NORMAL, BREAK, CONTINUE, RETURN).
import { Tensor, setOrigin } from '../../engine';
import type { ExceptHandler, Span, Stmt } from '../ir';
import { PyDict, PyRange, PyTuple } from '../runtime/collections';
import { convertError } from '../runtime/convert';
import { AssertionError, BaseException, PyExc, RuntimeError, Unsupported, pyErr, typeError } from '../runtime/errors';
import type { Frame } from '../runtime/functions';
import { getItem, setItem } from '../runtime/items';
import { PyGenerator, closeAbandonedGenerator, getIter, ownedGenerator } from '../runtime/iter';
import { None, PyType, PyValue, typeOf } from '../runtime/object';
import { BinOpName, inplaceOp, intAdd } from '../runtime/operators';
import { callMethod, getAttr, setAttr, str, truthy } from '../runtime/protocols';
import { importFrom, importModule, relativeModuleName, starNames } from '../modules';
import { noteFrame } from '../runtime/call';
import { compileExpr } from './expr';
import { compileClassDef, compileFunctionDef } from './functions';
import { compileLoad, compileNameDelete, compileNameStore } from './names';
import { compileDelete, compileStore, dottedName } from './targets';
import { BREAK, CONTINUE, Ev, Ex, NORMAL, RETURN, ScopeInfo, Unit } from './unit';
import * as E from '../../engine';
import { siteBinder } from '../trace';
import { attrLoader, attrStorer } from './attr-cache';
import { sourceText } from './source-text';

export function compileBlock(u: Unit, s: ScopeInfo, body: Stmt[]): Ex {
  const list = body.map((st) => compileStmt(u, s, st));
  if (list.length === 0) return () => NORMAL;
  if (list.length === 1) return list[0];
  if (list.length === 2) {
    const a = list[0];
    const b = list[1];
    return (f) => {
      const r = a(f);
      return r !== NORMAL ? r : b(f);
    };
  }
  return (f) => {
    for (let i = 0; i < list.length; i++) {
      const r = list[i](f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

/** Wraps a statement: sets the frame's line (tracebacks) and counts a step (budgets). */
export function compileStmt(u: Unit, s: ScopeInfo, st: Stmt): Ex {
  const inner = compileStmtInner(u, s, st);
  const line = st.span.line;
  const span = st.span;
  const rt = u.rt;
  return (f) => {
    f.line = line;
    f.span = span;
    if (++rt.steps >= rt.nextCheck) rt.check(span);
    return inner(f);
  };
}

/** Runs a loop over a generator it owns (ownedGenerator) and closes the generator when the loop
 *  leaves it unfinished: by break, return or an exception. */
function loopOwning(g: PyGenerator, loop: () => number): number {
  let r: number;
  try {
    r = loop();
  } catch (e) {
    closeAbandonedGenerator(g);
    throw e;
  }
  if (r !== NORMAL) closeAbandonedGenerator(g);
  return r;
}

/** The exception a `raise` statement raises: a class is instantiated; anything else is a TypeError. */
export function makeRaisable(v: PyValue): PyExc {
  if (v instanceof PyType && v.isSubtypeOf(BaseException)) {
    const e = callMethodless(v);
    if (e instanceof PyExc) return e;
  }
  if (v instanceof PyExc) return v;
  throw typeError('exceptions must derive from BaseException');
}

function callMethodless(cls: PyType): PyValue {
  const e = cls.make!(cls);
  const init = cls.lookup('__init__');
  if (init !== null && init.constructor.name === 'PyFunction') callMethod(init, e, [], null);
  return e;
}

/** Does a handler's type expression match the exception? */
export function matchesHandler(t: PyValue, exc: PyExc): boolean {
  const check = (c: PyValue): boolean => {
    if (!(c instanceof PyType) || !c.isSubtypeOf(BaseException))
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    return exc.cls.isSubtypeOf(c);
  };
  if (t instanceof PyTuple) return t.items.some(check);
  return check(t);
}

export interface CompiledHandler {
  type: Ev | null;
  store: ((f: Frame, v: PyValue) => void) | null;
  unbind: ((f: Frame) => void) | null;
  body: Ex;
}

export function compileHandlers(u: Unit, s: ScopeInfo, handlers: ExceptHandler[], compileBody: (b: Stmt[]) => Ex): CompiledHandler[] {
  return handlers.map((h) => {
    let store: CompiledHandler['store'] = null;
    let unbind: CompiledHandler['unbind'] = null;
    if (h.name !== null) {
      const st = compileNameStore(u, s, h.name);
      const rec = u.rt.recorder;
      const name = h.name;
      const bind = siteBinder(rec, s.bindScope, name, h.nameSpan ?? h.span);
      store = (f, v) => {
        st(f, v);
        bind(f.id, v);
      };
      const del = compileNameDelete(u, s, h.name);
      unbind = (f) => {
        try {
          del(f);
        } catch {
          // already deleted by the handler body
        }
      };
    }
    return { type: h.type ? compileExpr(u, s, h.type) : null, store, unbind, body: compileBody(h.body) };
  });
}

/** Finds the handler for an exception (null: none matches). */
export function findHandler(hs: CompiledHandler[], f: Frame, exc: PyExc): CompiledHandler | null {
  for (const h of hs) if (h.type === null || matchesHandler(h.type(f), exc)) return h;
  return null;
}

/** Python exception of a value caught in frame f, or rethrows what Python code cannot catch. */
export function catchable(e: unknown, f: Frame): PyExc {
  const exc = convertError(e);
  if (exc instanceof PyExc) {
    noteFrame(exc, f);
    return exc;
  }
  throw exc;
}

function compileStmtInner(u: Unit, s: ScopeInfo, st: Stmt): Ex {
  const rt = u.rt;
  switch (st.kind) {
    case 'ExprStmt': {
      const v = compileExpr(u, s, st.value);
      return (f) => {
        v(f);
        return NORMAL;
      };
    }
    case 'Assign': {
      const v = compileExpr(u, s, st.value);
      const stores = st.targets.map((t) => compileStore(u, s, t));
      if (stores.length === 1) {
        const store = stores[0];
        return (f) => {
          store(f, v(f));
          return NORMAL;
        };
      }
      return (f) => {
        const x = v(f);
        for (const store of stores) store(f, x);
        return NORMAL;
      };
    }
    case 'AnnAssign': {
      const annotate = compileAnnotation(u, s, st);
      if (st.value === null) return annotate;
      const v = compileExpr(u, s, st.value);
      const store = compileStore(u, s, st.target);
      return (f) => {
        store(f, v(f));
        return annotate(f);
      };
    }
    case 'AugAssign':
      return compileAugAssign(u, s, st);
    case 'If': {
      const test = compileExpr(u, s, st.test);
      const body = compileBlock(u, s, st.body);
      const orelse = st.orelse.length > 0 ? compileBlock(u, s, st.orelse) : null;
      const line = st.span.line;
      return (f) => {
        if (truthy(test(f))) return body(f);
        if (orelse !== null) {
          f.line = line;
          return orelse(f);
        }
        return NORMAL;
      };
    }
    case 'While': {
      const test = compileExpr(u, s, st.test);
      const body = compileBlock(u, s, st.body);
      const orelse = st.orelse.length > 0 ? compileBlock(u, s, st.orelse) : null;
      const line = st.span.line;
      const span = st.span;
      return (f) => {
        for (;;) {
          f.line = line;
          if (++rt.steps >= rt.nextCheck) rt.check(span);
          if (!truthy(test(f))) break;
          const r = body(f);
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return r;
        }
        return orelse === null ? NORMAL : orelse(f);
      };
    }
    case 'For': {
      const iter = compileExpr(u, s, st.iter);
      const store = compileStore(u, s, st.target);
      const body = compileBlock(u, s, st.body);
      const orelse = st.orelse.length > 0 ? compileBlock(u, s, st.orelse) : null;
      const line = st.span.line;
      const span = st.span;
      const fromCall = st.iter.kind === 'Call' || st.iter.kind === 'GeneratorExp';
      return (f) => {
        const src = iter(f);
        if (src instanceof PyRange) {
          const n = src.length;
          const step = src.step;
          let v = src.start;
          for (let k = 0; k < n; k++, v += step) {
            if (++rt.steps >= rt.nextCheck) rt.check(span);
            store(f, v);
            const r = body(f);
            if (r === BREAK) return NORMAL;
            if (r === RETURN) return r;
          }
        } else {
          const it = getIter(src);
          const owned = ownedGenerator(it, fromCall);
          if (owned !== null) {
            const r = loopOwning(owned, () => {
              for (;;) {
                f.line = line;
                const v = it.next();
                if (v === undefined) return NORMAL;
                if (++rt.steps >= rt.nextCheck) rt.check(span);
                store(f, v);
                const r = body(f);
                if (r === BREAK || r === RETURN) return r;
              }
            });
            if (r === BREAK) return NORMAL;
            if (r === RETURN) return r;
          } else
            for (;;) {
              f.line = line;
              const v = it.next();
              if (v === undefined) break;
              if (++rt.steps >= rt.nextCheck) rt.check(span);
              store(f, v);
              const r = body(f);
              if (r === BREAK) return NORMAL;
              if (r === RETURN) return r;
            }
        }
        return orelse === null ? NORMAL : orelse(f);
      };
    }
    case 'Break':
      return () => BREAK;
    case 'Continue':
      return () => CONTINUE;
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return () => NORMAL;
    case 'Return': {
      if (st.value === null)
        return (f) => {
          f.ret = None;
          return RETURN;
        };
      const v = compileExpr(u, s, st.value);
      return (f) => {
        f.ret = v(f);
        return RETURN;
      };
    }
    case 'Delete': {
      const dels = st.targets.map((t) => compileDelete(u, s, t));
      return (f) => {
        for (const d of dels) d(f);
        return NORMAL;
      };
    }
    case 'Assert': {
      const test = compileExpr(u, s, st.test);
      const msg = st.msg ? compileExpr(u, s, st.msg) : null;
      return (f) => {
        if (!truthy(test(f))) throw pyErr(AssertionError, msg === null ? undefined : msg(f));
        return NORMAL;
      };
    }
    case 'Raise': {
      const exc = st.exc ? compileExpr(u, s, st.exc) : null;
      const cause = st.cause ? compileExpr(u, s, st.cause) : null;
      return (f) => {
        if (exc === null) {
          const cur = rt.handling[rt.handling.length - 1];
          if (cur === undefined) throw pyErr(RuntimeError, 'No active exception to reraise');
          throw cur;
        }
        const e = makeRaisable(exc(f));
        if (cause !== null) {
          const c = cause(f);
          if (c === None) e.cause = null;
          else {
            const ce = c instanceof PyType || c instanceof PyExc ? makeRaisable(c) : null;
            if (ce === null) throw typeError('exception causes must derive from BaseException');
            e.cause = ce;
          }
          e.suppressContext = true;
        }
        throw e;
      };
    }
    case 'Try':
      return compileTry(u, s, st.body, st.handlers, st.orelse, st.finalbody);
    case 'With':
      return compileWith(u, s, st.items, 0, compileBlock(u, s, st.body));
    case 'Import': {
      const parts = st.names.map((a) => {
        const top = a.name.split('.')[0];
        return { name: a.name, bindName: a.asname ?? top, store: compileStore(u, s, { kind: 'NameTarget', span: a.span, id: a.asname ?? top }), asname: a.asname };
      });
      const span = st.span;
      return (f) => {
        for (const p of parts) {
          const leaf = importModule(p.name, span);
          p.store(f, p.asname !== null ? leaf : importModule(p.name.split('.')[0], span));
        }
        return NORMAL;
      };
    }
    case 'ImportFrom': {
      const span = st.span;
      const { level, module } = st;
      const target = (f: Frame): string => (level === 0 ? (module as string) : relativeModuleName(f.globals, level, module));
      if (st.names.length === 1 && st.names[0].name === '*') {
        return (f) => {
          const modName = target(f);
          const m = importModule(modName, span);
          for (const [k, v] of starNames(m, modName, span)) compileNameStore(u, s, k)(f, v);
          return NORMAL;
        };
      }
      const parts = st.names.map((a) => ({ name: a.name, store: compileStore(u, s, { kind: 'NameTarget', span: a.span, id: a.asname ?? a.name }) }));
      return (f) => {
        const modName = target(f);
        const m = importModule(modName, span);
        for (const p of parts) p.store(f, importFrom(m, modName, p.name, span));
        return NORMAL;
      };
    }
    case 'FunctionDef':
      return compileFunctionDef(u, s, st);
    case 'ClassDef':
      return compileClassDef(u, s, st);
    case 'Unsupported': {
      const span = st.span;
      const what = st.what;
      return () => {
        throw new Unsupported(what, span);
      };
    }
  }
}

/**
 * The annotation part of `x: T` / `x: T = v`. As in CPython: in a function nothing happens; in a
 * module or class body T is evaluated (after the value is stored) and, for a plain name, stored
 * in the namespace's `__annotations__` dict (as its source text under
 * `from __future__ import annotations`), which dataclasses and typing read.
 */
function compileAnnotation(u: Unit, s: ScopeInfo, st: Extract<Stmt, { kind: 'AnnAssign' }>): Ex {
  if (s.kind !== 'module' && s.kind !== 'class') return () => NORMAL;
  const t = st.target;
  const name = st.simple && t.kind === 'NameTarget' ? t.id : null;
  if (u.futureAnnotations) {
    if (name === null) return () => NORMAL;
    const text = sourceText(u.rt.sourceLines, st.annotation.span);
    return (f) => {
      annotationsOf(u, s, f).set(name, text);
      return NORMAL;
    };
  }
  const ann = compileExpr(u, s, st.annotation);
  return (f) => {
    const value = ann(f);
    if (name !== null) annotationsOf(u, s, f).set(name, value);
    return NORMAL;
  };
}

/** The `__annotations__` dict of the module or class body running in f (made on first use). */
function annotationsOf(u: Unit, s: ScopeInfo, f: Frame): PyDict {
  const existing = s.kind === 'class' ? f.classNs!.get('__annotations__') : u.globals.get('__annotations__');
  if (existing instanceof PyDict) return existing;
  const d = new PyDict();
  if (s.kind === 'class') f.classNs!.set('__annotations__', d);
  else u.globals.set('__annotations__', d);
  return d;
}

function compileAugAssign(u: Unit, s: ScopeInfo, st: Extract<Stmt, { kind: 'AugAssign' }>): Ex {
  const op = st.op as BinOpName;
  const v = compileExpr(u, s, st.value);
  const id = u.spanId(st.span);
  const rec = u.rt.recorder;
  const scopeName = s.bindScope;
  const t = st.target;
  const span = t.span;
  if (t.kind === 'NameTarget') {
    const load = compileLoad(u, s, t.id);
    const store = compileNameStore(u, s, t.id);
    const bind = siteBinder(rec, scopeName, t.id, span);
    if (op === '+')
      return (f) => {
        const a = load(f);
        const b = v(f);
        let r: PyValue;
        if (typeof a === 'number' && typeof b === 'number') r = intAdd(a, b);
        else {
          setOrigin(id);
          r = a instanceof Tensor && b instanceof Tensor ? E.add(a, b) : inplaceOp(op, a, b);
        }
        store(f, r);
        bind(f.id, r);
        return NORMAL;
      };
    if (op === '-' || op === '*')
      return (f) => {
        const a = load(f);
        const b = v(f);
        setOrigin(id);
        const r = a instanceof Tensor && b instanceof Tensor ? (op === '-' ? E.sub(a, b) : E.mul(a, b)) : inplaceOp(op, a, b);
        store(f, r);
        bind(f.id, r);
        return NORMAL;
      };
    return (f) => {
      const a = load(f);
      const b = v(f);
      setOrigin(id);
      const r = inplaceOp(op, a, b);
      store(f, r);
      bind(f.id, r);
      return NORMAL;
    };
  }
  if (t.kind === 'AttributeTarget') {
    const obj = compileExpr(u, s, t.value);
    const attr = t.attr;
    const base = dottedName(t.value);
    const bind = base === null ? null : siteBinder(rec, scopeName, `${base}.${attr}`, span);
    const load = attrLoader(attr);
    const store = attrStorer(attr);
    return (f) => {
      const o = obj(f);
      const a = load(o);
      const b = v(f);
      setOrigin(id);
      const r = inplaceOp(op, a, b);
      store(o, r);
      if (bind !== null) bind(f.id, r);
      return NORMAL;
    };
  }
  if (t.kind === 'SubscriptTarget') {
    const obj = compileExpr(u, s, t.value);
    const idx = compileExpr(u, s, t.index);
    const name = dottedName(t.value);
    const bind = name === null ? null : siteBinder(rec, scopeName, name, span);
    const floatOp = op === '+' ? E.add : op === '-' ? E.sub : op === '*' ? E.mul : null;
    return (f) => {
      const o = obj(f);
      const i = idx(f);
      setOrigin(id);
      const a = getItem(o, i);
      const b = v(f);
      setOrigin(id);
      // floats (bare tensors) have no __iadd__: straight to the engine's op
      const r = floatOp !== null && a instanceof Tensor && b instanceof Tensor ? floatOp(a, b) : inplaceOp(op, a, b);
      setItem(o, i, r);
      if (bind !== null) bind(f.id, o);
      return NORMAL;
    };
  }
  throw pyErr('SyntaxError', "'tuple' is an illegal expression for augmented assignment");
}

function compileTry(
  u: Unit,
  s: ScopeInfo,
  bodyStmts: Stmt[],
  handlerList: ExceptHandler[],
  orelseStmts: Stmt[],
  finalStmts: Stmt[],
): Ex {
  const rt = u.rt;
  const body = compileBlock(u, s, bodyStmts);
  const handlers = compileHandlers(u, s, handlerList, (b) => compileBlock(u, s, b));
  const orelse = orelseStmts.length > 0 ? compileBlock(u, s, orelseStmts) : null;
  const fin = finalStmts.length > 0 ? compileBlock(u, s, finalStmts) : null;
  const tryExcept: Ex =
    handlers.length === 0
      ? body
      : (f) => {
          let r: number;
          try {
            r = body(f);
          } catch (e) {
            const exc = catchable(e, f);
            const h = findHandler(handlers, f, exc);
            if (h === null) throw exc;
            return runHandler(rt.handling, h, f, exc);
          }
          return orelse === null || r !== NORMAL ? r : orelse(f);
        };
  if (fin === null) return tryExcept;
  return (f) => {
    let pending: unknown = null;
    let r = NORMAL;
    try {
      r = tryExcept(f);
    } catch (e) {
      pending = convertError(e);
      if (!(pending instanceof PyExc)) throw pending;
    }
    if (pending !== null) rt.handling.push(pending as PyExc);
    let fr: number;
    try {
      fr = fin(f);
    } catch (e2) {
      const c = convertError(e2);
      if (pending !== null && c instanceof PyExc && c !== pending && c.context === null) c.context = pending as PyExc;
      throw c;
    } finally {
      if (pending !== null) rt.handling.pop();
    }
    if (fr !== NORMAL) return fr;
    if (pending !== null) throw pending;
    return r;
  };
}

export function runHandler(handling: PyExc[], h: CompiledHandler, f: Frame, exc: PyExc): number {
  handling.push(exc);
  try {
    if (h.store !== null) h.store(f, exc);
    return h.body(f);
  } catch (e2) {
    const c = convertError(e2);
    if (c instanceof PyExc && c !== exc && c.context === null) c.context = exc;
    throw c;
  } finally {
    handling.pop();
    if (h.unbind !== null) h.unbind(f);
  }
}

/** The __enter__/__exit__ pair of a context manager, with CPython's error text. */
export function contextMethods(mgr: PyValue): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  const exit = t.lookup('__exit__');
  if (enter === null || exit === null)
    throw typeError(`'${t.name}' object does not support the context manager protocol`);
  return [enter, exit];
}

function compileWith(u: Unit, s: ScopeInfo, items: Extract<Stmt, { kind: 'With' }>['items'], k: number, body: Ex): Ex {
  if (k === items.length) return body;
  const item = items[k];
  const mgrEv = compileExpr(u, s, item.contextExpr);
  const store = item.optionalVars ? compileStore(u, s, item.optionalVars) : null;
  const inner = compileWith(u, s, items, k + 1, body);
  return (f) => {
    const mgr = mgrEv(f);
    const [enter, exit] = contextMethods(mgr);
    const val = callMethod(enter, mgr, [], null);
    if (store !== null) store(f, val);
    let r: number;
    try {
      r = inner(f);
    } catch (e) {
      const exc = catchable(e, f);
      if (exitSuppresses(exit, mgr, exc)) return NORMAL;
      throw exc;
    }
    callMethod(exit, mgr, [None, None, None], null);
    return r;
  };
}

/** A context manager's __exit__ for an exception leaving its block: whether it suppresses it. An
 *  exception it lets through keeps the traceback it had (thrown into a @contextmanager generator and
 *  re-raised there, it passed frames CPython's __exit__ takes off again). */
export function exitSuppresses(exit: PyValue, mgr: PyValue, exc: PyExc): boolean {
  const { traceback, span, spanOutsideUserFile } = exc;
  const kept = traceback.slice();
  if (truthy(callMethod(exit, mgr, [exc.cls, exc, None], null))) return true;
  exc.traceback = kept;
  exc.span = span;
  exc.spanOutsideUserFile = spanOutsideUserFile;
  return false;
}


