// Calling the user's functions again after the run (for finite differences), with the recorder
// muted so the bindings log keeps what the program itself did.
import type { Tensor } from '../../engine';
import type { PyValue } from '../../python/runtime/object';

export interface Invoker {
  /** Calls `fn(*args, **kwargs)`; null when it raised or ran out of budget. */
  call(fn: PyValue, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue> | null): PyValue | null;
  /** A fresh array object of the same kind as `like` (numpy array, torch tensor) holding `t`. */
  makeArray(t: Tensor, like: PyValue): PyValue | null;
  /** Sets attribute/field `name` of a Python object for the duration of `fn` (restored after). */
  withAttr<T>(obj: PyValue, name: string, value: PyValue, fn: () => T): T;
}
