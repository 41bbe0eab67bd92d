// The fuzz test's mutator: deterministic per seed, and each mutation does what it says.
import { describe, expect, it } from 'vitest';
import { PYTHON_TOKENS, Prng, makeMutants, mutate } from './mutate';

describe('mutator', () => {
  it('is deterministic for a seed and changes programs', () => {
    const programs = [{ filename: 'a.py', source: 'x = 1\nfor i in range(3):\n    x += i\nprint(x)\n' }];
    const a = makeMutants(programs, 50, 7);
    const b = makeMutants(programs, 50, 7);
    expect(a).toEqual(b);
    expect(a.filter((m) => m.source !== programs[0].source).length).toBeGreaterThan(40);
    expect(makeMutants(programs, 50, 8)).not.toEqual(a);
  });

  it('truncates inside a token', () => {
    const { source } = mutate('print(value_name)', 'truncate-mid-token', new Prng(3));
    expect('print(value_name)'.startsWith(source)).toBe(true);
    expect(source.length).toBeGreaterThan(0);
    expect(source.length).toBeLessThan('print(value_name)'.length);
  });
});

describe('mutations', () => {
  const source = 'a = 1\nb = 2\nc = 3\n';
  it('delete, duplicate and swap lines', () => {
    expect(mutate(source, 'delete-line', new Prng(1)).source.split('\n')).toHaveLength(3);
    expect(mutate(source, 'duplicate-line', new Prng(1)).source.split('\n')).toHaveLength(5);
    const swapped = mutate(source, 'swap-lines', new Prng(5)).source;
    expect(swapped.split('\n').sort()).toEqual(source.split('\n').sort());
  });
  it('inserts a token from the list', () => {
    const { source: out, description } = mutate(source, 'insert-token', new Prng(2));
    expect(out).not.toBe(source);
    expect(PYTHON_TOKENS.some((token) => description.includes(JSON.stringify(token).slice(1, -1)))).toBe(true);
  });
  it('gives uniform-looking numbers', () => {
    const rng = new Prng(42);
    const draws = Array.from({ length: 10_000 }, () => rng.next());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });
});
