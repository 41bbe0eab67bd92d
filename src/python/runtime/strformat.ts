// format(), str.format and %-formatting, on top of src/python/format (the exact number layout).
import { Tensor } from '../../engine';
import { formatNumber, formatString, percentFormat } from '../format';
import type { NumberSlots, PercentArg } from '../format';
import { PyDict, PyTuple } from './collections';
import { KeyError, PyExc, TypeError, indexError, pyErr, typeError, valueError } from './errors';
import { PyMethodDescriptor } from './functions';
import { getItem } from './items';
import { None, PyNumberObject, PyObject, PyValue, floatType, floatValueOf, intType, typeName, typeOf } from './object';
import { toIndex, toNumber } from './native';
import { callMethod, callValue, getAttr, repr, str } from './protocols';

/** format(v, spec) */
export function formatValue(v: PyValue, spec: string): string {
  if (typeof v === 'number' || typeof v === 'bigint') return formatNumber(v, 'int', spec);
  if (typeof v === 'boolean') return spec === '' ? (v ? 'True' : 'False') : formatNumber(v ? 1 : 0, 'bool', spec);
  if (typeof v === 'string') return formatString(v, spec);
  if (v instanceof Tensor) return formatNumber(v.item(), 'float', spec);
  const f = v.cls.lookup('__format__');
  if (f !== null && !(f instanceof PyMethodDescriptor && f.owner.name === 'object')) {
    const r = callMethod(f, v, [spec], null);
    if (typeof r !== 'string') throw typeError(`__format__ must return a str, not ${typeName(r)}`);
    return r;
  }
  if (spec !== '') throw typeError(`unsupported format string passed to ${v.cls.tpName}.__format__`);
  return str(v);
}

/** ascii(v): repr(v) with every non-ASCII character escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
export function asciiRepr(v: PyValue): string {
  let out = '';
  for (const ch of repr(v)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

export function convertField(v: PyValue, conv: 'r' | 's' | 'a' | null): PyValue {
  if (conv === 'r') return repr(v);
  if (conv === 'a') return asciiRepr(v);
  if (conv === 's') return str(v);
  return v;
}

/** str.format(*args, **kwargs) */
export function strFormat(template: string, args: PyValue[], kwargs: Map<string, PyValue> | null): string {
  let auto = 0;
  let mode: 'auto' | 'manual' | null = null;
  const resolve = (field: string): PyValue => {
    const m = /^([^.[]*)(.*)$/s.exec(field)!;
    const head = m[1];
    let v: PyValue;
    if (head === '') {
      if (mode === 'manual') throw valueError('cannot switch from manual field specification to automatic field numbering');
      mode = 'auto';
      const i = auto++;
      if (i >= args.length) throw indexError(`Replacement index ${i} out of range for positional args tuple`);
      v = args[i];
    } else if (/^\d+$/.test(head)) {
      if (mode === 'auto') throw valueError('cannot switch from automatic field numbering to manual field specification');
      mode = 'manual';
      const i = Number(head);
      if (i >= args.length) throw indexError(`Replacement index ${i} out of range for positional args tuple`);
      v = args[i];
    } else {
      const kv = kwargs?.get(head);
      if (kv === undefined) throw pyErr(KeyError, head);
      v = kv;
    }
    let rest = m[2];
    while (rest.length > 0) {
      const a = /^\.([^.[]+)/.exec(rest);
      if (a !== null) {
        v = getAttr(v, a[1]);
        rest = rest.slice(a[0].length);
        continue;
      }
      const k = /^\[([^\]]+)\]/.exec(rest);
      if (k !== null) {
        v = getItem(v, /^\d+$/.test(k[1]) ? Number(k[1]) : k[1]);
        rest = rest.slice(k[0].length);
        continue;
      }
      throw valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
    return v;
  };
  const expand = (s: string, depth: number): string => {
    let out = '';
    let i = 0;
    while (i < s.length) {
      const c = s[i];
      if (c === '{') {
        if (s[i + 1] === '{') {
          out += '{';
          i += 2;
          continue;
        }
        // find the matching close brace (nested fields inside the spec)
        let j = i + 1;
        let level = 1;
        while (j < s.length && level > 0) {
          if (s[j] === '{') level++;
          else if (s[j] === '}') level--;
          if (level > 0) j++;
        }
        if (j >= s.length) throw valueError("expected '}' before end of string");
        const body = s.slice(i + 1, j);
        i = j + 1;
        let field = body;
        let conv: 'r' | 's' | 'a' | null = null;
        let spec = '';
        const colon = indexOutsideBrackets(body, ':');
        if (colon >= 0) {
          field = body.slice(0, colon);
          spec = body.slice(colon + 1);
        }
        const bang = field.indexOf('!');
        if (bang >= 0) {
          const cv = field.slice(bang + 1);
          if (cv !== 'r' && cv !== 's' && cv !== 'a') throw valueError(`Unknown conversion specifier ${cv}`);
          conv = cv;
          field = field.slice(0, bang);
        }
        if (depth > 1) throw valueError('Max string recursion exceeded');
        // the field is numbered before the fields nested in its spec ('{:{}.{}f}': 0, then 1 and 2)
        const value = convertField(resolve(field), conv);
        const fullSpec = spec.includes('{') ? expand(spec, depth + 1) : spec;
        out += formatValue(value, fullSpec);
        continue;
      }
      if (c === '}') {
        if (s[i + 1] === '}') {
          out += '}';
          i += 2;
          continue;
        }
        throw valueError("Single '}' encountered in format string");
      }
      out += c;
      i++;
    }
    return out;
  };
  return expand(template, 0);
}

function indexOutsideBrackets(s: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']') depth--;
    else if (s[i] === ch && depth === 0) return i;
  }
  return -1;
}

/** An operand of `%`: str() and repr() are computed only when a conversion asks for them. */
function percentArg(v: PyValue): PercentArg {
  const kind = typeof v === 'number' || typeof v === 'bigint' ? 'int' : typeof v === 'boolean' ? 'bool' : typeof v === 'string' ? 'str' : isFloatLike(v) ? 'float' : 'other';
  const value =
    typeof v === 'number' || typeof v === 'bigint' || typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : kind === 'float' ? floatValueOf(v as Tensor | PyObject) : null;
  return {
    kind,
    value,
    get str() {
      return str(v);
    },
    get repr() {
      return repr(v);
    },
    typeName: typeName(v),
    number: kind === 'other' ? numberSlots(v as PyObject) : undefined,
  };
}

/** A float or an instance of a float subclass (np.float64). */
function isFloatLike(v: PyValue): boolean {
  return v instanceof Tensor || (v instanceof PyNumberObject && v.cls.isSubtypeOf(floatType));
}

/** The number protocol of an object for `%` (undefined when its type has none of the slots). */
function numberSlots(v: PyObject): NumberSlots | undefined {
  const has = (name: string): boolean => {
    const m = v.cls.lookup(name);
    return m !== null && m !== None;
  };
  const index = has('__index__');
  const int = index || has('__int__') || has('__trunc__');
  const float = index || has('__float__');
  if (!int && !float) return undefined;
  return {
    index: index ? () => nullOnTypeError(() => BigInt(toIndex(v))) : null,
    int: int ? () => nullOnTypeError(() => asBigInt(callValue(intType, [v], null))) : null,
    float: float ? () => toNumber(v) : null,
  };
}

/** An integer conversion for `%`; null when it raised a TypeError (CPython then names the wrong type). */
function nullOnTypeError(convert: () => bigint): bigint | null {
  try {
    return convert();
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(TypeError)) return null;
    throw e;
  }
}

function asBigInt(i: PyValue): bigint {
  if (typeof i === 'bigint') return i;
  if (typeof i === 'number') return BigInt(i);
  if (typeof i === 'boolean') return i ? 1n : 0n;
  throw typeError(`__int__ returned non-int (type ${typeName(i)})`);
}

/** template % values */
export function percent(template: string, values: PyValue): string {
  if (values instanceof PyTuple) return percentFormat(template, values.items.map(percentArg));
  if (values instanceof PyDict || (typeof values === 'object' && !(values instanceof Tensor) && values.cls.lookup('__getitem__') !== null && !(values instanceof PyTuple) && typeof values !== 'string')) {
    const self = percentArg(values);
    return percentFormat(template, {
      mapping: (key: string) => {
        if (values instanceof PyDict) {
          const v = values.get(key);
          if (v === undefined) throw pyErr(KeyError, key);
          return percentArg(v);
        }
        return percentArg(getItem(values, key));
      },
      self,
    });
  }
  return percentFormat(template, [percentArg(values)]);
}

export { None };
