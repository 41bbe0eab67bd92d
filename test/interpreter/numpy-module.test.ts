// numpy inside the interpreter against CPython 3.11 + numpy 2.x: small programs beyond the
// differential corpus (views of views, NEP 50 promotion, numpy scalars, error texts, nditer,
// default_rng, less common np.* functions). Expected outputs come from
// scripts/numpy-interpreter-cases.py (test/fixtures/numpy-interpreter-cases.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

interface Case {
  name: string;
  source: string;
  stdout: string;
  exitCode: 0 | 1;
  stderrLast?: string;
}

const cases: Case[] = JSON.parse(readFileSync(join(__dirname, '../fixtures/numpy-interpreter-cases.json'), 'utf8'));

function lastLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '');
  return lines[lines.length - 1] ?? '';
}

beforeAll(async () => {
  await loadPython();
});

describe('numpy programs print what CPython + numpy print', () => {
  for (const c of cases)
    it(c.name, () => {
      const r = runSource(c.source, { filename: `${c.name}.py` });
      expect(r.stdout).toBe(c.stdout);
      expect(r.exitCode, r.stderr).toBe(c.exitCode);
      if (c.exitCode === 1) expect(lastLine(r.stderr)).toBe(c.stderrLast);
    });
});

describe('dtypes gradlens does not have', () => {
  it("stops at numpy's other dtype names as unsupported (not numpy's 'not understood', which they are not)", () => {
    for (const name of ['float16', 'complex64', 'object']) {
      const r = runSource(`import numpy as np\nx = np.zeros(2).astype('${name}')\n`, { filename: 'd.py' });
      expect(r.error).toMatchObject({ kind: 'unsupported', message: `numpy dtype '${name}' is not supported by gradlens yet` });
    }
    const typo = runSource("import numpy as np\nx = np.zeros(2).astype('flaot32')\n", { filename: 'd.py' });
    expect(lastLine(typo.stderr)).toBe("TypeError: data type 'flaot32' not understood");
  });
  it('stops at float16 results and at uint64 values float64 cannot hold, which numpy computes', () => {
    const cases: [string, RegExp][] = [
      ['np.exp(np.arange(3, dtype=np.uint8))', /^numpy's float16 dtype \(np.exp of a uint8 array gives float16/],
      ['np.sqrt(np.array([True]))', /^numpy's float16 dtype \(np.sqrt of a bool array/],
      ['np.zeros(2, np.uint64) - 1', /^uint64 values below 0/],
      ['np.array([2**64 - 1], np.uint64)', /^uint64 values float64 cannot hold exactly \(18446744073709551615\)/],
    ];
    for (const [expr, message] of cases) {
      const r = runSource(`import numpy as np\ntry:\n    x = ${expr}\nexcept Exception:\n    pass\n`, { filename: 'd.py' });
      expect(r.error?.kind, expr).toBe('unsupported');
      expect(r.error?.message, expr).toMatch(message);
    }
  });
});
