// The builtins namespace: functions, types and exception classes visible to every module.
import * as E from '../../engine';
import { Tensor } from '../../engine';
import { formatNumber } from '../format';
import { PyDict, PyList, PyRange, PySet, PySlice, PyTuple, dictType, frozensetType, listType, rangeType, setType, sliceType, tuple, tupleType } from './collections';
import { ctx } from './context';
import { dictUpdate, makeNewSet } from './dict-type';
import { OverflowError, PyExc, StopIteration, SystemExit, Unsupported, excTypes, pyErr, typeError, valueError } from './errors';
import { BuiltinNew, ClassMethod, NativeGetSet, Property, PyBuiltin, PyFunction, PyModule, StaticMethod, BoundMethod, classmethodType, propertyType, staticmethodType } from './functions';
import { JsIterator, PyIterator, SeqIterator, enumerateType, filterType, getIter, listReverseIteratorType, mapType, pyIter, pyNext, reversedType, toArray, zipType } from './iter';
import { sortValues } from './list-type';
import { builtinFunction, exactArgs, isNone, toIndex } from './native';
import {
  Ellipsis,
  KwArgs,
  None,
  NotImplemented,
  PyType,
  PyValue,
  boolType,
  floatType,
  intType,
  objectId,
  objectType,
  pyFloat,
  strType,
  typeName,
  typeOf,
  typeType,
} from './object';
import { binaryOp, intAdd, intResult, negate, normBig } from './operators';
import { richOrder, callMethodIfDefined, callValue, delAttr, getAttr, hasAttr, lookupAttr, pyHash, pyLen, repr, setAttr, str, truthy, callMethod } from './protocols';
import { asciiRepr, formatValue } from './strformat';
import { abstractInstantiationError } from './abstract-check';
import { makeObjectInitSubclass } from './class-setup';
import { PySuper, superType } from './super';

// ---- conversions -------------------------------------------------------------------------

function floatToInt(x: number): number | bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
  return normBig(BigInt(Math.trunc(x)));
}

function parseIntText(text: string, base: number): number | bigint {
  const orig = text;
  let s = text.trim().replace(/_(?=[0-9a-zA-Z])/g, '');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  let b = base;
  const prefix = /^0([xob])/i.exec(s);
  if (prefix !== null && (b === 0 || b === { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase() as 'x' | 'o' | 'b'])) {
    b = { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase() as 'x' | 'o' | 'b'];
    s = s.slice(2);
  } else if (b === 0) b = 10;
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  if (s.length === 0 || ![...s.toLowerCase()].every((c) => digits.includes(c)) || /__/.test(text))
    throw valueError(`invalid literal for int() with base ${base}: ${repr(orig)}`);
  let big = 0n;
  for (const ch of s.toLowerCase()) big = big * BigInt(b) + BigInt(digits.indexOf(ch));
  return normBig(sign < 0 ? -big : big);
}

function toInt(args: PyValue[], kw: KwArgs | null): PyValue {
  const base = kw?.get('base') ?? args[1];
  if (args.length === 0) return 0;
  const v = args[0];
  if (base !== undefined) {
    if (typeof v !== 'string') throw typeError("int() can't convert non-string with explicit base");
    return parseIntText(v, toIndex(base));
  }
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Tensor) return floatToInt(v.item());
  if (typeof v === 'string') return parseIntText(v, 10);
  for (const m of ['__int__', '__index__', '__trunc__']) {
    const r = callMethodIfDefined(v, m, []);
    if (r !== undefined) return r;
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

function parseFloatText(s: string): number {
  const t = s.trim().replace(/_(?=\d)/g, '').toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (m !== null) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) throw valueError(`could not convert string to float: ${repr(s)}`);
  return Number(t);
}

function toFloat(args: PyValue[]): PyValue {
  if (args.length === 0) return pyFloat(0);
  const v = args[0];
  if (v instanceof Tensor) return v;
  if (typeof v === 'number' || typeof v === 'boolean') return pyFloat(+v);
  if (typeof v === 'bigint') return pyFloat(Number(v));
  if (typeof v === 'string') return pyFloat(parseFloatText(v));
  const r = callMethodIfDefined(v, '__float__', []);
  if (r !== undefined) return r;
  const ix = callMethodIfDefined(v, '__index__', []);
  if (typeof ix === 'number') return pyFloat(ix);
  throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
}

// ---- iteration helpers -----------------------------------------------------------------------

function* zipGen(its: PyIterator[], strict: boolean): Generator<PyValue> {
  if (its.length === 0) return;
  for (;;) {
    const row: PyValue[] = [];
    for (let i = 0; i < its.length; i++) {
      const v = its[i].next();
      if (v === undefined) {
        if (strict && (i > 0 || its.slice(1).some((it) => it.next() !== undefined)))
          throw valueError(i > 0 ? `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}` : 'zip() argument 2 is longer than argument 1');
        return;
      }
      row.push(v);
    }
    yield tuple(row);
  }
}

function* mapGen(f: PyValue, its: PyIterator[]): Generator<PyValue> {
  for (;;) {
    const args: PyValue[] = [];
    for (const it of its) {
      const v = it.next();
      if (v === undefined) return;
      args.push(v);
    }
    yield callValue(f, args, null);
  }
}

function* filterGen(f: PyValue, it: PyIterator): Generator<PyValue> {
  for (let v = it.next(); v !== undefined; v = it.next()) if (f === None ? truthy(v) : truthy(callValue(f, [v], null))) yield v;
}

function* enumerateGen(it: PyIterator, start: number): Generator<PyValue> {
  let i = start;
  for (let v = it.next(); v !== undefined; v = it.next()) yield tuple([i++, v]);
}

function reversedOf(v: PyValue): PyValue {
  if (v instanceof PyList) return new SeqIterator(v.items.slice().reverse(), listReverseIteratorType);
  if (v instanceof PyTuple) return new SeqIterator(v.items.slice().reverse(), reversedType);
  if (typeof v === 'string') return new SeqIterator(Array.from(v).reverse(), reversedType);
  if (v instanceof PyDict && !(v.cls.isUserClass && v.cls.lookup('__reversed__') instanceof PyFunction))
    return new SeqIterator(toArray(v).reverse(), reversedType);
  const r = callMethodIfDefined(v, '__reversed__', []);
  if (r !== undefined) return r;
  if (typeOf(v).lookup('__getitem__') !== null && typeOf(v).lookup('__len__') !== null) {
    const n = pyLen(v);
    const items: PyValue[] = [];
    for (let i = n - 1; i >= 0; i--) items.push(callMethod(typeOf(v).lookup('__getitem__')!, v, [i], null));
    return new SeqIterator(items, reversedType);
  }
  throw typeError(`'${typeName(v)}' object is not reversible`);
}

function minMax(name: 'min' | 'max', args: PyValue[], kw: KwArgs | null): PyValue {
  const key = kw?.get('key') ?? None;
  const dflt = kw?.get('default');
  if (kw !== null) for (const k of kw.keys()) if (k !== 'key' && k !== 'default') throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  let items: PyValue[];
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = toArray(args[0]);
  else {
    if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === None ? best : callValue(key, [best], null);
  const op = name === 'max' ? '__gt__' : '__lt__';
  for (let i = 1; i < items.length; i++) {
    const v = items[i];
    const k = key === None ? v : callValue(key, [v], null);
    let better: boolean;
    if (typeof k === 'number' && typeof bestKey === 'number') better = name === 'max' ? k > bestKey : k < bestKey;
    else better = truthy(compare(k, bestKey, op));
    if (better) {
      best = v;
      bestKey = k;
    }
  }
  return key === None ? asGate(name, items, best) : best;
}

/**
 * max/min of Python floats is the lecture's max gate: record it on the tape so the gradient routes
 * to the larger input and the others get 0 (not "no path"). Only where the result is exactly
 * Python's: all floats, no NaN, no ties (then Python's choice of object stays).
 */
function asGate(name: 'min' | 'max', items: PyValue[], best: PyValue): PyValue {
  if (!(best instanceof Tensor) || items.length < 2) return best;
  const seen = new Set<number>();
  for (const v of items) {
    if (!(v instanceof Tensor) || v.ndim !== 0 || v.dtype !== 'float64') return best;
    const x = v.item();
    if (Number.isNaN(x) || seen.has(x)) return best;
    seen.add(x);
  }
  const gate = name === 'max' ? E.maximum : E.minimum;
  let out = items[0] as Tensor;
  for (let i = 1; i < items.length; i++) out = gate(out, items[i] as Tensor);
  return out;
}

function compare(a: PyValue, b: PyValue, op: '__gt__' | '__lt__'): PyValue {
  return richOrder(a, b, op);
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) return 2 * Math.round(x / 2);
  return r;
}

function pyRound(args: PyValue[], kw: KwArgs | null): PyValue {
  const x = args[0] ?? kw?.get('number');
  const nd = args[1] ?? kw?.get('ndigits') ?? None;
  if (x === undefined) throw typeError("round() missing required argument 'number' (pos 1)");
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number' || typeof x === 'boolean') {
    const v = +x;
    if (nd === None) return v;
    const n = toIndex(nd);
    if (n >= 0) return v;
    const p = Math.pow(10, -n);
    return intResult(roundHalfEven(v / p) * p);
  }
  if (x instanceof Tensor) {
    const v = x.item();
    if (nd === None) return floatToInt(roundHalfEven(v));
    const n = toIndex(nd);
    if (!Number.isFinite(v)) return pyFloat(v);
    if (n >= 0) {
      if (n > 300) return pyFloat(v);
      return pyFloat(Number(formatNumber(v, 'float', `.${n}f`)));
    }
    const p = Math.pow(10, -n);
    return pyFloat(roundHalfEven(v / p) * p);
  }
  const r = callMethodIfDefined(x, '__round__', nd === None ? [] : [nd]);
  if (r !== undefined) return r;
  throw typeError(`type ${typeName(x)} doesn't define __round__ method`);
}

function isinstanceCheck(cls: PyValue, t: PyType, fname: string): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstanceCheck(c, t, fname));
  if (!(cls instanceof PyType))
    throw typeError(
      fname === 'isinstance' ? 'isinstance() arg 2 must be a type, a tuple of types, or a union' : 'issubclass() arg 2 must be a class, a tuple of classes, or a union',
    );
  return t.isSubtypeOf(cls);
}

function modPow(b: number, e: number, m: number): number {
  if (m === 0) throw valueError('pow() 3rd argument cannot be 0');
  let result = 1n;
  let base = ((BigInt(b) % BigInt(m)) + BigInt(m)) % BigInt(m);
  let ex = BigInt(e);
  const mod = BigInt(m);
  if (ex < 0) throw valueError('base is not invertible for the given modulus');
  while (ex > 0n) {
    if (ex & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    ex >>= 1n;
  }
  let r = Number(result);
  if (m < 0 && r > 0) r += m;
  return r;
}

function printImpl(args: PyValue[], kw: KwArgs | null): PyValue {
  let sep = ' ';
  let end = '\n';
  let file: PyValue = None;
  let flush = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'sep') {
        if (v !== None && typeof v !== 'string') throw typeError(`sep must be None or a string, not ${typeName(v)}`);
        if (typeof v === 'string') sep = v;
      } else if (k === 'end') {
        if (v !== None && typeof v !== 'string') throw typeError(`end must be None or a string, not ${typeName(v)}`);
        if (typeof v === 'string') end = v;
      } else if (k === 'file') file = v;
      else if (k === 'flush') flush = truthy(v);
      else throw typeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  if (file === None) {
    const stdout = replacedStdout();
    if (stdout === None) return None; // sys.stdout = None: print writes nothing
    if (stdout !== undefined) file = stdout;
  }
  if (file !== None) return printToFile(file, args, sep, end, flush);
  let out = '';
  for (let i = 0; i < args.length; i++) out += (i > 0 ? sep : '') + str(args[i]);
  ctx().write(out + end);
  return None;
}

/** sys.stdout when the program has replaced it (contextlib.redirect_stdout, `sys.stdout = x`), else undefined. */
function replacedStdout(): PyValue | undefined {
  const sys = ctx().modules.get('sys');
  if (sys === undefined || sys.dict === null) return undefined;
  const out = sys.dict.get('stdout');
  return out === sys.dict.get('__stdout__') ? undefined : out;
}

/** print(..., file=f): each piece through f.write, as CPython writes them (sys.stderr is such an
 *  object: modules/stdlib/sys-source.ts), then f.flush() when asked. */
function printToFile(file: PyValue, args: PyValue[], sep: string, end: string, flush: boolean): PyValue {
  const write = (s: string): void => void callValue(getAttr(file, 'write'), [s], null);
  for (let i = 0; i < args.length; i++) {
    if (i > 0) write(sep);
    write(str(args[i]));
  }
  write(end);
  if (flush) callValue(getAttr(file, 'flush'), [], null);
  return None;
}

function sumImpl(args: PyValue[], kw: KwArgs | null): PyValue {
  const it = args[0];
  if (it === undefined) throw typeError('sum() takes at least 1 positional argument (0 given)');
  let acc: PyValue = args[1] ?? kw?.get('start') ?? 0;
  if (typeof acc === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const iter = getIter(it);
  for (let v = iter.next(); v !== undefined; v = iter.next()) {
    if (typeof acc === 'number' && typeof v === 'number') acc = intAdd(acc, v);
    else if (acc instanceof Tensor && v instanceof Tensor) acc = E.add(acc, v);
    else acc = binaryOp('+', acc, v);
  }
  return acc;
}

function unsupportedBuiltin(name: string): PyBuiltin {
  return new PyBuiltin(name, () => {
    throw new Unsupported(`the builtin ${name}()`);
  });
}

/** Builds the builtins namespace and installs the constructors of the builtin types. */
export function makeBuiltins(): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  const def = (name: string, fn: (args: PyValue[], kw: KwArgs | null) => PyValue): void => {
    b.set(name, new PyBuiltin(name, fn));
  };
  const noKw = (name: string, kw: KwArgs | null): void => {
    if (kw !== null && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
  };

  // types and their constructors
  intType.construct = toInt;
  floatType.construct = (args, kw) => {
    noKw('float', kw);
    return toFloat(args);
  };
  strType.construct = (args) => (args.length === 0 ? '' : str(args[0]));
  boolType.construct = (args) => (args.length === 0 ? false : truthy(args[0]));
  listType.construct = (args) => new PyList(args.length === 0 ? [] : toArray(args[0]));
  tupleType.construct = (args) => (args.length === 0 ? tuple([]) : args[0] instanceof PyTuple ? args[0] : tuple(toArray(args[0])));
  objectType.dict!.set('__new__', new BuiltinNew(objectType, new PyBuiltin('__new__', (args) => objectNew(args))));
  objectType.dict!.set('__init_subclass__', makeObjectInitSubclass());
  tupleType.dict!.set('__new__', new BuiltinNew(tupleType, new PyBuiltin('__new__', (args, kw) => tupleNew(args, kw))));
  dictType.construct = (args, kw) => {
    if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`);
    const d = new PyDict();
    dictUpdate(d, args[0], kw);
    return d;
  };
  setType.construct = (args) => makeNewSet(setType, args[0]);
  frozensetType.construct = (args) =>
    args[0] instanceof PySet && args[0].cls === frozensetType ? args[0] : makeNewSet(frozensetType, args[0]);
  rangeType.construct = (args, kw) => {
    noKw('range', kw);
    if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
    if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
    const n = args.map(toIndex);
    const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
    if (step === 0) throw valueError('range() arg 3 must not be zero');
    return new PyRange(start, stop, step);
  };
  sliceType.construct = (args) => {
    if (args.length === 1) return new PySlice(None, args[0], None);
    return new PySlice(args[0] ?? None, args[1] ?? None, args[2] ?? None);
  };
  objectType.construct = (args) => {
    if (args.length > 0) throw typeError('object() takes no arguments');
    return objectType.make!(objectType);
  };
  typeType.construct = (args) => {
    if (args.length === 1) return typeOf(args[0]);
    throw new Unsupported('type() with three arguments');
  };
  propertyType.construct = (args, kw) => new Property(args[0] ?? kw?.get('fget') ?? None, args[1] ?? kw?.get('fset') ?? None, args[2] ?? kw?.get('fdel') ?? None, args[3] ?? kw?.get('doc') ?? None);
  staticmethodType.construct = (args) => new StaticMethod(args[0]);
  classmethodType.construct = (args) => new ClassMethod(args[0]);
  superType.construct = (args) => {
    if (args.length !== 2) throw pyErr('RuntimeError', 'super(): no arguments');
    if (!(args[0] instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(args[0])}`);
    return new PySuper(args[0], args[1]);
  };
  enumerateType.construct = (args, kw) => new JsIterator(enumerateGen(getIter(args[0] ?? kw?.get('iterable') ?? None), toIndex(args[1] ?? kw?.get('start') ?? 0)), enumerateType);
  zipType.construct = (args, kw) => new JsIterator(zipGen(args.map(getIter), truthy(kw?.get('strict') ?? false)), zipType);
  mapType.construct = (args) => {
    if (args.length < 2) throw typeError('map() must have at least two arguments.');
    return new JsIterator(mapGen(args[0], args.slice(1).map(getIter)), mapType);
  };
  filterType.construct = (args) => {
    exactArgs('filter', args, null, 2);
    return new JsIterator(filterGen(args[0], getIter(args[1])), filterType);
  };
  reversedType.construct = (args) => {
    exactArgs('reversed', args, null, 1);
    return reversedOf(args[0]);
  };
  // property decorators: @p.setter / @p.deleter / @p.getter
  propertyType.dict!.set('setter', new NativeGetSet('setter', (self) => new PyBuiltin('setter', ([fn]) => {
    const p = self as Property;
    const np = new Property(p.fget, fn, p.fdel, p.doc);
    np.name = p.name;
    return np;
  })));
  propertyType.dict!.set('deleter', new NativeGetSet('deleter', (self) => new PyBuiltin('deleter', ([fn]) => {
    const p = self as Property;
    const np = new Property(p.fget, p.fset, fn, p.doc);
    np.name = p.name;
    return np;
  })));
  propertyType.dict!.set('getter', new NativeGetSet('getter', (self) => new PyBuiltin('getter', ([fn]) => {
    const p = self as Property;
    return new Property(fn, p.fset, p.fdel, p.doc);
  })));
  propertyType.dict!.set('fget', new NativeGetSet('fget', (self) => (self as Property).fget));
  for (const t of [intType, floatType, strType, boolType, listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType, objectType, typeType, propertyType, staticmethodType, classmethodType, superType, enumerateType, zipType, mapType, filterType, reversedType])
    b.set(t.name, t);
  for (const [name, t] of excTypes) if (name !== 'AxisError' && name !== 'LinAlgError') b.set(name, t);
  b.set('None', None);
  b.set('NotImplemented', NotImplemented);
  b.set('Ellipsis', Ellipsis);
  b.set('__name__', '__main__');

  def('print', printImpl);
  // site's exit() / quit(), which `python FILE` has: SystemExit (run.ts ends the run on it)
  for (const name of ['exit', 'quit'])
    b.set(name, builtinFunction(name, 'code=None, /', ([code]) => {
      throw code === None ? pyErr(SystemExit) : pyErr(SystemExit, code);
    }));
  def('len', (args, kw) => {
    noKw('len', kw);
    exactArgs('len', args, kw, 1);
    return pyLen(args[0]);
  });
  def('repr', (args, kw) => {
    exactArgs('repr', args, kw, 1);
    return repr(args[0]);
  });
  def('ascii', (args, kw) => {
    exactArgs('ascii', args, kw, 1);
    return asciiRepr(args[0]);
  });
  def('abs', (args, kw) => {
    noKw('abs', kw);
    exactArgs('abs', args, kw, 1);
    const v = args[0];
    if (typeof v === 'number') return Math.abs(v);
    if (typeof v === 'bigint') return v < 0n ? -v : v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof Tensor) return E.abs(v);
    const r = callMethodIfDefined(v, '__abs__', []);
    if (r !== undefined) return r;
    throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
  });
  def('sum', sumImpl);
  def('min', (args, kw) => minMax('min', args, kw));
  def('max', (args, kw) => minMax('max', args, kw));
  b.set('sorted', builtinFunction('sorted', 'iterable, /, *, key=None, reverse=False', ([it, key, rev]) => new PyList(sortValues(toArray(it!), key!, truthy(rev!)))));
  def('round', pyRound);
  def('divmod', (args, kw) => {
    exactArgs('divmod', args, kw, 2);
    const [x, y] = args;
    if ((x instanceof Tensor || y instanceof Tensor) && (typeof y === 'number' || typeof y === 'boolean' || y instanceof Tensor) && (typeof x === 'number' || typeof x === 'boolean' || x instanceof Tensor) && (y instanceof Tensor ? y.item() : +y) === 0)
      throw pyErr('ZeroDivisionError', 'float divmod()');
    return tuple([binaryOp('//', args[0], args[1]), binaryOp('%', args[0], args[1])]);
  });
  def('pow', (args, kw) => {
    const base = args[0] ?? kw?.get('base');
    const exp = args[1] ?? kw?.get('exp');
    const mod = args[2] ?? kw?.get('mod') ?? None;
    if (base === undefined || exp === undefined) throw typeError('pow() missing required argument');
    if (mod !== None) {
      if (typeof base !== 'number' || typeof exp !== 'number' || typeof mod !== 'number')
        throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      return modPow(base, exp, mod);
    }
    return binaryOp('**', base, exp);
  });
  def('any', (args) => {
    const it = getIter(args[0]);
    for (let v = it.next(); v !== undefined; v = it.next()) if (truthy(v)) return true;
    return false;
  });
  def('all', (args) => {
    const it = getIter(args[0]);
    for (let v = it.next(); v !== undefined; v = it.next()) if (!truthy(v)) return false;
    return true;
  });
  def('isinstance', (args, kw) => {
    exactArgs('isinstance', args, kw, 2);
    return isinstanceCheck(args[1], typeOf(args[0]), 'isinstance');
  });
  def('issubclass', (args, kw) => {
    exactArgs('issubclass', args, kw, 2);
    if (!(args[0] instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return isinstanceCheck(args[1], args[0], 'issubclass');
  });
  def('hasattr', (args) => {
    exactArgs('hasattr', args, null, 2);
    if (typeof args[1] !== 'string') throw typeError('attribute name must be string, not ' + `'${typeName(args[1])}'`);
    return hasAttr(args[0], args[1]);
  });
  def('getattr', (args) => {
    exactArgs('getattr', args, null, 2, 3);
    if (typeof args[1] !== 'string') throw typeError('attribute name must be string, not ' + `'${typeName(args[1])}'`);
    if (args.length === 3) {
      try {
        return lookupAttr(args[0], args[1]) ?? args[2];
      } catch (e) {
        if (e instanceof PyExc && e.cls.name === 'AttributeError') return args[2];
        throw e;
      }
    }
    return getAttr(args[0], args[1]);
  });
  def('setattr', (args) => {
    exactArgs('setattr', args, null, 3);
    if (typeof args[1] !== 'string') throw typeError('attribute name must be string, not ' + `'${typeName(args[1])}'`);
    setAttr(args[0], args[1], args[2]);
    return None;
  });
  def('delattr', (args) => {
    exactArgs('delattr', args, null, 2);
    delAttr(args[0], args[1] as string);
    return None;
  });
  def('id', (args) => objectId(args[0]));
  def('hash', (args) => {
    exactArgs('hash', args, null, 1);
    const h = pyHash(args[0]);
    return normBig(h);
  });
  def('iter', (args) => {
    if (args.length === 2) throw new Unsupported('iter(callable, sentinel)');
    exactArgs('iter', args, null, 1);
    return pyIter(args[0]);
  });
  def('next', (args) => {
    exactArgs('next', args, null, 1, 2);
    const v = pyNext(args[0]);
    if (v !== undefined) return v;
    if (args.length === 2) return args[1];
    const e = pyErr(StopIteration);
    const it = args[0];
    if (it instanceof PyIterator && 'returnValue' in it && (it as { returnValue: PyValue }).returnValue !== None) e.args = [(it as { returnValue: PyValue }).returnValue];
    throw e;
  });
  def('callable', (args) => {
    const v = args[0];
    return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof BoundMethod || v instanceof PyType || typeOf(v).lookup('__call__') !== null;
  });
  def('chr', (args) => {
    const n = toIndex(args[0]);
    if (n < 0 || n > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
    return String.fromCodePoint(n);
  });
  def('ord', (args) => {
    const v = args[0];
    if (typeof v !== 'string') throw typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
    const cps = Array.from(v);
    if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0)!;
  });
  const radix = (name: string, r: number, p: string) =>
    def(name, (args) => {
      const n = toIndex(args[0]);
      return (n < 0 ? '-' : '') + p + Math.abs(n).toString(r);
    });
  radix('bin', 2, '0b');
  radix('oct', 8, '0o');
  radix('hex', 16, '0x');
  def('format', (args) => formatValue(args[0], args.length > 1 ? str(args[1]) : ''));
  def('vars', (args) => {
    const v = args[0];
    if (v === undefined) throw new Unsupported('vars() without an argument');
    if (v instanceof PyFunction) v.ownDict();
    if (typeof v === 'object' && !(v instanceof Tensor) && v.dict !== null) return PyDict.fromStrings(v.dict);
    throw typeError('vars() argument must have __dict__ attribute');
  });
  def('dir', (args) => {
    const v = args[0];
    if (v === undefined) throw new Unsupported('dir() without an argument');
    // the attribute names gradlens knows the object by: its own namespace, then its class's MRO
    const names = new Set<string>();
    if (typeof v === 'object' && !(v instanceof Tensor) && v.dict !== null) for (const k of v.dict.keys()) names.add(k);
    if (!(v instanceof PyModule)) for (const t of v instanceof PyType ? v.mro : typeOf(v).mro) for (const k of t.dict!.keys()) names.add(k);
    return new PyList([...names].sort());
  });
  for (const name of ['input', 'open', 'eval', 'exec', 'compile', 'globals', 'locals', 'breakpoint', '__import__', 'memoryview', 'bytearray', 'bytes', 'complex', 'help'])
    b.set(name, unsupportedBuiltin(name));
  void negate;
  return b;
}

/** The class argument of `X.__new__(cls, ...)`, checked as CPython checks it. */
function newTarget(owner: string, args: PyValue[]): PyType {
  if (args.length === 0) throw typeError(`${owner}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`${owner}.__new__(X): X is not a type object (${typeName(cls)})`);
  return cls;
}

/** `object.__new__(cls)`: a bare instance (arguments beyond cls are __init__'s business). */
function objectNew(args: PyValue[]): PyValue {
  const cls = newTarget('object', args);
  if (cls.isSubtypeOf(tupleType)) throw typeError(`object.__new__(${cls.name}) is not safe, use tuple.__new__()`);
  if (cls.make === null) throw typeError(`cannot create '${cls.name}' instances`);
  const abstract = abstractInstantiationError(cls);
  if (abstract !== null) throw abstract;
  return cls.make(cls);
}

/** `tuple.__new__(cls, iterable=())`: a tuple, or an instance of the tuple subclass cls. */
function tupleNew(args: PyValue[], kw: KwArgs | null): PyValue {
  const cls = newTarget('tuple', args);
  if (!cls.isSubtypeOf(tupleType)) throw typeError(`tuple.__new__(${cls.name}): ${cls.name} is not a subtype of tuple`);
  if (kw !== null && kw.size > 0) throw typeError('tuple() takes no keyword arguments');
  if (args.length > 2) throw typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
  const items = args.length === 2 ? toArray(args[1]) : [];
  return cls === tupleType ? tuple(items) : new PyTuple(items, cls);
}
