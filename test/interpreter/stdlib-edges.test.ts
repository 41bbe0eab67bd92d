// The parts of math and the standard-library modules gradlens does not provide, and subclasses of
// int / float / str, stop the run as unsupported features, naming them, at their line - not as an
// AttributeError or a TypeError blaming the code.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});

describe('unsupported parts of supported modules', () => {
  for (const [src, what, line] of [
    ['import math\nx = 2.0\ny = math.gamma(x)\n', 'math.gamma', 3],
    ['import collections\nx = 2.0\nc = collections.ChainMap({})\n', 'collections.ChainMap', 3],
    ['x = 2.0\nfrom itertools import batched\n', 'itertools.batched', 2],
    ['import sys\nx = 2.0\nsys.setrecursionlimit(5000)\n', 'sys.setrecursionlimit', 3],
    ['x = 2.0\nclass Name(str):\n    pass\n', 'subclasses of str', 2],
    ['x = 2.0\nclass Meta(type):\n    pass\n', 'metaclasses (subclasses of type)', 2],
    ['def meta(*args):\n    pass\nx = 2.0\nclass A(metaclass=meta):\n    pass\n', 'metaclasses other than abc.ABCMeta and enum.EnumType', 4],
  ] as const) {
    it(what, () => {
      const r = runSource(src, { filename: 'x.py' });
      expect(r.error).toMatchObject({ kind: 'unsupported', message: `${what} is not supported by gradlens yet` });
      expect(r.error!.span.line).toBe(line);
      expect(r.log.last('x')?.value).toBeDefined();
    });
  }
});
