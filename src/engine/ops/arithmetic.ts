// add, sub, mul, div, neg: the gates of the lecture, and floorDivide, mod. Each op's forward
// and its vector-Jacobian product sit side by side; `sumTo` undoes broadcasting (the copy gate).
// The gates are Rules (one shared VJP per op, no closure per node) with a `scalar` twin on
// numbers for 0-d nodes, which backward runs without allocating. Two float64 0-d operands
// (Python floats) take `scalarOp`: the same IEEE operation, made and recorded in one step.
import { DType, castValue, floatResult, isFloat, promote } from '../dtype';
import { EngineError } from '../errors';
import { sumTo } from '../kernels';
import { namedRule, record, recordRule1, recordRule2, scalarOp } from '../tape';
import { ScalarTensor, Tensor, zeros } from '../tensor';
import { int8ForBools } from './elementwise-dtype';
import { wrapsProducts } from './wrapping-gemm';
import { ArithmeticLoops, arithmeticOp, binaryOp, somePair, unaryOp } from './loops';

// add gate: distributes the upstream gradient unchanged to both inputs.
const addGate = namedRule({
  name: 'add',
  vjp: (g, [a, b]) => [sumTo(g, a.shape), sumTo(g, b.shape)],
  scalar: (g, _, __, d) => {
    d[0] = g;
    d[1] = g;
    return 2;
  },
});

const addLoops: ArithmeticLoops = {
  both: (x, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i] + y[i];
  },
  right: (x, b, z) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i] + b;
  },
  left: (a, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = a + y[i];
  },
};

export function add(a: Tensor, b: Tensor): Tensor {
  if (a instanceof ScalarTensor && b instanceof ScalarTensor) return scalarOp(a.item() + b.item(), addGate, a, b);
  const out = arithmeticOp(a, b, promote(a.dtype, b.dtype), addLoops);
  return recordRule2(out, a, b, addGate);
}

const subGate = namedRule({
  name: 'sub',
  vjp: (g, [a, b]) => [sumTo(g, a.shape), sumTo(neg(g), b.shape)],
  scalar: (g, _, __, d) => {
    d[0] = g;
    d[1] = -g;
    return 2;
  },
});

const subLoops: ArithmeticLoops = {
  both: (x, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i] - y[i];
  },
  right: (x, b, z) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i] - b;
  },
  left: (a, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = a - y[i];
  },
};

export function sub(a: Tensor, b: Tensor): Tensor {
  if (a instanceof ScalarTensor && b instanceof ScalarTensor) return scalarOp(a.item() - b.item(), subGate, a, b);
  if (a.dtype === 'bool' && b.dtype === 'bool')
    throw new EngineError(
      'TypeError',
      'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.',
    );
  const out = arithmeticOp(a, b, promote(a.dtype, b.dtype), subLoops);
  return recordRule2(out, a, b, subGate);
}

// mul gate: swaps; each input gets upstream x the other input.
const mulGate = namedRule({
  name: 'mul',
  vjp: (g, [a, b]) => [sumTo(mul(g, b), a.shape), sumTo(mul(g, a), b.shape)],
  scalar: (g, x, _, d) => {
    d[0] = g * x[1].item();
    d[1] = g * x[0].item();
    return 2;
  },
});

const mulLoops: ArithmeticLoops = {
  both: (x, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i] * y[i];
  },
  right: (x, b, z) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i] * b;
  },
  left: (a, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = a * y[i];
  },
};

// int32 and uint32 products pass 2^53: Math.imul keeps the low 32 bits exact, which is all that
// wraps into the result.
const wrappingMulLoops: ArithmeticLoops = {
  both: (x, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = Math.imul(x[i], y[i]);
  },
  right: (x, b, z) => {
    for (let i = 0; i < z.length; i++) z[i] = Math.imul(x[i], b);
  },
  left: (a, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = Math.imul(a, y[i]);
  },
};

export function mul(a: Tensor, b: Tensor): Tensor {
  if (a instanceof ScalarTensor && b instanceof ScalarTensor) return scalarOp(a.item() * b.item(), mulGate, a, b);
  const dtype = promote(a.dtype, b.dtype);
  const out = arithmeticOp(a, b, dtype, dtype !== 'float64' && wrapsProducts(dtype) ? wrappingMulLoops : mulLoops);
  return recordRule2(out, a, b, mulGate);
}

// d(a/b)/da = 1/b, d(a/b)/db = -a/b^2 (b^2 computed in b's dtype, as mul(b, b) does).
const divGate = namedRule({
  name: 'div',
  vjp: (g, [a, b]) => [sumTo(div(g, b), a.shape), sumTo(neg(div(mul(g, a), mul(b, b))), b.shape)],
  scalar: (g, x, _, d) => {
    const a = x[0].item();
    const b = x[1].item();
    d[0] = g / b;
    d[1] = -((g * a) / castValue(x[1].dtype, b * b));
    return 2;
  },
});

const divLoops: ArithmeticLoops = {
  both: (x, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i] / y[i];
  },
  right: (x, b, z) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i] / b;
  },
  left: (a, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = a / y[i];
  },
};

export function div(a: Tensor, b: Tensor): Tensor {
  if (a instanceof ScalarTensor && b instanceof ScalarTensor) return scalarOp(a.item() / b.item(), divGate, a, b);
  const out = arithmeticOp(a, b, floatResult(promote(a.dtype, b.dtype)), divLoops);
  return recordRule2(out, a, b, divGate);
}

const negGate = namedRule({
  name: 'neg',
  vjp: (g) => [neg(g)],
  scalar: (g, _, __, d) => {
    d[0] = -g;
    return 1;
  },
});

export function neg(a: Tensor): Tensor {
  if (a instanceof ScalarTensor) return scalarOp(-a.item(), negGate, a, null);
  if (a.dtype === 'bool')
    throw new EngineError(
      'TypeError',
      'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.',
    );
  const out = unaryOp(a, a.dtype, (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = -x[i];
  });
  return recordRule1(out, a, negGate);
}

// floorDivide (numpy's floor_divide, Python's //) and mod (remainder, %): the quotient is
// rounded toward -inf and the remainder takes the divisor's sign. Integer division by zero
// gives 0 (numpy warns); float division by zero gives inf/nan.

// The quotient is a step function of a and b: gradient 0, jumps where a/b is an integer.
export function floorDivide(a: Tensor, b: Tensor): Tensor {
  const dtype = divisionResult(a, b);
  const out = isFloat(dtype)
    ? binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
        for (let i = 0; i < z.length; i++) z[i] = floatFloorDivide(x[i * sx], y[i * sy]);
      })
    : binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
        for (let i = 0; i < z.length; i++) {
          const d = y[i * sy];
          z[i] = d === 0 ? 0 : Math.floor(x[i * sx] / d);
        }
      });
  return record(out, 'floorDivide', [a, b], () => [zeros(a.shape), zeros(b.shape)], {
    nearKink: (eps) => somePair(a, b, nearMultiple(eps)),
  });
}

// a mod b = a - b floor(a/b): d/da = 1, d/db = -floor(a/b).
export function mod(a: Tensor, b: Tensor): Tensor {
  const dtype = divisionResult(a, b);
  const out = isFloat(dtype)
    ? binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
        for (let i = 0; i < z.length; i++) z[i] = floatMod(x[i * sx], y[i * sy]);
      })
    : binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
        for (let i = 0; i < z.length; i++) {
          const d = y[i * sy];
          const r = d === 0 ? 0 : x[i * sx] % d;
          z[i] = r !== 0 && r < 0 !== d < 0 ? r + d : r;
        }
      });
  return record(
    out,
    'mod',
    [a, b],
    (g) => {
      const q = binaryOp(a, b, 'float64', (x, y, z, sx, sy) => {
        for (let i = 0; i < z.length; i++) z[i] = floatFloorDivide(x[i * sx], y[i * sy]);
      });
      return [sumTo(g, a.shape), sumTo(neg(mul(g, q)), b.shape)];
    },
    { nearKink: (eps) => somePair(a, b, nearMultiple(eps)) },
  );
}

function divisionResult(a: Tensor, b: Tensor): DType {
  return int8ForBools(promote(a.dtype, b.dtype));
}

// Within eps of a jump: a is within eps of a multiple k b (moving b by eps moves k b by |k| eps),
// or b is within eps of 0.
const nearMultiple = (eps: number) => (x: number, y: number) => {
  if (Math.abs(y) <= eps) return true;
  const k = Math.round(x / y);
  return Math.abs(x - k * y) <= eps * (1 + Math.abs(k));
};

// numpy's npy_divmod: fmod, then adjusted to Python's convention, the quotient snapped to
// the nearest integer. (C's `if (mod)` is true for NaN; JavaScript's is not, hence !== 0.)
function floatFloorDivide(a: number, b: number): number {
  if (b === 0) return a / b;
  const m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && b < 0 !== m < 0) div -= 1;
  if (div === 0) return copySignOfZero(a / b);
  let q = Math.floor(div);
  if (div - q > 0.5) q += 1;
  return q;
}

function floatMod(a: number, b: number): number {
  if (b === 0) return a % b;
  const m = a % b;
  if (m === 0) return copySignOfZero(b);
  return b < 0 !== m < 0 ? m + b : m;
}

/** copysign(0, v): -0 for a negative v or -0, else 0. */
function copySignOfZero(v: number): number {
  return v < 0 || Object.is(v, -0) ? -0 : 0;
}
