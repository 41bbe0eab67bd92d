// Per-site inline caches for `obj.name` loads and `obj.name = v` stores on instances. A site
// remembers the last class it saw (valid while no class dict changed: the type version) and
// whether that class leaves the attribute to the instance dict - no property or other data
// descriptor of that name, and, for stores, no `__setattr__` of its own. Then the access is one
// Map operation; anything else takes the full protocol (runtime/protocols.ts).
import { Tensor } from '../../engine';
import { NativeGetSet, PyMethodDescriptor, Property } from '../runtime/functions';
import { PyObject, PyType, PyValue, currentTypeVersion, objectType } from '../runtime/object';
import { getAttr, setAttr } from '../runtime/protocols';
import { PySuper } from '../runtime/super';

/** An instance whose attributes live in its own dict (not a class, not super()). */
function plainInstance(o: PyValue): o is PyObject {
  return typeof o === 'object' && !(o instanceof Tensor) && o.dict !== null && !(o instanceof PyType) && !(o instanceof PySuper);
}

function isDataDescriptor(attr: PyValue | null): boolean {
  return attr instanceof Property || attr instanceof NativeGetSet;
}

/** `o.name` with a per-site cache. */
export function attrLoader(name: string): (o: PyValue) => PyValue {
  let cls: PyType | null = null;
  let version = -1;
  return (o) => {
    if (plainInstance(o)) {
      if (o.cls !== cls || version !== currentTypeVersion()) {
        if (isDataDescriptor(o.cls.lookup(name))) return getAttr(o, name);
        cls = o.cls;
        version = currentTypeVersion();
      }
      const v = o.dict!.get(name);
      if (v !== undefined) return v;
    }
    return getAttr(o, name);
  };
}

/** `o.name = v` with a per-site cache. */
export function attrStorer(name: string): (o: PyValue, v: PyValue) => void {
  let cls: PyType | null = null;
  let version = -1;
  return (o, v) => {
    if (plainInstance(o)) {
      if (o.cls !== cls || version !== currentTypeVersion()) {
        if (isDataDescriptor(o.cls.lookup(name)) || !ownSetattrFree(o.cls)) return setAttr(o, name, v);
        cls = o.cls;
        version = currentTypeVersion();
      }
      o.dict!.set(name, v);
      return;
    }
    setAttr(o, name, v);
  };
}

/** Whether storing goes straight to the instance dict: no `__setattr__` but object's. */
function ownSetattrFree(t: PyType): boolean {
  if (!t.isUserClass) return true;
  const sa = t.lookup('__setattr__');
  return sa === null || (sa instanceof PyMethodDescriptor && sa.owner === objectType);
}
