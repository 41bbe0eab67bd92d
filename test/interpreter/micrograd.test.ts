// The micrograd package run by our interpreter: Value's repr and int-0 grad, arithmetic with plain
// numbers on either side, backward through shared subexpressions, MLP parameter count and seeded
// init, zero_grad - each checked against the calculus or Python's own `random`, not against
// recorded output (the differential corpus test/python/micrograd does that) - and how the package
// meets the rest of gradlens: the tape, the recorder, the bindings log, tracebacks, imports.
import { beforeAll, describe, expect, it } from 'vitest';
import { Tensor, backward } from '../../src/engine';
import type { Span } from '../../src/python/ir';
import { loadPython, runSource } from '../../src/python/run';
import { PyObject, type PyValue } from '../../src/python/runtime/object';
import type { TraceRecorder } from '../../src/python/trace';

beforeAll(async () => {
  await loadPython();
});

function run(source: string, recorder?: TraceRecorder) {
  return runSource(source, { filename: 'user.py', recorder });
}

/** Runs a program that must succeed and returns its printed lines. */
function printed(source: string): string[] {
  const r = run(source);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout.trimEnd().split('\n');
}

describe('Value: repr, grad starting as the int 0, data kept as given', () => {
  it('prints Value(data=..., grad=...) with the data as Python prints it', () => {
    expect(printed('from micrograd.engine import Value\nprint(Value(2.0), Value(-3), Value(0.1), repr(Value(1e-7)))\n')).toEqual([
      'Value(data=2.0, grad=0) Value(data=-3, grad=0) Value(data=0.1, grad=0) Value(data=1e-07, grad=0)',
    ]);
  });

  it('grad is the int 0 before backward, the int 1 at the root after it, a float where a float multiplied it', () => {
    const lines = printed(
      [
        'from micrograd.engine import Value',
        'a = Value(2.0)',
        'b = Value(3.0)',
        'print(type(a.grad).__name__, a.grad == 0, a.grad is not False)',
        'c = a * b',
        'c.backward()',
        'print(type(c.grad).__name__, type(a.grad).__name__, a.grad, b.grad)',
        's = Value(4) + Value(5)',
        's.backward()',
        'print(s, [type(v.grad).__name__ for v in s._prev])',
      ].join('\n'),
    );
    expect(lines).toEqual(['int True True', 'int float 3.0 2.0', 'Value(data=9, grad=1) [\'int\', \'int\']']);
  });

  it('keeps ints as ints through + and * (micrograd does no conversion), and ReLU of a negative is the int 0', () => {
    expect(printed('from micrograd.engine import Value\nv = Value(3) * Value(4) + 1\nr = Value(-2.5).relu()\nprint(v.data, type(v.data).__name__, r.data, type(r.data).__name__)\n')).toEqual([
      '13 int 0 int',
    ]);
  });

  it('names the op that made each node', () => {
    expect(
      printed(
        'from micrograd.engine import Value\na = Value(2.0)\nprint(repr(a._op), (a + 1)._op, (a * a)._op, (a ** 3)._op, (a ** 0.5)._op, a.relu()._op, a.exp()._op, a.tanh()._op, (-a)._op, (a - 1)._op, (a / 2)._op)\n',
      ),
    ).toEqual(["'' + * **3 **0.5 ReLU exp tanh * + *"]);
  });
});

describe('arithmetic with plain numbers on both sides', () => {
  // For a = 2: each expression's value and d/da, from the calculus.
  const cases: { expr: string; value: number; grad: number }[] = [
    { expr: 'a + 3', value: 5, grad: 1 },
    { expr: '3 + a', value: 5, grad: 1 },
    { expr: 'a - 3', value: -1, grad: 1 },
    { expr: '3 - a', value: 1, grad: -1 },
    { expr: 'a * 3', value: 6, grad: 3 },
    { expr: '3 * a', value: 6, grad: 3 },
    { expr: 'a / 4', value: 0.5, grad: 0.25 },
    { expr: '4 / a', value: 2, grad: -1 }, // -4 / a**2
    { expr: 'a ** 3', value: 8, grad: 12 },
    { expr: 'a ** -1', value: 0.5, grad: -0.25 },
    { expr: '-a', value: -2, grad: -1 },
    { expr: '(1.5 - a) * (a + 0.5)', value: -1.25, grad: -3 }, // (1.5 - a) - (a + 0.5) at a = 2
    { expr: 'a.exp()', value: Math.exp(2), grad: Math.exp(2) },
  ];
  for (const { expr, value, grad } of cases) {
    it(`${expr}: value and gradient`, () => {
      const [v, g, kind] = printed(`from micrograd.engine import Value\na = Value(2.0)\ny = ${expr}\ny.backward()\nprint(y.data)\nprint(a.grad)\nprint(type(y).__name__)\n`);
      expect(Number(v)).toBeCloseTo(value, 14);
      expect(Number(g)).toBeCloseTo(grad, 14);
      expect(kind).toBe('Value');
    });
  }

  it('tanh matches its derivative 1 - tanh^2', () => {
    const [t, g] = printed('from micrograd.engine import Value\na = Value(0.7)\ny = a.tanh()\ny.backward()\nprint(y.data)\nprint(a.grad)\n');
    expect(Number(t)).toBeCloseTo(Math.tanh(0.7), 14);
    expect(Number(g)).toBeCloseTo(1 - Math.tanh(0.7) ** 2, 14);
  });

  it('a number that is not int/float as the exponent fails with the package\'s assertion', () => {
    const r = run('from micrograd.engine import Value\nx = Value(2.0)\ny = x ** Value(2.0)\n');
    expect(r.exitCode).toBe(1);
    expect(r.error).toMatchObject({ kind: 'exception', pyType: 'AssertionError', message: 'only supporting int/float powers for now' });
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('AssertionError: only supporting int/float powers for now');
    expect(r.stderr).toContain('in __pow__');
  });

  it('adding a Value to something that is not a number fails inside __add__ like the package does', () => {
    const r = run('from micrograd.engine import Value\nprint(Value(1.0) + "a")\n');
    expect(r.exitCode).toBe(1);
    expect(r.error?.pyType).toBe('TypeError');
  });
});

describe('backward', () => {
  it('adds the gradients of a value used twice (a + a, a * a, a shared subexpression)', () => {
    const lines = printed(
      [
        'from micrograd.engine import Value',
        'a = Value(3.0)',
        '(a + a).backward()',
        'print(a.grad)',
        'b = Value(3.0)',
        '(b * b).backward()',
        'print(b.grad)',
        'x = Value(1.5)',
        'y = x * 2',
        'z = y * y + y',  // dz/dx = (2y + 1) * 2 = 14 at y = 3
        'z.backward()',
        'print(x.grad, y.grad)',
      ].join('\n'),
    );
    expect(lines).toEqual(['2', '6.0', '14.0 7.0']);
  });

  it('visits each node once even where many paths reach it (diamond chain)', () => {
    // v_{k+1} = v_k * v_k + v_k would double the paths at every level; 25 levels = 2^25 paths.
    const lines = printed(
      [
        'from micrograd.engine import Value',
        'x = Value(0.001)',
        'v = x',
        'for _ in range(25):',
        '    v = v * 0.5 + v * 0.5',
        'v.backward()',
        'print(x.grad)',
      ].join('\n'),
    );
    expect(lines).toEqual(['1.0']);
  });

  it('accumulates across backward calls until grads are reset', () => {
    expect(printed('from micrograd.engine import Value\nx = Value(2.0)\ny = x * x\ny.backward()\ny.backward()\nprint(x.grad)\nx.grad = 0\ny.backward()\nprint(x.grad)\n')).toEqual([
      '8.0',
      '4.0',
    ]);
  });

  it('ReLU passes the gradient only where its output is positive', () => {
    expect(printed('from micrograd.engine import Value\na, b = Value(-1.0), Value(2.0)\ny = a.relu() * 3.0 + b.relu() * 3.0\ny.backward()\nprint(a.grad, b.grad)\n')).toEqual(['0.0 3.0']);
  });
});

describe('nn: MLP, seeded init, parameters, zero_grad', () => {
  it('has (nin + 1) parameters per neuron, weights before bias, layer by layer', () => {
    const lines = printed(
      [
        'from micrograd.nn import MLP, Layer, Neuron',
        'print(len(MLP(3, [4, 4, 1]).parameters()), len(MLP(2, [3, 1]).parameters()), len(MLP(5, [1]).parameters()))',
        'print(len(Layer(3, 2).parameters()), len(Neuron(7).parameters()))',
        'm = MLP(2, [2, 1])',
        'ps = m.parameters()',
        'n0 = m.layers[0].neurons[0]',
        'print(ps[0] is n0.w[0], ps[1] is n0.w[1], ps[2] is n0.b, ps[-1] is m.layers[1].neurons[0].b)',
      ].join('\n'),
    );
    expect(lines).toEqual(['41 13 6', '8 8', 'True True True True']);
  });

  it('draws every weight with random.uniform(-1, 1) in parameter order, biases start at Value(0)', () => {
    const lines = printed(
      [
        'import random',
        'from micrograd.nn import MLP',
        'random.seed(42)',
        'model = MLP(3, [4, 2, 1])',
        'after = random.random()',
        'random.seed(42)',
        'for p in model.parameters():',
        '    if p is model.layers[0].neurons[0].b or p.data == 0:',
        '        continue',
        '    assert p.data == random.uniform(-1, 1), p',
        'print(random.random() == after)',
        'print(sum(1 for p in model.parameters() if p.data == 0 and type(p.data) is int))',
        'random.seed(42)',
        'again = MLP(3, [4, 2, 1])',
        'print([p.data for p in again.parameters()] == [p.data for p in model.parameters()])',
      ].join('\n'),
    );
    // 4 + 2 + 1 biases are the int 0; the weight draws reproduce exactly and consume the same stream.
    expect(lines).toEqual(['True', '7', 'True']);
  });

  it('ReLU on hidden layers, linear output; a one-neuron layer returns the Value itself', () => {
    const lines = printed(
      [
        'import random',
        'from micrograd.nn import MLP',
        'random.seed(3)',
        'm = MLP(2, [3, 3, 1])',
        'print([n.nonlin for layer in m.layers for n in layer.neurons])',
        'print(type(m([1.0, 2.0])).__name__, type(m.layers[0]([1.0, 2.0])).__name__)',
        'print(m)',
      ].join('\n'),
    );
    expect(lines).toEqual([
      '[True, True, True, True, True, True, False]',
      'Value list',
      'MLP of [Layer of [ReLUNeuron(2), ReLUNeuron(2), ReLUNeuron(2)], Layer of [ReLUNeuron(3), ReLUNeuron(3), ReLUNeuron(3)], Layer of [LinearNeuron(3)]]',
    ]);
  });

  it('a neuron computes b + sum(w_i x_i), then ReLU if nonlinear', () => {
    const lines = printed(
      [
        'from micrograd.nn import Neuron',
        'from micrograd.engine import Value',
        'n = Neuron(2, nonlin=False)',
        'n.w = [Value(0.5), Value(-2.0)]',
        'n.b = Value(0.25)',
        'print(n([4.0, 1.0]).data, n([1.0, 1.0]).data)',
        'n.nonlin = True',
        'print(n([4.0, 1.0]).data, n([1.0, 1.0]).data)',
      ].join('\n'),
    );
    expect(lines).toEqual(['0.25 -1.25', '0.25 0']);
  });

  it('zero_grad resets every parameter gradient to the int 0 (and only parameters)', () => {
    const lines = printed(
      [
        'import random',
        'from micrograd.nn import MLP',
        'random.seed(7)',
        'm = MLP(2, [3, 1])',
        'x = [1.0, -2.0]',
        'out = m(x)',
        'loss = (out - 1.0) ** 2',
        'loss.backward()',
        'print(any(p.grad != 0 for p in m.parameters()))',
        'm.zero_grad()',
        'print(all(p.grad == 0 and type(p.grad) is int for p in m.parameters()), type(loss.grad).__name__)',
      ].join('\n'),
    );
    expect(lines).toEqual(['True', 'True int']);
  });

  it('Module.parameters of the base class is empty', () => {
    expect(printed('from micrograd.nn import Module\nprint(Module().parameters())\nModule().zero_grad()\n')).toEqual(['[]']);
  });
});

class Capture implements TraceRecorder {
  binds: { scope: string; name: string; line: number }[] = [];
  calls: { qualname: string; receiver: PyValue | undefined; line: number }[] = [];
  bind(scope: string, name: string, span: Span): void {
    this.binds.push({ scope, name, line: span.line });
  }
  call(_frame: number, qualname: string, _fn: PyValue, args: readonly PyValue[], _kwargs: unknown, span: Span): void {
    this.calls.push({ qualname, receiver: args[0], line: span.line });
  }
  return(): void {}
}

function attr(v: PyValue | undefined, name: string): PyValue {
  if (!(v instanceof PyObject) || v.dict === null) throw new Error(`not an instance: ${String(v)}`);
  const x = v.dict.get(name);
  if (x === undefined) throw new Error(`no attribute ${name}`);
  return x;
}

function numberOf(v: PyValue): number {
  if (v instanceof Tensor) return v.item();
  if (typeof v === 'number') return v;
  throw new Error(`not a number: ${String(v)}`);
}

describe('micrograd inside gradlens', () => {
  const program = [
    'from micrograd.engine import Value', // 1
    'a = Value(1.5)', // 2
    'b = Value(-0.5)', // 3
    'c = a * b + a.tanh()', // 4
    'loss = (c - 2.0) ** 2 / 3.0', // 5
    'loss.backward()', // 6
  ].join('\n');

  it('records every float op on the engine tape: the tape gradient of loss.data equals micrograd\'s grads', () => {
    const r = run(program);
    expect(r.exitCode).toBe(0);
    const get = (name: string): PyValue => r.log.last(name, '<module>')!.live;
    const lossData = attr(get('loss'), 'data');
    expect(lossData).toBeInstanceOf(Tensor);
    const grads = backward(lossData as Tensor);
    for (const name of ['a', 'b', 'c']) {
      const v = get(name);
      const tapeGrad = grads.get(attr(v, 'data') as Tensor);
      expect(tapeGrad, name).toBeDefined();
      expect(tapeGrad!.item()).toBeCloseTo(numberOf(attr(v, 'grad')), 12);
    }
  });

  it('reports the user\'s bindings only: nothing from the library\'s own lines', () => {
    const cap = new Capture();
    const r = run(program, cap);
    expect(r.exitCode).toBe(0);
    expect(cap.binds.map((b) => `${b.scope} ${b.name} ${b.line}`)).toEqual(['<module> Value 1', '<module> a 2', '<module> b 3', '<module> c 4', '<module> loss 5']);
    expect(r.log.entries().every((b) => b.scope === '<module>')).toBe(true);
  });

  it('reports the library\'s calls, so the analysis sees loss.backward() with its receiver and call site', () => {
    const cap = new Capture();
    const r = run(program, cap);
    const backwardCalls = cap.calls.filter((c) => c.qualname === 'Value.backward');
    expect(backwardCalls).toHaveLength(1);
    expect(backwardCalls[0].receiver).toBe(r.log.last('loss', '<module>')!.live);
    expect(backwardCalls[0].line).toBe(6);
    expect(cap.calls.some((c) => c.qualname === 'Value.__mul__')).toBe(true);
  });

  it('gives tensors made inside the library the line of the user\'s file that called into it, and the user\'s own ops their line', () => {
    const r = run('from micrograd.engine import Value\nx = 2.0 * 3.0\na = Value(x)\nb = a * a\n');
    expect(r.exitCode).toBe(0);
    const x = r.log.last('x', '<module>')!.live as Tensor;
    expect(r.spans[x.origin].line).toBe(2);
    const bData = attr(r.log.last('b', '<module>')!.live, 'data') as Tensor; // made in Value.__mul__
    expect(r.spans[bData.origin]).toMatchObject({ line: 4, col: 4, endCol: 9 });
    // the library compiled nothing into the span table: every span there is a line of user.py
    expect(r.spans.every((s) => s.line <= 4)).toBe(true);
  });

  it('imports as a package: micrograd.engine / micrograd.nn as attributes, from-imports, module names', () => {
    const lines = printed(
      [
        'import micrograd.engine',
        'import micrograd.nn as nn',
        'from micrograd import engine',
        'print(micrograd.engine is engine, nn.Value is engine.Value, micrograd.nn is nn)',
        'print(micrograd.__name__, engine.__name__, nn.__name__)',
        'print(engine.Value(1.0))',
      ].join('\n'),
    );
    expect(lines).toEqual(['True True True', 'micrograd micrograd.engine micrograd.nn', 'Value(data=1.0, grad=0)']);
  });

  it('names the modules its classes belong to (user classes stay in __main__)', () => {
    const lines = printed(
      [
        'from micrograd.engine import Value',
        'from micrograd.nn import MLP, Module',
        'class Mine(Module):',
        '    pass',
        'print(type(Value(1)), Value.__module__, MLP.__module__)',
        'print(Mine.__module__, Mine.__mro__[1])',
      ].join('\n'),
    );
    expect(lines).toEqual([
      "<class 'micrograd.engine.Value'> micrograd.engine micrograd.nn",
      "__main__ <class 'micrograd.nn.Module'>",
    ]);
  });

  it('builds fresh modules in every run', () => {
    const source = 'from micrograd.engine import Value\nValue.shared = getattr(Value, "shared", 0) + 1\nprint(Value.shared)\n';
    expect(printed(source)).toEqual(['1']);
    expect(printed(source)).toEqual(['1']);
  });

  it('counts the library\'s statements against the step budget', () => {
    const r = runSource('from micrograd.engine import Value\nv = Value(1.0)\nwhile True:\n    v = v * 1.0\n', { filename: 'user.py', maxSteps: 20_000 });
    expect(r.exitCode).toBe(3);
    expect(r.error?.kind).toBe('budget');
  });
});
