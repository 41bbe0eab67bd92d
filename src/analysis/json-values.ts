// Python values as the JSON of CLI.md: numbers and arrays as numbers and nested lists, other
// objects as {type, repr, fields}.
import { Tensor } from '../engine';
import { PyDict, PyList, PySet, PyTuple } from '../python/runtime/collections';
import { None, PyObject, type PyValue, typeOf } from '../python/runtime/object';
import { repr } from '../python/runtime/protocols';
import { numericTensor } from './numeric';
import type { JsonValue } from './report';
import { numberToJson, tensorToJson } from './values';

const MAX_ITEMS = 10_000;

export function pyToJson(v: PyValue, depth = 0): JsonValue {
  if (typeof v === 'number') return numberToJson(v);
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (v instanceof Tensor) return tensorToJson(v);
  if (v === None) return null;
  if (depth > 3) return { type: typeOf(v).name, repr: safeRepr(v) };
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.items.length > MAX_ITEMS) return { type: typeOf(v).name, repr: `<${v.items.length} items>` };
    return v.items.map((x) => pyToJson(x, depth + 1));
  }
  const t = typeOf(v).snapshot !== null || !typeOf(v).isUserClass ? numericTensor(v) : null;
  if (t !== null) return tensorToJson(t);
  const out: { type: string; repr: string; fields?: Record<string, JsonValue> } = { type: typeOf(v).name, repr: safeRepr(v) };
  if (v instanceof PyObject && !(v instanceof PyDict) && !(v instanceof PySet) && v.dict !== null && typeOf(v).isUserClass) {
    const fields: Record<string, JsonValue> = {};
    for (const [k, x] of v.dict) {
      const ft = numericTensor(x);
      if (typeof x === 'number' || ft !== null && !(x instanceof PyObject && typeOf(x).isUserClass)) fields[k] = typeof x === 'number' ? numberToJson(x) : tensorToJson(ft!);
    }
    if (Object.keys(fields).length > 0) out.fields = fields;
  }
  return out;
}

/** repr() through the runtime; user __repr__ may raise: fall back to CPython's default form. */
export function safeRepr(v: PyValue): string {
  try {
    const s = repr(v);
    return s.length > 2000 ? `${s.slice(0, 2000)}...` : s;
  } catch {
    return `<${typeOf(v).name} object>`;
  }
}
