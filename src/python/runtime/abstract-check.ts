// object.__new__'s refusal to instantiate an abstract class (one whose own __abstractmethods__,
// set by abc.ABCMeta: runtime/class-setup.ts, is not empty).
import { PySet } from './collections';
import { PyExc, typeError } from './errors';
import type { PyType } from './object';

/** object.__new__'s check: a class with abstract methods cannot be instantiated (3.11's wording). */
export function abstractInstantiationError(cls: PyType): PyExc | null {
  if (!cls.isUserClass) return null;
  const abstract = cls.dict!.get('__abstractmethods__');
  if (!(abstract instanceof PySet) || abstract.size === 0) return null;
  const names = abstract.ordered().map(String).sort();
  return typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
}

