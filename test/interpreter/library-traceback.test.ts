// Tracebacks through a library written in Python (micrograd): each frame names the file its code
// comes from and quotes that file's line, as CPython does for an installed package, and the run's
// error points at the innermost line of the user's file (the place the editor can show).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});

function run(source: string) {
  return runSource(source, { filename: 'user.py' });
}

describe('tracebacks through micrograd', () => {
  it('names micrograd/engine.py and its line for an error raised in Value.__pow__', () => {
    const r = run('from micrograd.engine import Value\nx = Value(2.0)\ny = x ** Value(2.0)\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      [
        'Traceback (most recent call last):',
        '  File "user.py", line 3, in <module>',
        '    y = x ** Value(2.0)',
        '  File "micrograd/engine.py", line 37, in __pow__',
        '    assert isinstance(other, (int, float)), "only supporting int/float powers for now"',
        'AssertionError: only supporting int/float powers for now',
        '',
      ].join('\n'),
    );
    expect(r.error?.span.line).toBe(3);
  });

  it('keeps every frame of a call chain through micrograd/nn.py, with the lines CPython names', () => {
    const source = [
      'from micrograd.nn import MLP',
      'model = MLP(2, [3, 1])',
      'def predict(net, x):',
      '    return net(x)',
      'predict(model, 0.5)',
      '',
    ].join('\n');
    const r = run(source);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      [
        'Traceback (most recent call last):',
        '  File "user.py", line 5, in <module>',
        '    predict(model, 0.5)',
        '  File "user.py", line 4, in predict',
        '    return net(x)',
        '  File "micrograd/nn.py", line 53, in __call__',
        '    x = layer(x)',
        '  File "micrograd/nn.py", line 36, in __call__',
        '    out = [n(x) for n in self.neurons]',
        '  File "micrograd/nn.py", line 36, in <listcomp>',
        '    out = [n(x) for n in self.neurons]',
        '  File "micrograd/nn.py", line 21, in __call__',
        '    act = sum((wi*xi for wi,xi in zip(self.w, x)), self.b)',
        "TypeError: 'float' object is not iterable",
        '',
      ].join('\n'),
    );
    // the innermost line of the user's file, not line 21 of nn.py
    expect(r.error?.span.line).toBe(4);
  });

  it('an error raised in the user\'s own code keeps its own line', () => {
    const r = run('from micrograd.engine import Value\ndef f(v):\n    return v.data / 0\nf(Value(1.0))\n');
    expect(r.stderr.split('\n').slice(-4)).toEqual(['  File "user.py", line 3, in f', '    return v.data / 0', 'ZeroDivisionError: float division by zero', '']);
    expect(r.error?.span.line).toBe(3);
  });
});
