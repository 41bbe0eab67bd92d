// Comparisons, logical ops and the isnan family: bool results with no gradient, so their
// outputs are not recorded (they are leaves of the graph). Truthiness is numpy's: nonzero
// or NaN.
import type { Tensor } from '../tensor';
import { binaryOp, unaryOp } from './loops';

export function equal(a: Tensor, b: Tensor): Tensor {
  return binaryOp(a, b, 'bool', (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i * sx] === y[i * sy] ? 1 : 0;
  });
}

export function notEqual(a: Tensor, b: Tensor): Tensor {
  return binaryOp(a, b, 'bool', (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i * sx] !== y[i * sy] ? 1 : 0;
  });
}

export function less(a: Tensor, b: Tensor): Tensor {
  return binaryOp(a, b, 'bool', (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i * sx] < y[i * sy] ? 1 : 0;
  });
}

export function lessEqual(a: Tensor, b: Tensor): Tensor {
  return binaryOp(a, b, 'bool', (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i * sx] <= y[i * sy] ? 1 : 0;
  });
}

export function greater(a: Tensor, b: Tensor): Tensor {
  return binaryOp(a, b, 'bool', (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i * sx] > y[i * sy] ? 1 : 0;
  });
}

export function greaterEqual(a: Tensor, b: Tensor): Tensor {
  return binaryOp(a, b, 'bool', (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i * sx] >= y[i * sy] ? 1 : 0;
  });
}

// x !== 0 is numpy's truthiness: true for NaN too.
export function logicalAnd(a: Tensor, b: Tensor): Tensor {
  return binaryOp(a, b, 'bool', (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i * sx] !== 0 && y[i * sy] !== 0 ? 1 : 0;
  });
}

export function logicalOr(a: Tensor, b: Tensor): Tensor {
  return binaryOp(a, b, 'bool', (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = x[i * sx] !== 0 || y[i * sy] !== 0 ? 1 : 0;
  });
}

export function logicalXor(a: Tensor, b: Tensor): Tensor {
  return binaryOp(a, b, 'bool', (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = (x[i * sx] !== 0) !== (y[i * sy] !== 0) ? 1 : 0;
  });
}

export function logicalNot(a: Tensor): Tensor {
  return unaryOp(a, 'bool', (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = x[i] === 0 ? 1 : 0;
  });
}

export function isnan(a: Tensor): Tensor {
  return unaryOp(a, 'bool', (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = x[i] !== x[i] ? 1 : 0;
  });
}

export function isinf(a: Tensor): Tensor {
  return unaryOp(a, 'bool', (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = x[i] === Infinity || x[i] === -Infinity ? 1 : 0;
  });
}

export function isfinite(a: Tensor): Tensor {
  return unaryOp(a, 'bool', (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = x[i] - x[i] === 0 ? 1 : 0;
  });
}
