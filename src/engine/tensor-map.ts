// A map keyed by tensor: by id, since a scalar tensor may be met through several objects (its
// handles, see tensor.ts). Remembers the first object it met for each key.
import type { Tensor } from './tensor';

export class TensorMap<V> implements ReadonlyMap<Tensor, V> {
  private readonly values_ = new Map<number, V>();
  private readonly keys_ = new Map<number, Tensor>();

  constructor(entries: Iterable<readonly [Tensor, V]> = []) {
    for (const [t, v] of entries) this.set(t, v);
  }

  get size(): number {
    return this.values_.size;
  }

  get(t: Tensor): V | undefined {
    return this.values_.get(t.id);
  }

  has(t: Tensor): boolean {
    return this.values_.has(t.id);
  }

  set(t: Tensor, v: V): this {
    if (!this.keys_.has(t.id)) this.keys_.set(t.id, t);
    this.values_.set(t.id, v);
    return this;
  }

  *entries(): MapIterator<[Tensor, V]> {
    for (const [id, v] of this.values_) yield [this.keys_.get(id)!, v];
  }

  *keys(): MapIterator<Tensor> {
    for (const id of this.values_.keys()) yield this.keys_.get(id)!;
  }

  values(): MapIterator<V> {
    return this.values_.values();
  }

  [Symbol.iterator](): MapIterator<[Tensor, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: Tensor, map: ReadonlyMap<Tensor, V>) => void, thisArg?: unknown): void {
    for (const [t, v] of this.entries()) fn.call(thisArg, v, t, this);
  }
}
