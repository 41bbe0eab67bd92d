// tanh, sigmoid, relu: the neural-network nonlinearities.
import { record } from '../tape';
import { Tensor } from '../tensor';
import { floatUnaryResult } from './elementwise-dtype';
import { gradOp, someElement, unaryOp } from './loops';

// d tanh(x)/dx = 1 - tanh(x)^2
export function tanh(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('tanh', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.tanh(x[i]);
  });
  return record(out, 'tanh', [a], (g) => [
    gradOp(g, out, (gi, y, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * (1 - y[i] * y[i]);
    }),
  ]);
}

// sigmoid(x) = 1 / (1 + e^-x), computed from e^-|x| so that no exp overflows;
// d sigmoid(x)/dx = s (1 - s).
export function sigmoid(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('sigmoid', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) {
      const v = x[i];
      if (v >= 0) y[i] = 1 / (1 + Math.exp(-v));
      else {
        const e = Math.exp(v);
        y[i] = e / (1 + e);
      }
    }
  });
  return record(out, 'sigmoid', [a], (g) => [
    gradOp(g, out, (gi, s, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * s[i] * (1 - s[i]);
    }),
  ]);
}

// relu(x) = max(x, 0), NaN and -0 passing through as in torch. The gradient gate is
// "x > 0" with 0 at the kink x == 0 (and NaN, which is not <= 0, passing as torch's does).
export function relu(a: Tensor): Tensor {
  const out = unaryOp(a, a.dtype, (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = x[i] < 0 ? 0 : x[i];
  });
  return record(
    out,
    'relu',
    [a],
    (g) => [
      gradOp(g, a, (gi, x, dx) => {
        for (let i = 0; i < dx.length; i++) dx[i] = x[i] <= 0 ? 0 : gi[i];
      }),
    ],
    { nearKink: (eps) => someElement(a, (x) => Math.abs(x) <= eps) },
  );
}
