// sin, cos.
import { record } from '../tape';
import { Tensor } from '../tensor';
import { floatUnaryResult } from './elementwise-dtype';
import { gradOp, unaryOp } from './loops';

export function sin(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('sin', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.sin(x[i]);
  });
  return record(out, 'sin', [a], (g) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * Math.cos(x[i]);
    }),
  ]);
}

export function cos(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('cos', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.cos(x[i]);
  });
  return record(out, 'cos', [a], (g) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = -gi[i] * Math.sin(x[i]);
    }),
  ]);
}
