// CPython 3.11's set hash table (Objects/setobject.c), kept only for its layout: a set iterates in
// slot order, so printing {100, 8, 16} the way CPython does means placing keys exactly as it does.
// Open addressing from 8 slots; a probe looks at a slot and, when they fit before the end, the 9
// after it, then jumps to (5*i + 1 + perturb) & mask with perturb = hash >> 5 each round. Removed
// keys leave dummies that later adds reuse; the table grows when 3/5 of it is filled.
// Hashes are 64-bit, held as two unsigned 32-bit halves.

const LINEAR_PROBES = 9;
const MIN_SIZE = 8;
const DUMMY: unique symbol = Symbol('dummy');

type Slot<K> = K | typeof DUMMY | undefined;

export class SetTable<K> {
  private slots: Slot<K>[] = new Array<Slot<K>>(MIN_SIZE);
  private hashHi = new Uint32Array(MIN_SIZE);
  private hashLo = new Uint32Array(MIN_SIZE);
  private mask = MIN_SIZE - 1;
  /** Active keys plus dummies. */
  private fill = 0;
  /** Active keys. */
  private used = 0;
  /** Where pop() starts looking. */
  private finger = 0;

  get size(): number {
    return this.used;
  }

  /** The active keys in slot order: the set's iteration order. */
  keys(): K[] {
    const out: K[] = [];
    for (const k of this.slots) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }

  /** set_add_entry for a key known to be absent: the last dummy on its probe path (CPython keeps
   *  overwriting its free slot), else the empty slot that ends the path (then a resize when the
   *  table is 3/5 filled). */
  add(key: K, hi: number, lo: number): void {
    let free = -1;
    const slot = this.probe(hi, lo, (i) => {
      if (this.slots[i] === DUMMY) {
        free = i;
        return false;
      }
      return this.slots[i] === undefined;
    });
    this.used++;
    if (free >= 0) {
      this.put(free, key, hi, lo);
      return;
    }
    this.put(slot, key, hi, lo);
    this.fill++;
    if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** The slot holding `key`, or -1 (set_lookkey: the probe stops at the first empty slot). */
  find(key: K, hi: number, lo: number): number {
    const slot = this.probe(hi, lo, (i) => this.slots[i] === undefined || this.slots[i] === key);
    return this.slots[slot] === key ? slot : -1;
  }

  /** set_discard_entry: the key's slot becomes a dummy. */
  discard(key: K, hi: number, lo: number): boolean {
    const slot = this.find(key, hi, lo);
    if (slot < 0) return false;
    this.slots[slot] = DUMMY;
    this.used--;
    return true;
  }

  /** set_pop: the first active slot from the finger on, wrapping around. */
  pop(): K {
    if (this.used === 0) throw new Error('pop from an empty set table');
    let i = this.finger & this.mask;
    for (;;) {
      const k = this.slots[i];
      if (k !== undefined && k !== DUMMY) {
        this.slots[i] = DUMMY;
        this.used--;
        this.finger = i + 1;
        return k;
      }
      i = i === this.mask ? 0 : i + 1;
    }
  }

  /** set_merge of `other` into this table; `has` says which of other's keys are here already. */
  merge(other: SetTable<K>, has: (key: K) => boolean): void {
    if (other === this || other.used === 0) return;
    // one big resize up front, expecting few common keys
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      // same size, no dummies: the layout is copied as it is
      this.slots = other.slots.slice();
      this.hashHi = other.hashHi.slice();
      this.hashLo = other.hashLo.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = this.used = other.used;
      other.forEachActive((k, hi, lo) => this.insertClean(k, hi, lo));
      return;
    }
    other.forEachActive((k, hi, lo) => {
      if (!has(k)) this.add(k, hi, lo);
    });
  }

  /** The pre-sizing set_update_internal does before adding a dict's n keys. */
  reserve(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }

  /** The end of set_difference_update_internal: more than 1/4 dummies are resized away. */
  dropDummiesIfMany(): void {
    if (this.fill - this.used > Math.floor(this.mask / 4)) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_clear_internal: back to 8 empty slots (pop's finger stays where it was). */
  clear(): void {
    this.slots = new Array<Slot<K>>(MIN_SIZE);
    this.hashHi = new Uint32Array(MIN_SIZE);
    this.hashLo = new Uint32Array(MIN_SIZE);
    this.mask = MIN_SIZE - 1;
    this.fill = this.used = 0;
  }

  /** set_swap_bodies: the two tables trade contents (the fingers stay). */
  swapContents(other: SetTable<K>): void {
    [this.slots, other.slots] = [other.slots, this.slots];
    [this.hashHi, other.hashHi] = [other.hashHi, this.hashHi];
    [this.hashLo, other.hashLo] = [other.hashLo, this.hashLo];
    [this.mask, other.mask] = [other.mask, this.mask];
    [this.fill, other.fill] = [other.fill, this.fill];
    [this.used, other.used] = [other.used, this.used];
  }

  /** set_table_resize: a table of the smallest power of two above minUsed, re-inserted in slot
   *  order without the dummies. */
  private resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    const slots = this.slots;
    const his = this.hashHi;
    const los = this.hashLo;
    this.slots = new Array<Slot<K>>(size);
    this.hashHi = new Uint32Array(size);
    this.hashLo = new Uint32Array(size);
    this.mask = size - 1;
    this.fill = this.used;
    for (let i = 0; i < slots.length; i++) {
      const k = slots[i];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, his[i], los[i]);
    }
  }

  /** set_insert_clean: into the first empty slot of the probe path (no dummies, no equal key). */
  private insertClean(key: K, hi: number, lo: number): void {
    this.put(
      this.probe(hi, lo, (i) => this.slots[i] === undefined),
      key,
      hi,
      lo,
    );
  }

  private forEachActive(f: (key: K, hi: number, lo: number) => void): void {
    for (let i = 0; i <= this.mask; i++) {
      const k = this.slots[i];
      if (k !== undefined && k !== DUMMY) f(k, this.hashHi[i], this.hashLo[i]);
    }
  }

  private put(i: number, key: K, hi: number, lo: number): void {
    this.slots[i] = key;
    this.hashHi[i] = hi;
    this.hashLo[i] = lo;
  }

  /** The first slot on the hash's probe path for which `stop` holds. */
  private probe(hi: number, lo: number, stop: (i: number) => boolean): number {
    const mask = this.mask;
    let perturbHi = hi;
    let perturbLo = lo;
    let i = lo & mask;
    for (;;) {
      if (stop(i)) return i;
      if (i + LINEAR_PROBES <= mask) for (let j = 1; j <= LINEAR_PROBES; j++) if (stop(i + j)) return i + j;
      // perturb >>= 5 on the 64-bit value
      perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
      perturbHi >>>= 5;
      i = (i * 5 + 1 + perturbLo) & mask;
    }
  }
}
