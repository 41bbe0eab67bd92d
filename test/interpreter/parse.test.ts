import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parse } from '../../src/python/parse';

beforeAll(async () => {
  await loadParser();
});

describe('parse', () => {
  it('parses a module into a tree-sitter tree', () => {
    const tree = parse('x = 1\nprint(x)\n');
    expect(tree.rootNode.type).toBe('module');
    expect(tree.rootNode.namedChildren.map((c) => c!.type)).toEqual(['expression_statement', 'expression_statement']);
    expect(tree.rootNode.hasError).toBe(false);
    tree.delete();
  });
  it('recovers from garbage with ERROR nodes instead of throwing', () => {
    const tree = parse('def f(:\n  ))) $$$\nx = 1\n');
    expect(tree.rootNode.hasError).toBe(true);
    tree.delete();
  });
  it('loading twice is harmless', async () => {
    await loadParser();
    expect(parse('pass').rootNode.type).toBe('module');
  });
});
