// torch.Tensor over engine tensors. Engine tensors are immutable, so a torch tensor is a mutable
// cell around one: in-place ops (add_, x[i] = v, ...) replace the cell's tensor with the (recorded)
// result. `.data` and `.detach()` share the cell but read a copy cut off the tape, as torch's
// detached aliases share storage but not history. Other views (view, x[0], transpose, ...) are
// copies here: in-place ops on them are an honest Unsupported instead of a silently lost write.
//
// Autograd state is torch's: requires_grad, grad_fn (its class name), .grad, retain_grad. The
// engine records every op; `.grad` comes from the engine's backward restricted to leaves that
// require grad (and tensors that retain grad), found through `gradOwners`.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { Unsupported } from '../../runtime/errors';
import { PyObject, PyType, objectType } from '../../runtime/object';

/** Per-run state of the torch module (reset when a run imports torch). */
export const torchState = {
  gradEnabled: true,
  defaultFloat: 'float32' as DType,
};

export function resetTorchState(): void {
  torchState.gradEnabled = true;
  torchState.defaultFloat = 'float32';
}

/** Runs an op recording on the tape only while grad mode is on (torch.no_grad() turns it off). */
export function graded<T>(fn: () => T): T {
  return torchState.gradEnabled ? fn() : E.withoutRecording(fn);
}

interface Cell {
  t: Tensor;
  /** The tensor that is not a detached alias (its autograd state decides who owns gradients). */
  owner: TorchTensor | null;
}

export const tensorType = new PyType('Tensor', [objectType], { module: 'torch', make: (cls) => new TorchTensor(EMPTY, cls) });
tensorType.snapshot = (v) => (v as TorchTensor).t;
export const parameterType = new PyType('Parameter', [tensorType], { module: 'torch.nn.parameter', make: (cls) => new TorchTensor(EMPTY, cls) });

const EMPTY = new Tensor(new Float64Array(0), [0], 'float32');

/** Engine tensor -> the torch tensor whose .grad receives its gradient (leaves requiring grad, retain_grad). */
const gradOwners = new WeakMap<Tensor, TorchTensor>();

/** A copy of t with no tape history (the storage is shared: tensors are immutable). */
export function cut(t: Tensor): Tensor {
  return t.ndim === 0 ? new Tensor(t.item(), [], t.dtype) : new Tensor(t.data, t.shape, t.dtype);
}

export class TorchTensor extends PyObject {
  private cell: Cell;
  /** For `.data`/`.detach()` aliases: the cut copy of the cell's tensor last read. */
  private detachedCache: { of: Tensor; t: Tensor } | null = null;
  private readonly detached: boolean;
  requiresGrad = false;
  /** torch's grad_fn class name (AddBackward0, ...); null for leaves. */
  gradFn: string | null = null;
  grad: TorchTensor | null = null;
  retainsGrad = false;
  /** Made by a view op (a copy here): in-place writes to it are unsupported. */
  isViewCopy = false;
  /** False after transpose/permute/expand: .view() then raises as in torch. */
  contiguous = true;
  /** Count of in-place modifications (torch's _version). */
  version = 0;

  constructor(t: Tensor, cls: PyType = tensorType, cell?: Cell) {
    super(cls, cls === tensorType ? null : new Map());
    this.cell = cell ?? { t, owner: this };
    this.detached = cell !== undefined;
  }

  /** The current value (for a detached alias: cut off the tape). */
  get t(): Tensor {
    if (!this.detached) return this.cell.t;
    const cur = this.cell.t;
    if (this.detachedCache === null || this.detachedCache.of !== cur) this.detachedCache = { of: cur, t: cut(cur) };
    return this.detachedCache.t;
  }

  get dtype(): DType {
    return this.cell.t.dtype;
  }
  get shape(): readonly number[] {
    return this.cell.t.shape;
  }
  get isLeaf(): boolean {
    return this.gradFn === null;
  }

  /** A detached alias sharing this tensor's storage (`.data`, `.detach()`). */
  alias(): TorchTensor {
    return new TorchTensor(this.cell.t, tensorType, this.cell);
  }

  /** Replaces the contents (in-place ops and assignments); the cell is shared with detached aliases. */
  replace(t: Tensor): void {
    if (this.isViewCopy) throw new Unsupported('in-place writes to a view of a torch tensor (views are copies in gradlens)');
    this.cell.t = t;
    this.version++;
    const owner = this.cell.owner;
    if (owner !== null && owner.ownsGrad()) gradOwners.set(t, owner);
  }

  /** `x.data = y`, `detach_()`: new contents outside autograd (no view check, no version bump). */
  replaceData(t: Tensor): void {
    this.cell.t = t;
    const owner = this.cell.owner;
    if (owner !== null && owner.ownsGrad()) gradOwners.set(t, owner);
  }

  setRequiresGrad(flag: boolean): void {
    this.requiresGrad = flag;
    if (flag && this.isLeaf) gradOwners.set(this.cell.t, this);
  }

  retainGrad(): void {
    this.retainsGrad = true;
    gradOwners.set(this.cell.t, this);
  }

  ownsGrad(): boolean {
    return (this.requiresGrad && this.isLeaf) || this.retainsGrad;
  }
}

/** The torch tensor that collects the gradient of engine tensor t, if any. */
export function gradOwner(t: Tensor): TorchTensor | undefined {
  const owner = gradOwners.get(t);
  if (owner === undefined) return undefined;
  return owner.requiresGrad || owner.retainsGrad ? owner : undefined;
}

/** A new (non-leaf when it requires grad) torch tensor for an op's result. */
export function result(t: Tensor, gradFn: string, inputs: readonly TorchTensor[]): TorchTensor {
  const out = new TorchTensor(t);
  if (torchState.gradEnabled && inputs.some((x) => x.requiresGrad)) {
    out.requiresGrad = true;
    out.gradFn = gradFn;
  }
  return out;
}

/** A fresh leaf (creation functions). */
export function leaf(t: Tensor, requiresGrad = false): TorchTensor {
  const out = new TorchTensor(t);
  if (requiresGrad) out.setRequiresGrad(true);
  return out;
}
