// The parts of math and the standard-library modules gradlens does not provide stop the run as
// unsupported features, naming them, at their line - not as an AttributeError blaming the code.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});

describe('unsupported parts of supported modules', () => {
  for (const [src, what] of [
    ['import math\nx = 2.0\ny = math.gamma(x)\n', 'math.gamma'],
    ['import collections\nx = 2.0\nc = collections.ChainMap({})\n', 'collections.ChainMap'],
    ['x = 2.0\nfrom itertools import batched\n', 'itertools.batched'],
    ['import sys\nx = 2.0\nsys.setrecursionlimit(5000)\n', 'sys.setrecursionlimit'],
  ] as const) {
    it(what, () => {
      const r = runSource(src, { filename: 'x.py' });
      expect(r.error).toMatchObject({ kind: 'unsupported', message: `${what} is not supported by gradlens yet` });
      expect(r.error!.span.line).toBe(src.split('\n').length - 1);
      expect(r.log.last('x')?.value).toBeDefined();
    });
  }
});
