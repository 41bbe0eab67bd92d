// super(): attribute lookup that starts after a class in an object's MRO.
import { BoundMethod, ClassMethod, Property, PyFunction, PyMethodDescriptor, StaticMethod } from './functions';
import { PyObject, PyType, PyValue, builtinType, typeOf } from './object';
import { callValue } from './protocols';

export const superType = builtinType('super');
export class PySuper extends PyObject {
  constructor(
    readonly thisClass: PyType,
    readonly obj: PyValue,
  ) {
    super(superType);
  }
}

/** super(C, obj).name: the attribute after C in obj's MRO, bound to obj. */
export function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const objType = s.obj instanceof PyType && s.obj.isSubtypeOf(s.thisClass) ? s.obj : typeOf(s.obj);
  const mro = objType.mro;
  const start = mro.indexOf(s.thisClass);
  for (let i = start + 1; i < mro.length; i++) {
    const v = mro[i].dict!.get(name);
    if (v === undefined) continue;
    if (v instanceof PyFunction || v instanceof PyMethodDescriptor) return s.obj instanceof PyType && objType === s.obj ? v : new BoundMethod(v, s.obj);
    if (v instanceof ClassMethod) return new BoundMethod(v.fn, objType);
    if (v instanceof StaticMethod) return v.fn;
    if (v instanceof Property) return callValue(v.fget, [s.obj], null);
    return v;
  }
  return undefined;
}

