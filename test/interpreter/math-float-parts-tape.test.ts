// math.dist, math.hypot, math.ldexp and math.modf record their derivatives on the tape (their values are
// checked against CPython by test/python/math/float_parts.py).
import { beforeAll, describe, expect, it } from 'vitest';
import { Tensor, backward } from '../../src/engine';
import type { Span } from '../../src/python/ir';
import { loadPython, runSource } from '../../src/python/run';
import type { PyValue } from '../../src/python/runtime/object';
import type { TraceRecorder } from '../../src/python/trace';

beforeAll(async () => {
  await loadPython();
});

class Bindings implements TraceRecorder {
  values = new Map<string, PyValue>();
  bind(_scope: string, name: string, _span: Span, _frame: number, value: PyValue): void {
    this.values.set(name, value);
  }
  call(): void {}
  return(): void {}
}

function gradients(src: string, output: string, inputs: string[]): number[] {
  const rec = new Bindings();
  const r = runSource(src, { filename: 'x.py', recorder: rec });
  expect(r.stderr).toBe('');
  const grads = backward(rec.values.get(output) as Tensor);
  return inputs.map((name) => grads.get(rec.values.get(name) as Tensor)!.item());
}

describe('math float parts on the tape', () => {
  it('dist: d/dp = (p - q) / dist and d/dq = -(p - q) / dist', () => {
    const src = 'import math\na = 1.0\nb = 6.0\nc = 4.0\nd = 2.0\ny = math.dist([a, b], [c, d])\n';
    expect(gradients(src, 'y', ['a', 'b', 'c', 'd'])).toEqual([-3 / 5, 4 / 5, 3 / 5, -4 / 5]);
  });

  it('hypot: d/dx_k = x_k / hypot', () => {
    const src = 'import math\na = 3.0\nb = -4.0\nc = 12.0\ny = math.hypot(a, b, c)\n';
    expect(gradients(src, 'y', ['a', 'b', 'c'])).toEqual([3 / 13, -4 / 13, 12 / 13]);
  });

  it('ldexp scales the gradient by 2**i, modf passes it to the fractional part', () => {
    expect(gradients('import math\nx = 0.75\ny = math.ldexp(x, 5)\n', 'y', ['x'])).toEqual([32]);
    expect(gradients('import math\nx = -2.75\ny = math.modf(x)[0] * 3.0\n', 'y', ['x'])).toEqual([3]);
  });
});
