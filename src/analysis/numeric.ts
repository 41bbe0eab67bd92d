// The numeric content of a Python value, as an engine tensor: a float is one; a numpy array or
// scalar holds one (its snapshot is the tensor), a torch tensor its `.t`; an object with a numeric `data` attribute
// (micrograd's Value, a torch-like wrapper) is judged through that attribute.
import { Tensor } from '../engine';
import { NpScalar } from '../python/modules/numpy/scalar';
import { TorchTensor } from '../python/modules/torch/tensor';
import { PyObject, type PyValue, typeOf } from '../python/runtime/object';

export function numericTensor(v: PyValue | undefined): Tensor | null {
  if (v === undefined) return null;
  if (v instanceof Tensor) return v;
  if (!(v instanceof PyObject)) return null;
  if (v instanceof NpScalar) return v.t;
  if (v instanceof TorchTensor) return v.t;
  const snap = typeOf(v).snapshot;
  if (snap !== null) {
    const s = snap(v);
    if (s instanceof Tensor) return s;
  }
  const data = v.dict?.get('data');
  if (data instanceof Tensor) return data;
  if (data instanceof PyObject && typeOf(data).snapshot !== null) {
    const s = typeOf(data).snapshot!(data);
    if (s instanceof Tensor) return s;
  }
  return null;
}

/** Whether the value is an object judged through its `data` (a micrograd-style node). */
export function isDataObject(v: PyValue): v is PyObject {
  return v instanceof PyObject && typeOf(v).isUserClass && v.dict?.get('data') !== undefined;
}
