// Programs run through runSource must print exactly what CPython 3.11 printed for them
// (test/fixtures/runtime-cases.json, written by scripts/runtime-cases.py). Tracebacks are compared
// without CPython 3.11's caret lines (`~~^~~`), which gradlens does not draw.
import { beforeAll, describe, expect, it } from 'vitest';
import cases from '../fixtures/runtime-cases.json';
import { loadPython, runSource } from '../../src/python/run';

interface Case {
  source: string;
  stdout: string;
  exitCode: number;
  stderr: string;
}

const withoutCarets = (s: string): string =>
  s
    .split('\n')
    .filter((l) => !/^\s*[~^]+\s*$/.test(l))
    .join('\n');

beforeAll(async () => {
  await loadPython();
});

describe('runtime programs match CPython 3.11', () => {
  for (const [name, c] of Object.entries(cases.cases as Record<string, Case>)) {
    it(name, () => {
      const r = runSource(c.source, { filename: 'prog.py' });
      expect(r.stdout).toBe(c.stdout);
      expect(r.exitCode).toBe(c.exitCode);
      expect(withoutCarets(r.stderr)).toBe(withoutCarets(c.stderr));
    });
  }
});
