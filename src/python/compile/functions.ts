// def, lambda, class, comprehensions and generator expressions: code objects, closures,
// defaults, decorators and class creation.
import type { ClassDef, Comprehension, Expr, FunctionDef, GeneratorExp, Lambda, Parameters, Scope, Span, Stmt } from '../ir';
import { sourceText } from './source-text';
import { PyDict, PyList, PySet } from '../runtime/collections';
import { BaseException, PyExc, Unsupported, typeError } from '../runtime/errors';
import { Code, Frame, Property, PyFunction } from '../runtime/functions';
import { PyGenerator, closeAbandonedGenerator, getIter, loopIter, ownedGenerator } from '../runtime/iter';
import { Cell, MroError, None, PyType, PyValue, boolType, floatType, intType, objectType, strType, typeType } from '../runtime/object';
import { classKeywords, finishClass, implicitClassMethod, takeMetaclass } from '../runtime/class-setup';
import { callValue, truthy } from '../runtime/protocols';
import { compileExpr } from './expr';
import { compileCellRef, compileNameStore } from './names';
import { compileBlock } from './stmt';
import { compileGenBlock } from './gen';
import { compileStore } from './targets';
import { Ev, Ex, NORMAL, ScopeInfo, Store, Unit } from './unit';
import { leaveFrame } from '../runtime/call';
import { inFrame } from '../runtime/context';
import { siteBinder } from '../trace';

function makeCode(u: Unit, parent: ScopeInfo, scope: Scope, name: string, params: Parameters, span: Span, body: (si: ScopeInfo) => { body: Ex; gen: Code['genBody'] }): Code {
  const si = new ScopeInfo(scope, parent);
  const pos = [...params.posonly, ...params.args];
  const slot = (n: string): number => {
    const i = si.slotOf.get(n);
    if (i === undefined) throw new Error(`internal: parameter ${n} has no slot in ${scope.qualname}`);
    return i;
  };
  const rec = u.rt.recorder;
  const allParams = [...pos, ...(params.vararg ? [params.vararg] : []), ...params.kwonly, ...(params.kwarg ? [params.kwarg] : [])];
  const paramSlots = allParams.map((p) => slot(p.name));
  const paramCells = allParams.map((p) => si.cellNames.has(p.name));
  const scopeName = si.bindScope;
  const paramBinders = allParams.map((p) => siteBinder(rec, scopeName, p.name, p.span));
  const code: Code = {
    name,
    qualname: scope.qualname,
    filename: u.filename,
    scope,
    span,
    nlocals: si.nlocals,
    nslots: si.nslots,
    posNames: pos.map((p) => p.name),
    posonlyCount: params.posonly.length,
    kwonlyNames: params.kwonly.map((p) => p.name),
    varargSlot: params.vararg ? slot(params.vararg.name) : -1,
    kwargSlot: params.kwarg ? slot(params.kwarg.name) : -1,
    posSlots: pos.map((p) => slot(p.name)),
    kwonlySlots: params.kwonly.map((p) => slot(p.name)),
    cellSlots: si.cellSlots(),
    isGenerator: scope.isGenerator,
    paramBinds:
      allParams.length === 0
        ? null
        : (f: Frame) => {
            for (let i = 0; i < allParams.length; i++) {
              const raw = f.slots[paramSlots[i]];
              const v = paramCells[i] ? (raw as Cell).v : (raw as PyValue | undefined);
              if (v !== undefined) paramBinders[i](f.id, v);
            }
          },
    body: () => NORMAL,
    genBody: null,
  };
  const b = body(si);
  code.body = b.body;
  code.genBody = b.gen;
  return code;
}

// Shared by every function without defaults / free variables (PyFunction never mutates them).
const NO_VALUES: PyValue[] = [];
const NO_KWDEFAULTS: Map<string, PyValue> = new Map();
const NO_CELLS: Cell[] = [];

/** Evaluates defaults and closure cells at definition time and makes the function object. */
function functionMaker(u: Unit, s: ScopeInfo, code: Code, params: Parameters): (f: Frame) => PyFunction {
  const posDefaults = [...params.posonly, ...params.args].filter((p) => p.default !== null).map((p) => compileExpr(u, s, p.default!));
  const kwDefaults = params.kwonly.filter((p) => p.default !== null).map((p) => ({ name: p.name, ev: compileExpr(u, s, p.default!) }));
  const cellRefs = code.scope.free.map((n) => compileCellRef(s, n));
  const globals = u.globals;
  // Functions made in loops (closures, lambdas) mostly have no defaults: they share empty ones.
  return (f) => {
    const defaults = posDefaults.length === 0 ? NO_VALUES : posDefaults.map((d) => d(f));
    let kw = NO_KWDEFAULTS;
    if (kwDefaults.length > 0) {
      kw = new Map<string, PyValue>();
      for (const d of kwDefaults) kw.set(d.name, d.ev(f));
    }
    const closure = cellRefs.length === 0 ? NO_CELLS : cellRefs.map((r) => r(f));
    return new PyFunction(code, globals, defaults, kw, closure, f.classCell);
  };
}

function bodyCompiler(u: Unit, stmts: Stmt[], isGen: boolean): (si: ScopeInfo) => { body: Ex; gen: Code['genBody'] } {
  return (si) => (isGen ? { body: () => NORMAL, gen: compileGenBlock(u, si, stmts) } : { body: compileBlock(u, si, stmts), gen: null });
}

function applyDecorators(decorators: Ev[], f: Frame, v: PyValue): PyValue {
  for (let i = decorators.length - 1; i >= 0; i--) v = callValue(decorators[i](f), [v], null);
  return v;
}

export function compileFunctionDef(u: Unit, s: ScopeInfo, def: FunctionDef): Ex {
  const decorators = def.decorators.map((d) => compileExpr(u, s, d));
  const code = makeCode(u, s, def.scope, def.name, def.params, def.span, bodyCompiler(u, def.body, def.scope.isGenerator));
  const make = functionMaker(u, s, code, def.params);
  const annotate = compileFunctionAnnotations(u, s, def);
  const store = compileStore(u, s, { kind: 'NameTarget', span: def.nameSpan, id: def.name });
  const doc = def.docstring;
  return (f) => {
    const decs = decorators.map((d) => d(f));
    const fn = make(f);
    if (annotate !== null) fn.annotations = annotate(f);
    if (doc !== null) fn.ownDict().set('__doc__', doc);
    let v: PyValue = fn;
    for (let i = decs.length - 1; i >= 0; i--) v = callValue(decs[i], [v], null);
    store(f, v);
    return NORMAL;
  };
}

/**
 * A def's annotations, evaluated at def time after the defaults, as CPython does: parameters in
 * order, then 'return' (source text under `from __future__ import annotations`). Null: none.
 */
function compileFunctionAnnotations(u: Unit, s: ScopeInfo, def: FunctionDef): ((f: Frame) => PyDict) | null {
  const p = def.params;
  const entries: [string, Expr][] = [];
  for (const param of [...p.posonly, ...p.args, ...(p.vararg ? [p.vararg] : []), ...p.kwonly, ...(p.kwarg ? [p.kwarg] : [])])
    if (param.annotation !== null) entries.push([param.name, param.annotation]);
  if (def.returns !== null) entries.push(['return', def.returns]);
  if (entries.length === 0) return null;
  if (u.futureAnnotations) {
    const texts = entries.map(([name, e]) => [name, sourceText(u.rt.sourceLines, e.span)] as const);
    return () => {
      const d = new PyDict();
      for (const [name, text] of texts) d.set(name, text);
      return d;
    };
  }
  const evs = entries.map(([name, e]) => [name, compileExpr(u, s, e)] as const);
  return (f) => {
    const d = new PyDict();
    for (const [name, ev] of evs) d.set(name, ev(f));
    return d;
  };
}

export function compileLambda(u: Unit, s: ScopeInfo, e: Lambda): Ev {
  const code = makeCode(u, s, e.scope, '<lambda>', e.params, e.span, (si) => {
    if (e.scope.isGenerator) throw new Error('generator lambdas are not supported');
    const body = compileExpr(u, si, e.body);
    const line = e.body.span.line;
    const span = e.body.span;
    return {
      body: (f) => {
        // no statement sets the frame's line: tracebacks and warnings read it
        f.line = line;
        f.span = span;
        f.ret = body(f);
        return 3;
      },
      gen: null,
    };
  });
  return functionMaker(u, s, code, e.params);
}

export function compileClassDef(u: Unit, s: ScopeInfo, def: ClassDef): Ex {
  const decorators = def.decorators.map((d) => compileExpr(u, s, d));
  const bases = def.bases.map((b) => compileExpr(u, s, b));
  const keywords = def.keywords.map((k) => ({ name: k.name, ev: compileExpr(u, s, k.value) }));
  const si = new ScopeInfo(def.scope, s);
  const body = compileBlock(u, si, def.body);
  const cellRefs = def.scope.free.map((n) => ({ n, ref: compileCellRef(s, n) }));
  const store = compileStore(u, s, { kind: 'NameTarget', span: def.nameSpan, id: def.name });
  const name = def.name;
  const qualname = def.scope.qualname || def.name;
  const doc = def.docstring;
  const globals = u.globals;
  return (f) => {
    const decs = decorators.map((d) => d(f));
    const baseVals = bases.map((b) => b(f));
    for (const b of baseVals) if (!(b instanceof PyType)) throw typeError('bases must be types');
    const baseTypes = baseVals.length === 0 ? [objectType] : (baseVals as PyType[]);
    for (const b of baseTypes) {
      if (b.isSubtypeOf(typeType)) throw new Unsupported('metaclasses (subclasses of type)', def.span);
      if (b === boolType || (!b.isUserClass && b.make === null)) throw typeError(`type '${b.name}' is not an acceptable base type`);
      // ints, floats and strings are JavaScript values here, with no room for a subclass's instance
      if (b === intType || b === floatType || b === strType) throw new Unsupported(`subclasses of ${b.name}`, def.span);
    }
    const kw = classKeywords(keywords.map((k) => ({ name: k.name, value: k.ev(f) })));
    const meta = takeMetaclass(kw, baseTypes);
    const cf = new Frame(null, null, globals, si.nslots);
    cf.label = name;
    cf.classNs = new Map<string, PyValue>([
      ['__module__', globals.get('__name__') ?? '__main__'],
      ['__qualname__', qualname],
    ]);
    if (doc !== null) cf.classNs.set('__doc__', doc);
    cf.classCell = new Cell();
    for (const { n, ref } of cellRefs) {
      const slot = si.slotOf.get(n);
      if (slot !== undefined) cf.slots[slot] = ref(f);
    }
    cf.line = f.line;
    try {
      inFrame(u.rt, cf, () => body(cf));
    } catch (err) {
      throw leaveFrame(err, cf);
    }
    let cls: PyType;
    try {
      const module = cf.classNs.get('__module__');
      cls = new PyType(name, baseTypes, { user: true, qualname, module: typeof module === 'string' ? module : '__main__' });
    } catch (e) {
      if (e instanceof MroError) throw typeError(`Cannot create a consistent method resolution order (MRO) for bases ${e.baseNames.join(', ')}`);
      throw e;
    }
    if (meta !== typeType) cls.cls = meta;
    for (const [k, v] of cf.classNs) {
      cls.dict!.set(k, implicitClassMethod(k, v));
      if (v instanceof Property && v.name === null) v.name = k;
    }
    if (cf.classNs.has('__eq__') && !cf.classNs.has('__hash__')) cls.dict!.set('__hash__', None);
    cf.classCell.v = cls;
    finishClass(cls, cf.classNs, kw);
    let v: PyValue = cls;
    for (let i = decs.length - 1; i >= 0; i--) v = callValue(decs[i], [v], null);
    store(f, v);
    return NORMAL;
  };
}

// ---- comprehensions --------------------------------------------------------------------------

interface CompiledClause {
  iter: Ev;
  store: Store;
  ifs: Ev[];
}

function compileClauses(u: Unit, s: ScopeInfo, si: ScopeInfo, gens: Comprehension[]): CompiledClause[] {
  return gens.map((g, k) => ({
    iter: compileExpr(u, k === 0 ? s : si, g.iter),
    store: compileStore(u, si, g.target),
    ifs: g.ifs.map((c) => compileExpr(u, si, c)),
  }));
}

/** A fresh frame for one evaluation of a comprehension scope. */
function comprehensionFrame(u: Unit, s: ScopeInfo, si: ScopeInfo): (f: Frame) => Frame {
  const label = '<' + (si.qualname.split('.').pop() ?? 'listcomp').replace(/[<>]/g, '') + '>';
  const refs = si.scope.free.map((n) => ({ slot: si.slotOf.get(n)!, ref: compileCellRef(s, n) }));
  const cellSlots = si.cellSlots();
  const globals = u.globals;
  return (f) => {
    const cf = new Frame(null, null, globals, si.nslots);
    cf.label = label;
    cf.classCell = f.classCell;
    cf.line = f.line;
    for (const r of refs) cf.slots[r.slot] = r.ref(f);
    for (const c of cellSlots) cf.slots[c] = new Cell();
    return cf;
  };
}

export function compileComprehension(u: Unit, s: ScopeInfo, e: Extract<Expr, { kind: 'ListComp' | 'SetComp' | 'DictComp' }>, kind: 'list' | 'set' | 'dict'): Ev {
  const si = new ScopeInfo(e.scope, s);
  const clauses = compileClauses(u, s, si, e.generators);
  const newFrame = comprehensionFrame(u, s, si);
  const rt = u.rt;
  let emit: (cf: Frame, out: PyList | PySet | PyDict) => void;
  if (e.kind === 'DictComp') {
    const k = compileExpr(u, si, e.key);
    const v = compileExpr(u, si, e.value);
    emit = (cf, out) => {
      const key = k(cf);
      (out as PyDict).set(key, v(cf));
    };
  } else {
    const elt = compileExpr(u, si, e.elt);
    emit = kind === 'list' ? (cf, out) => (out as PyList).items.push(elt(cf)) : (cf, out) => (out as PySet).add(elt(cf));
  }
  const span = e.span;
  const run = (cf: Frame, k: number, src: PyValue, out: PyList | PySet | PyDict): void => {
    const c = clauses[k];
    const it = loopIter(src);
    const last = k === clauses.length - 1;
    outer: for (let v = it.next(); v !== undefined; v = it.next()) {
      if (++rt.steps >= rt.nextCheck) rt.check(span);
      c.store(cf, v);
      for (const cond of c.ifs) if (!truthy(cond(cf))) continue outer;
      if (last) emit(cf, out);
      else run(cf, k + 1, clauses[k + 1].iter(cf), out);
    }
  };
  return (f) => {
    const src = clauses[0].iter(f);
    const cf = newFrame(f);
    const out = kind === 'list' ? new PyList([]) : kind === 'set' ? new PySet() : new PyDict();
    try {
      inFrame(rt, cf, () => run(cf, 0, src, out));
    } catch (err) {
      throw leaveFrame(err, cf);
    }
    return out;
  };
}

export function compileGeneratorExp(u: Unit, s: ScopeInfo, e: GeneratorExp): Ev {
  const si = new ScopeInfo(e.scope, s);
  const clauses = compileClauses(u, s, si, e.generators);
  const newFrame = comprehensionFrame(u, s, si);
  const elt = compileExpr(u, si, e.elt);
  const rt = u.rt;
  const span = e.span;
  function* run(cf: Frame, k: number, src: PyValue): Generator<PyValue, void, PyValue> {
    const c = clauses[k];
    const it = k === 0 ? (src as ReturnType<typeof getIter>) : loopIter(src);
    const last = k === clauses.length - 1;
    outer: for (let v = it.next(); v !== undefined; v = it.next()) {
      if (++rt.steps >= rt.nextCheck) rt.check(span);
      c.store(cf, v);
      for (const cond of c.ifs) if (!truthy(cond(cf))) continue outer;
      if (last) yield elt(cf);
      else yield* run(cf, k + 1, clauses[k + 1].iter(cf));
    }
  }
  const qualname = e.scope.qualname || '<genexpr>';
  const fromCall = e.generators[0].iter.kind === 'Call' || e.generators[0].iter.kind === 'GeneratorExp';
  return (f) => {
    const it0 = loopIter(clauses[0].iter(f));
    const owned = ownedGenerator(it0, fromCall);
    const cf = newFrame(f);
    function* body(): Generator<PyValue, number, PyValue> {
      try {
        yield* run(cf, 0, it0);
      } catch (err) {
        // closed (or failed) early: the generator it made goes with it
        if (owned !== null) closeAbandonedGenerator(owned);
        throw err;
      }
      return NORMAL;
    }
    return new PyGenerator(body(), '<genexpr>', qualname, (_g, step) => {
      try {
        return inFrame(rt, cf, step);
      } catch (err) {
        throw leaveFrame(err, cf);
      } finally {
        cf.back = null;
      }
    });
  };
}

export { compileNameStore, BaseException, PyDict };
