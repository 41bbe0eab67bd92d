// The engine against PyTorch: outputs and input gradients of every op, from the committed
// fixtures that scripts/fixtures/torch_ops.py wrote with torch 1.13 (float64, rtol 1e-10).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import type { DType, IndexItem, Tensor } from '../../src/engine';

interface FixtureCase {
  name: string;
  op: string;
  args: Record<string, unknown>;
  inputs: { data: unknown; shape: number[]; dtype: DType }[];
  upstream: unknown;
  output: unknown;
  outputShape: number[];
  grads: (unknown | null)[];
}

const fixtures = JSON.parse(readFileSync(join(__dirname, '../fixtures/torch-ops.json'), 'utf8')) as { cases: FixtureCase[] };

type RawItem = ['slice', number | null, number | null, number | null] | ['int', number] | ['array', unknown] | ['mask', unknown] | ['newaxis'];

function indexItems(raw: RawItem[]): IndexItem[] {
  return raw.map((it): IndexItem => {
    switch (it[0]) {
      case 'slice':
        return { kind: 'slice', start: it[1], stop: it[2], step: it[3] };
      case 'int':
        return { kind: 'int', index: it[1] };
      case 'array':
        return { kind: 'array', index: E.tensor(it[1], 'int64') };
      case 'mask':
        return { kind: 'array', index: E.tensor(it[1], 'bool') };
      case 'newaxis':
        return { kind: 'newaxis' };
    }
  });
}

const axisArg = (a: unknown): E.Axis => (a === null || a === undefined ? null : (a as number | number[]));

/** Applies the engine op a fixture names to its inputs. */
function apply(c: FixtureCase, xs: Tensor[]): Tensor {
  const a = c.args;
  const scalarOrNull = (v: unknown): Tensor | null => (v === null || v === undefined ? null : E.Tensor.scalar(v as number));
  switch (c.op) {
    case 'add': return E.add(xs[0], xs[1]);
    case 'sub': return E.sub(xs[0], xs[1]);
    case 'mul': return E.mul(xs[0], xs[1]);
    case 'div': return E.div(xs[0], xs[1]);
    case 'neg': return E.neg(xs[0]);
    case 'maximum': return E.maximum(xs[0], xs[1]);
    case 'minimum': return E.minimum(xs[0], xs[1]);
    case 'pow': return E.pow(xs[0], xs[1]);
    case 'exp': return E.exp(xs[0]);
    case 'log': return E.log(xs[0]);
    case 'sqrt': return E.sqrt(xs[0]);
    case 'abs': return E.abs(xs[0]);
    case 'sign': return E.sign(xs[0]);
    case 'tanh': return E.tanh(xs[0]);
    case 'sigmoid': return E.sigmoid(xs[0]);
    case 'relu': return E.relu(xs[0]);
    case 'square': return E.square(xs[0]);
    case 'sin': return E.sin(xs[0]);
    case 'cos': return E.cos(xs[0]);
    case 'log1p': return E.log1p(xs[0]);
    case 'expm1': return E.expm1(xs[0]);
    case 'clip': return E.clip(xs[0], scalarOrNull(a.lo), scalarOrNull(a.hi));
    case 'where': return E.where(xs[0], xs[1], xs[2]);
    case 'matmul': return E.matmul(xs[0], xs[1]);
    case 'outer': return E.outer(xs[0], xs[1]);
    case 'sum': return E.sum(xs[0], axisArg(a.axis), a.keepdims as boolean);
    case 'mean': return E.mean(xs[0], axisArg(a.axis), a.keepdims as boolean);
    case 'max': return E.max(xs[0], axisArg(a.axis), a.keepdims as boolean);
    case 'min': return E.min(xs[0], axisArg(a.axis), a.keepdims as boolean);
    case 'prod': return E.prod(xs[0], axisArg(a.axis), a.keepdims as boolean);
    case 'variance': return E.variance(xs[0], axisArg(a.axis), a.keepdims as boolean, a.ddof as number);
    case 'std': return E.std(xs[0], axisArg(a.axis), a.keepdims as boolean, a.ddof as number);
    case 'softmax': return E.softmax(xs[0], a.axis as number);
    case 'logSoftmax': return E.logSoftmax(xs[0], a.axis as number);
    case 'reshape': return E.reshape(xs[0], a.shape as number[]);
    case 'transpose': return E.transpose(xs[0], (a.axes as number[] | null) ?? undefined);
    case 'broadcastTo': return E.broadcastTo(xs[0], a.shape as number[]);
    case 'squeeze': return E.squeeze(xs[0], a.axis as number);
    case 'expandDims': return E.expandDims(xs[0], a.axis as number);
    case 'concatenate': return E.concatenate(xs, a.axis as number);
    case 'stack': return E.stack(xs, a.axis as number);
    case 'pad': return E.pad(xs[0], a.padWidth as [number, number][], a.value as number);
    case 'gather': return E.gather(xs[0], indexItems(a.index as RawItem[]));
    case 'scatter': return E.scatter(xs[0], indexItems(a.index as RawItem[]), xs[1]);
    case 'addAt': return E.addAt(xs[0], indexItems(a.index as RawItem[]), xs[1]);
    default: throw new Error(`fixture op ${c.op} has no engine mapping`);
  }
}

function flat(nested: unknown): number[] {
  return Array.isArray(nested) ? nested.flatMap(flat) : [nested as number];
}

function expectClose(actual: ArrayLike<number>, expected: number[], what: string): void {
  expect(actual.length, `${what}: element count`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    const ok = Math.abs(actual[i] - e) <= 1e-12 + 1e-10 * Math.abs(e);
    if (!ok) expect.fail(`${what}[${i}]: engine ${actual[i]} vs torch ${e}`);
  }
}

describe('engine vs PyTorch fixtures', () => {
  it('has fixtures for every op family', () => {
    expect(new Set(fixtures.cases.map((c) => c.op)).size).toBeGreaterThanOrEqual(40);
  });
  for (const c of fixtures.cases) {
    it(c.name, () => {
      const xs = c.inputs.map((i) => E.tensor(i.data, i.dtype));
      const out = apply(c, xs);
      expect([...out.shape]).toEqual(c.outputShape);
      expectClose(out.data, flat(c.output), 'output');
      const grads = E.backward(out, E.tensor(c.upstream));
      c.grads.forEach((g, k) => {
        if (g === null) return;
        const mine = grads.get(xs[k]);
        expectClose(mine?.data ?? new Float64Array(xs[k].size), flat(g), `grad of input ${k}`);
      });
    });
  }
});
