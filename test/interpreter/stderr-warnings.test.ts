// The run's stderr channel, compared with the exact text CPython 3.11 wrote for the same program
// (run as `python3 /tmp/gradlens-warnings/NAME.py`, the file name each run below is given):
// print(file=sys.stderr), sys.stderr.write, and the warnings module's messages - the default
// filters (DeprecationWarning shown only in __main__), once per location, stacklevel, 'sys:1'
// beyond the stack, the 'error' action's traceback ending at the caller, catch_warnings, filters,
// stacklevel counting comprehension and generator-expression frames.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});

const run = (name: string, src: string) => runSource(src, { filename: `/tmp/gradlens-warnings/${name}.py` });

/** [name, program, CPython's stdout, CPython's stderr, exit code] */
const cases: [string, string, string, string, number][] = [
  [
    'a',
    `import sys
print('out')
print('err', 1, sep='-', file=sys.stderr)
sys.stderr.write('direct\\n')
print('flushed', file=sys.stderr, flush=True)
`,
    'out\n',
    'err-1\ndirect\nflushed\n',
    0,
  ],
  [
    'b',
    `import warnings


def old_api(x):
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return x


def check(lr):
    if lr > 1:
        warnings.warn(f'large learning rate {lr}')


for step in range(3):
    check(2)
    old_api(step)
    warnings.warn('loss is nan', RuntimeWarning)
warnings.warn('far away', FutureWarning, stacklevel=3)
print('done')
`,
    'done\n',
    '/tmp/gradlens-warnings/b.py:11: UserWarning: large learning rate 2\n  warnings.warn(f\'large learning rate {lr}\')\n/tmp/gradlens-warnings/b.py:16: DeprecationWarning: old_api is deprecated\n  old_api(step)\n/tmp/gradlens-warnings/b.py:17: RuntimeWarning: loss is nan\n  warnings.warn(\'loss is nan\', RuntimeWarning)\nsys:1: FutureWarning: far away\n',
    0,
  ],
  [
    'c',
    `import warnings
warnings.warn('shown first')
warnings.simplefilter('error', UserWarning)
def train():
    warnings.warn('diverged')
train()
`,
    '',
    '/tmp/gradlens-warnings/c.py:2: UserWarning: shown first\n  warnings.warn(\'shown first\')\nTraceback (most recent call last):\n  File "/tmp/gradlens-warnings/c.py", line 6, in <module>\n    train()\n  File "/tmp/gradlens-warnings/c.py", line 5, in train\n    warnings.warn(\'diverged\')\nUserWarning: diverged\n',
    1,
  ],
  [
    'd',
    `import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('recorded')
print(len(caught), str(caught[0].message))
warnings.filterwarnings('ignore', message='skip')
warnings.warn('skip this one')
warnings.warn('but not this one')
`,
    '1 recorded\n',
    '/tmp/gradlens-warnings/d.py:11: UserWarning: but not this one\n  warnings.warn(\'but not this one\')\n',
    0,
  ],
  [
    'comp',
    `import warnings
def f(n):
    return [warnings.warn(f'item {i}', stacklevel=2) for i in range(n)]
def g():
    f(1)
g()
vals = list(warnings.warn('genexp', stacklevel=2) for _ in range(1))
def h():
    return {warnings.warn('setcomp', stacklevel=3) for _ in range(1)}
h()
`,
    '',
    '/tmp/gradlens-warnings/comp.py:3: UserWarning: item 0\n  return [warnings.warn(f\'item {i}\', stacklevel=2) for i in range(n)]\n/tmp/gradlens-warnings/comp.py:7: UserWarning: genexp\n  vals = list(warnings.warn(\'genexp\', stacklevel=2) for _ in range(1))\n/tmp/gradlens-warnings/comp.py:10: UserWarning: setcomp\n  h()\n',
    0,
  ],
];

describe('stderr as CPython writes it', () => {
  for (const [name, src, stdout, stderr, exitCode] of cases) {
    it(name, () => {
      const r = run(name, src);
      expect(r.stderr).toBe(stderr);
      expect(r.stdout).toBe(stdout);
      expect(r.exitCode).toBe(exitCode);
    });
  }

  // CPython's text but for the ~~^~~ line under `1 / x`: gradlens's tracebacks print no such marks
  it("a lambda's frame is at its body's line (traceback, warnings' stacklevel)", () => {
    const r = run('lam', 'import warnings\nf = lambda x: (\n  1 / x)\nw = lambda: warnings.warn("in lambda", stacklevel=1)\nw()\nf(0)\n');
    expect(r.stderr).toBe(
      '/tmp/gradlens-warnings/lam.py:4: UserWarning: in lambda\n  w = lambda: warnings.warn("in lambda", stacklevel=1)\n' +
        'Traceback (most recent call last):\n  File "/tmp/gradlens-warnings/lam.py", line 6, in <module>\n    f(0)\n' +
        '  File "/tmp/gradlens-warnings/lam.py", line 3, in <lambda>\n    1 / x)\nZeroDivisionError: division by zero\n',
    );
  });

  it('an exception from closing an abandoned generator is reported and ignored', () => {
    const src = "def gen():\n    try:\n        yield 1\n    finally:\n        raise ValueError('in finally')\nfor v in gen():\n    break\nprint('after')\n";
    const r = run('g', src);
    expect(r.stdout).toBe('after\n');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^Exception ignored in: <generator object gen at 0x[0-9a-f]+>\n(.|\n)*ValueError: in finally\n$/);
  });
});
