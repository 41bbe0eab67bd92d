// A plain-JavaScript copy of tree-sitter's syntax tree, read once with a TreeCursor. Reading
// node properties through web-tree-sitter crosses into wasm on every access; lowering touches
// each node many times, so it works on this copy instead (about 3x faster on large files).
import type { Tree } from '../parse';

export interface Point {
  row: number;
  column: number;
}

export class SyntaxNode {
  readonly children: SyntaxNode[] = [];
  readonly fieldNames: (string | null)[] = [];
  parent: SyntaxNode | null = null;
  hasError: boolean;

  constructor(
    readonly id: number,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly startPosition: Point,
    readonly endPosition: Point,
  ) {
    this.hasError = type === 'ERROR' || isMissing;
  }

  get namedChildren(): SyntaxNode[] {
    return this.children.filter((c) => c.isNamed);
  }

  get firstChild(): SyntaxNode | null {
    return this.children[0] ?? null;
  }

  get childCount(): number {
    return this.children.length;
  }

  childForFieldName(name: string): SyntaxNode | null {
    const index = this.fieldNames.indexOf(name);
    return index < 0 ? null : this.children[index];
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let i = 0; i < this.children.length; i++) if (this.fieldNames[i] === name) out.push(this.children[i]);
    return out;
  }

  fieldNameForChild(index: number): string | null {
    return this.fieldNames[index] ?? null;
  }

  get previousNamedSibling(): SyntaxNode | null {
    if (!this.parent) return null;
    const siblings = this.parent.children;
    for (let i = siblings.indexOf(this) - 1; i >= 0; i--) if (siblings[i].isNamed) return siblings[i];
    return null;
  }
}

/** Maps UTF-16 offsets to (row, column) through the start offsets of the lines. */
class LineTable {
  private readonly starts: number[] = [0];
  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      const ch = source.charCodeAt(i);
      if (ch === 10) this.starts.push(i + 1);
      else if (ch === 13 && source.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  point(index: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return { row: low, column: index - this.starts[low] };
  }
}

/** Copies the whole tree (iteratively, so deep nesting cannot overflow the stack). Offsets are
 *  UTF-16 code units (web-tree-sitter parses JavaScript strings as UTF-16); rows and columns are
 *  computed here from them, which is cheaper than asking tree-sitter for every position. */
export function copyTree(tree: Tree, source: string): SyntaxNode {
  const language = tree.language;
  const types = language.types;
  const fields = language.fields;
  const named: boolean[] = [];
  for (let id = 0; id < types.length; id++) named.push(language.nodeTypeIsNamed(id));
  const lines = new LineTable(source);
  const withErrors = tree.rootNode.hasError;
  const cursor = tree.walk();
  let nextId = 0;
  const make = (): SyntaxNode => {
    const typeId = cursor.nodeTypeId;
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    return new SyntaxNode(
      nextId++, types[typeId] ?? 'ERROR', named[typeId] ?? true, withErrors && cursor.nodeIsMissing, start, end,
      lines.point(start), lines.point(end),
    );
  };
  const fieldName = (): string | null => {
    const id = cursor.currentFieldId;
    return id > 0 ? fields[id] ?? null : null;
  };
  const root = make();
  let current = root;
  try {
    for (;;) {
      if (cursor.gotoFirstChild()) {
        const child = make();
        child.parent = current;
        current.children.push(child);
        current.fieldNames.push(fieldName());
        current = child;
        continue;
      }
      // no children: go to the next sibling, climbing as needed
      for (;;) {
        const parent: SyntaxNode | null = current.parent;
        if (current.hasError && parent) parent.hasError = true;
        if (!parent) return root;
        if (cursor.gotoNextSibling()) {
          const sibling = make();
          sibling.parent = parent;
          parent.children.push(sibling);
          parent.fieldNames.push(fieldName());
          current = sibling;
          break;
        }
        cursor.gotoParent();
        current = parent;
      }
    }
  } finally {
    cursor.delete();
  }
}
