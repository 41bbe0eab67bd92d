// Incremental parsing for documents that are analysed again and again as they are edited: the last
// tree of each document is kept, and a new text of the same document is parsed by editing that tree
// with the one range where the two texts differ (their common prefix and suffix), so tree-sitter
// reuses every subtree outside it. Trees stay owned by the cache: callers must not delete them.
import { parse } from './parse';
import type { Tree, TreeEdit } from './parse';

interface Entry {
  source: string;
  tree: Tree;
}

export interface SourceTreesStats {
  /** Parsed from scratch (a document seen for the first time, or evicted). */
  full: number;
  /** Parsed by editing the document's previous tree. */
  incremental: number;
  /** The same text as last time: the previous tree as it is. */
  unchanged: number;
}

export class SourceTrees {
  /** Insertion order is recency order: the first entry is the least recently used. */
  private readonly entries = new Map<string, Entry>();
  readonly stats: SourceTreesStats = { full: 0, incremental: 0, unchanged: 0 };

  constructor(private readonly capacity = 16) {}

  /** The syntax tree of `source`, the current text of document `key`. */
  treeOf(key: string, source: string): Tree {
    const entry = this.entries.get(key);
    this.entries.delete(key);
    let tree: Tree;
    if (entry === undefined) {
      tree = parse(source);
      this.stats.full++;
    } else if (entry.source === source) {
      tree = entry.tree;
      this.stats.unchanged++;
    } else {
      const edit = differingRange(entry.source, source);
      entry.tree.edit(edit);
      tree = parse(source, entry.tree);
      entry.tree.delete();
      this.stats.incremental++;
    }
    this.entries.set(key, { source, tree });
    this.evict();
    return tree;
  }

  /** Forgets every tree (their wasm memory is freed). */
  clear(): void {
    for (const entry of this.entries.values()) entry.tree.delete();
    this.entries.clear();
  }

  private evict(): void {
    while (this.entries.size > this.capacity) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, Entry];
      oldest.tree.delete();
      this.entries.delete(oldestKey);
    }
  }
}

/**
 * The edit that turns `before` into `after`: the span between their common prefix and common suffix,
 * in UTF-16 code units and (row, column) points as web-tree-sitter counts them. A surrogate pair is
 * never split, so the edit's bounds fall on character boundaries.
 */
export function differingRange(before: string, after: string): TreeEdit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let suffix = 0;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  const startPosition = pointAt(before, start);
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition,
    oldEndPosition: advance(startPosition, before, start, oldEnd),
    newEndPosition: advance(startPosition, after, start, newEnd),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The (row, column) of a code-unit index; rows end at '\n' as in tree-sitter. */
function pointAt(text: string, index: number): { row: number; column: number } {
  return advance({ row: 0, column: 0 }, text, 0, index);
}

function advance(from: { row: number; column: number }, text: string, start: number, end: number): { row: number; column: number } {
  let { row, column } = from;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      row++;
      column = 0;
    } else column++;
  }
  return { row, column };
}
