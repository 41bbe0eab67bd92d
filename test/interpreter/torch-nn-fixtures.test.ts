// Every torch.nn layer and functional of issue 8 against torch 1.13: the same program (from
// test/fixtures/torch-nn.json, made by scripts/fixtures/torch_nn.py) run by gradlens must print
// the output, the input gradients and the parameter gradients torch printed, to rtol 1e-10 in float64.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

type Nested = number | Nested[];
interface NnCase {
  name: string;
  program: string;
  output: Nested;
  inputGrads: Nested[];
  paramGrads: Nested[];
}

const fixture = JSON.parse(readFileSync(join(__dirname, '../fixtures/torch-nn.json'), 'utf8')) as { cases: NnCase[] };

beforeAll(async () => {
  await loadPython();
});

/** Python's repr of nested lists of floats/ints/bools, as JSON. */
function parsePrinted(text: string): [Nested, Nested[], Nested[]] {
  const json = text.trim().replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false');
  return JSON.parse(json) as [Nested, Nested[], Nested[]];
}

function expectClose(actual: Nested, expected: Nested, path: string): void {
  if (typeof expected === 'number' || typeof expected === 'boolean') {
    expect(typeof actual, path).toBe(typeof expected);
    const a = Number(actual);
    const e = Number(expected);
    expect(Math.abs(a - e), `${path}: gradlens ${a}, torch ${e}`).toBeLessThanOrEqual(1e-10 * Math.abs(e) + 1e-14);
    return;
  }
  expect(Array.isArray(actual), path).toBe(true);
  const list = actual as Nested[];
  expect(list.length, `${path} length`).toBe(expected.length);
  expected.forEach((e, i) => expectClose(list[i], e, `${path}[${i}]`));
}

describe('torch.nn against torch 1.13 fixtures (float64)', () => {
  it('covers every layer and functional of the issue', () => {
    const names = fixture.cases.map((c) => c.name.split(' ')[0]);
    for (const n of ['nn.Linear', 'nn.ReLU', 'nn.Tanh', 'nn.Sigmoid', 'nn.Dropout', 'nn.Embedding', 'nn.LayerNorm', 'nn.BatchNorm1d', 'nn.MSELoss', 'nn.CrossEntropyLoss', 'nn.NLLLoss',
      'F.relu', 'F.gelu', 'F.softmax', 'F.log_softmax', 'F.cross_entropy', 'F.nll_loss', 'F.mse_loss', 'F.binary_cross_entropy', 'F.binary_cross_entropy_with_logits', 'F.dropout', 'F.linear', 'F.one_hot'])
      expect(names).toContain(n);
  });

  for (const c of fixture.cases) {
    it(c.name, () => {
      const r = runSource(c.program, { filename: 'case.py' });
      expect(r.error, r.error?.message).toBeUndefined();
      const [out, inputGrads, paramGrads] = parsePrinted(r.stdout);
      expectClose(out, c.output, 'output');
      expectClose(inputGrads, c.inputGrads, 'input grads');
      expectClose(paramGrads, c.paramGrads, 'parameter grads');
    });
  }
});
