// torch.Tensor over engine tensors. Engine tensors are immutable, so a torch tensor is a window onto
// a mutable Storage (storage.ts): a base tensor sees its whole storage, a view (x[0], x.view(...),
// x.t(), transpose, unsqueeze, expand, split, ...) a strided layout of it, and `.detach()`/`.data`
// aliases see it cut off the tape. Reads gather from the storage's current tensor (recorded, so
// gradients reach the base and its history); in-place writes scatter into it, so the base and every
// view see them, as in torch. The version counter (`_version`) is shared by a base, its views and its
// detach() aliases.
//
// Autograd state is torch's: requires_grad, grad_fn (its class name), .grad, retain_grad. A view that
// is differentiable follows its base: it requires grad when the base does, and its grad_fn is its view
// op's until the storage is written in place, then AsStridedBackward0 (torch regenerates it so).
// The engine records every op; `.grad` comes from the engine's backward restricted to leaves that
// require grad (and tensors that retain grad), found through `gradOwners`.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyObject, PyType, objectType } from '../../runtime/object';
import type { Layout } from '../numpy/ndarray';
import { isCContiguous } from '../numpy/ndarray';
import { noteSaved } from './saved';
import { Storage, StridedWindow, VersionCounter, cut, keepHistory, savedWrites } from './storage';

export { cut };

/** Per-run state of the torch module (reset when a run imports torch). */
export const torchState = {
  gradEnabled: true,
  defaultFloat: 'float32' as DType,
  /** Inside a backward pass with create_graph=True (custom Functions' backward then runs with grad mode on). */
  createGraph: false,
};

export function resetTorchState(): void {
  torchState.gradEnabled = true;
  torchState.defaultFloat = 'float32';
  torchState.createGraph = false;
}

/** Runs an op recording on the tape only while grad mode is on (torch.no_grad() turns it off). */
export function graded<T>(fn: () => T): T {
  return torchState.gradEnabled ? fn() : E.withoutRecording(fn);
}

export const tensorType = new PyType('Tensor', [objectType], { module: 'torch', make: (cls) => new TorchTensor(EMPTY, cls) });
tensorType.snapshot = (v) => (v as TorchTensor).t;
export const parameterType = new PyType('Parameter', [tensorType], { module: 'torch.nn.parameter', make: (cls) => new TorchTensor(EMPTY, cls) });

const EMPTY = new Tensor(new Float64Array(0), [0], 'float32');

/** Engine tensor -> the torch tensor whose .grad receives its gradient (leaves requiring grad, retain_grad). */
const gradOwners = new WeakMap<Tensor, TorchTensor>();

/** Makes `owner` the torch tensor whose .grad engine tensor t's gradient goes to (t pinned: walks meet this object). */
function ownGrad(t: Tensor, owner: TorchTensor): void {
  E.pinTensor(t);
  gradOwners.set(t, owner);
}

/** How a tensor reaches its storage. */
interface Window {
  /** Null: the whole storage (a base tensor). */
  strided: StridedWindow | null;
  /** The differentiable base a view follows (null for bases and non-differentiable views). */
  base: TorchTensor | null;
  /** Reads are cut off the tape (detach()/.data aliases and views of them, views made under no_grad). */
  detached: boolean;
  /** Made under no_grad from a tensor that requires grad (torch forbids in-place on it with grad mode on). */
  madeInNoGrad: boolean;
}

/** The window of every base tensor (the whole storage, on the tape). */
const BASE_WINDOW: Window = Object.freeze({ strided: null, base: null, detached: false, madeInNoGrad: false });

export class TorchTensor extends PyObject {
  readonly storage: Storage;
  readonly counter: VersionCounter;
  private readonly window: Window;
  /** The last read of a view or alias, valid while the storage holds `of`. */
  private cache: { of: Tensor; t: Tensor } | null = null;
  private ownRequiresGrad = false;
  /** torch's grad_fn class name (AddBackward0, ...); null for leaves. For views: the view op's. */
  private ownGradFn: string | null = null;
  /** For views: the version their grad_fn was set at. */
  private gradFnVersion = 0;
  grad: TorchTensor | null = null;
  retainsGrad = false;
  /** For the views split/chunk/unbind return: the op and this view's place among its outputs (torch forbids in-place on them). */
  multiOutput: { gradFn: string; index: number } | null = null;

  constructor(t: Tensor, cls: PyType = tensorType, shared?: { storage: Storage; counter: VersionCounter; window: Window }) {
    super(cls, cls === tensorType ? null : new Map());
    this.storage = shared?.storage ?? new Storage(t);
    this.counter = shared?.counter ?? new VersionCounter();
    this.window = shared?.window ?? BASE_WINDOW;
    if (shared === undefined) this.storage.owner = this;
  }

  /** The current value (recorded reads for views; cut off the tape for detached aliases). */
  get t(): Tensor {
    const w = this.window;
    const st = this.storage.t;
    if (w.strided === null && !w.detached) return st;
    if (this.cache !== null && this.cache.of === st) return this.cache.t;
    const read = (): Tensor => (w.strided === null ? st : w.strided.read(st));
    if (w.detached) {
      this.cache = { of: st, t: cut(E.withoutRecording(read)) };
      return this.cache.t;
    }
    // a read made while not recording has no history: never cache it for later recorded use
    if (!E.isRecording()) return read();
    this.cache = { of: st, t: read() };
    if (this.retainsGrad) ownGrad(this.cache.t, this);
    return this.cache.t;
  }

  get dtype(): DType {
    return this.storage.dtype;
  }
  get shape(): readonly number[] {
    return this.window.strided?.layout.shape ?? this.storage.shape;
  }
  /** The layout over the storage (strides in elements). */
  get layout(): Layout {
    return this.window.strided?.layout ?? { shape: [...this.storage.shape], strides: E.stridesOf(this.storage.shape), offset: 0 };
  }
  get isView(): boolean {
    return this.window.strided !== null;
  }
  get isContiguous(): boolean {
    return this.window.strided === null || isCContiguous(this.window.strided.layout);
  }
  /** A view or alias whose reads are cut off the tape. */
  get isDetached(): boolean {
    return this.window.detached;
  }
  /** The differentiable base this view follows, if any. */
  get viewBase(): TorchTensor | null {
    return this.window.base;
  }
  get madeInNoGrad(): boolean {
    return this.window.madeInNoGrad;
  }
  /** Whether writing through this tensor writes the same memory more than once (an expanded view). */
  get overlaps(): boolean {
    return this.window.strided?.overlaps ?? false;
  }

  get requiresGrad(): boolean {
    const b = this.window.base;
    return b !== null ? b.requiresGrad : this.ownRequiresGrad;
  }
  set requiresGrad(flag: boolean) {
    const b = this.window.base;
    if (b !== null) b.requiresGrad = flag;
    else this.ownRequiresGrad = flag;
  }

  get gradFn(): string | null {
    const b = this.window.base;
    if (b === null) return this.ownGradFn;
    if (!b.requiresGrad) return null;
    if (this.counter.value !== this.gradFnVersion) return 'AsStridedBackward0';
    // made before its base required grad: no grad_fn until the storage is written (torch regenerates it then)
    return this.ownRequiresGrad ? this.ownGradFn : null;
  }
  set gradFn(name: string | null) {
    this.ownGradFn = name;
    this.gradFnVersion = this.counter.value;
  }
  get isLeaf(): boolean {
    return this.gradFn === null;
  }
  /** The counter's current value (torch's _version). */
  get version(): number {
    return this.counter.value;
  }

  /** A detached alias sharing this tensor's memory (`.detach()` shares the version counter, `.data` not). */
  alias(shareVersion: boolean): TorchTensor {
    const w = this.window;
    return new TorchTensor(EMPTY, tensorType, {
      storage: this.storage,
      counter: shareVersion ? this.counter : new VersionCounter(),
      window: { strided: w.strided, base: null, detached: true, madeInNoGrad: false },
    });
  }

  /** A view with `layout` over this tensor's storage; `gradFn` names the view op for autograd. */
  makeView(layout: Layout, gradFn: string): TorchTensor {
    const w = this.window;
    const differentiable = !w.detached && torchState.gradEnabled;
    const out = new TorchTensor(EMPTY, tensorType, {
      storage: this.storage,
      counter: this.counter,
      window: {
        strided: new StridedWindow(layout),
        base: differentiable ? (w.base ?? this) : null,
        detached: w.detached || !torchState.gradEnabled,
        madeInNoGrad: !torchState.gradEnabled && this.requiresGrad,
      },
    });
    if (differentiable) out.gradFn = gradFn;
    // for a differentiable view: whether its base required grad when it was made; otherwise its own flag
    out.ownRequiresGrad = this.requiresGrad && !w.detached;
    return out;
  }

  /**
   * Writes `t` (this tensor's shape and dtype) into the storage. Inside autograd the write is
   * recorded (the scatter into the storage is a tape op); outside it (no_grad, detached aliases) the
   * values change but the storage's history stays. Bumps the version counter.
   */
  write(t: Tensor, tracked: boolean): void {
    const old = this.storage.t;
    const w = this.window.strided;
    let next: Tensor;
    if (tracked) next = w === null ? t : w.write(old, t);
    else next = keepHistory(E.withoutRecording(() => (w === null ? t : w.write(old, t))), old);
    this.storage.set(next);
    this.bump();
    this.registerOwner(next);
  }

  /** `x.data = y`, gradcheck's perturbations: new contents outside autograd, no version bump. */
  replaceData(t: Tensor): void {
    const w = this.window.strided;
    const next = w === null ? t : E.withoutRecording(() => w.write(this.storage.t, t));
    this.storage.set(next);
    this.registerOwner(next);
  }

  private bump(): void {
    this.counter.value++;
    if (this.counter.saved) savedWrites.any = true;
  }

  private registerOwner(storageT: Tensor): void {
    if (this.window.strided !== null || this.window.detached) {
      // the owner is the base: the tensor made by `new TorchTensor` for this storage
      const owner = this.storage.owner;
      if (owner !== null && owner.ownsGrad()) ownGrad(storageT, owner);
      return;
    }
    if (this.ownsGrad()) ownGrad(storageT, this);
  }

  setRequiresGrad(flag: boolean): void {
    this.requiresGrad = flag;
    if (flag && this.isLeaf) ownGrad(this.t, this);
  }

  retainGrad(): void {
    this.retainsGrad = true;
    ownGrad(this.t, this);
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

/** A tensor over a numpy array's memory (torch.from_numpy): a view when the array is not its root's whole storage. */
export function numpyTensor(storage: Storage, layout: Layout, whole: boolean): TorchTensor {
  const base = new TorchTensor(EMPTY, tensorType, {
    storage,
    counter: new VersionCounter(),
    window: { strided: whole ? null : new StridedWindow(layout), base: null, detached: false, madeInNoGrad: false },
  });
  storage.owner = base;
  return base;
}

/** A new (non-leaf when it requires grad) torch tensor for an op's result. */
export function result(t: Tensor, gradFn: string, inputs: readonly TorchTensor[]): TorchTensor {
  const out = new TorchTensor(t);
  if (torchState.gradEnabled && inputs.some((x) => x.requiresGrad)) {
    out.requiresGrad = true;
    out.gradFn = gradFn;
    noteSaved(gradFn, inputs, out);
  }
  return out;
}

/** A fresh leaf (creation functions). */
export function leaf(t: Tensor, requiresGrad = false): TorchTensor {
  const out = new TorchTensor(t);
  if (requiresGrad) out.setRequiresGrad(true);
  return out;
}
