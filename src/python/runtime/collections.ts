// The builtin containers: list, tuple, dict (+ views), set/frozenset, range, slice.
import { Tensor } from '../../engine';
import { typeError } from './errors';
import { PyObject, PyType, PyValue, builtinType, objectId } from './object';
import { pyEq, pyHashUser } from './protocols';

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
  constructor(
    public items: PyValue[],
    cls: PyType = listType,
  ) {
    super(cls, cls === listType ? null : new Map());
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
  if (v instanceof PyTuple) return tupleKey(v);
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen))
    throw typeError(`unhashable type: '${v.cls.name}'`);
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

/** set / frozenset: insertion-ordered storage; iteration order follows CPython for int sets. */
export class PySet extends PyObject {
  map = new Map<unknown, PyValue>();
  private hashed: HashedKeys | null = null;
  readonly frozen: boolean;
  constructor(cls: PyType = setType) {
    super(cls, cls === setType || cls === frozensetType ? null : new Map());
    this.frozen = cls.isSubtypeOf(frozensetType);
  }
  private norm(k: PyValue, create: boolean): unknown {
    const key = keyOf(k);
    if (typeof key === 'object' && key !== null && 'hash' in key && !(key instanceof PyObject)) {
      if (this.hashed === null) this.hashed = new HashedKeys();
      return this.hashed.resolve((key as { hash: number }).hash, k, create);
    }
    return key;
  }
  add(v: PyValue): void {
    const key = this.norm(v, true);
    if (!this.map.has(key)) this.map.set(key, v);
  }
  has(v: PyValue): boolean {
    return this.map.has(this.norm(v, false));
  }
  delete(v: PyValue): boolean {
    return this.map.delete(this.norm(v, false));
  }
  get size(): number {
    return this.map.size;
  }
  /** The elements in CPython's iteration order. */
  ordered(): PyValue[] {
    const vals = [...this.map.values()];
    const keys = [...this.map.keys()];
    if (vals.length > 1 && keys.every((k) => typeof k === 'number' && Number.isInteger(k))) {
      const order = cpythonIntSetOrder(keys as number[]);
      return order.map((i) => vals[i]);
    }
    return vals;
  }
}

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
 * The order CPython 3.11's setobject.c iterates ints inserted in this order into a fresh set:
 * open addressing from 8 slots, 9 linear probes then perturbation, resize x4 when 3/5 full.
 */
function cpythonIntSetOrder(values: number[]): number[] {
  const U64 = (1n << 64n) - 1n;
  let size = 8;
  let table: (number | -1)[] = new Array(size).fill(-1);
  let fill = 0;
  const hashes = values.map((v) => intHash(v) & U64);
  const insert = (tab: (number | -1)[], idx: number): void => {
    const mask = BigInt(tab.length - 1);
    const h = hashes[idx];
    let perturb = h;
    let i = h & mask;
    for (;;) {
      const base = Number(i);
      if (tab[base] === -1) {
        tab[base] = idx;
        return;
      }
      if (i + 9n <= mask) {
        for (let j = 1; j <= 9; j++) {
          if (tab[base + j] === -1) {
            tab[base + j] = idx;
            return;
          }
        }
      }
      perturb >>= 5n;
      i = (i * 5n + 1n + perturb) & mask;
    }
  };
  for (let idx = 0; idx < values.length; idx++) {
    insert(table, idx);
    fill++;
    if (fill * 5 >= (size - 1) * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let newsize = 8;
      while (newsize <= minused) newsize <<= 1;
      const old = table;
      size = newsize;
      table = new Array(size).fill(-1);
      for (const e of old) if (e !== -1) insert(table, e);
    }
  }
  return table.filter((e): e is number => e !== -1);
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

