import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lowerSource } from '../../src/python/lower';
import { loadParser } from '../../src/python/parse';
import { PySyntaxError } from '../../src/python/syntax-error';

beforeAll(async () => {
  await loadParser();
});

const PROGRAM = [
  'import numpy as np',
  '',
  'class Value:',
  '    def __init__(self, data, _children=(), _op=""):',
  '        self.data = data',
  '        self.grad = 0.0',
  '        self._prev = set(_children)',
  '',
  '    def __mul__(self, other):',
  '        other = other if isinstance(other, Value) else Value(other)',
  '        out = Value(self.data * other.data, (self, other), "*")',
  '        def _backward():',
  '            self.grad += other.data * out.grad',
  '        out._backward = _backward',
  '        return out',
  '',
  'def softmax_loss(x, y):',
  '    shifted = x - np.max(x, axis=1, keepdims=True)',
  '    probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)',
  '    N = x.shape[0]',
  '    loss = -np.sum(np.log(probs[np.arange(N), y])) / N',
  '    dx = probs.copy()',
  '    dx[np.arange(N), y] -= 1',
  '    return loss, dx / N',
  '',
  'for i in range(3):',
  '    print(f"{i:>3} {softmax_loss(np.ones((2, 3)), [0, 1])[0]:.4f}")',
  '',
].join('\n');

/** Lowers and classifies: a module, or a PySyntaxError with a plausible location. Anything else fails. */
function outcome(source: string): 'module' | 'syntax-error' {
  try {
    lowerSource(source);
    return 'module';
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    const lines = source.split(/\r\n|\r|\n/).length;
    expect(error.span.line).toBeGreaterThanOrEqual(1);
    expect(error.span.line).toBeLessThanOrEqual(lines + 1);
    expect(error.span.col).toBeGreaterThanOrEqual(0);
    expect(error.message.length).toBeGreaterThan(0);
    return 'syntax-error';
  }
}

describe('error tolerance', () => {
  it('lowers the reference program', () => {
    expect(outcome(PROGRAM)).toBe('module');
  });

  it('a file with garbage in the middle gives the first error at its line, not a crash', () => {
    const broken = PROGRAM.replace('    N = x.shape[0]', '    N = x.shape[0] @@ ;; }{ ?? lambda ::');
    expect(() => lowerSource(broken)).toThrow(PySyntaxError);
    try {
      lowerSource(broken);
    } catch (error) {
      const e = error as PySyntaxError;
      // CPython 3.11: SyntaxError: unmatched '}' at line 20, offset 26
      expect(e.message).toBe("unmatched '}'");
      expect(e.span.line).toBe(20);
      expect(e.span.col).toBe(25);
    }
  });

  it("a lambda tree-sitter leaves without a body ('total +lambda= x') is invalid syntax, not a crash", () => {
    // CPython 3.11: SyntaxError: invalid syntax at line 2
    expect(() => lowerSource('total = 0\ntotal +lambda= x\n')).toThrow(PySyntaxError);
    expect(() => lowerSource('def f():\n    total +lambda= x\n')).toThrow(/invalid syntax/);
  });

  it('random edits of a valid program lower or raise PySyntaxError, never crash', () => {
    const edit = fc.record({
      at: fc.nat({ max: PROGRAM.length }),
      remove: fc.nat({ max: 6 }),
      insert: fc.oneof(
        fc.constantFrom('', ':', '(', ')', '[', ']', '{', '}', '"', "'", '"""', '\n', '\n    ', '    ', '\t', '=', '==', ',', '*', '**',
          'lambda', 'def ', 'class ', 'if ', 'else', 'yield', 'return', 'f"{', '}"', '\\', '#', '@', 'async ', 'await ', 'match ', ' as ', '$', '€'),
        fc.string({ maxLength: 4 }),
      ),
    });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
      let source = PROGRAM;
      for (const e of edits) {
        const at = Math.min(e.at, source.length);
        source = source.slice(0, at) + e.insert + source.slice(at + e.remove);
      }
      outcome(source);
    }), { numRuns: 300, seed: 20240611 });
  });

  it('arbitrary strings lower or raise PySyntaxError, never crash', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60, unit: fc.constantFrom(...'ab1 ()[]{}:=+-*/.,"\'\n\t#\\@fxj_0'.split('')) }), (source) => {
      outcome(source);
    }), { numRuns: 300, seed: 7 });
  });
});
