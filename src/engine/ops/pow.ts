// pow, square, sqrt: the power functions.
import { DType, isInteger, isNarrowInteger, promote } from '../dtype';
import { EngineError } from '../errors';
import { sumTo } from '../kernels';
import { namedRule, Rule, recordRule, recordRule1 } from '../tape';
import { Tensor } from '../tensor';
import { floatUnaryResult, int8ForBools } from './elementwise-dtype';
import { pow as libmPow } from './libm/pow';
import { binaryOp, gradOp, ternaryOp, unaryOp } from './loops';

// d(a^b)/da = b a^(b-1), taken as 0 where b == 0 (so 0^0 passes no NaN);
// d(a^b)/db = a^b log(a), taken as 0 where a == 0 and b >= 0 (torch's convention).
// An integer exponent is a constant of the program, not a differentiable input.
const powRule: Rule = {
  vjp: (g, [a, b]) => [
    sumTo(
      ternaryOp(g, a, b, 'float64', (gi, x, y, dx) => {
        for (let i = 0; i < dx.length; i++) dx[i] = y[i] === 0 ? 0 : gi[i] * y[i] * power(x[i], y[i] - 1);
      }),
      a.shape,
    ),
    isInteger(b.dtype) || b.dtype === 'bool'
      ? null
      : sumTo(
          ternaryOp(g, a, b, 'float64', (gi, x, y, db) => {
            for (let i = 0; i < db.length; i++)
              db[i] = x[i] === 0 && y[i] >= 0 ? 0 : gi[i] * power(x[i], y[i]) * Math.log(x[i]);
          }),
          b.shape,
        ),
  ],
  scalar: (g, inputs, _, d) => {
    const x = inputs[0].item();
    const y = inputs[1].item();
    d[0] = y === 0 ? 0 : g * y * power(x, y - 1);
    if (isInteger(inputs[1].dtype) || inputs[1].dtype === 'bool') return 1;
    d[1] = x === 0 && y >= 0 ? 0 : g * power(x, y) * Math.log(x);
    return 2;
  },
};

export function pow(a: Tensor, b: Tensor): Tensor {
  const dtype = powResult(a, b);
  const out = isNarrowInteger(dtype)
    ? binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
        for (let i = 0; i < z.length; i++) z[i] = wrappingPower(x[i * sx], y[i * sy]);
      })
    : b.size === 1 && b.ndim <= a.ndim
      ? powByScalar(a, b.item(), dtype)
      : binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
          for (let i = 0; i < z.length; i++) z[i] = power(x[i * sx], y[i * sy]);
        });
  return recordRule(out, 'pow', [a, b], powRule, b.ndim === 0 ? { exponent: b.item() } : undefined);
}

function powResult(a: Tensor, b: Tensor): DType {
  const dtype = int8ForBools(promote(a.dtype, b.dtype));
  if (isInteger(dtype) && isInteger(b.dtype)) {
    const e = b.data;
    for (let i = 0; i < e.length; i++)
      if (e[i] < 0) throw new EngineError('ValueError', 'Integers to negative integer powers are not allowed.');
  }
  return dtype;
}

// C's pow (libm/pow.ts: correctly rounded, C's special values).
const power = libmPow;

/** base^e (e >= 0) modulo 2^32, by squaring, as numpy's integer power loop wraps; the result's
 *  dtype (32 bits or fewer) wraps it further. */
function wrappingPower(base: number, e: number): number {
  let result = 1;
  let b = base | 0;
  while (e > 0) {
    if (e % 2 === 1) result = Math.imul(result, b);
    b = Math.imul(b, b);
    e = Math.floor(e / 2);
  }
  return result;
}

// numpy's loop for an exponent broadcast from one value squares for 2, takes the square root
// for 0.5 (so (-0)^0.5 is -0 and (-inf)^0.5 NaN, unlike C's pow) and the reciprocal for -1.
function powByScalar(a: Tensor, e: number, dtype: DType): Tensor {
  if (e === 2)
    return unaryOp(a, dtype, (x, y) => {
      for (let i = 0; i < y.length; i++) y[i] = x[i] * x[i];
    });
  if (e === 0.5)
    return unaryOp(a, dtype, (x, y) => {
      for (let i = 0; i < y.length; i++) y[i] = Math.sqrt(x[i]);
    });
  if (e === -1)
    return unaryOp(a, dtype, (x, y) => {
      for (let i = 0; i < y.length; i++) y[i] = 1 / x[i];
    });
  return unaryOp(a, dtype, (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = power(x[i], e);
  });
}

const squareRule = namedRule({
  name: 'square',
  vjp: (g, [a]) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = 2 * gi[i] * x[i];
    }),
  ],
  scalar: (g, x, _, d) => {
    d[0] = 2 * g * x[0].item();
    return 1;
  },
});

export function square(a: Tensor): Tensor {
  const dtype = int8ForBools(a.dtype);
  const out = isNarrowInteger(dtype)
    ? unaryOp(a, dtype, (x, y) => {
        for (let i = 0; i < y.length; i++) y[i] = Math.imul(x[i], x[i]);
      })
    : unaryOp(a, dtype, (x, y) => {
        for (let i = 0; i < y.length; i++) y[i] = x[i] * x[i];
      });
  return recordRule1(out, a, squareRule);
}

// d sqrt(x)/dx = 1 / (2 sqrt(x)): infinite at 0, as in torch.
const sqrtRule = namedRule({
  name: 'sqrt',
  vjp: (g, _, out) => [
    gradOp(g, out, (gi, y, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] / (2 * y[i]);
    }),
  ],
  scalar: (g, _, out, d) => {
    d[0] = g / (2 * out.item());
    return 1;
  },
});

export function sqrt(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('sqrt', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.sqrt(x[i]);
  });
  return recordRule1(out, a, sqrtRule);
}
