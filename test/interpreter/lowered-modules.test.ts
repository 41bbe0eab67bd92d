// The IR cache of recently lowered texts: the same text gives the same Module (no parse, no
// lowering), least recently used texts are dropped, broken texts raise their SyntaxError every
// time, and running one Module twice gives the same output and bindings (a run never writes
// into the IR).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Module } from '../../src/python/ir';
import { lowerSource } from '../../src/python/lower';
import { LoweredModules } from '../../src/python/lowered-modules';
import { loadPython, runSource } from '../../src/python/run';
import { PySyntaxError } from '../../src/python/syntax-error';

beforeAll(async () => {
  await loadPython();
});

/** An empty module, told apart by its qualname. */
const module = (tag: string): Module => ({
  body: [],
  directives: [],
  scope: { kind: 'module', qualname: tag, locals: [], globals: [], nonlocals: [], free: [], cells: [], isGenerator: false, usesClassCell: false },
});

describe('LoweredModules', () => {
  it('keeps the most recently used texts up to its capacity', () => {
    const cache = new LoweredModules(2);
    const a = module('a');
    const b = module('b');
    const c = module('c');
    cache.set('a', a);
    cache.set('b', b);
    expect(cache.get('a')).toBe(a); // a is now the most recent
    cache.set('c', c); // evicts b, the least recently used
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(a);
    expect(cache.get('c')).toBe(c);
    expect(cache.size).toBe(2);
  });

  it('replaces the module of a text set again', () => {
    const cache = new LoweredModules(2);
    const first = module('first');
    const second = module('second');
    cache.set('x', first);
    cache.set('x', second);
    expect(cache.get('x')).toBe(second);
    expect(cache.size).toBe(1);
  });
});

describe('lowerSource', () => {
  it('gives the same Module for the same text, a new one for another text', () => {
    const text = 'x = 1\ny = x + 2\n';
    const m = lowerSource(text);
    expect(lowerSource(text)).toBe(m);
    expect(lowerSource(text + '# another text\n')).not.toBe(m);
  });

  it('raises the SyntaxError of a broken text every time', () => {
    const broken = 'def f(:\n    pass\n';
    for (let i = 0; i < 2; i++) {
      let error: unknown = null;
      try {
        lowerSource(broken);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PySyntaxError);
    }
  });

  it('runs one lowered text twice with the same output and bindings', () => {
    const text = [
      'import numpy as np',
      'def f(a, b=2.5):',
      '    c = [a * b for _ in range(3)]',
      '    return sum(c)',
      'x = np.arange(6.0).reshape(2, 3)',
      'y = x.T',
      'y[0, 1] += f(1.5)',
      'total = 0.0',
      'for row in x:',
      '    total += float(row.sum())',
      'print(total, x)',
    ].join('\n');
    const summary = (): string => {
      const r = runSource(text, { filename: 'twice.py' });
      expect(r.stderr).toBe('');
      const bindings = r.log.entries().map((b) => `${b.scope}:${b.name}@${b.line}:${b.col} x${b.count}`);
      return `${r.stdout}\n${bindings.join('\n')}`;
    };
    const first = summary();
    expect(first).toContain('total');
    expect(summary()).toBe(first);
  });
});
