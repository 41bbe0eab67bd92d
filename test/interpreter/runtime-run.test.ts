// The run API's contract beyond printed output: exit codes, error kinds and spans, budgets,
// unsupported constructs, the bindings log and the recorder events, and that float arithmetic is
// recorded on the engine's tape with origins leading back to the source.
import { beforeAll, describe, expect, it } from 'vitest';
import { Tensor, backward } from '../../src/engine';
import type { Span } from '../../src/python/ir';
import { loadPython, runSource } from '../../src/python/run';
import type { PyValue } from '../../src/python/runtime/object';
import { PyList } from '../../src/python/runtime/collections';
import type { TraceRecorder } from '../../src/python/trace';

beforeAll(async () => {
  await loadPython();
});

const run = (src: string, opts: Partial<Parameters<typeof runSource>[1]> = {}) => runSource(src, { filename: 'x.py', ...opts });

class Capture implements TraceRecorder {
  binds: { scope: string; name: string; line: number; frame: number; value: PyValue }[] = [];
  calls: { frame: number; qualname: string; nargs: number }[] = [];
  returns: { frame: number; value: PyValue }[] = [];
  bind(scope: string, name: string, span: Span, frame: number, value: PyValue): void {
    this.binds.push({ scope, name, line: span.line, frame, value });
  }
  call(frame: number, qualname: string, _fn: PyValue, args: readonly PyValue[]): void {
    this.calls.push({ frame, qualname, nargs: args.length });
  }
  return(frame: number, value: PyValue): void {
    this.returns.push({ frame, value });
  }
}

describe('exit codes and errors', () => {
  it('an uncaught exception exits 1 with a traceback naming the file and line', () => {
    const r = run('x = 1\ny = [1, 2]\nprint(y[x + 5])\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "x.py", line 3, in <module>\n    print(y[x + 5])\nIndexError: list index out of range\n');
    expect(r.error).toMatchObject({ kind: 'exception', pyType: 'IndexError', message: 'list index out of range' });
    expect(r.error!.span.line).toBe(3);
  });

  it('reports the raising line inside a function, not the call site', () => {
    const r = run('def f(a):\n    return a % 0\nf(3)\n');
    expect(r.error).toMatchObject({ pyType: 'ZeroDivisionError', message: 'integer modulo by zero' });
    expect(r.error!.span.line).toBe(2);
  });

  it('a syntax error exits 1 with CPython-style report', () => {
    const r = run('def f(:\n    pass\n');
    expect(r.exitCode).toBe(1);
    expect(r.error?.kind).toBe('syntax');
    expect(r.stderr).toContain('SyntaxError: ');
  });

  it('an infinite loop stops at the step budget with exit 3 and its line', () => {
    const r = run('n = 0\nwhile True:\n    n += 1\n', { maxSteps: 10_000 });
    expect(r.exitCode).toBe(3);
    expect(r.error).toMatchObject({ kind: 'budget', pyType: 'BudgetExceeded' });
    expect([2, 3]).toContain(r.error!.span.line);
    expect(r.stderr).toContain('budget');
  });

  it('the memory budget counts array elements, and a recorded float as one element', () => {
    // (array buffers - V8's external memory - added since the run started: held before it, as this
    // 40M-element buffer, they do not count)
    const before = new Float64Array(40_000_000);
    const maxElements = 10_000_000;
    // 4M recorded floats (ops and their literal leaves): under the budget as elements, though
    // their tape columns take 44 bytes each (22M elements' worth of bytes)
    const floats = run('x = 0.0\nfor i in range(1_000_000):\n    x = x * 0.5 + 1.0\nprint(x)\n', { maxElements });
    expect(floats.exitCode).toBe(0);
    expect(floats.stdout).toBe('2.0\n');
    // 300 arrays of 100,000 elements: over it
    const arrays = run('import numpy as np\nkeep = []\nfor i in range(300_000):\n    if i % 1000 == 0:\n        keep.append(np.zeros(100_000))\n', { maxElements });
    expect(arrays.exitCode).toBe(3);
    expect(arrays.stderr).toContain('the memory budget');
    expect([3, 4, 5]).toContain(arrays.error!.span.line);
    expect(before.length).toBe(40_000_000); // (kept alive through both runs)
  });

  it("frees a discarded reduction's graph: a loop of full sums over a fresh array stays within the memory budget", () => {
    // 1000 results of (X * 2.0).sum(), each holding a 100,000-element array through its graph: kept
    // by the run-long tape they were 1e8 elements (over the default budget); dropped, they are garbage
    const r = run('import numpy as np\nX = np.ones((100, 1000))\nfor i in range(1000):\n    s = (X * 2.0).sum()\n    t = 0\n    for j in range(100):\n        t += j\nprint(s, t)\n', { maxElements: 50_000_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('200000.0 4950\n');
  });

  it('one statement asking for an array far over the memory budget stops at once, at its line', () => {
    // np.zeros of 4e8 elements (3.2 GB) was made, zero-filled for seconds; 1e10 crashed as an internal error
    for (const shape of ['(20000, 20000)', '(100000, 100000)']) {
      const r = run(`import numpy as np\nprint("start")\ndef make():\n    return np.zeros(${shape})\nx = make()\n`);
      expect(r.exitCode).toBe(3);
      expect(r.stdout).toBe('start\n');
      expect(r.error).toMatchObject({ kind: 'budget', pyType: 'BudgetExceeded', message: 'the memory budget (live tensor elements) ran out' });
      expect(r.error!.span.line).toBe(4); // where the array was asked for; the traceback has the call too
      expect(r.stderr).toContain('line 5, in <module>');
      expect(r.stderr).toContain('line 4, in make');
    }
    // a broadcast and a product whose results are over it
    const outer = run('import numpy as np\na = np.ones((30000, 1))\nb = np.ones(30000)\nc = a - b\n');
    expect(outer.error).toMatchObject({ kind: 'budget', span: { line: 4 } });
    const product = run('import numpy as np\na = np.ones((8000, 1))\nc = a @ np.ones((1, 8000))\n');
    expect(product.error).toMatchObject({ kind: 'budget', span: { line: 3 } });
    for (const make of ['np.random.randn(100000, 10000)', 'np.arange(10**9)', 'np.linspace(0, 1, 10**9)', 'np.eye(100000)', 'np.tile(np.ones(10**6), 1000)', 'np.repeat(np.ones(10**6), 1000)'])
      expect(run(`import numpy as np\nx = ${make}\n`).error, make).toMatchObject({ kind: 'budget', span: { line: 2 } });
  });

  it('a list or str too long to make is a MemoryError, which Python code can catch', () => {
    const r = run('try:\n    s = "a" * 10**10\nexcept MemoryError:\n    print("str")\ntry:\n    l = [0] * 10**10\nexcept MemoryError as e:\n    print("list", repr(e))\nl = list(range(10**9))\n');
    expect(r.stdout).toBe('str\nlist MemoryError()\n');
    expect(r.error).toMatchObject({ kind: 'exception', pyType: 'MemoryError', span: { line: 9 } });
  });

  it('a list doubled until it is too long is a MemoryError, not an abort of the process', () => {
    // (the bindings log's snapshot of x grew by setting its length: V8 made it a hash table and aborted)
    const r = run('x = [1]\nfor i in range(40):\n    x = x + x\n');
    expect(r.error).toMatchObject({ kind: 'exception', pyType: 'MemoryError', span: { line: 3 } });
    for (const grow of ['x += x']) expect(run(`x = [1]\nfor i in range(40):\n    ${grow}\n`).error?.pyType).toBe('MemoryError');
  });

  it('native loops over a range meet the budgets: sum(range(10**12)) stops at the step budget', () => {
    const r = run('print("start")\nprint(sum(range(10**12)))\n', { maxSteps: 1_000_000 });
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe('start\n');
    expect(r.error).toMatchObject({ kind: 'budget', message: 'the step budget ran out', span: { line: 2 } });
    // a comprehension over a range counts one step per element, not one for the loop and one for the range
    expect(run('x = [i for i in range(1000)]\ny = sum(j for j in range(1000))\nprint(len(x), y)\n', { maxSteps: 2_600 }).stdout).toBe('1000 499500\n');
  });

  it('the time budget holds in a loop of slow array statements, which reach no periodic step check', () => {
    // (each product of two 600x600 matrices takes milliseconds; 100,000 of them would take minutes;
    // the budget leaves the lines before the loop time even on a loaded machine)
    const r = run('import numpy as np\nx = np.ones((600, 600))\nfor i in range(100000):\n    y = x @ x\n', { maxSeconds: 1 });
    expect(r.exitCode).toBe(3);
    expect(r.error).toMatchObject({ kind: 'budget', message: 'the time budget ran out', span: { line: 4 } });
  });

  it('output printed before a budget stop is kept', () => {
    const r = run('print("start")\ndef spin():\n    while True:\n        pass\nspin()\n', { maxSteps: 5_000 });
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe('start\n');
    expect([3, 4]).toContain(r.error!.span.line);
  });

  it('deep recursion is a RecursionError, not a crash', () => {
    const r = run('def f(n):\n    return f(n + 1)\nf(0)\n');
    expect(r.exitCode).toBe(1);
    expect(r.error?.pyType).toBe('RecursionError');
  });

  it('an unknown module is unsupported, named, at its line, after earlier output', () => {
    const r = run('print(1)\nimport scipy.linalg as la\n');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('1\n');
    expect(r.error).toMatchObject({ kind: 'unsupported', message: "module 'scipy' is not supported by gradlens yet" });
    expect(r.error!.span.line).toBe(2);
    expect(r.stderr).toContain("module 'scipy' is not supported by gradlens yet");
  });

  it('an unsupported builtin is named', () => {
    const r = run('x = input()\n');
    expect(r.error).toMatchObject({ kind: 'unsupported', message: 'the builtin input() is not supported by gradlens yet' });
  });

  it('Python code cannot catch gradlens stops', () => {
    const r = run('try:\n    while True:\n        pass\nexcept BaseException:\n    print("caught")\n', { maxSteps: 1000 });
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe('');
  });

  it('engine errors become Python exceptions with their messages', () => {
    const r = run('import math\ntry:\n    math.sqrt(-1)\nexcept ValueError as e:\n    print(e)\nprint(math.exp(1.0) > 2.7, math.floor(-2.5))\n');
    expect(r.stdout).toBe('math domain error\nTrue -3\n');
  });
});

describe('the tape', () => {
  it('float arithmetic records engine nodes whose origins point at the expression', () => {
    const src = 'a = 2.0\nb = -3.0\nc = a * b + 1.5\nd = c ** 2\n';
    const rec = new Capture();
    const r = run(src, { recorder: rec });
    expect(r.exitCode).toBe(0);
    const last = (n: string) => rec.binds.filter((b) => b.name === n).pop()!.value as Tensor;
    const c = last('c');
    const d = last('d');
    expect(c).toBeInstanceOf(Tensor);
    expect(c.item()).toBe(-4.5);
    expect(c.node?.op).toBe('add');
    expect(c.node?.inputs[0].node?.op).toBe('mul');
    expect(d.node?.op).toBe('pow');
    const spanOf = (t: Tensor) => r.spans[t.origin];
    expect(spanOf(c)).toMatchObject({ line: 3, col: 4, endLine: 3, endCol: 15 });
    expect(spanOf(c.node!.inputs[0])).toMatchObject({ line: 3, col: 4, endCol: 9 });
    expect(spanOf(d)).toMatchObject({ line: 4, col: 4, endCol: 10 });
    // the recorded graph differentiates: dd/da = 2c * b
    const grads = backward(d);
    expect(grads.get(last('a'))!.item()).toBe(2 * -4.5 * -3);
    expect(grads.get(last('b'))!.item()).toBe(2 * -4.5 * 2);
  });

  it('user functions and math functions record too', () => {
    const src = 'import math\ndef f(x):\n    return math.tanh(x) * x\ny = f(0.5)\n';
    const rec = new Capture();
    const r = run(src, { recorder: rec });
    const y = rec.binds.find((b) => b.name === 'y')!.value as Tensor;
    expect(y.node?.op).toBe('mul');
    expect(y.node?.inputs[0].node?.op).toBe('tanh');
    expect(r.spans[y.node!.inputs[0].origin].line).toBe(3);
    const x = rec.binds.find((b) => b.name === 'x')!.value as Tensor;
    const g = backward(y).get(x)!.item();
    const t = Math.tanh(0.5);
    expect(g).toBeCloseTo((1 - t * t) * 0.5 + t, 14);
  });
});

describe('recorder events and bindings log', () => {
  it('reports bindings with scope, frame and counts; calls and returns', () => {
    const src = [
      'class P:',
      '    def __init__(self, w):',
      '        self.w = w',
      'def loss(p, xs):',
      '    total = 0.0',
      '    for x in xs:',
      '        total += p.w * x',
      '    return total',
      'p = P(2.0)',
      'L = loss(p, [1.0, 2.0, 3.0])',
      'xs = [1, 2]',
      'xs[0] = 5',
    ].join('\n');
    const rec = new Capture();
    const r = run(src, { recorder: rec });
    expect(r.exitCode).toBe(0);
    const names = rec.binds.map((b) => `${b.scope}:${b.name}@${b.line}`);
    expect(names).toContain('P.__init__:self.w@3');
    expect(names).toContain('P.__init__:w@2');
    expect(names).toContain('loss:x@6');
    expect(names).toContain('loss:total@7');
    expect(names).toContain('<module>:L@10');
    expect(names).toContain('<module>:xs@12');
    expect(rec.calls.map((c) => c.qualname)).toEqual(['P.__init__', 'loss']);
    expect((rec.returns[1].value as Tensor).item()).toBe(12);
    const total = r.log.entries().find((b) => b.name === 'total' && b.line === 7)!;
    expect(total.count).toBe(3);
    expect((total.value as Tensor).item()).toBe(12);
    expect(total.scope).toBe('loss');
    // `xs[0] = 5` binds xs, snapshotted (a later mutation does not change the snapshot)
    const xs = r.log.last('xs')!;
    expect(xs.line).toBe(12);
  });

  it('snapshots containers at bind time', () => {
    const r = run('a = [1]\nb = a\na.append(2)\n');
    const b = r.log.last('b')!;
    expect(b.value).toBeInstanceOf(PyList);
    expect(b.live).toBeInstanceOf(PyList);
    expect((b.value as PyList).items).toEqual([1]);
    expect((b.live as PyList).items).toEqual([1, 2]);
  });
});

describe('runs are independent', () => {
  it('module state (random seeds, globals) starts fresh each run', () => {
    const src = 'import random\nrandom.seed(0)\nprint(random.random())\n';
    const a = run(src);
    const b = run(src);
    expect(a.stdout).toBe('0.8444218515250481\n');
    expect(b.stdout).toBe(a.stdout);
  });

  it('gradlens run does not execute directives unless asked', () => {
    const src = 'def f(x):\n    return x * 2\n# gradlens: print(f(21))\n';
    expect(run(src).stdout).toBe('');
    expect(run(src, { runDirectives: true }).stdout).toBe('42\n');
  });
});
