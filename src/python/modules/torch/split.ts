// split, chunk, unbind (views along one dim, returned as a tuple) and narrow, select (one of them).
// Each piece is a view sharing the input's storage; gradients flow back through it to the input.
import { PyList, PyTuple, tuple } from '../../runtime/collections';
import { toIndex } from '../../runtime/native';
import { PyValue } from '../../runtime/object';
import { indexError } from '../../runtime/errors';
import { narrowed, selected } from './layouts';
import { dimIndex, runtimeError } from './shape-ops';
import { TorchTensor } from './tensor';

function pieces(x: TorchTensor, d: number, sizes: readonly number[], gradFn: string): PyTuple {
  const l = x.layout;
  let at = 0;
  return tuple(
    sizes.map((n, index) => {
      const v = x.makeView(narrowed(l, d, at, n), gradFn);
      v.multiOutput = { gradFn, index };
      at += n;
      return v;
    }),
  );
}

/** x.split(split_size_or_sections, dim=0). */
export function split(x: TorchTensor, sizeOrSections: PyValue, dim: number): PyTuple {
  if (x.t.ndim === 0) throw runtimeError('split expects at least a 1-dimensional tensor');
  const d = dimIndex(dim, x.t.ndim);
  const n = x.shape[d];
  if (sizeOrSections instanceof PyList || sizeOrSections instanceof PyTuple) {
    const sizes = sizeOrSections.items.map(toIndex);
    const total = sizes.reduce((p, s) => p + s, 0);
    if (total !== n)
      throw runtimeError(`split_with_sizes expects split_sizes to sum exactly to ${n} (input tensor's size at dimension ${d}), but got split_sizes=[${sizes.join(', ')}]`);
    return pieces(x, d, sizes, 'SplitWithSizesBackward0');
  }
  const size = toIndex(sizeOrSections);
  if (size < 0) throw runtimeError(`split expects split_size be non-negative, but got split_size=${size}`);
  if (size === 0 && n !== 0) throw runtimeError(`split_size can only be 0 if dimension size is 0, but got dimension size of ${n}`);
  const count = size === 0 ? 1 : Math.max(Math.ceil(n / size), 1);
  const sizes = Array.from({ length: count }, (_, i) => Math.min(size, n - i * size));
  return pieces(x, d, sizes, 'SplitBackward0');
}

/** x.chunk(chunks, dim=0): split into pieces of ceil(n / chunks). */
export function chunk(x: TorchTensor, chunks: number, dim: number): PyTuple {
  if (x.t.ndim === 0) throw runtimeError('chunk expects at least a 1-dimensional tensor');
  if (chunks <= 0) throw runtimeError(`chunk expects \`chunks\` to be greater than 0, got: ${chunks}`);
  const d = dimIndex(dim, x.t.ndim);
  const size = Math.ceil(x.shape[d] / chunks);
  return split(x, size, d);
}

/** x.unbind(dim=0): the slices along dim, that dim removed. */
export function unbind(x: TorchTensor, dim: number): PyTuple {
  if (x.t.ndim === 0) throw indexError('Dimension specified as 0 but tensor has no dimensions');
  const d = dimIndex(dim, x.t.ndim);
  const l = x.layout;
  return tuple(
    Array.from({ length: x.shape[d] }, (_, i) => {
      const v = x.makeView(selected(l, d, i), 'UnbindBackward0');
      v.multiOutput = { gradFn: 'UnbindBackward0', index: i };
      return v;
    }),
  );
}

/** x.narrow(dim, start, length). */
export function narrow(x: TorchTensor, dim: number, start: number, length: number): TorchTensor {
  const d = dimIndex(dim, x.t.ndim);
  const n = x.shape[d];
  const s = start < 0 ? start + n : start;
  if (s < 0 || s > n) throw indexError(`start out of range (expected to be in range of [${-n}, ${n}], but got ${start})`);
  if (s + length > n) throw runtimeError(`start (${s}) + length (${length}) exceeds dimension size (${n}).`);
  return x.makeView(narrowed(x.layout, d, s, length), 'SliceBackward0');
}

/** x.select(dim, index). */
export function select(x: TorchTensor, dim: number, index: number): TorchTensor {
  const d = dimIndex(dim, x.t.ndim);
  const n = x.shape[d];
  if (index < -n || index >= n) throw indexError(`select(): index ${index} out of range for tensor of size [${x.shape.join(', ')}] at dimension ${d}`);
  return x.makeView(selected(x.layout, d, index < 0 ? index + n : index), 'SelectBackward0');
}
