// Incremental re-parse: a document's new text parsed from its edited previous tree gives exactly the
// tree (and the IR) a fresh parse gives, for random edits of real files, non-ASCII text included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lower, lowerSource } from '../../src/python/lower';
import { loadParser, parse } from '../../src/python/parse';
import { SourceTrees, differingRange } from '../../src/python/source-trees';

beforeAll(async () => {
  await loadParser();
});

function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pythonFiles(join(dir, e.name)) : e.name.endsWith('.py') ? [join(dir, e.name)] : [],
  );
}

const corpus = pythonFiles('examples').map((f) => readFileSync(f, 'utf8'));
const fragments = ['', 'x', '\n', '    ', ')', 'def f(a):\n    return a\n', 'é😀', '# ∂loss\n', 'q = x + y', '"""', ':', '1.5e-3'];

/** One edit: replace text[start, end) by an inserted fragment. */
const editArb = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.constantFrom(...fragments) });

function applyEdit(text: string, e: { at: number; length: number; insert: string }): string {
  const start = e.at % (text.length + 1);
  return text.slice(0, start) + e.insert + text.slice(Math.min(text.length, start + e.length));
}

function freshTreeText(source: string): string {
  const tree = parse(source);
  try {
    return tree.rootNode.toString();
  } finally {
    tree.delete();
  }
}

function irOrError(make: () => unknown): string {
  try {
    return JSON.stringify(make());
  } catch (e) {
    return `error: ${e instanceof Error ? e.message : String(e)}`;
  }
}

describe('SourceTrees', () => {
  it('parses a sequence of random edits incrementally to the same trees and IR as fresh parses', () => {
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), (file, edits) => {
        const trees = new SourceTrees();
        let text = corpus[file];
        trees.treeOf('doc.py', text);
        for (const e of edits) {
          const next = applyEdit(text, e);
          const tree = trees.treeOf('doc.py', next);
          expect(tree.rootNode.toString()).toBe(freshTreeText(next));
          expect(irOrError(() => lower(tree, next))).toBe(irOrError(() => lowerSource(next)));
          text = next;
        }
        expect(trees.stats.full).toBe(1);
        expect(trees.stats.incremental + trees.stats.unchanged).toBe(edits.length);
        trees.clear();
      }),
      { numRuns: 60, seed: 20261128 },
    );
  });

  it('re-parses only around the edit: the changed ranges stay inside the edited statement', () => {
    const trees = new SourceTrees();
    const source = corpus.find((s) => s.split('\n').length > 40) ?? corpus[0];
    const before = parse(source);
    const lines = source.split('\n');
    const line = lines.findIndex((l, i) => i > 10 && /^\w+ = /.test(l));
    expect(line).toBeGreaterThan(0);
    trees.treeOf('doc.py', source);
    const edited = [...lines.slice(0, line), `${lines[line]} + 0`, ...lines.slice(line + 1)].join('\n');
    const edit = differingRange(source, edited);
    const after = trees.treeOf('doc.py', edited);
    before.edit(edit);
    const changed = before.getChangedRanges(after);
    for (const r of changed) {
      expect(r.startPosition.row).toBeGreaterThanOrEqual(line);
      expect(r.endPosition.row).toBeLessThanOrEqual(line);
    }
    expect(trees.stats).toEqual({ full: 1, incremental: 1, unchanged: 0 });
    before.delete();
    trees.clear();
  });

  it('gives the same tree for the same text, and keeps at most `capacity` documents', () => {
    const trees = new SourceTrees(2);
    const a = trees.treeOf('a.py', 'a = 1\n');
    expect(trees.treeOf('a.py', 'a = 1\n')).toBe(a);
    trees.treeOf('b.py', 'b = 2\n');
    trees.treeOf('c.py', 'c = 3\n'); // evicts a.py, the least recently used
    trees.treeOf('a.py', 'a = 1\n');
    expect(trees.stats).toEqual({ full: 4, incremental: 0, unchanged: 1 });
    trees.clear();
  });
});

describe('differingRange', () => {
  it('spans the text between the common prefix and suffix, with tree-sitter points', () => {
    expect(differingRange('x = 1\ny = 2\n', 'x = 1\ny = 23\n')).toEqual({
      startIndex: 11,
      oldEndIndex: 11,
      newEndIndex: 12,
      startPosition: { row: 1, column: 5 },
      oldEndPosition: { row: 1, column: 5 },
      newEndPosition: { row: 1, column: 6 },
    });
    const removeLine = differingRange('a\nb\nc\n', 'a\nc\n');
    expect([removeLine.startIndex, removeLine.oldEndIndex, removeLine.newEndIndex]).toEqual([2, 4, 2]);
    expect(removeLine.oldEndPosition).toEqual({ row: 2, column: 0 });
    expect(removeLine.newEndPosition).toEqual({ row: 1, column: 0 });
  });

  it('never splits a surrogate pair', () => {
    // '😀' and '😃' share their high surrogate: the edit must start before it.
    const e = differingRange('s = "😀"\n', 's = "😃"\n');
    expect(e.startIndex).toBe(5);
    expect([e.oldEndIndex, e.newEndIndex]).toEqual([7, 7]);
  });
});
