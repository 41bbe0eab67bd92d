// ndarray.diagonal / np.diagonal (and np.diag of a 2-d array): numpy's read-only view whose last
// axis walks the diagonal of axis1 x axis2 (stride = the sum of theirs), so it reads the array's
// current contents and refuses writes; and np.trace / ndarray.trace, the sum along that axis.
import { AxisError, pyErr, valueError } from '../../runtime/errors';
import { PyValue } from '../../runtime/object';
import { NDArray } from './ndarray';
import { reduce } from './reductions';

function axisOf(name: string, axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throw pyErr(AxisError, `${name}: axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

export function diagonalView(a: NDArray, offset: number, axis1: number, axis2: number): NDArray {
  if (a.ndim < 2) throw valueError('diag requires an array of at least two dimensions');
  const a1 = axisOf('axis1', axis1, a.ndim);
  const a2 = axisOf('axis2', axis2, a.ndim);
  if (a1 === a2) throw valueError('axis1 and axis2 cannot be the same');
  const { shape, strides } = a.layout;
  let start = a.layout.offset;
  let length: number;
  if (offset >= 0) {
    length = Math.max(0, Math.min(shape[a1], shape[a2] - offset));
    if (length > 0) start += offset * strides[a2];
  } else {
    length = Math.max(0, Math.min(shape[a1] + offset, shape[a2]));
    if (length > 0) start -= offset * strides[a1];
  }
  const rest = shape.map((_, i) => i).filter((i) => i !== a1 && i !== a2);
  return NDArray.view(
    a,
    {
      shape: [...rest.map((i) => shape[i]), length],
      strides: [...rest.map((i) => strides[i]), strides[a1] + strides[a2]],
      offset: start,
    },
    true,
  );
}

/** The sum of each diagonal (np.trace), with numpy's dtype= for the sum. */
export function trace(a: NDArray, offset: number, axis1: number, axis2: number, dtype: PyValue | undefined, out: PyValue | undefined): PyValue {
  return reduce('sum', diagonalView(a, offset, axis1, axis2), { axis: -1, keepdims: false, ddof: 0, dtype, out });
}
