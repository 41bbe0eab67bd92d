// The methods of str.
import { PyList, PyTuple, tuple } from './collections';
import { pyErr, typeError, valueError } from './errors';
import { toArray } from './iter';
import { defineMethod, defineRawMethod, isNone, toIndex, toSliceIndex } from './native';
import { None, NotImplemented, PyValue, strType, typeName } from './object';
import { strRepr, strLength } from './protocols';
import { percent, strFormat, formatValue } from './strformat';

const s = (v: PyValue): string => v as string;

function argStr(v: PyValue | undefined, fname: string, pos = 1): string {
  if (typeof v !== 'string') throw typeError(`${fname}() argument ${pos} must be str, not ${typeName(v!)}`);
  return v;
}

const WS = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0';
function stripChars(str: string, chars: PyValue | undefined, left: boolean, right: boolean): string {
  const set = isNone(chars) ? WS : (chars as string);
  let a = 0;
  let b = str.length;
  if (left) while (a < b && set.includes(str[a])) a++;
  if (right) while (b > a && set.includes(str[b - 1])) b--;
  return str.slice(a, b);
}

function splitWhitespace(str: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = str.length;
  while (i < n) {
    while (i < n && WS.includes(str[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let rest = str.slice(i);
      rest = stripChars(rest, undefined, false, true);
      out.push(rest);
      return out;
    }
    let j = i;
    while (j < n && !WS.includes(str[j])) j++;
    out.push(str.slice(i, j));
    i = j;
  }
  return out;
}

/** Installs the methods on the builtin type objects (called once by runtime/setup.ts). */
export function installStrMethods(): void {
  defineMethod(strType, 'split', 'sep=None, maxsplit=-1', (self, [sep, max]) => {
    const str = s(self);
    const maxsplit = toIndex(max!);
    if (isNone(sep)) return new PyList(splitWhitespace(str, maxsplit));
    const d = argStr(sep, 'split');
    if (d === '') throw valueError('empty separator');
    const parts = str.split(d);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) parts.splice(maxsplit, parts.length, parts.slice(maxsplit).join(d));
    return new PyList(parts);
  });
  defineMethod(strType, 'rsplit', 'sep=None, maxsplit=-1', (self, [sep, max]) => {
    const str = s(self);
    const maxsplit = toIndex(max!);
    if (maxsplit < 0) return new PyList(isNone(sep) ? splitWhitespace(str, -1) : str.split(argStr(sep, 'rsplit')));
    if (isNone(sep)) {
      const all = splitWhitespace(str, -1);
      if (all.length <= maxsplit + 1) return new PyList(all);
      const keep = all.slice(all.length - maxsplit);
      let head = stripChars(str, undefined, false, true);
      for (let k = 0; k < maxsplit; k++) head = stripChars(head.slice(0, head.lastIndexOf(keep[keep.length - 1 - k])), undefined, false, true);
      return new PyList([head, ...keep]);
    }
    const d = argStr(sep, 'rsplit');
    const parts = str.split(d);
    if (parts.length > maxsplit + 1) {
      const cut = parts.length - maxsplit;
      return new PyList([parts.slice(0, cut).join(d), ...parts.slice(cut)]);
    }
    return new PyList(parts);
  });
  defineMethod(strType, 'join', 'iterable', (self, [it]) => {
    const items = toArray(it!);
    for (let i = 0; i < items.length; i++)
      if (typeof items[i] !== 'string') throw typeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    return (items as string[]).join(s(self));
  });
  defineMethod(strType, 'strip', 'chars=None', (self, [c]) => stripChars(s(self), c, true, true));
  defineMethod(strType, 'lstrip', 'chars=None', (self, [c]) => stripChars(s(self), c, true, false));
  defineMethod(strType, 'rstrip', 'chars=None', (self, [c]) => stripChars(s(self), c, false, true));
  defineMethod(strType, 'upper', '', (self) => s(self).toUpperCase());
  defineMethod(strType, 'lower', '', (self) => s(self).toLowerCase());
  defineMethod(strType, 'casefold', '', (self) => s(self).toLowerCase());
  defineMethod(strType, 'swapcase', '', (self) => Array.from(s(self)).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''));
  defineMethod(strType, 'capitalize', '', (self) => {
    const str = s(self);
    return str.length === 0 ? str : str[0].toUpperCase() + str.slice(1).toLowerCase();
  });
  defineMethod(strType, 'title', '', (self) => s(self).toLowerCase().replace(/(^|[^A-Za-z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()));
  defineMethod(strType, 'replace', 'old, new, count=-1', (self, [o, n, c]) => {
    const old = argStr(o, 'replace', 1);
    const nw = argStr(n, 'replace', 2);
    let count = toIndex(c!);
    const str = s(self);
    if (count < 0) return old === '' ? Array.from(str).map((ch) => nw + ch).join('') + nw : str.split(old).join(nw);
    let out = '';
    let i = 0;
    while (count > 0) {
      const j = str.indexOf(old, i);
      if (j < 0) break;
      out += str.slice(i, j) + nw;
      i = j + old.length;
      count--;
    }
    return out + str.slice(i);
  });
  function affix(name: 'startswith' | 'endswith'): void {
    defineMethod(strType, name, 'prefix, start=None, end=None', (self, [p, st, en]) => {
      let str = s(self);
      if (!isNone(st) || !isNone(en)) str = str.slice(isNone(st) ? 0 : toSliceIndex(st!), isNone(en) ? undefined : toSliceIndex(en!));
      const cands = p instanceof PyTuple ? p.items : [p!];
      for (const c of cands) {
        if (typeof c !== 'string')
          throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(c)}`);
        if (name === 'startswith' ? str.startsWith(c) : str.endsWith(c)) return true;
      }
      return false;
    });
  }
  affix('startswith');
  affix('endswith');
  function finder(name: string, fromRight: boolean, raise: boolean): void {
    defineMethod(strType, name, 'sub, start=None, end=None', (self, [sub, st, en]) => {
      const str = s(self);
      const a = isNone(st) ? 0 : normIdx(toSliceIndex(st!), str.length);
      const b = isNone(en) ? str.length : normIdx(toSliceIndex(en!), str.length);
      const sb = argStr(sub, name);
      const seg = str.slice(a, b);
      const r = fromRight ? seg.lastIndexOf(sb) : seg.indexOf(sb);
      if (r < 0 || b < a) {
        if (raise) throw valueError('substring not found');
        return -1;
      }
      return r + a;
    });
  }
  function normIdx(i: number, n: number): number {
    return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
  }
  finder('find', false, false);
  finder('rfind', true, false);
  finder('index', false, true);
  finder('rindex', true, true);
  defineMethod(strType, 'count', 'sub, start=None, end=None', (self, [sub, st, en]) => {
    const str = s(self).slice(isNone(st) ? 0 : toSliceIndex(st!), isNone(en) ? undefined : toSliceIndex(en!));
    const sb = argStr(sub, 'count');
    if (sb === '') return strLength(str) + 1;
    return str.split(sb).length - 1;
  });
  const pred = (name: string, re: RegExp): void =>
    defineMethod(strType, name, '', (self) => s(self).length > 0 && re.test(s(self)));
  pred('isdigit', /^[0-9\u0660-\u0669]+$/u);
  pred('isdecimal', /^[0-9]+$/);
  pred('isnumeric', /^\p{N}+$/u);
  pred('isalpha', /^\p{L}+$/u);
  pred('isalnum', /^[\p{L}\p{N}]+$/u);
  pred('isspace', /^\s+$/);
  defineMethod(strType, 'isupper', '', (self) => /\p{Lu}/u.test(s(self)) && !/\p{Ll}/u.test(s(self)));
  defineMethod(strType, 'islower', '', (self) => /\p{Ll}/u.test(s(self)) && !/\p{Lu}/u.test(s(self)));
  defineMethod(strType, 'isidentifier', '', (self) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s(self)));
  function pad(name: 'center' | 'ljust' | 'rjust'): void {
    defineMethod(strType, name, "width, fillchar=' '", (self, [w, f]) => {
      const str = s(self);
      const width = toIndex(w!);
      const fill = f as string;
      if (typeof fill !== 'string' || strLength(fill) !== 1) throw typeError('The fill character must be exactly one character long');
      const n = strLength(str);
      if (width <= n) return str;
      const total = width - n;
      if (name === 'ljust') return str + fill.repeat(total);
      if (name === 'rjust') return fill.repeat(total) + str;
      const left = Math.floor(total / 2) + (total & width & 1);
      return fill.repeat(left) + str + fill.repeat(total - left);
    });
  }
  pad('center');
  pad('ljust');
  pad('rjust');
  defineMethod(strType, 'zfill', 'width', (self, [w]) => {
    const str = s(self);
    const width = toIndex(w!);
    if (str.length >= width) return str;
    const sign = str[0] === '-' || str[0] === '+' ? str[0] : '';
    return sign + '0'.repeat(width - str.length) + str.slice(sign.length);
  });
  defineMethod(strType, 'splitlines', 'keepends=False', (self, [k]) => {
    const str = s(self);
    const out: string[] = [];
    const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0;
    for (let m = re.exec(str); m !== null; m = re.exec(str)) {
      out.push(str.slice(last, k ? m.index + m[0].length : m.index));
      last = m.index + m[0].length;
    }
    if (last < str.length) out.push(str.slice(last));
    return new PyList(out);
  });
  defineMethod(strType, 'partition', 'sep', (self, [sep]) => {
    const str = s(self);
    const d = argStr(sep, 'partition');
    const i = str.indexOf(d);
    return i < 0 ? tuple([str, '', '']) : tuple([str.slice(0, i), d, str.slice(i + d.length)]);
  });
  defineMethod(strType, 'rpartition', 'sep', (self, [sep]) => {
    const str = s(self);
    const d = argStr(sep, 'rpartition');
    const i = str.lastIndexOf(d);
    return i < 0 ? tuple(['', '', str]) : tuple([str.slice(0, i), d, str.slice(i + d.length)]);
  });
  defineMethod(strType, 'removeprefix', 'prefix', (self, [p]) => (s(self).startsWith(p as string) ? s(self).slice((p as string).length) : s(self)));
  defineMethod(strType, 'removesuffix', 'suffix', (self, [p]) =>
    (p as string).length > 0 && s(self).endsWith(p as string) ? s(self).slice(0, s(self).length - (p as string).length) : s(self),
  );
  defineMethod(strType, 'expandtabs', 'tabsize=8', (self, [t]) => s(self).replace(/\t/g, ' '.repeat(toIndex(t!))));
  defineRawMethod(strType, 'format', (self, args, kwargs) => strFormat(s(self), args, kwargs));
  defineRawMethod(strType, '__format__', (self, args) => formatValue(self, args[0] as string));
  defineRawMethod(strType, '__mod__', (self, args) => percent(s(self), args[0]));
  defineRawMethod(strType, '__rmod__', () => NotImplemented);
  defineRawMethod(strType, '__add__', (self, args) => (typeof args[0] === 'string' ? s(self) + args[0] : NotImplemented));
  defineRawMethod(strType, '__mul__', (self, args) => repeat(s(self), args[0]));
  defineRawMethod(strType, '__rmul__', (self, args) => repeat(s(self), args[0]));
  defineRawMethod(strType, '__len__', (self) => strLength(s(self)));
  defineRawMethod(strType, '__repr__', (self) => strRepr(s(self)));
  defineRawMethod(strType, '__str__', (self) => s(self));
  defineRawMethod(strType, 'encode', () => {
    throw pyErr('NotImplementedError', 'bytes are not supported by gradlens yet');
  });

  function repeat(str: string, n: PyValue): PyValue {
    if (typeof n === 'number' || typeof n === 'boolean') return +n > 0 ? str.repeat(+n) : '';
    return NotImplemented;
  }
}
