// In-place ops on torch tensors: torch's rules for when they are allowed (leaves, views of leaves,
// outputs of split/unbind, views made under no_grad, expanded tensors) and the write itself into the
// shared storage with torch's autograd bookkeeping (grad_fn of the written tensor or CopySlices on
// the base of a written view; the saved tensors of the op's node).
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { pyErr } from '../../runtime/errors';
import { NotImplemented, PyValue } from '../../runtime/object';
import { operand } from './coerce';
import { BINARY, binaryOperands } from './elementwise';
import { adoptSaved } from './saved';
import { checkBroadcast, runtimeError, scalarName } from './shape-ops';
import { graded, TorchTensor, torchState } from './tensor';

const OVERLAP =
  'unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.';

/** Torch's error for writing through a view whose elements share memory (an expand). */
export function checkOverlap(dest: TorchTensor): void {
  if (dest.overlaps) throw pyErr('RuntimeError', OVERLAP);
}

/** torch's rules for in-place ops on leaves, views of leaves, and views it cannot track. */
export function checkInplace(x: TorchTensor): void {
  if (!torchState.gradEnabled) return;
  const m = x.multiOutput;
  if (m !== null && x.requiresGrad)
    throw runtimeError(
      `Output ${m.index} of ${m.gradFn} is a view and is being modified inplace. This view is the output of a function that returns multiple views. Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one.`,
    );
  if (x.madeInNoGrad)
    throw runtimeError(
      "A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).",
    );
  const base = x.viewBase;
  if (base !== null && base.isLeaf && base.requiresGrad) throw runtimeError('a view of a leaf Variable that requires grad is being used in an in-place operation.');
  if (x.isLeaf && x.requiresGrad) throw runtimeError('a leaf Variable that requires grad is being used in an in-place operation.');
}

/**
 * Writes t (dest's shape and dtype) into dest's storage: tracked by autograd in grad mode (the base of
 * a written view gets CopySlices, the view AsStridedBackward0), outside it under no_grad or through a
 * detached alias. `temp` is the out-of-place result t came from, whose saved tensors become dest's.
 */
export function commitWrite(dest: TorchTensor, t: Tensor, gradFn: string, others: readonly TorchTensor[], temp?: TorchTensor): void {
  const tracked = torchState.gradEnabled && !dest.isDetached && (!dest.isView || dest.viewBase !== null);
  dest.write(t, tracked);
  if (tracked && (dest.requiresGrad || others.some((o) => o.requiresGrad))) {
    const base = dest.viewBase;
    if (base !== null) {
      base.requiresGrad = true;
      base.gradFn = 'CopySlices';
    } else {
      dest.requiresGrad = true;
      dest.gradFn = gradFn;
    }
  }
  if (temp !== undefined) adoptSaved(temp.t, temp, dest);
}

/** Replaces x's contents with an in-place op's result (cast back to x's dtype). */
export function inplace(x: TorchTensor, t: Tensor, gradFn: string, others: readonly TorchTensor[], temp?: TorchTensor): TorchTensor {
  checkInplace(x);
  checkOverlap(x);
  if (t.dtype !== x.dtype) {
    if ((x.dtype === 'int64' || x.dtype === 'bool') && (t.dtype === 'float32' || t.dtype === 'float64'))
      throw runtimeError(`result type ${scalarName(t.dtype)} can't be cast to the desired output type ${scalarName(x.dtype)}`);
    t = graded(() => E.astype(t, x.dtype));
  }
  if (!E.broadcastShapes(t.shape, x.shape).every((d, i) => d === x.shape[i]) || t.ndim > x.t.ndim)
    throw runtimeError(`output with shape [${x.shape.join(', ')}] doesn't match the broadcast shape [${t.shape.join(', ')}]`);
  if (t.ndim !== x.t.ndim || t.shape.some((d, i) => d !== x.shape[i])) t = graded(() => E.broadcastTo(t, x.shape));
  commitWrite(x, t, gradFn, others, temp);
  return x;
}

export function inplaceBinary(name: string, gradFn: string): (self: PyValue, args: PyValue[]) => PyValue {
  return (self, [other]) => {
    const x = self as TorchTensor;
    const o = operand(other);
    if (o === null) return NotImplemented;
    checkBroadcast(x.shape, o.t.shape);
    const r = binaryOperands(BINARY[name], [{ t: x.t, rank: x.t.ndim > 0 ? 2 : 1, source: x }, o]);
    return inplace(x, r.t, gradFn, o.source === null ? [] : [o.source], r);
  };
}
