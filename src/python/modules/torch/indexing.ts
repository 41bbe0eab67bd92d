// x[key] and x[key] = v for torch tensors: numpy's indexing (the engine's gather/scatter), torch's
// grad_fn names (SelectBackward0, SliceBackward0, IndexBackward0, CopySlices) and error texts.
import * as E from '../../../engine';
import { IndexItem, Tensor } from '../../../engine';
import { PyList, PyTuple } from '../../runtime/collections';
import { indexError } from '../../runtime/errors';
import { PyValue } from '../../runtime/object';
import { EngineError } from '../../../engine';
import { parseIndex } from '../numpy/indexing';
import { operand } from './coerce';
import { graded, result, TorchTensor, torchState } from './tensor';

function tensorItem(t: Tensor): IndexItem {
  if (t.dtype !== 'int64' && t.dtype !== 'bool') throw indexError('tensors used as indices must be long, byte or bool tensors');
  return { kind: 'array', index: t };
}

function parseItem(v: PyValue): IndexItem[] {
  if (v instanceof TorchTensor) return [tensorItem(v.t)];
  return parseIndex(v instanceof PyTuple ? new PyList(v.items) : v);
}

export function torchIndex(key: PyValue): IndexItem[] {
  if (key instanceof PyTuple) return key.items.flatMap(parseItem);
  return parseItem(key);
}

function checkBounds(shape: readonly number[], items: readonly IndexItem[]): void {
  let used = 0;
  for (const it of items) if (it.kind === 'int' || it.kind === 'slice') used++;
  else if (it.kind === 'array') used += it.index.dtype === 'bool' ? Math.max(it.index.ndim, 1) : 1;
  if (used > shape.length) throw indexError(`too many indices for tensor of dimension ${shape.length}`);
  let axis = 0;
  for (const it of items) {
    if (it.kind === 'ellipsis') {
      axis += shape.length - used;
      continue;
    }
    if (it.kind === 'newaxis') continue;
    if (it.kind === 'int') {
      const n = shape[axis];
      if (it.index < -n || it.index >= n) throw indexError(`index ${it.index} is out of bounds for dimension ${axis} with size ${n}`);
    }
    if (it.kind === 'array' && it.index.dtype === 'int64') {
      const n = shape[axis];
      for (const i of it.index.data)
        if (i < -n || i >= n) throw indexError(`index ${i} is out of bounds for dimension ${axis} with size ${n}`);
    }
    axis += it.kind === 'array' && it.index.dtype === 'bool' ? Math.max(it.index.ndim, 1) : 1;
  }
}

function gradFnOf(items: readonly IndexItem[]): string {
  if (items.some((it) => it.kind === 'array')) return 'IndexBackward0';
  const last = [...items].reverse().find((it) => it.kind !== 'ellipsis' && !(it.kind === 'slice' && it.start === null && it.stop === null && it.step === null));
  if (last === undefined) return 'AliasBackward0';
  return last.kind === 'int' ? 'SelectBackward0' : last.kind === 'newaxis' ? 'UnsqueezeBackward0' : 'SliceBackward0';
}

export function getItem(x: TorchTensor, key: PyValue): TorchTensor {
  const items = torchIndex(key);
  checkBounds(x.shape, items);
  const t = graded(() => E.gather(x.t, items));
  const out = result(t, gradFnOf(items), [x]);
  out.isViewCopy = !items.some((it) => it.kind === 'array');
  return out;
}

/** x[key] = value: replaces x's contents with the scattered result (CopySlices). */
export function setItem(x: TorchTensor, key: PyValue, value: PyValue, checkInplace: (x: TorchTensor) => void): void {
  checkInplace(x);
  const items = torchIndex(key);
  checkBounds(x.shape, items);
  const v = operand(value);
  if (v === null) throw indexError(`can't assign a ${typeof value} to a torch tensor`);
  let t: Tensor;
  try {
    t = graded(() => E.scatter(x.t, items, v.t.dtype === x.dtype ? v.t : E.astype(v.t, x.dtype)));
  } catch (e) {
    if (e instanceof EngineError && e.kind === 'ValueError') throw indexError(e.message);
    throw e;
  }
  x.replace(t);
  if (!torchState.gradEnabled) return;
  if (v.source !== null && v.source.requiresGrad) x.requiresGrad = true;
  if (x.requiresGrad) x.gradFn = 'CopySlices';
}
