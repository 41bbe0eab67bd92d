// x[key] and x[key] = v for torch tensors: numpy's indexing (basic indices make views sharing storage,
// index tensors gather copies), torch's grad_fn names (SelectBackward0, SliceBackward0, IndexBackward0,
// CopySlices, IndexPutBackward0) and error texts.
import * as E from '../../../engine';
import { IndexItem, Tensor } from '../../../engine';
import { PyList, PyTuple } from '../../runtime/collections';
import { indexError, valueError } from '../../runtime/errors';
import { PyValue } from '../../runtime/object';
import { EngineError } from '../../../engine';
import { basicLayout, parseIndex } from '../numpy/indexing';
import type { Layout } from '../numpy/ndarray';
import { operand } from './coerce';
import { gatherAt, scatterAt } from './higher-order';
import { checkInplace, checkOverlap, commitWrite } from './inplace';
import { graded, result, TorchTensor } from './tensor';

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

function checkSteps(items: readonly IndexItem[]): void {
  for (const it of items) if (it.kind === 'slice' && it.step !== null && it.step <= 0) throw valueError('step must be greater than zero');
}

const isBasic = (it: IndexItem): boolean => it.kind !== 'array';

/** numpy's layout of a basic index, with torch's strides for the dims None inserts (an unsqueeze's, not 0). */
function viewLayout(x: TorchTensor, items: readonly IndexItem[]): Layout {
  const l = basicLayout(x, items);
  for (let i = l.shape.length - 1; i >= 0; i--)
    if (l.shape[i] === 1 && l.strides[i] === 0) l.strides[i] = i + 1 < l.shape.length ? l.shape[i + 1] * l.strides[i + 1] : 1;
  return l;
}

/** x[key]: a view for basic indices (ints, slices, None, ...), a copy with an index tensor in it. */
export function getItem(x: TorchTensor, key: PyValue): TorchTensor {
  const items = torchIndex(key);
  checkBounds(x.shape, items);
  checkSteps(items);
  if (items.every(isBasic)) return x.makeView(viewLayout(x, items), gradFnOf(items));
  return result(graded(() => gatherAt(x.t, items)), 'IndexBackward0', [x]);
}

/**
 * x[key] = value: basic indices write the view they select (CopySlices on the base), index tensors
 * scatter into x (IndexPutBackward0); either way into the shared storage.
 */
export function setItem(x: TorchTensor, key: PyValue, value: PyValue): void {
  checkInplace(x);
  const items = torchIndex(key);
  checkBounds(x.shape, items);
  checkSteps(items);
  const v = operand(value);
  if (v === null) throw indexError(`can't assign a ${typeof value} to a torch tensor`);
  const others = v.source === null ? [] : [v.source];
  const basic = items.every(isBasic);
  const dest = basic ? x.makeView(viewLayout(x, items), gradFnOf(items)) : x;
  checkOverlap(dest);
  let t: Tensor;
  try {
    t = graded(() => {
      const vt = v.t.dtype === x.dtype ? v.t : E.astype(v.t, x.dtype);
      return scatterAt(basic ? dest.t : x.t, basic ? [{ kind: 'ellipsis' }] : items, vt);
    });
  } catch (e) {
    if (e instanceof EngineError && e.kind === 'ValueError') throw indexError(e.message);
    throw e;
  }
  commitWrite(dest, t, basic ? 'CopySlices' : 'IndexPutBackward0', others);
}
