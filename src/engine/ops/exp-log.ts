// exp, log, log1p, expm1.
import { record } from '../tape';
import { Tensor } from '../tensor';
import { floatUnaryResult } from './elementwise-dtype';
import { gradOp, unaryOp } from './loops';

// d e^x/dx = e^x: the output itself.
export function exp(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('exp', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.exp(x[i]);
  });
  return record(out, 'exp', [a], (g) => [
    gradOp(g, out, (gi, y, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * y[i];
    }),
  ]);
}

export function log(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('log', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.log(x[i]);
  });
  return record(out, 'log', [a], (g) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] / x[i];
    }),
  ]);
}

export function log1p(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('log1p', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.log1p(x[i]);
  });
  return record(out, 'log1p', [a], (g) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] / (1 + x[i]);
    }),
  ]);
}

// d(e^x - 1)/dx = e^x = output + 1
export function expm1(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('expm1', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.expm1(x[i]);
  });
  return record(out, 'expm1', [a], (g) => [
    gradOp(g, out, (gi, y, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * (y[i] + 1);
    }),
  ]);
}
