// The builtin containers: list, tuple, dict (+ views), set/frozenset, range, slice.
import { Tensor } from '../../engine';
import { typeError } from './errors';
import { PyNumberObject, PyObject, PyType, PyValue, builtinType, objectId } from './object';
import { floatHash, pyEq, pyHashUser } from './protocols';
import { SetTable } from './set-table';

export const listType = builtinType('list', undefined, (cls) => new PyList([], cls));
export const tupleType = builtinType('tuple', undefined, (cls) => new PyTuple([], cls));
export const dictType = builtinType('dict', undefined, (cls) => new PyDict(cls));
export const setType = builtinType('set', undefined, (cls) => new PySet(cls));
export const frozensetType = builtinType('frozenset', undefined, (cls) => new PySet(cls));
export const rangeType = builtinType('range');
export const sliceType = builtinType('slice');
export const dictKeysType = builtinType('dict_keys');
export const dictValuesType = builtinType('dict_values');
export const dictItemsType = builtinType('dict_items');

export class PyList extends PyObject {
  /**
   * Counts writes into `items` (every mutation calls `wrote`), and the index of the last one
   * when it replaced one element: the bindings log re-copies only that element of its snapshot
   * when it sees exactly one such write since its copy (trace.ts).
   */
  writes = 0;
  lastWrite = -1;
  constructor(
    public items: PyValue[],
    cls: PyType = listType,
  ) {
    super(cls, cls === listType ? null : new Map());
  }

  /** Records a write: element `index` replaced, or (-1) anything else (length, order, several elements). */
  wrote(index = -1): void {
    this.writes++;
    this.lastWrite = index;
  }
}

export class PyTuple extends PyObject {
  constructor(
    public items: PyValue[],
    cls: PyType = tupleType,
  ) {
    super(cls, cls === tupleType ? null : new Map());
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
export function tuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

export class PyRange extends PyObject {
  readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(rangeType);
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.length = n > 0 ? n : 0;
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}

// ---- hashing keys --------------------------------------------------------------------------

/**
 * The JS Map key standing for a Python hashable value: equal Python keys map to the same JS key
 * (1, 1.0 and True are one key, as in Python). Objects hash by identity unless their class
 * defines __hash__, in which case the key is built from the hash (equality then checked with
 * __eq__ by the containers). Throws TypeError for unhashable values.
 */
export function keyOf(v: PyValue): unknown {
  switch (typeof v) {
    case 'number':
    case 'string':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof Tensor) return v.item();
  if (v instanceof PyNumberObject) return v.numberValue;
  if (v instanceof PyTuple) return tupleKey(v);
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen))
    throw typeError(`unhashable type: '${v.cls.tpName}'`);
  if (v instanceof PySet) return 'F' + [...v.map.keys()].map(encodeKey).sort().join(',');
  const h = pyHashUser(v);
  if (h === null) return v;
  return { hash: h };
}

function encodeKey(k: unknown): string {
  if (typeof k === 'number') return 'n' + k;
  if (typeof k === 'string') return k.startsWith('T(') || k.startsWith('F') ? k : 's' + k.length + ':' + k;
  if (typeof k === 'object' && k !== null && 'hash' in k) return 'h' + (k as { hash: number }).hash;
  return 'o' + objectId(k as PyValue);
}

function tupleKey(t: PyTuple): string {
  let s = 'T(';
  for (const x of t.items) s += encodeKey(keyOf(x)) + ',';
  return s + ')';
}

/** Map keys for objects with user-defined __hash__: hash value -> candidate keys by equality. */
class HashedKeys {
  private byHash = new Map<number, { key: object; value: PyValue }[]>();
  resolve(h: number, v: PyValue, create: boolean): object | undefined {
    let list = this.byHash.get(h);
    if (list !== undefined) for (const e of list) if (e.value === v || pyEq(e.value, v)) return e.key;
    if (!create) return undefined;
    const key = { h };
    if (list === undefined) this.byHash.set(h, (list = []));
    list.push({ key, value: v });
    return key;
  }
}

export interface DictEntry {
  k: PyValue;
  v: PyValue;
}

/** dict: insertion-ordered, keyed by keyOf(). */
export class PyDict extends PyObject {
  map = new Map<unknown, DictEntry>();
  private hashed: HashedKeys | null = null;
  constructor(cls: PyType = dictType) {
    super(cls, cls === dictType ? null : new Map());
  }
  private norm(k: PyValue, create: boolean): unknown {
    const key = keyOf(k);
    if (typeof key === 'object' && key !== null && 'hash' in key && !(key instanceof PyObject)) {
      if (this.hashed === null) this.hashed = new HashedKeys();
      return this.hashed.resolve((key as { hash: number }).hash, k, create);
    }
    return key;
  }
  get(k: PyValue): PyValue | undefined {
    const e = this.map.get(this.norm(k, false));
    return e === undefined ? undefined : e.v;
  }
  set(k: PyValue, v: PyValue): void {
    const key = this.norm(k, true);
    const e = this.map.get(key);
    if (e !== undefined) e.v = v;
    else this.map.set(key, { k, v });
  }
  has(k: PyValue): boolean {
    return this.map.has(this.norm(k, false));
  }
  delete(k: PyValue): DictEntry | undefined {
    const key = this.norm(k, false);
    const e = this.map.get(key);
    if (e !== undefined) this.map.delete(key);
    return e;
  }
  get size(): number {
    return this.map.size;
  }
  /** A dict from JS string keys (kwargs, module namespaces shown to Python). */
  static fromStrings(m: Map<string, PyValue>): PyDict {
    const d = new PyDict();
    for (const [k, v] of m) d.map.set(k, { k, v });
    return d;
  }
}

/**
 * set / frozenset. Membership goes through `map` (keyOf() keys -> the element first added);
 * the iteration order is CPython's, from a model of its hash table (set-table.ts) kept in step
 * with every add and removal. A key whose hash CPython randomises or takes from an address
 * (str, None, objects) leaves the layout unknown: such a set iterates in insertion order.
 */
export class PySet extends PyObject {
  map = new Map<unknown, PyValue>();
  private hashed: HashedKeys | null = null;
  /** CPython's layout; null once a key with a hash we do not model came in. */
  private table: SetTable<unknown> | null = new SetTable();
  readonly frozen: boolean;
  constructor(cls: PyType = setType) {
    super(cls, cls === setType || cls === frozensetType ? null : new Map());
    this.frozen = cls.isSubtypeOf(frozensetType);
  }

  /**
   * The set a display of 3+ constants makes: CPython 3.11 compiles it to a frozenset constant
   * (built from the items in order, then rebuilt by the compiler's constant merging from its own
   * iteration order) that SET_UPDATE merges into an empty set.
   */
  static fromConstantDisplay(values: PyValue[]): PySet {
    const built = new PySet(frozensetType);
    for (const v of values) built.add(v);
    const merged = new PySet(frozensetType);
    for (const v of built.ordered()) merged.add(v);
    const s = new PySet();
    s.merge(merged);
    return s;
  }

  private norm(k: PyValue, create: boolean): unknown {
    const key = keyOf(k);
    if (typeof key === 'object' && key !== null && 'hash' in key && !(key instanceof PyObject)) {
      if (this.hashed === null) this.hashed = new HashedKeys();
      return this.hashed.resolve((key as { hash: number }).hash, k, create);
    }
    return key;
  }
  /** set_add_key: a new key goes into the table; an equal key already there stays. */
  add(v: PyValue): void {
    const key = this.norm(v, true);
    if (this.map.has(key)) return;
    this.map.set(key, v);
    if (this.table === null) return;
    if (cpythonHash(v, HASH)) this.table.add(key, HASH[0], HASH[1]);
    else this.table = null;
  }
  has(v: PyValue): boolean {
    return this.map.has(this.norm(v, false));
  }
  /** set_discard_key: whether the key was there. */
  delete(v: PyValue): boolean {
    const key = this.norm(v, false);
    const stored = this.map.get(key);
    if (stored === undefined) return false;
    this.map.delete(key);
    if (this.table !== null && cpythonHash(stored, HASH)) this.table.discard(key, HASH[0], HASH[1]);
    return true;
  }
  /** set.pop: CPython's next element from its search finger; undefined when empty. */
  pop(): PyValue | undefined {
    if (this.map.size === 0) return undefined;
    let key: unknown;
    if (this.table !== null) key = this.table.pop();
    else key = this.map.keys().next().value;
    const v = this.map.get(key)!;
    this.map.delete(key);
    return v;
  }
  /** set_clear_internal: back to an empty 8-slot table. */
  clear(): void {
    this.map.clear();
    this.hashed = null;
    if (this.table !== null) this.table.clear();
    else this.table = new SetTable();
  }
  /** set_merge: the other set's keys, laid out as CPython does (a copy of the table when sizes
   *  match and it has no dummies, else re-inserted in its slot order). */
  merge(other: PySet): void {
    if (other === this || other.size === 0) return;
    if (this.table !== null && other.table !== null) {
      const mine = this.map;
      this.table.merge(other.table, (k) => mine.has(k));
      for (const [k, v] of other.map) if (!mine.has(k)) mine.set(k, v);
      return;
    }
    if (other.table === null) this.table = null;
    for (const v of other.ordered()) this.add(v);
  }
  /** The table pre-sizing set.update does before adding an exact dict's keys. */
  reserve(n: number): void {
    this.table?.reserve(n);
  }
  /** The end of difference_update: a table more than 1/4 dummies is rebuilt without them. */
  dropDummiesIfMany(): void {
    this.table?.dropDummiesIfMany();
  }
  /** set_swap_bodies (intersection_update): this set takes the other's contents and layout. */
  swapContents(other: PySet): void {
    [this.map, other.map] = [other.map, this.map];
    [this.hashed, other.hashed] = [other.hashed, this.hashed];
    if (this.table !== null && other.table !== null) this.table.swapContents(other.table);
    else [this.table, other.table] = [other.table, this.table];
  }
  /** A new set of this kind (set for sets and their subclasses, else frozenset) with the same
   *  keys and layout (set_copy). */
  copy(): PySet {
    const r = new PySet(this.frozen ? frozensetType : setType);
    r.merge(this);
    return r;
  }
  get size(): number {
    return this.map.size;
  }
  /** The elements in CPython's iteration order. */
  ordered(): PyValue[] {
    if (this.table === null) return [...this.map.values()];
    const map = this.map;
    return this.table.keys().map((k) => map.get(k)!);
  }
}

const HASH = new Uint32Array(2);
const U64 = (1n << 64n) - 1n;

/** CPython's hash of an int (sys.hash_info.modulus = 2**61 - 1). */
export function intHash(n: number | bigint): bigint {
  const M = (1n << 61n) - 1n;
  let b = BigInt(n);
  const neg = b < 0n;
  if (neg) b = -b;
  let h = b % M;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/**
 * hash(v) as CPython 3.11 computes it, written into out as [high, low] unsigned 32-bit halves
 * of the 64-bit value; false when CPython's value is not reproducible here (str and bytes are
 * randomised per process, None, NaN and plain objects hash by address, user __hash__ methods
 * are not called twice).
 */
export function cpythonHash(v: PyValue, out: Uint32Array): boolean {
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) {
      const n = v === -1 ? -2 : v;
      out[0] = Math.floor(n / 4294967296) >>> 0;
      out[1] = n >>> 0;
      return true;
    }
    return splitHash(intHash(v), out);
  }
  if (typeof v === 'boolean') {
    out[0] = 0;
    out[1] = v ? 1 : 0;
    return true;
  }
  const h = bigHash(v);
  return h !== null && splitHash(h, out);
}

function splitHash(h: bigint, out: Uint32Array): true {
  const u = h & U64;
  out[0] = Number(u >> 32n);
  out[1] = Number(u & 0xffffffffn);
  return true;
}

/** The hash as a bigint (any sign), or null where cpythonHash gives up. */
function bigHash(v: PyValue): bigint | null {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intHash(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'string':
      return null;
  }
  if (v instanceof Tensor) {
    if (v.shape.length !== 0) return null;
    const x = v.item();
    return Number.isNaN(x) ? null : floatHash(x);
  }
  if (v instanceof PyNumberObject) {
    const x = v.numberValue;
    if (v.numberKind !== 'float') return intHash(x);
    return Number.isNaN(x) ? null : floatHash(x);
  }
  if (v instanceof PyTuple && v.cls === tupleType) return tupleHash(v.items);
  if (v instanceof PySet && v.cls === frozensetType) return frozensetHash([...v.map.values()]);
  return null;
}

/** tuplehash (CPython 3.8+): xxHash's round over the items' hashes, 64-bit. */
function tupleHash(items: PyValue[]): bigint | null {
  const P1 = 11400714785074694791n;
  const P2 = 14029467366897019727n;
  const P5 = 2870177450012600261n;
  let acc = P5;
  for (const x of items) {
    const h = bigHash(x);
    if (h === null) return null;
    acc = (acc + (h & U64) * P2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * P1) & U64;
  }
  acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & U64;
  return acc === U64 ? 1546275796n : acc;
}

/** frozenset hash for set ordering: null when an item's hash is not reproducible here. */
function frozensetHash(items: PyValue[]): bigint | null {
  const hashes: bigint[] = [];
  for (const x of items) {
    const h = bigHash(x);
    if (h === null) return null;
    hashes.push(h);
  }
  return frozensetHashOf(hashes);
}

/**
 * CPython's frozenset_hash over the items' hashes, as a signed 64-bit value: order-free, an xor
 * of the shuffled hashes (the empty and dummy slots CPython also xors in cancel out), then the
 * size mixed in and the bits dispersed.
 */
export function frozensetHashOf(hashes: readonly bigint[]): bigint {
  const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
  let hash = 0n;
  for (const h of hashes) hash ^= shuffle(h & U64);
  hash ^= ((BigInt(hashes.length) + 1n) * 1927868237n) & U64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & U64;
  if (hash === U64) hash = 590923713n;
  return hash >= 1n << 63n ? hash - (1n << 64n) : hash;
}

/** dict_keys / dict_values / dict_items: live views of a dict. */
export class PyDictView extends PyObject {
  constructor(
    readonly target: PyDict,
    readonly kind: 'keys' | 'values' | 'items',
  ) {
    super(kind === 'keys' ? dictKeysType : kind === 'values' ? dictValuesType : dictItemsType);
  }
}

