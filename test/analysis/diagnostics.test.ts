// Every diagnostic code of CLI.md, at the right line, with a message a person understands.
import { beforeAll, describe, expect, it } from 'vitest';
import { binding, ready, run } from './helpers';

beforeAll(ready);

describe('diagnostics', () => {
  it('runtime-error: at the raising line, with Python\'s message, earlier values kept', () => {
    const r = run('a = 2.0\nb = a * 3\nc = b / 0\nd = 1\n');
    const d = r.diagnostics.find((x) => x.code === 'runtime-error');
    expect(d).toMatchObject({ severity: 'error', line: 3 });
    expect(d?.message).toBe('ZeroDivisionError: float division by zero');
    expect(binding(r, 'b').value).toBe(6);
    expect(r.exitCode).toBe(1);
  });

  it('unsupported: names the module, at the import', () => {
    const r = run('x = 1.0\nimport scipy\n');
    const d = r.diagnostics.find((x) => x.code === 'unsupported');
    expect(d).toMatchObject({ severity: 'warning', line: 2 });
    expect(d?.message).toContain('scipy');
    expect(r.diagnostics.some((x) => x.code === 'runtime-error')).toBe(false);
  });

  it('budget-exceeded: an endless loop stops, what ran before stays', () => {
    const r = run('x = 3.0\ny = x * 2\nwhile True:\n    y = y + 1\n', { maxSteps: 100_000 });
    const d = r.diagnostics.find((x) => x.code === 'budget-exceeded');
    expect(d?.severity).toBe('warning');
    expect([3, 4]).toContain(d?.line);
    expect(binding(r, 'x').value).toBe(3);
    expect(r.exitCode).toBe(3);
  });

  it('non-finite: where an Inf first came out of finite inputs, not where it propagates', () => {
    const r = run('big = 1e308\nover = big * 10.0\nmore = over + 1.0\nloss = more * 2.0\n');
    const ds = r.diagnostics.filter((x) => x.code === 'non-finite');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'warning', line: 2 });
  });

  it('a syntax error is a runtime-error at CPython\'s line', () => {
    const r = run('x = 1\ny = (2 +\n');
    const d = r.diagnostics[0];
    expect(d.code).toBe('runtime-error');
    expect(d.message).toMatch(/^SyntaxError: /);
  });

  it('non-ML code: no root complaints, no checks, no diagnostics', () => {
    const r = run('names = ["a", "b"]\nfor n in names:\n    print(n.upper())\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.checks).toEqual([]);
    expect(r.stdout).toBe('A\nB\n');
  });
});

describe('roots and gradients', () => {
  it('the lecture circuit: the last assignment is the root; every gradient exact', () => {
    const r = run('x = -2.0\ny = 5.0\nz = -4.0\nq = x + y\nf = q * z\n');
    expect(r.root).toMatchObject({ name: 'f', line: 5, value: -12, rule: 'last-assignment' });
    expect(['x', 'y', 'z', 'q', 'f'].map((n) => binding(r, n).grad)).toEqual([-4, -4, 3, -4, 1]);
  });

  it('a variable named loss wins over a later assignment; --root overrides', () => {
    const src = 'w = 3.0\nloss = w * w\nother = w + 1.0\n';
    expect(run(src).root?.name).toBe('loss');
    expect(binding(run(src), 'w').grad).toBe(6);
    const r = run(src, { root: 'other' });
    expect(r.root?.name).toBe('other');
    expect(binding(r, 'w').grad).toBe(1);
  });

  it('a function named *loss*: the first element of what its last call returned', () => {
    const r = run('def my_loss(a):\n    out = a * a * 3.0\n    return out, 0\n\nv = 2.0\nres = my_loss(v)\nz = 5.0\n');
    expect(r.root?.rule).toBe('loss-function');
    expect(binding(r, 'v').grad).toBe(12);
  });

  it('grad is null without a path and 0 through a flat region', () => {
    const r = run('a = 2.0\nb = 7.0\nm = max(a, 0.0)\nn = max(-a, 0.0)\nloss = m + n * 3.0\n');
    expect(binding(r, 'b').grad).toBeNull();
    expect(binding(r, 'a').grad).toBe(1);
  });

  it("the lecture's gate patterns: add distributes, mul swaps, max routes (0 to the smaller), copy adds", () => {
    const r = run('x = 3.0\ny = -4.0\nz = 2.0\nw = -1.0\nf = 2.0 * (x * y + max(z, w))\n');
    expect(['x', 'y', 'z', 'w'].map((n) => binding(r, n).grad)).toEqual([-8, 6, 2, 0]);
    const copy = run('a = 3.0\nb = a * 2.0 + a * 5.0\n');
    expect(binding(copy, 'a').grad).toBe(7);
  });

  it('inside a loop: the last iteration with the count', () => {
    const r = run('s = 0.0\nfor i in range(4):\n    s = s + 1.5\nloss = s * 2.0\n');
    const b = r.bindings.find((x) => x.name === 's' && x.line === 3);
    expect(b?.count).toBe(4);
    expect(b?.value).toBe(6);
    expect(b?.grad).toBe(2);
  });
});
