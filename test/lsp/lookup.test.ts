// Scope, binding lookup, globs and settings of the language server (pure parts).
import { describe, expect, it } from 'vitest';
import type { BindingReport } from '../../src/analysis/report';
import { liveBinding, wordAt } from '../../src/server/binding-lookup';
import { matchesGlob } from '../../src/server/glob';
import { scopeAtLine } from '../../src/server/scope-at';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/server/settings';

const SOURCE = `import math

class Net:
    def loss(self, x):
        h = x * 2

        def inner(y):
            return y + h
        # a comment at a shallower indent than the code around it
        return inner(h)

def f(a):
    return a

z = f(1.0)
`.split('\n');

describe('scopeAtLine', () => {
  it('names scopes as __qualname__ does', () => {
    expect(scopeAtLine(SOURCE, 0)).toBe('<module>');
    expect(scopeAtLine(SOURCE, 3)).toBe('Net'); // the def line itself belongs to the class body
    expect(scopeAtLine(SOURCE, 4)).toBe('Net.loss');
    expect(scopeAtLine(SOURCE, 7)).toBe('Net.loss.<locals>.inner');
    expect(scopeAtLine(SOURCE, 9)).toBe('Net.loss');
    expect(scopeAtLine(SOURCE, 12)).toBe('f');
    expect(scopeAtLine(SOURCE, 14)).toBe('<module>');
  });
});

const b = (name: string, line: number, scope = '<module>'): BindingReport => ({
  name,
  line,
  scope,
  range: { line, col: 0, endLine: line, endCol: name.length },
  count: 1,
  value: line,
  grad: null,
});

describe('liveBinding', () => {
  const bindings = [b('x', 1), b('x', 5), b('x', 8), b('y', 3, 'f'), b('y', 6, 'f'), b('g', 20)];
  it('takes the last binding before the line in the same scope', () => {
    expect(liveBinding(bindings, 'x', '<module>', 7)?.line).toBe(5);
    expect(liveBinding(bindings, 'x', '<module>', 5)?.line).toBe(1); // x = x + 1: the use reads the older x
    expect(liveBinding(bindings, 'y', 'f', 10)?.line).toBe(6);
  });
  it('falls back to a binding on the line itself, then to module scope', () => {
    expect(liveBinding(bindings, 'y', 'f', 3)?.line).toBe(3);
    expect(liveBinding(bindings, 'x', 'f', 6)?.line).toBe(5);
    expect(liveBinding(bindings, 'g', 'f', 4)?.line).toBe(20); // a global assigned after the def
    expect(liveBinding(bindings, 'x', '<module>', 0)).toBeUndefined();
    expect(liveBinding(bindings, 'nope', 'f', 9)).toBeUndefined();
  });
});

describe('wordAt', () => {
  it('finds identifiers and their dotted prefix', () => {
    expect(wordAt('    self.grad += out.grad', 10)).toEqual({ word: 'grad', dotted: 'self.grad', start: 9, end: 13 });
    expect(wordAt('    self.grad += out.grad', 5)).toMatchObject({ word: 'self', dotted: 'self' });
    expect(wordAt('x = 1.5 + 2', 5)).toBeUndefined();
    expect(wordAt('x = 1.5 + 2', 8)).toBeUndefined();
  });
});

describe('globs', () => {
  it('matches like VS Code settings', () => {
    expect(matchesGlob('**/*.py', '/home/u/proj/a.py')).toBe(true);
    expect(matchesGlob('**/*.py', '/home/u/proj/a.pyc')).toBe(false);
    expect(matchesGlob('*.py', '/deep/dir/a.py')).toBe(true);
    expect(matchesGlob('src/**/*.py', '/home/u/proj/src/x/y.py')).toBe(true);
    expect(matchesGlob('src/**/*.py', '/home/u/proj/lib/y.py')).toBe(false);
    expect(matchesGlob('**/{node_modules,.venv}/**', '/p/.venv/lib/site.py')).toBe(true);
    expect(matchesGlob('**/test_[ab].py', '/p/test_a.py')).toBe(true);
    expect(matchesGlob('**/test_[ab].py', '/p/test_c.py')).toBe(false);
    expect(matchesGlob('', '/p/a.py')).toBe(false);
  });
});

describe('settings', () => {
  it('reads the nested gradlens section and falls back on wrong types', () => {
    const s = parseSettings({ budget: { maxSeconds: 2, maxSteps: 'lots' }, tolerance: { rtol: 1e-3 }, debounceMs: 0, inlayHints: false, include: '' });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, maxSeconds: 2, rtol: 1e-3, debounceMs: 0, inlayHints: false });
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ budget: { maxSeconds: -1 } }).maxSeconds).toBe(DEFAULT_SETTINGS.maxSeconds);
  });
});
