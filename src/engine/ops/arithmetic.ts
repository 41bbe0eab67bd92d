// add, sub, mul, div, neg: the gates of the lecture. Each op's forward and its
// vector-Jacobian product sit side by side; `sumTo` undoes broadcasting (the copy gate).
import { floatResult, promote } from '../dtype';
import { mapBinary, mapUnary, sumTo } from '../kernels';
import { record } from '../tape';
import { Tensor } from '../tensor';

// add gate: distributes the upstream gradient unchanged to both inputs.
export function add(a: Tensor, b: Tensor): Tensor {
  const out = mapBinary(a, b, promote(a.dtype, b.dtype), (x, y) => x + y);
  return record(out, 'add', [a, b], (g) => [sumTo(g, a.shape), sumTo(g, b.shape)]);
}

export function sub(a: Tensor, b: Tensor): Tensor {
  const out = mapBinary(a, b, promote(a.dtype, b.dtype), (x, y) => x - y);
  return record(out, 'sub', [a, b], (g) => [sumTo(g, a.shape), sumTo(neg(g), b.shape)]);
}

// mul gate: swaps; each input gets upstream x the other input.
export function mul(a: Tensor, b: Tensor): Tensor {
  const out = mapBinary(a, b, promote(a.dtype, b.dtype), (x, y) => x * y);
  return record(out, 'mul', [a, b], (g) => [sumTo(mul(g, b), a.shape), sumTo(mul(g, a), b.shape)]);
}

// d(a/b)/da = 1/b, d(a/b)/db = -a/b^2
export function div(a: Tensor, b: Tensor): Tensor {
  const out = mapBinary(a, b, floatResult(promote(a.dtype, b.dtype)), (x, y) => x / y);
  return record(out, 'div', [a, b], (g) => [
    sumTo(div(g, b), a.shape),
    sumTo(neg(div(mul(g, a), mul(b, b))), b.shape),
  ]);
}

export function neg(a: Tensor): Tensor {
  const out = mapUnary(a, a.dtype === 'bool' ? 'bool' : a.dtype, (x) => -x);
  return record(out, 'neg', [a], (g) => [neg(g)]);
}
