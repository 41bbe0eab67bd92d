// abs, sign, floor, ceil: piecewise functions with kinks or jumps.
import { namedRule, record, recordRule1 } from '../tape';
import { Tensor, zeros } from '../tensor';
import { EngineError } from '../errors';
import { gradOp, someElement, unaryOp } from './loops';

const nearInteger = (eps: number) => (x: number) => Math.abs(x - Math.round(x)) <= eps;

// d|x|/dx = sign(x), 0 at the kink x == 0 as in torch.
const absRule = namedRule({
  name: 'abs',
  vjp: (g, [a]) => [
    gradOp(g, a, (gi, x, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = x[i] > 0 ? gi[i] : x[i] < 0 ? -gi[i] : 0;
    }),
  ],
  scalar: (g, inputs, _, d) => {
    const x = inputs[0].item();
    d[0] = x > 0 ? g : x < 0 ? -g : 0;
    return 1;
  },
  nearKink: (eps, [a]) => someElement(a, (x) => Math.abs(x) <= eps),
});

export function abs(a: Tensor): Tensor {
  const out = unaryOp(a, a.dtype, (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.abs(x[i]);
  });
  return recordRule1(out, a, absRule);
}

// numpy's sign: -1, 0 (for both zeros) or 1, NaN for NaN. Flat, so its gradient is 0.
export function sign(a: Tensor): Tensor {
  if (a.dtype === 'bool')
    throw new EngineError(
      'TypeError',
      "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
    );
  const out = unaryOp(a, a.dtype, (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = x[i] > 0 ? 1 : x[i] < 0 ? -1 : x[i] === 0 ? 0 : x[i];
  });
  return record(out, 'sign', [a], () => [zeros(a.shape)], {
    nearKink: (eps) => someElement(a, (x) => Math.abs(x) <= eps),
  });
}

// floor and ceil keep int and bool inputs' dtype (numpy 2.x) and are flat: gradient 0,
// jumps at the integers.
export function floor(a: Tensor): Tensor {
  const out = unaryOp(a, a.dtype, (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.floor(x[i]);
  });
  return record(out, 'floor', [a], () => [zeros(a.shape)], {
    nearKink: (eps) => someElement(a, nearInteger(eps)),
  });
}

export function ceil(a: Tensor): Tensor {
  const out = unaryOp(a, a.dtype, (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = Math.ceil(x[i]);
  });
  return record(out, 'ceil', [a], () => [zeros(a.shape)], {
    nearKink: (eps) => someElement(a, nearInteger(eps)),
  });
}
