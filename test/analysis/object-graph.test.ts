// Object-graph checks of hand-written micrograd-style engines.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { example, ready, run } from './helpers';

beforeAll(ready);

const handwritten = example('micrograd/handwritten.py');

describe('object-graph checks', () => {
  it('no false mismatch after training steps: shared input floats, parameters updated from earlier grads', () => {
    // two SGD steps of a 2-16-16-1 MLP: leaves wrapping one input float share its tensor, and each
    // parameter's .data was computed from the previous step's gradients
    const src = readFileSync(join(__dirname, '../../bench/interpreter/programs/micrograd_mlp.py'), 'utf8').replace('range(50)', 'range(6)');
    const r = run(src);
    expect(r.checks.length).toBeGreaterThanOrEqual(4);
    expect(r.checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'gradient-mismatch')).toEqual([]);
  });

  it("reports a wrong _backward in the method that defines it, on the line that assigns the grad", () => {
    const r = run(handwritten);
    const tanh = r.checks.find((c) => c.function === 'Value.tanh');
    expect(tanh?.status).toBe('mismatch');
    const diags = r.diagnostics.filter((d) => d.code === 'gradient-mismatch');
    expect(diags).toHaveLength(1); // one per root cause: the leaves' echo is not a second diagnostic
    const line = handwritten.split('\n').findIndex((l) => l.includes('self.grad += (1 - t) * out.grad')) + 1;
    expect(diags[0].line).toBe(line);
    expect(diags[0].message).toContain('Value.tanh');
    // the correct operations pass
    expect(r.checks.find((c) => c.function === 'Value.__mul__')?.status).toBe('pass');
    expect(r.checks.find((c) => c.function === 'Value.__add__')?.status).toBe('pass');
  });

  it('passes the corrected engine and reports the true gradients', () => {
    const fixed = handwritten.replace('self.grad += (1 - t) * out.grad', 'self.grad += (1 - t**2) * out.grad');
    const r = run(fixed);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.checks.length).toBeGreaterThanOrEqual(3);
    expect(r.checks.every((c) => c.status === 'pass')).toBe(true);
    expect(r.root?.name).toBe('o');
    expect(r.root?.rule).toBe('backward-call');
  });

  it('catches leaves whose grads were not zeroed between two backward passes', () => {
    const src = handwritten.replace('self.grad += (1 - t) * out.grad', 'self.grad += (1 - t**2) * out.grad') + '\no.backward()\n';
    const r = run(src);
    const leaf = r.checks.find((c) => c.function === 'Value.backward');
    expect(leaf?.status).toBe('mismatch');
    expect(r.diagnostics.some((d) => d.code === 'gradient-mismatch' && /zeroed/.test(d.message))).toBe(true);
  });
});
