import { readFileSync } from 'fs';
import { join } from 'path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lowerSource } from '../../src/python/lower';
import { loadParser } from '../../src/python/parse';
import { PySyntaxError } from '../../src/python/syntax-error';

interface Case { name: string; source: string; pyType: string; message: string; line: number; offset: number }

// Expected texts produced by CPython 3.11 (scripts/python-syntax-errors.py)
const fixture = JSON.parse(readFileSync(join(__dirname, '../fixtures/python-syntax-errors.json'), 'utf8')) as { cases: Case[] };

function syntaxErrorOf(source: string): PySyntaxError {
  try {
    lowerSource(source);
  } catch (error) {
    if (error instanceof PySyntaxError) return error;
    throw error;
  }
  throw new Error('no syntax error raised');
}

beforeAll(async () => {
  await loadParser();
});

describe("CPython 3.11's SyntaxError texts and locations", () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const error = syntaxErrorOf(c.source);
    expect({ pyType: error.pyType, message: error.message, line: error.span.line, col: error.span.col })
      .toEqual({ pyType: c.pyType, message: c.message, line: c.line, col: c.offset - 1 });
  });
});
