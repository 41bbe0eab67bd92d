// What CPython's type.__new__ does with a class once its body has run: the class keywords
// (`class A(Base, key=1)`, `metaclass=`), `__set_name__` on the namespace's values, then
// `__init_subclass__` of the first base defining it; and, for classes of abc.ABCMeta, their
// `__abstractmethods__` (checked when the class is instantiated: `abstractInstantiationError`).
import { PyDict, PySet, frozensetType } from './collections';
import { dictUpdate } from './dict-type';
import { AttributeError, PyExc, RuntimeError, Unsupported, pyErr, typeError } from './errors';
import { ClassMethod, Property, PyBuiltin, PyFunction, StaticMethod } from './functions';
import { KwArgs, None, PyType, PyValue, typeName, typeOf, typeType } from './object';
import { callMethod, callValue, lookupAttr, repr, truthy } from './protocols';

/** abc.ABCMeta (the `abc` module's metaclass). */
export const abcMetaType = new PyType('ABCMeta', [typeType], { module: 'abc' });

/** What a class of a metaclass gradlens provides gets done once it is made (after __init_subclass__). */
type MetaclassFinisher = (cls: PyType, namespace: Map<string, PyValue>) => void;

/** The metaclasses besides `type` gradlens provides (abc.ABCMeta, enum.EnumType): user-defined ones
 *  are not supported. */
const metaclasses = new Map<PyType, MetaclassFinisher>([[abcMetaType, (cls, namespace) => cls.setAttr('__abstractmethods__', abstractMethodsOf(cls, namespace))]]);

export function registerMetaclass(meta: PyType, finish: MetaclassFinisher): void {
  metaclasses.set(meta, finish);
}

/** The keyword arguments of a class statement, `**mapping` included (name null), in order. */
export function classKeywords(items: { name: string | null; value: PyValue }[]): KwArgs {
  const kw: KwArgs = new Map();
  for (const { name, value } of items) {
    if (name !== null) {
      kw.set(name, value);
      continue;
    }
    if (!(value instanceof PyDict) && lookupAttr(value, 'keys') === undefined) throw typeError(`argument after ** must be a mapping, not ${typeName(value)}`);
    const d = new PyDict();
    dictUpdate(d, value, null);
    for (const e of d.map.values()) {
      if (typeof e.k !== 'string') throw typeError('keywords must be strings');
      kw.set(e.k, e.v);
    }
  }
  return kw;
}

/** The metaclass of a new class: the `metaclass=` keyword (taken out of kw) or the most derived
 *  of its bases' types; only `type` and abc.ABCMeta are supported. */
export function takeMetaclass(kw: KwArgs, bases: PyType[]): PyType {
  const explicit = kw.get('metaclass');
  kw.delete('metaclass');
  let winner: PyType = typeType;
  const candidates = [...(explicit === undefined ? [] : [explicit]), ...bases.map((b) => b.cls)];
  for (const m of candidates) {
    if (!(m instanceof PyType) || (m !== typeType && !metaclasses.has(m))) throw new Unsupported('metaclasses other than abc.ABCMeta and enum.EnumType');
    if (m.isSubtypeOf(winner)) winner = m;
    else if (!winner.isSubtypeOf(m))
      throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** A plain function named __init_subclass__ or __class_getitem__ in a class body is a class method. */
export function implicitClassMethod(name: string, v: PyValue): PyValue {
  return (name === '__init_subclass__' || name === '__class_getitem__') && v instanceof PyFunction ? new ClassMethod(v) : v;
}

/** After the class object is made from its namespace: __set_name__, __init_subclass__, and the
 *  abstract methods of an ABCMeta class. */
export function finishClass(cls: PyType, namespace: Map<string, PyValue>, kw: KwArgs): void {
  for (const [name, v] of namespace) {
    const setName = typeOf(v).lookup('__set_name__');
    if (setName === null || v instanceof PyType) continue;
    try {
      callMethod(setName, v, [cls, name], null);
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      const wrapped = pyErr(RuntimeError, `Error calling __set_name__ on '${typeName(v)}' instance ${repr(name)} in '${cls.name}'`);
      wrapped.cause = e;
      wrapped.context = e;
      wrapped.suppressContext = true;
      throw wrapped;
    }
  }
  initSubclass(cls, kw);
  metaclasses.get(cls.cls)?.(cls, namespace);
}

/** super(cls, cls).__init_subclass__(**kw). */
function initSubclass(cls: PyType, kw: KwArgs): void {
  for (const t of cls.mro.slice(1)) {
    const m = t.dict!.get('__init_subclass__');
    if (m === undefined) continue;
    const fn = m instanceof ClassMethod ? m.fn : m;
    callValue(fn, [cls], kw.size > 0 ? kw : null);
    return;
  }
}

/** object.__init_subclass__: takes no keyword arguments. */
export function makeObjectInitSubclass(): ClassMethod {
  return new ClassMethod(
    new PyBuiltin('__init_subclass__', (args, kw) => {
      const cls = args[0];
      if (kw !== null && kw.size > 0) throw typeError(`${cls instanceof PyType ? cls.name : typeName(cls)}.__init_subclass__() takes no keyword arguments`);
      if (args.length > 1) throw typeError(`__init_subclass__() takes no arguments (${args.length - 1} given)`);
      return None;
    }),
  );
}

/** Whether a class attribute is abstract (`__isabstractmethod__`, through the function a
 *  classmethod, staticmethod or property wraps). */
function isAbstract(v: PyValue): boolean {
  if (v instanceof ClassMethod || v instanceof StaticMethod) return isAbstract(v.fn);
  if (v instanceof Property) return isAbstract(v.fget) || isAbstract(v.fset) || isAbstract(v.fdel);
  if (v === None || typeof v !== 'object') return false;
  try {
    const flag = lookupAttr(v, '__isabstractmethod__');
    return flag !== undefined && truthy(flag);
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(AttributeError)) return false;
    throw e;
  }
}

/** ABCMeta's rule: the namespace's abstract attributes, and the bases' abstract names that the
 *  class still resolves to something abstract. */
function abstractMethodsOf(cls: PyType, namespace: Map<string, PyValue>): PySet {
  const names = new Set<string>();
  for (const [name, v] of namespace) if (isAbstract(v)) names.add(name);
  for (const base of cls.bases) {
    const inherited = base.dict!.get('__abstractmethods__');
    if (!(inherited instanceof PySet)) continue;
    for (const name of inherited.ordered()) {
      if (typeof name !== 'string' || names.has(name)) continue;
      const v = cls.lookup(name);
      if (v !== null && isAbstract(v)) names.add(name);
    }
  }
  const set = new PySet(frozensetType);
  for (const name of names) set.add(name);
  return set;
}
