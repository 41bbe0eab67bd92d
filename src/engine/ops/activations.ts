// tanh, sigmoid, relu: the neural-network nonlinearities. Each VJP is a Rule with a `scalar`
// twin for 0-d nodes. Arrays use the table-driven tanh and exp of libm/ (correctly rounded
// but for ~1 case in 10^4); a single tanh (a 0-d tensor, as Python floats are, or a 1-element
// array, which must agree with it) stays V8's Math.tanh, the fdlibm algorithm glibc also uses,
// so that math.tanh of a Python float prints what CPython prints.
import { exp as libmExp } from './libm/exp';
import { tanhInto } from './libm/tanh';
import { namedRule, Rule, recordRule1 } from '../tape';
import { Tensor } from '../tensor';
import { floatUnaryResult } from './elementwise-dtype';
import { gradOp, someElement, unaryOp } from './loops';

// d tanh(x)/dx = 1 - tanh(x)^2
const tanhRule = namedRule({
  name: 'tanh',
  vjp: (g, _, out) => [
    gradOp(g, out, (gi, y, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * (1 - y[i] * y[i]);
    }),
  ],
  scalar: (g, _, out, d) => {
    const y = out.item();
    d[0] = g * (1 - y * y);
    return 1;
  },
});

export function tanh(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('tanh', a.dtype), (x, y) => tanhInto(x, y), Math.tanh);
  return recordRule1(out, a, tanhRule);
}

// sigmoid(x) = 1 / (1 + e^-x), computed from e^-|x| so that no exp overflows;
// d sigmoid(x)/dx = s (1 - s).
const sigmoidRule = namedRule({
  name: 'sigmoid',
  vjp: (g, _, out) => [
    gradOp(g, out, (gi, s, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * s[i] * (1 - s[i]);
    }),
  ],
  scalar: (g, _, out, d) => {
    const s = out.item();
    d[0] = g * s * (1 - s);
    return 1;
  },
});

export function sigmoid(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('sigmoid', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) {
      const v = x[i];
      if (v >= 0) y[i] = 1 / (1 + libmExp(-v));
      else {
        const e = libmExp(v);
        y[i] = e / (1 + e);
      }
    }
  });
  return recordRule1(out, a, sigmoidRule);
}

// relu(x) = max(x, 0), NaN and -0 passing through as in torch. The gradient gate is
// "x > 0" with 0 at the kink x == 0 (and NaN, which is not <= 0, passing as torch's does).
const reluRule = namedRule({
  name: 'relu',
  vjp: (g, [a]) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = x[i] <= 0 ? 0 : gi[i];
    }),
  ],
  scalar: (g, x, _, d) => {
    d[0] = x[0].item() <= 0 ? 0 : g;
    return 1;
  },
  nearKink: (eps, [a]) => someElement(a, (x) => Math.abs(x) <= eps),
});

export function relu(a: Tensor): Tensor {
  const out = unaryOp(a, a.dtype, (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = x[i] < 0 ? 0 : x[i];
  });
  return recordRule1(out, a, reluRule);
}
