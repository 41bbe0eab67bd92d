// sin, cos: the forward values libm/sincos.ts's, correctly rounded like glibc's (V8's Math.sin and Math.cos
// differ in the last bit for a few percent of inputs), ~90 ns a value against 12. Each VJP is a
// Rule with a `scalar` twin for 0-d nodes.
import { namedRule, Rule, recordRule1 } from '../tape';
import { Tensor } from '../tensor';
import { floatUnaryResult } from './elementwise-dtype';
import { gradOp, unaryOp } from './loops';
import { cos as libmCos, sin as libmSin } from './libm/sincos';

const sinRule = namedRule({
  name: 'sin',
  vjp: (g, [a]) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * Math.cos(x[i]);
    }),
  ],
  scalar: (g, x, _, d) => {
    d[0] = g * Math.cos(x[0].item());
    return 1;
  },
});

export function sin(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('sin', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = libmSin(x[i]);
  });
  return recordRule1(out, a, sinRule);
}

const cosRule = namedRule({
  name: 'cos',
  vjp: (g, [a]) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = -gi[i] * Math.sin(x[i]);
    }),
  ],
  scalar: (g, x, _, d) => {
    d[0] = -g * Math.sin(x[0].item());
    return 1;
  },
});

export function cos(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('cos', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = libmCos(x[i]);
  });
  return recordRule1(out, a, cosRule);
}
