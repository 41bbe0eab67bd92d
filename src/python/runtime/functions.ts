// Callables: Python functions (compiled code + closure + defaults), native builtins, method
// descriptors of builtin types, bound methods, staticmethod/classmethod/property, modules,
// and the frame a Python function runs in.
import type { Scope, Span } from '../ir';
import { PyDict, tuple } from './collections';
import { typeError } from './errors';
import { Cell, KwArgs, NativeCall, PyObject, PyType, PyValue, builtinType, None, objectType } from './object';

export const functionType = builtinType('function');
export const builtinFunctionType = builtinType('builtin_function_or_method');
export const methodDescriptorType = builtinType('method_descriptor');
export const methodType = builtinType('method');
export const staticmethodType = builtinType('staticmethod');
export const classmethodType = builtinType('classmethod');
export const propertyType = builtinType('property');
export const moduleType = builtinType('module');
export const cellType = builtinType('cell');
void objectType;

/** The module namespace: one Cell per global name, so compiled code can hold the cell itself. */
export class Globals {
  readonly cells = new Map<string, Cell>();
  /** The file of the module these are the globals of: what its frames name in tracebacks. */
  constructor(readonly filename: string) {}
  cell(name: string): Cell {
    let c = this.cells.get(name);
    if (c === undefined) this.cells.set(name, (c = new Cell()));
    return c;
  }
  get(name: string): PyValue | undefined {
    return this.cells.get(name)?.v;
  }
  set(name: string, v: PyValue): void {
    this.cell(name).v = v;
  }
}

/** What the compiler produces for a function/lambda/comprehension body. */
export interface Code {
  name: string;
  qualname: string;
  filename: string;
  scope: Scope;
  span: Span;
  /** Local slots (scope.locals order) followed by free-variable cells (scope.free order). */
  nlocals: number;
  nslots: number;
  /** Parameter names in slot order: positional (posonly + args), then kwonly. */
  posNames: string[];
  posonlyCount: number;
  kwonlyNames: string[];
  varargSlot: number; // -1 when absent
  kwargSlot: number; // -1 when absent
  /** Slot of every positional/kwonly parameter (params are locals). */
  posSlots: number[];
  kwonlySlots: number[];
  /** Local slots that hold Cells (captured by nested scopes). */
  cellSlots: number[];
  isGenerator: boolean;
  /** Reports the parameters' bindings to the recorder (null: none to report). */
  paramBinds: ((f: Frame) => void) | null;
  body: (f: Frame) => number;
  genBody: ((f: Frame) => Generator<PyValue, number, PyValue>) | null;
}

let nextFrameId = 1;

/** One activation of a function, the module body or a class body. */
export class Frame {
  readonly id = nextFrameId++;
  slots: (PyValue | Cell | undefined)[];
  ret: PyValue = None;
  line = 0;
  /** The statement running now (for error spans). */
  span: Span | null = null;
  /** The name tracebacks show for frames without code: '<module>', a class name, '<listcomp>'. */
  label = '<module>';
  /** Class bodies: the namespace being built. */
  classNs: Map<string, PyValue> | null = null;
  /** The `__class__` cell seen by methods (for zero-argument super()). */
  classCell: Cell | null;
  /** The frame that was running when this one was entered (CPython's f_back: warnings' stacklevel). */
  back: Frame | null = null;
  constructor(
    readonly code: Code | null,
    readonly fn: PyFunction | null,
    readonly globals: Globals,
    nslots: number,
  ) {
    this.slots = new Array(nslots);
    this.classCell = fn === null ? null : fn.classCell;
  }
}

/** A Python function object. */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  /** `__annotations__`: evaluated at def time (null: none, read as a new empty dict). */
  annotations: PyValue | null = null;
  constructor(
    readonly code: Code,
    readonly globals: Globals,
    readonly defaults: PyValue[],
    readonly kwdefaults: Map<string, PyValue>,
    readonly closure: Cell[],
    readonly classCell: Cell | null,
  ) {
    // No attribute map until one is set: closures made per call (micrograd's `_backward`) rarely
    // get attributes. Code that reads or writes a function's attributes calls `ownDict` first.
    super(functionType, null);
    this.name = code.name;
    this.qualname = code.qualname;
  }

  /** The function's attribute map (`__dict__`), made on first use. */
  ownDict(): Map<string, PyValue> {
    return (this.dict ??= new Map());
  }
}

/** A function implemented in TypeScript. `self` is bound when it is a method of a module object. */
export class PyBuiltin extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeCall,
    /** For builtin methods bound to an object: the object (repr purposes). */
    readonly self: PyValue | null = null,
  ) {
    super(builtinFunctionType);
  }
}

/** A method of a builtin type, stored in the type's dict: called with the receiver first. */
export class PyMethodDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly fn: (self: PyValue, args: PyValue[], kwargs: KwArgs | null) => PyValue,
  ) {
    super(methodDescriptorType);
  }
}

/** `obj.method` where method is a Python function or a builtin method descriptor. */
export class BoundMethod extends PyObject {
  constructor(
    readonly fn: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType);
  }
}

export class StaticMethod extends PyObject {
  constructor(readonly fn: PyValue) {
    super(staticmethodType, new Map());
  }
}

/** `object.__new__`, `tuple.__new__`: a builtin type's constructor as a static method of it, for
 *  classes that define `__new__` and call it, and for subclasses of tuple. */
export class BuiltinNew extends StaticMethod {
  constructor(
    readonly owner: PyType,
    fn: PyBuiltin,
  ) {
    super(fn);
  }
}

export class ClassMethod extends PyObject {
  constructor(readonly fn: PyValue) {
    super(classmethodType, new Map());
  }
}

/** property(fget, fset, fdel, doc); `name` is learnt from the class body (for error texts). */
export class Property extends PyObject {
  name: string | null = null;
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
    readonly fdel: PyValue,
    readonly doc: PyValue = None,
  ) {
    super(propertyType);
  }
}

/** A native data descriptor on a builtin type (e.g. ndarray.shape, ndarray.T). */
export class NativeGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (self: PyValue) => PyValue,
    readonly set: ((self: PyValue, v: PyValue) => void) | null = null,
  ) {
    super(propertyType);
  }
}

/** A module object: attributes in `dict`. */
export class PyModule extends PyObject {
  /** `dict`: the module's namespace (by default a map of its own; a module run from Python source
   *  passes its globals' view, see `GlobalsNamespace`). */
  constructor(
    readonly name: string,
    dict: Map<string, PyValue> = new Map(),
  ) {
    super(moduleType, dict);
  }
}

/**
 * A module's namespace that is its globals: `layers.x = 5` is seen by layers' functions, and a name
 * the module binds later (a circular import, a submodule imported afterwards) is seen through the
 * module object. A Map over the globals' cells (names whose cell holds no value are absent).
 */
export class GlobalsNamespace extends Map<string, PyValue> {
  constructor(private readonly globals: Globals) {
    super();
  }
  override get(name: string): PyValue | undefined {
    return this.globals.get(name);
  }
  override set(name: string, v: PyValue): this {
    this.globals.set(name, v);
    return this;
  }
  override has(name: string): boolean {
    return this.globals.get(name) !== undefined;
  }
  override delete(name: string): boolean {
    const c = this.globals.cells.get(name);
    if (c === undefined || c.v === undefined) return false;
    c.v = undefined;
    return true;
  }
  override clear(): void {
    for (const c of this.globals.cells.values()) c.v = undefined;
  }
  override get size(): number {
    let n = 0;
    for (const c of this.globals.cells.values()) if (c.v !== undefined) n++;
    return n;
  }
  override *entries(): MapIterator<[string, PyValue]> {
    for (const [k, c] of this.globals.cells) if (c.v !== undefined) yield [k, c.v];
  }
  override *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<PyValue> {
    for (const [, v] of this.entries()) yield v;
  }
  override [Symbol.iterator](): MapIterator<[string, PyValue]> {
    return this.entries();
  }
  override forEach(fn: (v: PyValue, k: string, map: Map<string, PyValue>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

// ---- argument binding ----------------------------------------------------------------------

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Binds call arguments into a new frame's slots, with CPython's error texts. */
export function bindArguments(fn: PyFunction, slots: (PyValue | Cell | undefined)[], args: PyValue[], kwargs: KwArgs | null): void {
  const code = fn.code;
  const npos = code.posNames.length;
  const posSlots = code.posSlots;
  const nargs = args.length;
  // Fast path: exact positional call.
  if (kwargs === null && nargs === npos && code.varargSlot < 0 && code.kwonlyNames.length === 0) {
    for (let i = 0; i < nargs; i++) slots[posSlots[i]] = args[i];
    if (code.kwargSlot >= 0) slots[code.kwargSlot] = new PyDict();
    return;
  }
  const qn = code.qualname;
  const nbound = Math.min(nargs, npos);
  for (let i = 0; i < nbound; i++) slots[posSlots[i]] = args[i];
  if (nargs > npos) {
    if (code.varargSlot >= 0) slots[code.varargSlot] = tuple(args.slice(npos));
    else {
      const ndef = fn.defaults.length;
      const takes = ndef > 0 ? `from ${npos - ndef} to ${npos}` : `${npos}`;
      const plural = ndef > 0 || npos !== 1 ? 's' : '';
      const nkw = kwargs === null ? 0 : [...kwargs.keys()].filter((k) => code.kwonlyNames.includes(k)).length;
      const given =
        nkw > 0
          ? `${nargs} positional argument${nargs === 1 ? '' : 's'} (and ${nkw} keyword-only argument${nkw === 1 ? '' : 's'}) were given`
          : `${nargs} ${nargs === 1 ? 'was' : 'were'} given`;
      throw typeError(`${qn}() takes ${takes} positional argument${plural} but ${given}`);
    }
  } else if (code.varargSlot >= 0) slots[code.varargSlot] = tuple([]);
  let extra: PyDict | null = code.kwargSlot >= 0 ? new PyDict() : null;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      let idx = code.posNames.indexOf(k);
      if (idx >= 0 && idx >= code.posonlyCount) {
        if (idx < nargs) throw typeError(`${qn}() got multiple values for argument '${k}'`);
        slots[posSlots[idx]] = v;
        continue;
      }
      idx = code.kwonlyNames.indexOf(k);
      if (idx >= 0) {
        slots[code.kwonlySlots[idx]] = v;
        continue;
      }
      if (extra === null) throw typeError(`${qn}() got an unexpected keyword argument '${k}'`);
      extra.set(k, v);
    }
  }
  if (extra !== null) slots[code.kwargSlot] = extra;
  // Defaults and missing arguments.
  const ndef = fn.defaults.length;
  let missing: string[] | null = null;
  for (let i = nbound; i < npos; i++) {
    if (slots[posSlots[i]] !== undefined) continue;
    const d = i - (npos - ndef);
    if (d >= 0) slots[posSlots[i]] = fn.defaults[d];
    else (missing ??= []).push(code.posNames[i]);
  }
  if (missing !== null)
    throw typeError(`${qn}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
  for (let i = 0; i < code.kwonlyNames.length; i++) {
    if (slots[code.kwonlySlots[i]] !== undefined) continue;
    const d = fn.kwdefaults.get(code.kwonlyNames[i]);
    if (d !== undefined) slots[code.kwonlySlots[i]] = d;
    else (missing ??= []).push(code.kwonlyNames[i]);
  }
  if (missing !== null)
    throw typeError(`${qn}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
}

