// The Python object model's foundation: how every Python value is represented in JavaScript.
//
//   int   -> JS number (always an exact integer; beyond 2**53: JS bigint)   bool -> JS boolean
//   str   -> JS string                                float -> engine Tensor (0-d, float64)
//   None, NotImplemented, Ellipsis -> singletons below
//   everything else -> a PyObject subclass whose `cls` is its Python type
import { Tensor } from '../../engine';

export type PyValue = number | bigint | boolean | string | Tensor | PyObject;

/** Base of every heap Python value. `dict` holds instance attributes (null: none allowed). */
export class PyObject {
  // `declare`: assigned once in the constructor, not also defined by a field initializer (one
  // initializer shared by every subclass's instances is a megamorphic store, hot in user code).
  declare cls: PyType;
  declare dict: Map<string, PyValue> | null;
  constructor(cls: PyType, dict: Map<string, PyValue> | null = null) {
    this.cls = cls;
    this.dict = dict;
  }
}

/** A Python-visible native implementation: `(args, kwargs) -> value`. */
export type NativeCall = (args: PyValue[], kwargs: KwArgs | null) => PyValue;
/** Keyword arguments of a call, in call order. */
export type KwArgs = Map<string, PyValue>;

let typeVersion = 0;

/** Grows whenever any class dict changes: call sites cache lookups per (class, version). */
export function currentTypeVersion(): number {
  return typeVersion;
}

/** A Python type (class). Builtin types and user classes are both PyTypes. */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  /** How to make a bare instance of this type (inherited from the first base that has one). */
  make: ((cls: PyType) => PyObject) | null;
  /** Calling a builtin type whose `construct` is set (int, str, list, ...) goes here. */
  construct: NativeCall | null = null;
  /** Hook for the bindings log: what to store when a value of this type is bound (numpy arrays
   *  snapshot their current tensor). Inherited along the MRO. */
  snapshot: ((v: PyObject) => PyValue) | null = null;
  /** CPython's mapping-only subscript (mp_subscript without sq_item, as numpy's scalars): the
   *  type's __getitem__ does not make its instances iterable. Set on a type, read along the MRO. */
  declaresMappingOnlySubscript = false;
  get subscriptIsMappingOnly(): boolean {
    return this.mro.some((b) => b.declaresMappingOnlySubscript);
  }
  /** Set for classes defined by Python code. */
  readonly isUserClass: boolean;
  /** CPython's tp_name, which most error messages show: the name for builtins and classes,
   *  the dotted path for an extension type such as numpy's ('numpy.float64'). */
  tpName: string;
  private cache = new Map<string, PyValue | null>();
  private cacheVersion = -1;

  constructor(
    name: string,
    bases: PyType[],
    opts: { module?: string; qualname?: string; user?: boolean; make?: (cls: PyType) => PyObject; tpName?: string } = {},
  ) {
    super(null as unknown as PyType, new Map());
    this.name = name;
    this.tpName = opts.tpName ?? name;
    this.qualname = opts.qualname ?? name;
    this.module = opts.module ?? 'builtins';
    this.bases = bases;
    this.isUserClass = opts.user ?? false;
    this.mro = computeMro(this, bases);
    this.make = opts.make ?? null;
    if (this.make === null) for (const b of this.mro) if (b !== this && b.make !== null) { this.make = b.make; break; }
    for (const b of this.mro) if (b !== this && b.snapshot !== null) { this.snapshot = b.snapshot; break; }
    if (typeType !== undefined) this.cls = typeType;
  }

  /** The attribute `name` found along the MRO (no descriptor binding), or null. */
  lookup(name: string): PyValue | null {
    if (this.cacheVersion !== typeVersion) {
      this.cache.clear();
      this.cacheVersion = typeVersion;
    }
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit;
    let found: PyValue | null = null;
    for (const t of this.mro) {
      const v = t.dict!.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found;
  }

  /** Sets a class attribute (invalidates lookup caches). */
  setAttr(name: string, v: PyValue): void {
    if (name === '__name__' || name === '__qualname__') {
      // kept on the type itself, as CPython keeps them, not in the class dict (setAttr in
      // protocols.ts has checked that v is a string)
      if (name === '__name__') {
        this.name = v as string;
        if (this.isUserClass) this.tpName = this.name; // a class's tp_name is its __name__
      } else this.qualname = v as string;
      return;
    }
    if (name === '__module__' && typeof v === 'string') this.module = v;
    this.dict!.set(name, v);
    typeVersion++;
  }

  deleteAttr(name: string): boolean {
    typeVersion++;
    return this.dict!.delete(name);
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    return this.mro.includes(other);
  }
}

/** C3 linearisation, as CPython computes __mro__. */
function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let head: PyType | null = null;
    for (const s of live) {
      const cand = s[0];
      if (!live.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === null) throw new MroError(bases.map((b) => b.name));
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

export class MroError extends Error {
  constructor(readonly baseNames: string[]) {
    super('Cannot create a consistent method resolution order (MRO)');
  }
}

// The root types; `type` is its own type.
export let typeType: PyType = undefined as unknown as PyType;
export const objectType = new PyType('object', [], { make: (cls) => new PyObject(cls, new Map()) });
typeType = new PyType('type', [objectType]);
objectType.cls = typeType;
typeType.cls = typeType;

/** Makes a builtin type (instances made natively; Python code cannot add attributes to them). */
export function builtinType(name: string, base: PyType = objectType, make?: (cls: PyType) => PyObject): PyType {
  return new PyType(name, [base], { make });
}

export const noneType = builtinType('NoneType');
export const notImplementedType = builtinType('NotImplementedType');
export const ellipsisType = builtinType('ellipsis');
export const intType = builtinType('int');
export const boolType = builtinType('bool', intType);
export const floatType = builtinType('float');
export const strType = builtinType('str');

export const None = new PyObject(noneType);
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);

/**
 * A number object of a library type (numpy's scalars): it equals, and hashes like, the Python
 * number of the same value, so dict and set keys, hash() and the number protocols of the runtime
 * treat it as that number.
 */
export abstract class PyNumberObject extends PyObject {
  /** Which Python number it stands for: an int, a float or a bool. */
  abstract get numberKind(): 'int' | 'float' | 'bool';
  abstract get numberValue(): number;
}

/** The value of a Python float or of a number object standing for one (np.float64, a float subclass). */
export function floatValueOf(v: Tensor | PyObject): number {
  if (v instanceof Tensor) return v.item();
  if (v instanceof PyNumberObject) return v.numberValue;
  throw new Error(`a float method got a '${v.cls.name}' object`);
}

/** A variable captured by a closure (CPython's cell). `v` undefined = unbound. */
export class Cell {
  v: PyValue | undefined;
  constructor(v?: PyValue) {
    this.v = v;
  }
}

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'boolean':
      return boolType;
    case 'string':
      return strType;
  }
  if (v instanceof Tensor) return floatType;
  return v.cls;
}

/** The type name error messages show (CPython's tp_name: 'int', 'Value', 'numpy.float64'). */
export function typeName(v: PyValue): string {
  return typeOf(v).tpName;
}

export function isFloat(v: PyValue): v is Tensor {
  return v instanceof Tensor;
}

/** A Python float: a fresh 0-d float64 engine tensor (a leaf; origin = the current origin). */
export function pyFloat(x: number): Tensor {
  return Tensor.scalar(x);
}

let nextObjectId = 1;
const ids = new WeakMap<object, number>();

/** id(): stable per object for the run's lifetime (fake but CPython-looking addresses). */
export function objectId(v: PyValue): number {
  if (typeof v === 'object') {
    let id = ids.get(v);
    if (id === undefined) {
      id = 0x7f0000001000 + 16 * nextObjectId++;
      ids.set(v, id);
    }
    return id;
  }
  if (typeof v === 'number') return 0x7e0000000000 + v * 32;
  if (typeof v === 'bigint') return 0x7e8000000000 + Number(v % 1000000n) * 32;
  if (typeof v === 'boolean') return v ? 0x7d0000000020 : 0x7d0000000000;
  return 0x7c0000000000 + v.length * 64;
}
