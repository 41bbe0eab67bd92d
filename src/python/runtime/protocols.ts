// The generic protocols every operation falls back on: attributes, calls, truth, repr/str,
// hashing, equality and ordering, length, items, containment. Fast paths for the primitive
// representations come first; then the type's dunder methods (found along the MRO).
import { Tensor } from '../../engine';
import { floatRepr } from '../format';
import { callFunction } from './call';
import {
  EMPTY_TUPLE,
  PyDict,
  PyDictView,
  PyList,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  frozensetHashOf,
  intHash,
  tuple,
} from './collections';
import { AttributeError, PyExc, StopIteration, TypeError, attributeError, pyErr, typeError } from './errors';
import {
  BoundMethod,
  ClassMethod,
  NativeGetSet,
  Property,
  PyBuiltin,
  PyFunction,
  PyMethodDescriptor,
  PyModule,
  StaticMethod,
  BuiltinNew,
} from './functions';
import {
  KwArgs,
  None,
  NotImplemented,
  PyNumberObject,
  PyObject,
  PyType,
  PyValue,
  objectId,
  objectType,
  typeName,
  typeOf,
  typeType,
} from './object';
import { PyIterator, getIter } from './iter';
import { PySuper, superGetAttr } from './super';
import { abstractInstantiationError } from './abstract-check';

// ---- attributes ------------------------------------------------------------------------------

/** obj.name, or undefined when there is no such attribute (no exception). */
export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  return findAttr(obj, name, false);
}

/** obj.name or undefined; an AttributeError raised by the class's `__getattr__` propagates when
 *  `getattrErrors` is set (getAttr: the user's message, `no param z`), else it reads as no attribute. */
function findAttr(obj: PyValue, name: string, getattrErrors: boolean): PyValue | undefined {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  if (obj instanceof PySuper) return superGetAttr(obj, name);
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr !== null && typeof attr === 'object') {
    if (attr instanceof Property) {
      if (attr.fget === None) throw attributeError(`property '${attr.name ?? name}' of '${t.name}' object has no getter`);
      return callValue(attr.fget, [obj], null);
    }
    if (attr instanceof NativeGetSet) return attr.get(obj);
  }
  if (typeof obj === 'object' && !(obj instanceof Tensor) && obj.dict !== null) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
  }
  if (attr !== null) return bindAttr(attr, obj, t);
  if (name === '__class__') return t;
  if (name === '__dict__' && obj instanceof PyFunction) return PyDict.fromStrings(obj.ownDict());
  if (name === '__dict__' && typeof obj === 'object' && !(obj instanceof Tensor) && obj.dict !== null)
    return PyDict.fromStrings(obj.dict);
  const ga = t.lookup('__getattr__');
  if (ga !== null) {
    try {
      return callValue(ga, [obj, name], null);
    } catch (e) {
      if (!getattrErrors && e instanceof PyExc && e.cls.isSubtypeOf(AttributeError)) return undefined;
      throw e;
    }
  }
  return undefined;
}

function bindAttr(attr: PyValue, obj: PyValue, t: PyType): PyValue {
  if (typeof attr !== 'object') return attr;
  if (attr instanceof PyFunction || attr instanceof PyMethodDescriptor) return new BoundMethod(attr, obj);
  if (attr instanceof ClassMethod) return new BoundMethod(attr.fn, t);
  if (attr instanceof StaticMethod) return attr.fn;
  return attr;
}

function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  // the metatype's data descriptors come first: type(math).__name__ is 'module'
  if (name === '__name__') return cls.name;
  const meta = cls.cls;
  if (meta !== typeType) {
    const p = meta.lookup(name);
    if (p instanceof Property) return callValue(p.fget, [cls], null); // Enum's __members__
  }
  if (name === '__qualname__') return cls.qualname;
  if (name === '__annotations__' && cls.isUserClass) {
    // the class's own annotations, an empty dict made on first read when it has none (3.10+)
    const own = cls.dict!.get('__annotations__');
    if (own !== undefined) return own;
    const d = new PyDict();
    cls.dict!.set('__annotations__', d);
    return d;
  }
  const attr = cls.lookup(name);
  if (attr !== null) {
    if (typeof attr === 'object') {
      if (attr instanceof ClassMethod) return new BoundMethod(attr.fn, cls);
      if (attr instanceof StaticMethod) return attr.fn;
    }
    return attr;
  }
  switch (name) {
    case '__name__':
      return cls.name;
    case '__qualname__':
      return cls.qualname;
    case '__module__':
      return cls.module;
    case '__mro__':
      return tuple(cls.mro.slice());
    case '__bases__':
      return tuple(cls.bases.slice());
    case '__base__':
      return cls.bases[0] ?? None;
    case '__dict__':
      return PyDict.fromStrings(cls.dict!);
    case '__class__':
      return typeType;
    case '__doc__':
      return None;
  }
  const m = meta.lookup(name);
  if (m !== null) return bindAttr(m, cls, meta);
  return undefined;
}

export function attrErrorFor(obj: PyValue, name: string): PyExc {
  if (obj instanceof PyModule) return attributeError(`module '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyType) {
    // type's own descriptor: a class that is not abstract-tracking has no __abstractmethods__
    if (name === '__abstractmethods__') return attributeError(name);
    return attributeError(`type object '${obj.name}' has no attribute '${name}'`);
  }
  return attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

export function getAttr(obj: PyValue, name: string): PyValue {
  const v = findAttr(obj, name, true);
  if (v === undefined) throw attrErrorFor(obj, name);
  return v;
}

export function hasAttr(obj: PyValue, name: string): boolean {
  try {
    return lookupAttr(obj, name) !== undefined;
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(AttributeError)) return false;
    throw e;
  }
}

/** type.__setattr__(cls, name, v): a class attribute (builtin types are immutable). */
export function setTypeAttr(obj: PyType, name: string, v: PyValue): void {
  if (!obj.isUserClass) throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
  if ((name === '__name__' || name === '__qualname__') && typeof v !== 'string')
    throw typeError(`can only assign string to ${obj.name}.${name}, not '${typeName(v)}'`);
  obj.setAttr(name, v);
}

export function setAttr(obj: PyValue, name: string, v: PyValue): void {
  if (obj instanceof PyType) {
    const metaSetattr = obj.cls === typeType ? null : obj.cls.lookup('__setattr__');
    if (metaSetattr instanceof PyFunction) {
      callFunction(metaSetattr, [obj, name, v], null);
      return;
    }
    setTypeAttr(obj, name, v);
    return;
  }
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr !== null && typeof attr === 'object') {
    if (attr instanceof Property) {
      if (attr.fset === None) throw attributeError(`property '${attr.name ?? name}' of '${t.name}' object has no setter`);
      callValue(attr.fset, [obj, v], null);
      return;
    }
    if (attr instanceof NativeGetSet) {
      if (attr.set === null) {
        const owner = t.mro.find((c) => c.dict!.get(name) === attr) ?? t;
        throw attributeError(`attribute '${name}' of '${owner.tpName}' objects is not writable`);
      }
      attr.set(obj, v);
      return;
    }
  }
  if (t.isUserClass) {
    const sa = t.lookup('__setattr__');
    if (sa !== null && !(sa instanceof PyMethodDescriptor && sa.owner === objectType)) {
      callValue(sa, [obj, name, v], null);
      return;
    }
  }
  if (obj instanceof PyFunction) obj.ownDict();
  if (typeof obj === 'object' && !(obj instanceof Tensor) && obj.dict !== null) {
    obj.dict.set(name, v);
    return;
  }
  if (attr !== null) throw attributeError(`'${t.tpName}' object attribute '${name}' is read-only`);
  throw attributeError(`'${t.tpName}' object has no attribute '${name}'`);
}

export function delAttr(obj: PyValue, name: string): void {
  if (obj instanceof PyType) {
    if (!obj.deleteAttr(name)) throw attributeError(`type object '${obj.name}' has no attribute '${name}'`);
    return;
  }
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr instanceof Property) {
    if (attr.fdel === None) throw attributeError(`property '${attr.name ?? name}' of '${t.name}' object has no deleter`);
    callValue(attr.fdel, [obj], null);
    return;
  }
  if (typeof obj === 'object' && !(obj instanceof Tensor) && obj.dict !== null && obj.dict.delete(name)) return;
  throw attrErrorFor(obj, name);
}


// ---- calls -----------------------------------------------------------------------------------

/** Calls any Python callable. */
export function callValue(f: PyValue, args: PyValue[], kwargs: KwArgs | null): PyValue {
  if (f instanceof PyFunction) return callFunction(f, args, kwargs);
  if (f instanceof PyBuiltin) return f.fn(args, kwargs);
  if (f instanceof BoundMethod) {
    const fn = f.fn;
    if (fn instanceof PyMethodDescriptor) return fn.fn(f.self, args, kwargs);
    return callValue(fn, [f.self, ...args], kwargs);
  }
  if (f instanceof PyType) return callType(f, args, kwargs);
  if (f instanceof PyMethodDescriptor) {
    if (args.length === 0) throw typeError(`unbound method ${f.owner.name}.${f.name}() needs an argument`);
    const self = args[0];
    if (!typeOf(self).isSubtypeOf(f.owner))
      throw typeError(`descriptor '${f.name}' for '${f.owner.tpName}' objects doesn't apply to a '${typeName(self)}' object`);
    return f.fn(self, args.slice(1), kwargs);
  }
  if (f instanceof StaticMethod) return callValue(f.fn, args, kwargs);
  const c = typeOf(f).lookup('__call__');
  if (c !== null) return callMethod(c, f, args, kwargs);
  throw typeError(`'${typeName(f)}' object is not callable`);
}

/** Calls a function found on a type with `self` as its first argument (no bound method made). */
export function callMethod(m: PyValue, self: PyValue, args: PyValue[], kwargs: KwArgs | null): PyValue {
  if (m instanceof PyMethodDescriptor) return m.fn(self, args, kwargs);
  if (m instanceof PyFunction) return callFunction(m, [self, ...args], kwargs);
  if (m instanceof StaticMethod) return callValue(m.fn, args, kwargs);
  if (m instanceof ClassMethod) return callValue(m.fn, [typeOf(self), ...args], kwargs);
  return callValue(m, [self, ...args], kwargs);
}

/** Calls the dunder `name` of v's type if it defines one; undefined otherwise. */
export function callMethodIfDefined(v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const m = typeOf(v).lookup(name);
  if (m === null || m === None) return undefined;
  return callMethod(m, v, args, null);
}

/** Calling a class: construct (builtins) or __new__ + __init__ (classes). */
export function callType(cls: PyType, args: PyValue[], kwargs: KwArgs | null): PyValue {
  if (cls === typeType && args.length === 1 && kwargs === null) return typeOf(args[0]);
  if (cls.cls !== typeType) {
    const metaCall = cls.cls.lookup('__call__'); // EnumType's: Color(1) is a lookup
    if (metaCall instanceof PyFunction) return callFunction(metaCall, [cls, ...args], kwargs);
  }
  if (!cls.isUserClass && cls.construct !== null) return cls.construct(args, kwargs);
  const found = cls.lookup('__new__');
  // object.__new__ is what `make` does: the default path (with its "takes no arguments" check)
  const newFn = found instanceof BuiltinNew && found.owner === objectType ? null : found;
  let obj: PyValue;
  if (newFn !== null && (newFn instanceof PyFunction || newFn instanceof StaticMethod)) {
    obj = callValue(newFn instanceof StaticMethod ? newFn.fn : newFn, [cls, ...args], kwargs);
    if (!(typeof obj === 'object' && !(obj instanceof Tensor) && obj.cls.isSubtypeOf(cls))) return obj;
  } else {
    if (cls.make === null) throw typeError(`cannot create '${cls.name}' instances`);
    const abstract = abstractInstantiationError(cls);
    if (abstract !== null) throw abstract;
    obj = cls.make(cls);
  }
  if (obj instanceof PyExc) obj.args = args.slice();
  const init = cls.lookup('__init__');
  if (init instanceof PyFunction) {
    const r = callFunction(init, [obj, ...args], kwargs);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (init instanceof PyMethodDescriptor && init.owner !== objectType) {
    init.fn(obj, args, kwargs);
  } else if (!(obj instanceof PyExc) && (args.length > 0 || (kwargs !== null && kwargs.size > 0)) && newFn === null) {
    throw typeError(`${cls.name}() takes no arguments`);
  }
  return obj;
}

// ---- truth, length ---------------------------------------------------------------------------

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true;
  }
  if (v instanceof Tensor) return v.item() !== 0;
  if (v === None) return false;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size !== 0;
  if (v instanceof PyRange) return v.length !== 0;
  const t = v.cls;
  const b = t.lookup('__bool__');
  if (b !== null) {
    const r = callMethod(b, v, [], null);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = t.lookup('__len__');
  if (l !== null) return pyLen(v) !== 0;
  return true;
}

export function pyLen(v: PyValue): number {
  if (typeof v === 'string') return strLength(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyDictView) return v.target.size;
  const l = typeOf(v).lookup('__len__');
  if (l === null) throw typeError(`object of type '${typeName(v)}' has no len()`);
  const r = callMethod(l, v, [], null);
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r !== 'number') throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  if (r < 0) throw pyErr('ValueError', '__len__() should return >= 0');
  return r;
}

/** Length in code points (Python's len of a str). */
export function strLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

// ---- repr / str ------------------------------------------------------------------------------

const reprActive = new Set<PyObject>();

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
  }
  if (v instanceof Tensor) return floatRepr(v.item());
  if (v === None) return 'None';
  const r = typeOf(v).lookup('__repr__');
  if (r !== null) {
    if (reprActive.has(v)) return v instanceof PyList ? '[...]' : v instanceof PyDict ? '{...}' : '...';
    reprActive.add(v);
    try {
      const s = callMethod(r, v, [], null);
      if (typeof s !== 'string') throw typeError(`__repr__ returned non-string (type ${typeName(s)})`);
      return s;
    } finally {
      reprActive.delete(v);
    }
  }
  return defaultRepr(v);
}

export function defaultRepr(v: PyObject): string {
  const t = typeOf(v);
  const mod = t.module === 'builtins' ? '' : `${t.module}.`;
  return `<${mod}${t.qualname} object at 0x${objectId(v).toString(16).padStart(12, '0')}>`;
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v instanceof Tensor) return floatRepr(v.item());
  const s = typeOf(v).lookup('__str__');
  if (s !== null) {
    const r = callMethod(s, v, [], null);
    if (typeof r !== 'string') throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
    return r;
  }
  return repr(v);
}

/** Python's repr of a str: quotes chosen like CPython, escapes for non-printables. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && !isPrintable(c))
      out += c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    else out += ch;
  }
  return out + quote;
}

function isPrintable(c: number): boolean {
  if (c >= 0x80 && c < 0xa0) return false;
  if (c === 0xad) return false;
  if (c >= 0xd800 && c < 0xe000) return false;
  if (c === 0x2028 || c === 0x2029 || (c >= 0x200b && c <= 0x200f) || c === 0xfeff) return false;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u.test(String.fromCodePoint(c)) && c !== 0x3000 ? true : c === 0x3000;
}

// ---- hashing ---------------------------------------------------------------------------------

const MOD61 = (1n << 61n) - 1n;
const U64 = (1n << 64n) - 1n;

function toSigned64(x: bigint): bigint {
  x &= U64;
  return x >= 1n << 63n ? x - (1n << 64n) : x;
}

/** CPython's hash(float) (exact, modulo 2**61 - 1). */
export function floatHash(v: number): bigint {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0n : v > 0 ? 314159n : -314159n;
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return intHash(v);
  let m = Math.abs(v);
  const sign = v < 0 ? -1n : 1n;
  let e = 0;
  // frexp
  if (m !== 0) {
    e = Math.floor(Math.log2(m)) + 1;
    m = m / Math.pow(2, e);
    while (m >= 1) { m /= 2; e++; }
    while (m < 0.5) { m *= 2; e--; }
  }
  let x = 0n;
  while (m !== 0) {
    x = ((x << 28n) & MOD61) | (x >> (61n - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MOD61) x -= MOD61;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & MOD61) | (x >> BigInt(61 - ee));
  x = x * sign;
  if (x === -1n) x = -2n;
  return x;
}

function stringHash(s: string): bigint {
  // CPython randomises str hashes per process; any fixed function is as faithful.
  let h = 1469598103934665603n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 1099511628211n) & U64;
  return toSigned64(h >> 3n);
}

/** hash(v) as CPython computes it (str hashes excepted: CPython randomises them). */
export function pyHash(v: PyValue): bigint {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intHash(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'string':
      return stringHash(v);
  }
  if (v instanceof Tensor) return floatHash(v.item());
  if (v instanceof PyNumberObject) return v.numberKind === 'float' ? floatHash(v.numberValue) : intHash(v.numberValue);
  if (v instanceof PySet && v.frozen) return frozensetHashOf(v.ordered().map(pyHash));
  if (v instanceof PyTuple) {
    const P1 = 11400714785074694791n;
    const P2 = 14029467366897019727n;
    const P5 = 2870177450012600261n;
    let acc = P5;
    for (const x of v.items) {
      const lane = pyHash(x) & U64;
      acc = (acc + lane * P2) & U64;
      acc = ((acc << 31n) | (acc >> 33n)) & U64;
      acc = (acc * P1) & U64;
    }
    acc = (acc + (BigInt(v.items.length) ^ (P5 ^ 3527539n))) & U64;
    if (acc === U64) return 1546275796n;
    return toSigned64(acc);
  }
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen))
    throw typeError(`unhashable type: '${v.cls.tpName}'`);
  const h = userHash(v);
  if (h !== null) return h;
  return BigInt(Math.floor(objectId(v) / 16));
}

/** For objects: the result of a user-defined __hash__, null for identity hashing; TypeError when
 *  the class made itself unhashable (__eq__ without __hash__). */
export function pyHashUser(v: PyObject): number | null {
  const h = userHash(v);
  return h === null ? null : Number(h);
}

/** hash() of an object with a user-defined __hash__ (its int reduced as CPython reduces it), or null. */
function userHash(v: PyObject): bigint | null {
  const t = v.cls;
  if (!t.isUserClass && t.lookup('__hash__') === null) return null;
  const h = t.lookup('__hash__');
  if (h === null) return null;
  if (h === None) throw typeError(`unhashable type: '${t.tpName}'`);
  if (h instanceof PyMethodDescriptor && h.owner === objectType) return null;
  const r = callMethod(h, v, [], null);
  if (typeof r === 'boolean') return r ? 1n : 0n;
  if (typeof r !== 'number' && typeof r !== 'bigint') throw typeError('__hash__ method should return an integer');
  // kept when it fits a Py_ssize_t (-1 is hash()'s error value: -2), else the int's own hash
  const big = BigInt(r);
  if (big < -(2n ** 63n) || big >= 2n ** 63n) return intHash(big);
  return big === -1n ? -2n : big;
}

// ---- equality and ordering -------------------------------------------------------------------

/** `a == b` as a Python value (numpy arrays answer with arrays). */
export function richEq(a: PyValue, b: PyValue): PyValue {
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== 'object' && tb !== 'object') {
    if (ta === 'string' || tb === 'string') return a === b;
    return (a as number) == (b as number);
  }
  if (a instanceof Tensor) {
    if (b instanceof Tensor) return a.item() === b.item();
    if (tb === 'number' || tb === 'boolean' || tb === 'bigint') return a.item() == (b as number);
  } else if (b instanceof Tensor && (ta === 'number' || ta === 'boolean' || ta === 'bigint')) return b.item() == (a as number);
  const r = richDispatch(a, b, '__eq__', '__eq__');
  if (r !== NotImplemented) return r;
  return a === b;
}

export function richNe(a: PyValue, b: PyValue): PyValue {
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== 'object' && tb !== 'object') {
    if (ta === 'string' || tb === 'string') return a !== b;
    return (a as number) != (b as number);
  }
  if (a instanceof Tensor) {
    if (b instanceof Tensor) return a.item() !== b.item();
    if (tb === 'number' || tb === 'boolean') return a.item() !== +(b as number);
  } else if (b instanceof Tensor && (ta === 'number' || ta === 'boolean')) return b.item() !== +(a as number);
  const r = richDispatch(a, b, '__ne__', '__ne__');
  if (r !== NotImplemented) return r;
  const e = richDispatch(a, b, '__eq__', '__eq__');
  if (e !== NotImplemented) return !truthy(e);
  return a !== b;
}

/** Equality for containers and lookups: identity first, then ==, as CPython's PyObject_RichCompare(..., Py_EQ) in containers. */
export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  return truthy(richEq(a, b));
}

const REFLECT: Record<string, string> = { __lt__: '__gt__', __gt__: '__lt__', __le__: '__ge__', __ge__: '__le__', __eq__: '__eq__', __ne__: '__ne__' };
export const OP_OF: Record<string, string> = { __lt__: '<', __gt__: '>', __le__: '<=', __ge__: '>=' };

/** The rich-comparison protocol with reflection: NotImplemented when neither side answers. */
function richDispatch(a: PyValue, b: PyValue, name: string, _unused: string): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const rname = REFLECT[name];
  let triedB = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const fb = tb.lookup(rname);
    if (fb !== null && fb !== None) {
      triedB = true;
      const r = callMethod(fb, b, [a], null);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = ta.lookup(name);
  if (fa !== null && fa !== None) {
    const r = callMethod(fa, a, [b], null);
    if (r !== NotImplemented) return r;
  }
  if (!triedB) {
    const fb = tb.lookup(rname);
    if (fb !== null && fb !== None) {
      const r = callMethod(fb, b, [a], null);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

/** `a < b` etc. (name is the dunder). Raises CPython's TypeError when unsupported. */
export function richOrder(a: PyValue, b: PyValue, name: '__lt__' | '__le__' | '__gt__' | '__ge__'): PyValue {
  const ta = typeof a;
  const tb = typeof b;
  let x: number | bigint | string | undefined;
  let y: number | bigint | string | undefined;
  if (ta === 'number' || ta === 'boolean') x = +(a as number);
  else if (ta === 'bigint') x = a as bigint;
  else if (a instanceof Tensor) x = a.item();
  else if (ta === 'string') x = a as string;
  if (tb === 'number' || tb === 'boolean') y = +(b as number);
  else if (tb === 'bigint') y = b as bigint;
  else if (b instanceof Tensor) y = b.item();
  else if (tb === 'string') y = b as string;
  if (x !== undefined && y !== undefined && (typeof x === 'string') === (typeof y === 'string')) {
    switch (name) {
      case '__lt__':
        return x < y;
      case '__le__':
        return x <= y;
      case '__gt__':
        return x > y;
      case '__ge__':
        return x >= y;
    }
  }
  const r = richDispatch(a, b, name, name);
  if (r !== NotImplemented) return r;
  throw typeError(`'${OP_OF[name]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return truthy(richOrder(a, b, '__lt__'));
}

// ---- containment, items ----------------------------------------------------------------------

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyDict) return container.has(item);
  if (container instanceof PySet) return container.has(item);
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || pyEq(x, item)) return true;
    return false;
  }
  if (container instanceof PyRange) {
    if (typeof item === 'number' || typeof item === 'boolean') {
      const n = +item;
      const k = (n - container.start) / container.step;
      return Number.isInteger(k) && k >= 0 && k < container.length;
    }
  }
  if (container instanceof PyDictView) {
    if (container.kind === 'keys') return container.target.has(item);
  }
  const c = typeOf(container).lookup('__contains__');
  if (c !== null) return truthy(callMethod(c, container, [item], null));
  const iterMethod = typeOf(container).lookup('__iter__');
  if ((iterMethod === null || iterMethod === None) && (iterMethod === None || typeOf(container).subscriptIsMappingOnly || typeOf(container).lookup('__getitem__') === null) && !(container instanceof PyIterator) && !(container instanceof PyDictView))
    throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  const it = getIter(container);
  for (let x = it.next(); x !== undefined; x = it.next()) if (x === item || pyEq(x, item)) return true;
  return false;
}

