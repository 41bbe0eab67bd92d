// Python's operators: int arithmetic on JS numbers (exact, up to 2**53), float arithmetic through
// the engine (so it is recorded on the tape), then the dunder protocol with reflected operands.
import * as E from '../../engine';
import { Tensor, libmPow } from '../../engine';
import { PyList, PyTuple } from './collections';
import { OverflowError, Unsupported, pyErr, typeError, valueError, zeroDivision } from './errors';
import { None, NotImplemented, PyType, PyValue, pyFloat, typeName, typeOf } from './object';
import { callMethod, richEq, richNe, richOrder, truthy, contains } from './protocols';
import { PyMethodDescriptor } from './functions';
import { hasIndex, toIndex } from './native';
import { ratioToFloat } from './exact-ratio';
import { intType, boolType, floatType } from './object';

export type BinOpName = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';

export const DUNDERS: Record<BinOpName, [string, string, string]> = {
  '+': ['__add__', '__radd__', '__iadd__'],
  '-': ['__sub__', '__rsub__', '__isub__'],
  '*': ['__mul__', '__rmul__', '__imul__'],
  '/': ['__truediv__', '__rtruediv__', '__itruediv__'],
  '//': ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  '%': ['__mod__', '__rmod__', '__imod__'],
  '**': ['__pow__', '__rpow__', '__ipow__'],
  '@': ['__matmul__', '__rmatmul__', '__imatmul__'],
  '<<': ['__lshift__', '__rlshift__', '__ilshift__'],
  '>>': ['__rshift__', '__rrshift__', '__irshift__'],
  '&': ['__and__', '__rand__', '__iand__'],
  '|': ['__or__', '__ror__', '__ior__'],
  '^': ['__xor__', '__rxor__', '__ixor__'],
};

/** Raised when an int leaves the exactly representable range. */
export function bigIntUnsupported(): Unsupported {
  return new Unsupported('integers beyond 2**53');
}

/** An int result computed in doubles: exact or an honest stop; -0 normalised to 0. */
export function intResult(r: number): number {
  if (Number.isSafeInteger(r)) return r + 0;
  throw bigIntUnsupported();
}

/** Python ints beyond 2**53 are bigints; smaller ones are always numbers. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function intAdd(a: number, b: number): number | bigint {
  const r = a + b;
  return Number.isSafeInteger(r) ? r : normBig(BigInt(a) + BigInt(b));
}
export function intSub(a: number, b: number): number | bigint {
  const r = a - b;
  return Number.isSafeInteger(r) ? r : normBig(BigInt(a) - BigInt(b));
}
export function intMul(a: number, b: number): number | bigint {
  const r = a * b;
  return Number.isSafeInteger(r) ? r + 0 : normBig(BigInt(a) * BigInt(b));
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function bigMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** int op int when an operand or the result is beyond 2**53. */
function bigBinary(op: BinOpName, x: bigint, y: bigint, bothBool: boolean): PyValue {
  switch (op) {
    case '+':
      return normBig(x + y);
    case '-':
      return normBig(x - y);
    case '*':
      return normBig(x * y);
    case '/': {
      if (y === 0n) throw zeroDivision('division by zero');
      const q = ratioToFloat(x, y); // rounded once, as CPython's int / int
      if (!Number.isFinite(q)) throw pyErr(OverflowError, 'integer division result too large for a float');
      return pyFloat(q);
    }
    case '//':
      if (y === 0n) throw zeroDivision('integer division or modulo by zero');
      return normBig(bigFloorDiv(x, y));
    case '%':
      if (y === 0n) throw zeroDivision('integer modulo by zero');
      return normBig(bigMod(x, y));
    case '**':
      if (y < 0n) {
        if (x === 0n) throw zeroDivision('0.0 cannot be raised to a negative power');
        return pyFloat(libmPow(Number(x), Number(y)));
      }
      if (y > 100000n) throw bigIntUnsupported();
      return normBig(x ** y);
    case '<<':
      if (y < 0n) throw valueError('negative shift count');
      return normBig(x << y);
    case '>>':
      if (y < 0n) throw valueError('negative shift count');
      return normBig(x >> y);
    case '&':
    case '|':
    case '^': {
      const r = normBig(op === '&' ? x & y : op === '|' ? x | y : x ^ y);
      return bothBool ? r !== 0 : r;
    }
    case '@':
      return NotImplemented;
  }
}

/** The float operand of mixed arithmetic: floats as they are, ints/bools as fresh leaves. */
function asTensor(v: number | bigint | boolean | Tensor): Tensor {
  if (v instanceof Tensor) return v;
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!Number.isFinite(x)) throw pyErr(OverflowError, 'int too large to convert to float');
    return pyFloat(x);
  }
  return pyFloat(+v);
}

function isNum(v: PyValue): v is number | bigint | boolean | Tensor {
  const t = typeof v;
  return t === 'number' || t === 'boolean' || t === 'bigint' || v instanceof Tensor;
}

export function pyFloorMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
}

function intPow(a: number, b: number): PyValue {
  if (b < 0) {
    if (a === 0) throw zeroDivision('0.0 cannot be raised to a negative power');
    return pyFloat(libmPow(a, b));
  }
  let result = 1;
  let base = a;
  let e = b;
  while (e > 0) {
    if (e & 1) result = result * base;
    e = Math.floor(e / 2);
    if (e > 0) base = base * base;
    if (!Number.isSafeInteger(result) || !Number.isSafeInteger(base)) return bigBinary('**', BigInt(a), BigInt(b), false);
  }
  return result + 0;
}

/** Arithmetic on ints, bools and floats; NotImplemented for any other operand. */
export function numBinary(op: BinOpName, a: PyValue, b: PyValue): PyValue {
  if (!isNum(a) || !isNum(b)) return NotImplemented;
  if (!(a instanceof Tensor) && !(b instanceof Tensor)) {
    if (typeof a === 'bigint' || typeof b === 'bigint') return bigBinary(op, BigInt(a), BigInt(b), false);
    const x = +a;
    const y = +b;
    switch (op) {
      case '+':
        return intAdd(x, y);
      case '-':
        return intSub(x, y);
      case '*':
        return intMul(x, y);
      case '/':
        if (y === 0) throw zeroDivision('division by zero');
        return pyFloat(x / y);
      case '//':
        if (y === 0) throw zeroDivision('integer division or modulo by zero');
        return Math.abs(x) < 2 ** 52 && Math.abs(y) < 2 ** 52 ? (x - pyFloorMod(x, y)) / y + 0 : normBig(bigFloorDiv(BigInt(x), BigInt(y)));
      case '%':
        if (y === 0) throw zeroDivision('integer modulo by zero');
        return pyFloorMod(x, y);
      case '**':
        return intPow(x, y);
      case '<<': {
        if (y < 0) throw valueError('negative shift count');
        const r = x * Math.pow(2, y);
        return Number.isSafeInteger(r) ? r : bigBinary(op, BigInt(x), BigInt(y), false);
      }
      case '>>':
        if (y < 0) throw valueError('negative shift count');
        return Math.floor(x / Math.pow(2, y)) + 0;
      case '&':
      case '|':
      case '^': {
        const r = bitwise(op, x, y);
        return typeof a === 'boolean' && typeof b === 'boolean' ? r !== 0 : r;
      }
      case '@':
        return NotImplemented;
    }
  }
  const ta = asTensor(a);
  const tb = asTensor(b);
  switch (op) {
    case '+':
      return E.add(ta, tb);
    case '-':
      return E.sub(ta, tb);
    case '*':
      return E.mul(ta, tb);
    case '/':
      if (tb.item() === 0) throw zeroDivision('float division by zero');
      return E.div(ta, tb);
    case '//':
      if (tb.item() === 0) throw zeroDivision('float floor division by zero');
      return E.floorDivide(ta, tb);
    case '%':
      if (tb.item() === 0) throw zeroDivision('float modulo');
      return E.mod(ta, tb);
    case '**':
      return floatPow(ta, b instanceof Tensor ? tb : Tensor.scalar(Number(b), 'int64'));
    default:
      return NotImplemented;
  }
}

function floatPow(a: Tensor, b: Tensor): PyValue {
  const x = a.item();
  const y = b.item();
  if (x === 0 && y < 0) throw zeroDivision('0.0 cannot be raised to a negative power');
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) throw new Unsupported('complex numbers (a negative number raised to a fractional power)');
  const r = E.pow(a, b);
  if (!Number.isFinite(r.item()) && Number.isFinite(x) && Number.isFinite(y))
    throw pyErr(OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

function bitwise(op: '&' | '|' | '^', x: number, y: number): number {
  if (Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31) return op === '&' ? x & y : op === '|' ? x | y : x ^ y;
  const a = BigInt(x);
  const b = BigInt(y);
  return Number(normBig(op === '&' ? a & b : op === '|' ? a | b : a ^ b));
}

/** `a op b` for any operands. */
export function binaryOp(op: BinOpName, a: PyValue, b: PyValue): PyValue {
  if (isNum(a) && isNum(b)) {
    const r = numBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  return binaryDispatch(op, a, b);
}

/** The dunder protocol: a.__op__(b), then b.__rop__(a) (first when b's type subclasses a's). */
export function binaryDispatch(op: BinOpName, a: PyValue, b: PyValue): PyValue {
  const dunders = DUNDERS[op]; // (not destructured: cheaper before the JIT optimizes this)
  const name = dunders[0];
  const rname = dunders[1];
  const ta = typeOf(a);
  const tb = typeOf(b);
  let triedB = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const fb = tb.lookup(rname);
    if (fb !== null && fb !== None && fb !== ta.lookup(rname)) {
      triedB = true;
      const r = callMethod(fb, b, [a], null);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = ta.lookup(name);
  if (fa !== null && fa !== None) {
    const r = callMethod(fa, a, [b], null);
    if (r !== NotImplemented) return r;
  }
  if (!triedB && ta !== tb) {
    const fb = tb.lookup(rname);
    if (fb !== null && fb !== None) {
      const r = callMethod(fb, b, [a], null);
      if (r !== NotImplemented) return r;
    }
  }
  // Sequence repetition comes after both number slots, with the count through __index__
  // (CPython's sequence_repeat): [0] * np.int64(3), np.int64(2) * 'ab'.
  if (op === '*') {
    if (isSequence(a) && typeof b === 'object' && hasIndex(b)) return binaryOp('*', a, toIndex(b));
    if (isSequence(b) && typeof a === 'object' && hasIndex(a)) return binaryOp('*', toIndex(a), b);
  }
  throw binaryTypeError(op, a, b);
}

function binaryTypeError(op: BinOpName, a: PyValue, b: PyValue) {
  const na = typeName(a);
  const nb = typeName(b);
  if (op === '+' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple))
    return typeError(`can only concatenate ${na} (not "${nb}") to ${na}`);
  if (op === '*' && (isSequence(a) || isSequence(b)))
    return typeError(`can't multiply sequence by non-int of type '${isSequence(a) ? nb : na}'`);
  if (op === '**') return typeError(`unsupported operand type(s) for ** or pow(): '${na}' and '${nb}'`);
  return typeError(`unsupported operand type(s) for ${op}: '${na}' and '${nb}'`);
}

function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
}

/** `a op= b`: __iop__ when the type has one (lists, numpy arrays, user classes), else binary. */
export function inplaceOp(op: BinOpName, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'object' && !(a instanceof Tensor)) {
    const f = a.cls.lookup(DUNDERS[op][2]);
    if (f !== null && f !== None) {
      const r = callMethod(f, a, [b], null);
      if (r !== NotImplemented) return r;
    }
  }
  return binaryOp(op, a, b);
}

// ---- unary -----------------------------------------------------------------------------------

export function negate(v: PyValue): PyValue {
  if (typeof v === 'number') return 0 - v;
  if (typeof v === 'bigint') return normBig(-v);
  if (v instanceof Tensor) return E.neg(v);
  if (typeof v === 'boolean') return v ? -1 : 0;
  return unaryDispatch(v, '__neg__', '-');
}

export function positive(v: PyValue): PyValue {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof Tensor) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return unaryDispatch(v, '__pos__', '+');
}

export function invert(v: PyValue): PyValue {
  if (typeof v === 'bigint') return normBig(-v - 1n);
  if (typeof v === 'number' || typeof v === 'boolean') return -(+v) - 1;
  return unaryDispatch(v, '__invert__', '~');
}

function unaryDispatch(v: PyValue, name: string, sym: string): PyValue {
  const f = typeOf(v).lookup(name);
  if (f !== null && f !== None) return callMethod(f, v, [], null);
  throw typeError(`bad operand type for unary ${sym}: '${typeName(v)}'`);
}

// ---- comparisons -----------------------------------------------------------------------------

export type CmpOp = '<' | '<=' | '>' | '>=' | '==' | '!=' | 'in' | 'not in' | 'is' | 'is not';

export function compareOp(op: CmpOp, a: PyValue, b: PyValue): PyValue {
  switch (op) {
    case '<':
      if (typeof a === 'number' && typeof b === 'number') return a < b;
      return richOrder(a, b, '__lt__');
    case '<=':
      if (typeof a === 'number' && typeof b === 'number') return a <= b;
      return richOrder(a, b, '__le__');
    case '>':
      if (typeof a === 'number' && typeof b === 'number') return a > b;
      return richOrder(a, b, '__gt__');
    case '>=':
      if (typeof a === 'number' && typeof b === 'number') return a >= b;
      return richOrder(a, b, '__ge__');
    case '==':
      if (typeof a === 'number' && typeof b === 'number') return a === b;
      return richEq(a, b);
    case '!=':
      if (typeof a === 'number' && typeof b === 'number') return a !== b;
      return richNe(a, b);
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    case 'is':
      return isSame(a, b);
    case 'is not':
      return !isSame(a, b);
  }
}

/** `is`: identity; equal small ints/strs/bools are the same object in CPython too. */
export function isSame(a: PyValue, b: PyValue): boolean {
  return a === b;
}

// ---- the numeric dunders of int, bool and float, for the generic protocol ---------------------

function defineNumericDunders(t: PyType): void {
  // int's and bool's dunders answer NotImplemented to floats (float's reflected ones take over).
  const accepts = t === floatType ? isNum : (v: PyValue) => typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
  for (const op of Object.keys(DUNDERS) as BinOpName[]) {
    const [name, rname] = DUNDERS[op];
    t.dict!.set(name, new PyMethodDescriptor(name, t, (self, args) => (accepts(args[0]) ? numBinary(op, self, args[0]) : NotImplemented)));
    t.dict!.set(rname, new PyMethodDescriptor(rname, t, (self, args) => (accepts(args[0]) ? numBinary(op, args[0], self) : NotImplemented)));
  }
  t.dict!.set('__neg__', new PyMethodDescriptor('__neg__', t, (self) => negate(self)));
  t.dict!.set('__pos__', new PyMethodDescriptor('__pos__', t, (self) => positive(self)));
  t.dict!.set('__bool__', new PyMethodDescriptor('__bool__', t, (self) => truthy(self)));
  for (const [name, op] of [['__eq__', '=='], ['__ne__', '!='], ['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']] as const)
    t.dict!.set(name, new PyMethodDescriptor(name, t, (self, args) => (isNum(args[0]) ? compareOp(op, self, args[0]) : NotImplemented)));
}
/** Installs the numeric dunders of int, bool and float (runtime/setup.ts). */
export function installNumericDunders(): void {
  defineNumericDunders(intType);
  defineNumericDunders(boolType);
  defineNumericDunders(floatType);
}
