// Generator function bodies: statements that contain `yield` become JS generator closures (so a
// Python generator suspends exactly where its JS generator does); the others run as usual.
import type { Stmt, Expr } from '../ir';
import { PyExc, RuntimeError, StopIteration, Unsupported, pyErr } from '../runtime/errors';
import type { Frame } from '../runtime/functions';
import { PyGenerator, closeAbandonedGenerator, getIter, loopIter, ownedGenerator } from '../runtime/iter';
import { None, PyValue } from '../runtime/object';
import { callMethod, truthy } from '../runtime/protocols';
import { compileExpr } from './expr';
import { catchable, compileHandlers, compileStmt, contextMethods, exitSuppresses, findHandler } from './stmt';
import { compileStore } from './targets';
import { BREAK, Ex, GEx, NORMAL, RETURN, ScopeInfo, Unit } from './unit';
import { convertError } from '../runtime/convert';

/** Whether a statement (not looking into nested scopes) contains yield / yield from. */
function hasYield(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(hasYield);
  const k = (node as { kind?: string }).kind;
  if (k === 'Yield' || k === 'YieldFrom') return true;
  if (k === 'FunctionDef' || k === 'ClassDef' || k === 'Lambda' || k === 'ListComp' || k === 'SetComp' || k === 'DictComp' || k === 'GeneratorExp') return false;
  for (const [key, v] of Object.entries(node)) if (key !== 'span' && key !== 'scope' && hasYield(v)) return true;
  return false;
}

function lift(ex: Ex): GEx {
  // eslint-disable-next-line require-yield
  return function* (f: Frame) {
    return ex(f);
  };
}

export function compileGenBlock(u: Unit, s: ScopeInfo, body: Stmt[]): GEx {
  const parts = body.map((st) => (hasYield(st) ? { gen: true as const, g: compileGenStmt(u, s, st) } : { gen: false as const, x: compileStmt(u, s, st) }));
  return function* (f: Frame) {
    for (const p of parts) {
      const r = p.gen ? yield* p.g(f) : p.x(f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

/** `yield v` / `yield from it` as a JS generator step returning the expression's value. */
function compileYieldExpr(u: Unit, s: ScopeInfo, e: Expr): (f: Frame) => Generator<PyValue, PyValue, PyValue> {
  if (e.kind === 'Yield') {
    const v = e.value ? compileExpr(u, s, e.value) : null;
    return function* (f) {
      const sent = yield v === null ? None : v(f);
      return sent ?? None;
    };
  }
  if (e.kind === 'YieldFrom') {
    const v = compileExpr(u, s, e.value);
    return function* (f) {
      const it = getIter(v(f));
      if (it instanceof PyGenerator) {
        let x = it.send(None);
        while (x !== undefined) {
          const sent: PyValue = yield x;
          x = it.send(sent ?? None);
        }
        return it.returnValue;
      }
      for (let x = it.next(); x !== undefined; x = it.next()) yield x;
      return None;
    };
  }
  throw new Error('not a yield');
}

function yieldPosition(u: Unit, s: ScopeInfo, e: Expr): ((f: Frame) => Generator<PyValue, PyValue, PyValue>) | null {
  if (e.kind === 'Yield' || e.kind === 'YieldFrom') return compileYieldExpr(u, s, e);
  return null;
}

function compileGenStmt(u: Unit, s: ScopeInfo, st: Stmt): GEx {
  const inner = compileGenStmtInner(u, s, st);
  const line = st.span.line;
  const rt = u.rt;
  const span = st.span;
  return function* (f) {
    f.line = line;
    f.span = span;
    if (++rt.steps >= rt.nextCheck) rt.check(span);
    return yield* inner(f);
  };
}

function unsupportedYield(st: Stmt): GEx {
  const span = st.span;
  // eslint-disable-next-line require-yield
  return function* () {
    throw new Unsupported('yield inside this kind of expression', span);
  };
}

function compileGenStmtInner(u: Unit, s: ScopeInfo, st: Stmt): GEx {
  const rt = u.rt;
  switch (st.kind) {
    case 'ExprStmt': {
      const y = yieldPosition(u, s, st.value);
      if (y === null) return unsupportedYield(st);
      return function* (f) {
        yield* y(f);
        return NORMAL;
      };
    }
    case 'Assign': {
      const y = yieldPosition(u, s, st.value);
      if (y === null) return unsupportedYield(st);
      const stores = st.targets.map((t) => compileStore(u, s, t));
      return function* (f) {
        const v = yield* y(f);
        for (const store of stores) store(f, v);
        return NORMAL;
      };
    }
    case 'Return': {
      const y = st.value ? yieldPosition(u, s, st.value) : null;
      if (y === null) return unsupportedYield(st);
      return function* (f) {
        f.ret = yield* y(f);
        return RETURN;
      };
    }
    case 'If': {
      if (hasYield(st.test)) return unsupportedYield(st);
      const test = compileExpr(u, s, st.test);
      const body = compileGenBlock(u, s, st.body);
      const orelse = compileGenBlock(u, s, st.orelse);
      return function* (f) {
        return truthy(test(f)) ? yield* body(f) : yield* orelse(f);
      };
    }
    case 'While': {
      if (hasYield(st.test)) return unsupportedYield(st);
      const test = compileExpr(u, s, st.test);
      const body = compileGenBlock(u, s, st.body);
      const orelse = compileGenBlock(u, s, st.orelse);
      const line = st.span.line;
      const span = st.span;
      return function* (f) {
        for (;;) {
          f.line = line;
          if (++rt.steps >= rt.nextCheck) rt.check(span);
          if (!truthy(test(f))) break;
          const r = yield* body(f);
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return r;
        }
        return yield* orelse(f);
      };
    }
    case 'For': {
      if (hasYield(st.iter)) return unsupportedYield(st);
      const iter = compileExpr(u, s, st.iter);
      const store = compileStore(u, s, st.target);
      const body = compileGenBlock(u, s, st.body);
      const orelse = compileGenBlock(u, s, st.orelse);
      const line = st.span.line;
      const span = st.span;
      const fromCall = st.iter.kind === 'Call' || st.iter.kind === 'GeneratorExp';
      return function* (f) {
        const it = loopIter(iter(f));
        const owned = ownedGenerator(it, fromCall);
        try {
          for (;;) {
            f.line = line;
            const v = it.next();
            if (v === undefined) break;
            if (++rt.steps >= rt.nextCheck) rt.check(span);
            store(f, v);
            const r = yield* body(f);
            if (r === BREAK || r === RETURN) {
              if (owned !== null) closeAbandonedGenerator(owned);
              return r === BREAK ? NORMAL : r;
            }
          }
        } catch (e) {
          // an exception (GeneratorExit when this generator is closed) leaving the loop
          if (owned !== null) closeAbandonedGenerator(owned);
          throw e;
        }
        return yield* orelse(f);
      };
    }
    case 'Try': {
      const body = compileGenBlock(u, s, st.body);
      const handlers = compileHandlers(u, s, st.handlers, (b) => b as unknown as Ex);
      const hbodies = st.handlers.map((h) => compileGenBlock(u, s, h.body));
      const orelse = compileGenBlock(u, s, st.orelse);
      const fin = st.finalbody.length > 0 ? compileGenBlock(u, s, st.finalbody) : null;
      return function* (f) {
        let pending: unknown = null;
        let r = NORMAL;
        try {
          let raised = false;
          try {
            r = yield* body(f);
          } catch (e) {
            raised = true;
            const exc = catchable(e, f);
            const h = findHandler(handlers, f, exc);
            if (h === null) throw exc;
            rt.handling.push(exc);
            try {
              if (h.store !== null) h.store(f, exc);
              r = yield* hbodies[handlers.indexOf(h)](f);
            } catch (e2) {
              const c = convertError(e2);
              if (c instanceof PyExc && c !== exc && c.context === null) c.context = exc;
              throw c;
            } finally {
              rt.handling.pop();
              if (h.unbind !== null) h.unbind(f);
            }
          }
          if (!raised && r === NORMAL) r = yield* orelse(f);
        } catch (e) {
          if (fin === null) throw e;
          pending = convertError(e);
          if (!(pending instanceof PyExc)) throw pending;
        }
        if (fin !== null) {
          const fr = yield* fin(f);
          if (fr !== NORMAL) return fr;
          if (pending !== null) throw pending;
        }
        return r;
      };
    }
    case 'With': {
      if (st.items.some((i) => hasYield(i.contextExpr))) return unsupportedYield(st);
      const mgrs = st.items.map((i) => ({ ev: compileExpr(u, s, i.contextExpr), store: i.optionalVars ? compileStore(u, s, i.optionalVars) : null }));
      const body = compileGenBlock(u, s, st.body);
      const enterAt = (k: number): GEx =>
        k === mgrs.length
          ? body
          : function* (f) {
              const mgr = mgrs[k].ev(f);
              const [enter, exit] = contextMethods(mgr);
              const val = callMethod(enter, mgr, [], null);
              if (mgrs[k].store !== null) mgrs[k].store!(f, val);
              let r: number;
              try {
                r = yield* enterAt(k + 1)(f);
              } catch (e) {
                const exc = catchable(e, f);
                if (exitSuppresses(exit, mgr, exc)) return NORMAL;
                throw exc;
              }
              callMethod(exit, mgr, [None, None, None], null);
              return r;
            };
      return enterAt(0);
    }
    default:
      return lift(compileStmt(u, s, st));
  }
}

