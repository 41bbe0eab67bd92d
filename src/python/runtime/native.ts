// Helpers for defining Python-visible natives: functions with a Python-like signature, methods
// of builtin types, and argument conversion with CPython's error texts.
import { Tensor } from '../../engine';
import { PyDict, tuple } from './collections';
import { typeError } from './errors';
import { PyBuiltin, PyMethodDescriptor, NativeGetSet } from './functions';
import { KwArgs, None, PyObject, PyType, PyValue, typeName } from './object';
import { callMethod } from './protocols';

interface ParamSpec {
  name: string;
  kind: 'pos' | 'kwonly' | 'varargs' | 'varkw';
  required: boolean;
  default: PyValue | undefined;
  positionalOnly: boolean;
}

/** A parsed signature such as "x, /, axis=None, *args, keepdims=False, **kw". */
export interface Signature {
  fname: string;
  params: ParamSpec[];
}

/** A default in a signature string; `<no value>` (numpy's np._NoValue) leaves the slot undefined. */
function parseDefault(text: string): PyValue | undefined {
  if (text === '<no value>') return undefined;
  if (text === 'None') return None;
  if (text === 'True') return true;
  if (text === 'False') return false;
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^-?[\d.]+(e-?\d+)?$/.test(text)) return Tensor.scalar(Number(text));
  if (/^'.*'$/.test(text)) return text.slice(1, -1);
  throw new Error(`bad default in signature: ${text}`);
}

export function signature(fname: string, spec: string): Signature {
  const params: ParamSpec[] = [];
  let kwonly = false;
  for (const raw of spec.split(',').map((s) => s.trim()).filter((s) => s.length > 0)) {
    if (raw === '/') {
      for (const p of params) p.positionalOnly = true;
      continue;
    }
    if (raw === '*') {
      kwonly = true;
      continue;
    }
    if (raw.startsWith('**')) {
      params.push({ name: raw.slice(2), kind: 'varkw', required: false, default: undefined, positionalOnly: false });
      continue;
    }
    if (raw.startsWith('*')) {
      params.push({ name: raw.slice(1), kind: 'varargs', required: false, default: undefined, positionalOnly: false });
      kwonly = true;
      continue;
    }
    const eq = raw.indexOf('=');
    const name = eq < 0 ? raw : raw.slice(0, eq).trim();
    const def = eq < 0 ? undefined : parseDefault(raw.slice(eq + 1).trim());
    params.push({ name, kind: kwonly ? 'kwonly' : 'pos', required: eq < 0, default: def, positionalOnly: false });
  }
  return { fname, params };
}

/** Binds args to the signature's parameters: one slot per parameter (undefined when absent with
 *  no default); *args gets a tuple, **kw a dict. */
export function bindNative(sig: Signature, args: PyValue[], kwargs: KwArgs | null): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = new Array(sig.params.length);
  let ai = 0;
  let varkw: PyDict | null = null;
  for (let i = 0; i < sig.params.length; i++) {
    const p = sig.params[i];
    if (p.kind === 'pos') {
      if (ai < args.length) out[i] = args[ai++];
    } else if (p.kind === 'varargs') {
      out[i] = tuple(args.slice(ai));
      ai = args.length;
    } else if (p.kind === 'varkw') {
      out[i] = varkw = new PyDict();
    }
  }
  if (ai < args.length) {
    const npos = sig.params.filter((p) => p.kind === 'pos').length;
    throw typeError(`${sig.fname}() takes at most ${npos} argument${npos === 1 ? '' : 's'} (${args.length} given)`);
  }
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = sig.params.findIndex((p) => p.name === k && (p.kind === 'pos' || p.kind === 'kwonly') && !p.positionalOnly);
      if (i < 0) {
        if (varkw !== null) {
          varkw.set(k, v);
          continue;
        }
        throw typeError(`${sig.fname}() got an unexpected keyword argument '${k}'`);
      }
      if (out[i] !== undefined) throw typeError(`argument for ${sig.fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < sig.params.length; i++) {
    const p = sig.params[i];
    if (out[i] !== undefined) continue;
    if (p.default !== undefined) out[i] = p.default;
    else if (p.required)
      throw typeError(
        p.kind === 'kwonly'
          ? `${sig.fname}() missing required keyword-only argument: '${p.name}'`
          : `${sig.fname}() missing required argument '${p.name}' (pos ${i + 1})`,
      );
  }
  return out;
}

/** A builtin function from a signature string and an implementation over bound arguments. */
export function builtinFunction(name: string, spec: string, impl: (a: (PyValue | undefined)[]) => PyValue): PyBuiltin {
  const sig = signature(name, spec);
  return new PyBuiltin(name, (args, kwargs) => impl(bindNative(sig, args, kwargs)));
}

/** Adds a method with a signature to a builtin type: impl(self, boundArgs). */
export function defineMethod(t: PyType, name: string, spec: string, impl: (self: PyValue, a: (PyValue | undefined)[]) => PyValue): void {
  const sig = signature(name, spec);
  t.dict!.set(name, new PyMethodDescriptor(name, t, (self, args, kwargs) => impl(self, bindNative(sig, args, kwargs))));
}

/** Adds a raw method (no argument parsing) to a builtin type. */
export function defineRawMethod(t: PyType, name: string, impl: (self: PyValue, args: PyValue[], kwargs: KwArgs | null) => PyValue): void {
  t.dict!.set(name, new PyMethodDescriptor(name, t, impl));
}

/** Adds a read-only (or writable) attribute computed natively, like ndarray.shape. */
export function defineGetter(t: PyType, name: string, get: (self: PyValue) => PyValue, set?: (self: PyValue, v: PyValue) => void): void {
  t.dict!.set(name, new NativeGetSet(name, get, set ?? null));
}

/** Checks a method was called with exactly n positional arguments and no keywords. */
export function exactArgs(fname: string, args: PyValue[], kwargs: KwArgs | null, min: number, max = min): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max && min === 1) throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
    if (min === max && min === 0) throw typeError(`${fname}() takes no arguments (${args.length} given)`);
    if (args.length < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    throw typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** An int argument (bools count), through __index__ as CPython's PyNumber_Index: "'float' object
 *  cannot be interpreted as an integer" for anything without one. */
export function toIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object' && !(v instanceof Tensor)) {
    const ix = v.cls.lookup('__index__');
    if (ix !== null && ix !== None) {
      const r = callMethod(ix, v, [], null);
      if (typeof r === 'number') return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      if (typeof r === 'bigint') return Number(r);
      throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
    }
  }
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** A slice bound, or a start/end argument of str.find & co. and list.index (CPython's
 *  _PyEval_SliceIndex): an int through __index__, with the slice TypeError for anything else. */
export function toSliceIndex(v: PyValue, noneAllowed = true): number {
  if (typeof v === 'number') return v;
  if (!hasIndex(v))
    throw typeError(`slice indices must be integers${noneAllowed ? ' or None' : ''} or have an __index__ method`);
  return toIndex(v);
}

/** Whether v can be an index (an int, a bool, or an object whose type defines __index__). */
export function hasIndex(v: PyValue): boolean {
  const t = typeof v;
  if (t === 'number' || t === 'boolean' || t === 'bigint') return true;
  if (t !== 'object' || v instanceof Tensor) return false;
  const ix = (v as PyObject).cls.lookup('__index__');
  return ix !== null && ix !== None;
}

/** A float/int/bool argument as a JS number (CPython's PyFloat_AsDouble: __float__, then __index__). */
export function toNumber(v: PyValue, what = 'must be real number'): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Tensor) return v.item();
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') {
    const f = v.cls.lookup('__float__');
    if (f !== null && f !== None) {
      const r = callMethod(f, v, [], null);
      if (r instanceof Tensor) return r.item();
      throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    }
    if (hasIndex(v)) return toIndex(v);
  }
  throw typeError(`${what}, not ${typeName(v)}`);
}

export function isNone(v: PyValue | undefined): boolean {
  return v === undefined || v === None;
}
