// The memory a torch tensor and its views share. Engine tensors are immutable, so a storage is a
// mutable cell holding the engine tensor of all its elements (C order, the shape of the tensor that
// made it); views read their elements out of it and in-place writes replace it (numpy's design, see
// numpy/ndarray.ts, whose layout helpers this reuses). A storage can share its memory with a numpy
// array (torch.from_numpy, Tensor.numpy()): the array's root then holds the values (cut off the tape)
// and writes on either side are seen by the other.
import { DType, Tensor } from '../../../engine';
import * as E from '../../../engine';
import { Layout, NDArray, coversRoot } from '../numpy/ndarray';
import type { TorchTensor } from './tensor';
import { layoutPositions, readWindow, writeWindow } from './window-ops';

/** A copy of t with no tape history (the storage is shared: tensors are immutable). */
export function cut(t: Tensor): Tensor {
  return t.ndim === 0 ? new Tensor(t.item(), [], t.dtype) : new Tensor(t.data, t.shape, t.dtype);
}

/**
 * `values` as the new contents of a storage written outside autograd (no_grad, a detached alias, numpy):
 * the values change but the history does not, so gradients reaching the new contents go on to the
 * old contents' history unchanged, as torch's grad_fn of the written tensor stays what it was.
 */
export function keepHistory(values: Tensor, old: Tensor): Tensor {
  const out = cut(values);
  if (old.node !== null) out.node = { op: 'assign', inputs: [old], vjp: (g) => [g] };
  return out;
}

/** torch's version counter (`_version`), shared by a tensor, its views and its `.detach()` aliases. */
export class VersionCounter {
  value = 0;
  /** Whether a saved-for-backward record refers to it (then an in-place write may make backward raise). */
  saved = false;
}

/** Set when a tensor some backward saved was written in place: backward then checks versions. */
export const savedWrites = { any: false };

export class Storage {
  private current: Tensor;
  /** A numpy root sharing this memory, and its tensor as this storage last saw it. */
  private mirror: { root: NDArray; seen: Tensor } | null = null;
  readonly shape: readonly number[];
  readonly dtype: DType;
  /** The base tensor made with this storage: who owns the gradient of its contents (tensor.ts). */
  owner: TorchTensor | null = null;

  constructor(t: Tensor) {
    this.current = t;
    this.shape = t.shape;
    this.dtype = t.dtype;
  }

  /** A storage over a numpy root's memory (torch.from_numpy). */
  static ofNumpy(root: NDArray): Storage {
    const s = new Storage(cut(root.tensor));
    s.mirror = { root, seen: root.tensor };
    return s;
  }

  /** The engine tensor of all elements (with the tape history of the writes that made it). */
  get t(): Tensor {
    const m = this.mirror;
    if (m !== null && m.root.tensor !== m.seen) {
      // numpy wrote: new values, outside autograd
      this.current = keepHistory(m.root.tensor, this.current);
      m.seen = m.root.tensor;
    }
    return this.current;
  }

  set(t: Tensor): void {
    this.current = t;
    const m = this.mirror;
    if (m !== null) {
      m.root.write(cut(t));
      m.seen = m.root.tensor;
    }
  }

  /** The numpy root sharing this memory (made on first request: Tensor.numpy()). */
  numpyRoot(): NDArray {
    if (this.mirror === null) {
      const root = NDArray.of(cut(this.t));
      this.mirror = { root, seen: root.tensor };
    }
    return this.mirror.root;
  }
}

/** A view's reader and writer over its storage, with its positions in the storage made once. */
export class StridedWindow {
  private positions: Int32Array | null = null;
  constructor(readonly layout: Layout) {}

  /** For each element of the window (C order), its flat position in the storage. */
  private at(): Int32Array {
    this.positions ??= layoutPositions(this.layout);
    return this.positions;
  }

  /** The window's elements of the storage tensor (recorded; gradients flow back to the storage). */
  read(storage: Tensor): Tensor {
    const l = this.layout;
    if (coversRoot(l, storage.size)) return E.reshape(storage, l.shape);
    return readWindow(storage, this.at(), l.shape);
  }

  /** The storage tensor with the window's elements replaced by t (the window's shape and the storage's dtype; recorded). */
  write(storage: Tensor, t: Tensor): Tensor {
    const l = this.layout;
    if (coversRoot(l, storage.size)) return E.reshape(t, storage.shape);
    return writeWindow(storage, this.at(), t);
  }

  /** Whether some element of the window is another's memory too (an expanded dimension). */
  get overlaps(): boolean {
    return this.layout.shape.some((d, i) => d > 1 && this.layout.strides[i] === 0);
  }
}

