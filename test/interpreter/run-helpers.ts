// Shared by the interpreter tests that read what a run bound.
import { expect } from 'vitest';
import { Tensor } from '../../src/engine';
import { NpScalar } from '../../src/python/modules/numpy';
import { type RunResult, runSource } from '../../src/python/run';
import type { PyValue } from '../../src/python/runtime/object';

/** The engine tensor behind a Python value a run bound (an array's storage, a numpy scalar's 0-d tensor). */
export function tensorOf(v: PyValue | undefined): Tensor {
  if (v instanceof Tensor) return v;
  if (v instanceof NpScalar) return v.t;
  throw new Error(`not a tensor: ${String(v)}`);
}

/** Runs a program that must write nothing to stderr. */
export function runClean(src: string): RunResult {
  const r = runSource(src, { filename: 'x.py' });
  expect(r.stderr).toBe('');
  return r;
}
