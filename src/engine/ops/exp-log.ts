// exp, log, log1p, expm1. Each VJP is a Rule with a `scalar` twin for 0-d nodes. exp is the
// table-driven one of libm/exp.ts (correctly rounded in practice, as glibc's, which CPython's
// math.exp calls, is in all but ~0.1% of cases; V8's Math.exp misses about 1 in 10), for 0-d
// tensors too. log is libm/log.ts's, correctly rounded like glibc's (V8's Math.log differs in
// the last bit for ~0.5% of inputs, log(3) among them), ~65 ns a call against Math.log's 8.
// log1p and expm1 stay V8's.
import { log as libmLog } from './libm/log';
import { expInto } from './libm/exp';
import { namedRule, Rule, recordRule1 } from '../tape';
import { Tensor } from '../tensor';
import { floatUnaryResult } from './elementwise-dtype';
import { gradOp, unaryOp } from './loops';

// d e^x/dx = e^x: the output itself.
const expRule = namedRule({
  name: 'exp',
  vjp: (g, _, out) => [
    gradOp(g, out, (gi, y, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * y[i];
    }),
  ],
  scalar: (g, _, out, d) => {
    d[0] = g * out.item();
    return 1;
  },
});

export function exp(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('exp', a.dtype), (x, y) => expInto(x, y));
  return recordRule1(out, a, expRule);
}

const logRule = namedRule({
  name: 'log',
  vjp: (g, [a]) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] / x[i];
    }),
  ],
  scalar: (g, x, _, d) => {
    d[0] = g / x[0].item();
    return 1;
  },
});

export function log(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('log', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = libmLog(x[i]);
  });
  return recordRule1(out, a, logRule);
}

const log1pRule = namedRule({
  name: 'log1p',
  vjp: (g, [a]) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] / (1 + x[i]);
    }),
  ],
  scalar: (g, x, _, d) => {
    d[0] = g / (1 + x[0].item());
    return 1;
  },
});

export function log1p(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('log1p', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.log1p(x[i]);
  });
  return recordRule1(out, a, log1pRule);
}

// d(e^x - 1)/dx = e^x = output + 1
const expm1Rule = namedRule({
  name: 'expm1',
  vjp: (g, _, out) => [
    gradOp(g, out, (gi, y, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = gi[i] * (y[i] + 1);
    }),
  ],
  scalar: (g, _, out, d) => {
    d[0] = g * (out.item() + 1);
    return 1;
  },
});

export function expm1(a: Tensor): Tensor {
  const out = unaryOp(a, floatUnaryResult('expm1', a.dtype), (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.expm1(x[i]);
  });
  return recordRule1(out, a, expm1Rule);
}
