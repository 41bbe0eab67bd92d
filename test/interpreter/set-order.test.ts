// Sets print in CPython's hash-table order: programs that build, change and combine sets must
// print exactly what CPython 3.11 printed for them (test/fixtures/set-order-cases.json, written by
// scripts/set-order-cases.py). SET_ORDER_CASES=<file> runs another fixture of the same shape.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import fixture from '../fixtures/set-order-cases.json';
import { loadPython, runSource } from '../../src/python/run';

interface Case {
  source: string;
  stdout: string;
}

const other = process.env.SET_ORDER_CASES;
const cases = (other ? JSON.parse(readFileSync(other, 'utf8')) : fixture).cases as Record<string, Case>;

beforeAll(async () => {
  await loadPython();
});

describe('set iteration order matches CPython 3.11', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      const r = runSource(c.source, { filename: 'prog.py' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(c.stdout);
    });
  }
});
