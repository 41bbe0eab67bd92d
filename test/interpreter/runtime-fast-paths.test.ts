// The interpreter's fast paths (per-site attribute caches, method calls without bound methods,
// functions without an attribute map until one is set) must answer exactly as the full protocol
// does, also when a class changes under a cached site. Expected outputs: CPython 3.11's.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});

const stdout = (src: string): string => {
  const r = runSource(src, { filename: 'x.py' });
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('attribute sites', () => {
  it('see a property added to (and removed from) the class after caching the instance dict', () => {
    const src = [
      'class A:', '    pass',
      'def get(o):', '    return o.x',
      'def put(o, v):', '    o.y = v',
      'a = A()', 'a.x = 1', 'print(get(a))',
      'A.x = property(lambda self: 42)', 'print(get(a), a.__dict__)',
      'class B:', '    def __setattr__(self, k, v):', '        object.__setattr__(self, k, v * 2)',
      'b = B()', 'put(a, 3)', 'put(b, 3)', 'print(a.y, b.y)',
      'del A.x', 'print(get(a))',
      'for o in (a, b, a):', '    put(o, 5)', 'print(a.y, b.y)', '',
    ].join('\n');
    expect(stdout(src)).toBe("1\n42 {'x': 1}\n3 6\n1\n5 10\n");
  });
});

describe('functions and method calls', () => {
  it('give functions an attribute map on demand and keep method lookup order', () => {
    const src = [
      'def f():', '    pass', 'print(f.__dict__)',
      'f.tag = 1', 'print(f.tag, f.__dict__, vars(f))',
      'def make(k):', '    def g():', '        return k', '    return g',
      'gs = [make(i) for i in range(3)]',
      "print([g() for g in gs], gs[0].__dict__, hasattr(gs[1], 'tag'))",
      'try:', '    gs[2].missing', 'except AttributeError as e:', '    print(e)',
      'class C:', '    def m(self, v):', "        return ('method', v)",
      'c = C()', 'print(c.m(1))',
      "c.m = lambda v: ('instance', v)", 'print(c.m(2))',
      'class D(C):', '    def m(self, v, w=10):', "        return ('D', v, w)",
      'for o in (C(), D(), c):', '    print(o.m(3))',
      "print([].append(1), 'ab'.upper(), (1).bit_length())",
      'try:', '    c.nope(1)', 'except AttributeError as e:', '    print(e)', '',
    ].join('\n');
    expect(stdout(src)).toBe(
      "{}\n1 {'tag': 1} {'tag': 1}\n[0, 1, 2] {} False\n'function' object has no attribute 'missing'\n" +
        "('method', 1)\n('instance', 2)\n('method', 3)\n('D', 3, 10)\n('instance', 3)\nNone AB 1\n'C' object has no attribute 'nope'\n",
    );
  });
});
