// The engine tensor behind a Python value a run bound (an array's storage, a numpy scalar's 0-d tensor).
import { Tensor } from '../../src/engine';
import { NpScalar } from '../../src/python/modules/numpy';
import type { PyValue } from '../../src/python/runtime/object';

export function tensorOf(v: PyValue | undefined): Tensor {
  if (v instanceof Tensor) return v;
  if (v instanceof NpScalar) return v.t;
  throw new Error(`not a tensor: ${String(v)}`);
}
