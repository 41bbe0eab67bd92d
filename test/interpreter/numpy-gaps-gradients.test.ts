// Gradients through the numpy functions built for learners' code (np.c_/np.r_, flip, cumprod,
// diagonal/trace, a.flat and ndenumerate, unique, where= reductions, max with initial=): the
// engine's gradient of `loss` with respect to the array `x` (and a Python float `a`) against
// central finite differences, each run of the program given a perturbed input.
import { beforeAll, describe, expect, it } from 'vitest';
import { Tensor, backward } from '../../src/engine';
import { runClean as run, tensorOf } from './run-helpers';
import { loadPython } from '../../src/python/run';
import type { RunResult } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});



const floats = (xs: readonly number[]): string => xs.map((v) => v.toFixed(17)).join(', ');

/** The program: line 1 imports numpy, line 2 binds x, line 3 binds the float a, then `body`. */
function program(body: string, xs: readonly number[], a: number): string {
  return `import numpy as np\nx = np.array([${floats(xs)}])\na = ${a.toFixed(17)}\n${body}`;
}

function lossOf(r: RunResult): number {
  return tensorOf(r.log.last('loss')!.value).item();
}

/** d loss / d x (flattened) and d loss / d a: exact (engine) and by central differences. */
function gradients(body: string, xs: readonly number[], a: number): { exact: number[]; numeric: number[] } {
  const r = run(program(body, xs, a));
  const bound = (name: string, line: number): Tensor => tensorOf(r.log.entries().find((e) => e.name === name && e.line === line)!.value);
  const grads = backward(tensorOf(r.log.last('loss')!.value));
  const exactOf = (t: Tensor): number[] => Array.from(grads.get(t)?.data ?? new Float64Array(t.size));
  const exact = [...exactOf(bound('x', 2)), ...exactOf(bound('a', 3))];
  const h = 1e-6;
  const numeric: number[] = [];
  const at = (dx: number[], da: number): number => lossOf(run(program(body, dx, da)));
  for (let i = 0; i < xs.length; i++) {
    const up = xs.map((v, j) => (j === i ? v + h : v));
    const down = xs.map((v, j) => (j === i ? v - h : v));
    numeric.push((at(up, a) - at(down, a)) / (2 * h));
  }
  numeric.push((at([...xs], a + h) - at([...xs], a - h)) / (2 * h));
  return { exact, numeric };
}

function expectClose(exact: number[], numeric: number[]): void {
  expect(exact.length).toBe(numeric.length);
  exact.forEach((e, i) => expect(Math.abs(e - numeric[i]), `element ${i}: exact ${e}, numeric ${numeric[i]}`).toBeLessThan(1e-5 * (1 + Math.abs(e))));
}

const X6 = [0.7, -1.3, 2.1, 0.4, -0.25, 1.6];

describe('gradients through the new numpy functions match finite differences', () => {
  const cases: [string, string, number[]][] = [
    ['np.c_ of arrays and scalars', 'y = np.c_[x[:3], x[3:] ** 2, a * x[:3]]\nloss = (y * np.arange(9.0).reshape(3, 3)).sum() + np.c_[a, 2.0, x[0]].sum()', X6],
    ['np.r_ with a Python float, a slice range and a reversed view', 'y = np.r_[x, a, x[::-1], 0:2]\nloss = (y ** 2 * np.arange(15.0)).sum()', X6],
    ['np.r_ directives and np.c_ of 2-d blocks', "y = np.r_['0,2', x[:3], x[3:]] @ np.c_[x[:3], x[3:]]\nloss = (y ** 2).sum() * a", X6],
    ['np.flip, fliplr, flipud (views)', 'm = x.reshape(2, 3)\nloss = (np.flip(m) * np.arange(6.0).reshape(2, 3)).sum() + (np.fliplr(m) ** 2)[0].sum() + a * np.flipud(m)[0, 1]', X6],
    ['np.cumprod (with a zero) and along an axis', 'z = np.r_[x[:2], 0.0, x[2:]]\nloss = (np.cumprod(z) * np.arange(7.0)).sum() + (x.reshape(2, 3).cumprod(axis=0) * a).sum()', X6],
    ['np.cumsum with dtype=', 'loss = (np.cumsum(x.reshape(3, 2), axis=0, dtype=float) ** 2).sum() * a', X6],
    ['diagonal views and trace', 'm = x.reshape(2, 3)\nsq = m @ m.T\nloss = np.trace(sq) * a + (m.diagonal(1) ** 2).sum() + np.diag(sq).prod()', X6],
    ['a.flat and np.ndenumerate', 'm = x.reshape(3, 2)\nloss = sum(v * i for i, v in enumerate(m.flat)) + sum(v ** 2 * (i + j + a) for (i, j), v in np.ndenumerate(m)) + m.flat[3] * m.flat[[0, 5]].sum()', X6],
    ['np.unique values', 'u, counts = np.unique(x, return_counts=True)\nloss = (u ** 3 * np.arange(6.0)).sum() + a * counts.sum()', X6],
    ['sum/mean/var/std with where=', 'm = x.reshape(2, 3)\nkeep = np.array([[True, False, True], [True, True, False]])\nloss = m.sum(where=keep) * a + m.mean(axis=0, where=keep).sum() + m.var(where=keep) + m.std(axis=1, where=keep).sum() + np.sum(m, initial=a)', X6],
    ['max/min with where= and initial=', 'm = x.reshape(2, 3)\nloss = np.max(m, where=np.array([False, True, True]), initial=-5.0) + np.min(m, axis=0, initial=a).sum()', X6],
    ['np.inner of vectors and matrices, np.logspace of a float', "m = x.reshape(2, 3)\nloss = np.inner(x, x) * a + (np.inner(m, m) * np.array([[1.0, 2.0], [3.0, 4.0]])).sum() + np.logspace(0, a, 3).sum()", X6],
    ['np.einsum contractions, a transpose and an implicit output', "m = x.reshape(2, 3)\nloss = np.einsum('ij,kj->ik', m, m).sum() * a + (np.einsum('ij->ji', m) * np.arange(6.0).reshape(3, 2)).sum() + np.einsum('i,i', x, x) + np.einsum('ij,j', m, x[:3]).prod()", X6],
    ['np.nan_to_num passes the gradient where it keeps the value', "y = np.r_[x * a, np.inf, np.nan, -np.inf]\nloss = (np.nan_to_num(y, posinf=3.0, neginf=-2.0) * np.arange(9.0)).sum()", X6],
    ['values read through unravel_index', 'm = x.reshape(2, 3)\nidx = np.unravel_index(np.argmax(m), m.shape)\nloss = m[idx] * a + m[np.ix_([0, 1], [2])].sum()', X6],
  ];
  for (const [name, body, xs] of cases)
    it(name, () => {
      const { exact, numeric } = gradients(body, xs, 0.8);
      expectClose(exact, numeric);
      expect(exact.some((v) => v !== 0)).toBe(true);
    });
});
