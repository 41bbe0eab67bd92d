// The corpus itself: complete, within the size rules, and every expectation well-formed. Needs no
// interpreter, so it guards the committed JSON even while the interpreter is being built.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, lastStderrLine, loadCorpus } from './corpus';

const programs = loadCorpus();

const REQUIRED_AREAS = [
  'lang', 'classes', 'generators', 'exceptions', 'strings', 'printing', 'builtins',
  'numpy_create', 'numpy_ops', 'numpy_index', 'numpy_views', 'numpy_reduce', 'numpy_print',
  'numpy_errors', 'random', 'np_random', 'math', 'micrograd', 'cs231n',
];

describe('differential corpus', () => {
  it('has at least 170 programs across every area', () => {
    expect(programs.length).toBeGreaterThanOrEqual(170);
    const areas = new Set(programs.map((p) => p.area));
    for (const area of REQUIRED_AREAS) expect(areas, `area ${area}`).toContain(area);
  });

  it('has an expectation for every program and no stale expectation', () => {
    expect(programs.filter((p) => p.expected === undefined).map((p) => p.filename)).toEqual([]);
    for (const area of readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const file of readdirSync(join(CORPUS_DIR, area.name)).filter((f) => f.endsWith('.expected.json'))) {
        const program = join(CORPUS_DIR, area.name, file.replace(/\.expected\.json$/, '.py'));
        expect(existsSync(program), `${area.name}/${file} has no program`).toBe(true);
      }
    }
  });

  it('keeps every program 5-40 lines long', () => {
    const outside = programs
      .map((p) => ({ file: p.filename, lines: p.source.replace(/\n$/, '').split('\n').length }))
      .filter(({ lines }) => lines < 5 || lines > 40);
    expect(outside).toEqual([]);
  });

  it('has programs that print and programs that end in an uncaught exception', () => {
    const failing = programs.filter((p) => p.expected?.exitCode === 1);
    expect(failing.length).toBeGreaterThanOrEqual(20);
    for (const p of programs) {
      if (p.expected?.exitCode === 0) expect(p.expected.stdout, p.filename).not.toBe('');
      if (p.expected?.exitCode === 1) expect(p.expected.stderrLast, p.filename).toMatch(/^[\w.]+(: .*)?$/);
    }
  });
});

describe('lastStderrLine', () => {
  it('takes the last line and ignores the final newline', () => {
    expect(lastStderrLine('Traceback (most recent call last):\n  File "x.py", line 1\nKeyError: 1\n')).toBe(
      'KeyError: 1',
    );
    expect(lastStderrLine('ValueError: shapes (2,3) (2,) ')).toBe('ValueError: shapes (2,3) (2,) ');
    expect(lastStderrLine('')).toBe('');
  });
});
