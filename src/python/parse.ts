// The parser adapter: web-tree-sitter with the tree-sitter-python grammar, both loaded from wasm.
import * as fs from 'fs';
import * as path from 'path';
import TS = require('web-tree-sitter');

export type Tree = TS.Tree;
export type SyntaxNode = TS.Node;
export type TreeEdit = TS.Edit;

let parser: TS.Parser | null = null;
let loading: Promise<void> | null = null;

/** Finds a wasm file beside the bundle (dist/) or, when running from sources, in node_modules. */
function locate(bundledName: string, packagePath: string): string {
  const candidates = [
    path.join(__dirname, bundledName),
    path.join(__dirname, '..', bundledName),
    path.join(process.cwd(), 'node_modules', packagePath),
  ];
  try {
    candidates.push(require.resolve(packagePath));
  } catch {
    // not resolvable from here (bundled); the other candidates apply
  }
  for (const candidate of candidates) if (fs.existsSync(candidate)) return candidate;
  throw new Error(`gradlens: cannot find ${bundledName} (looked in ${candidates.join(', ')})`);
}

/** Loads the tree-sitter runtime and the Python grammar once; later calls return the same promise. */
export function loadParser(): Promise<void> {
  loading ??= (async () => {
    const runtimeWasm = locate('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
    await TS.Parser.init({ locateFile: () => runtimeWasm } as unknown as Parameters<typeof TS.Parser.init>[0]);
    const python = await TS.Language.load(
      fs.readFileSync(locate('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm')),
    );
    const created = new TS.Parser();
    created.setLanguage(python);
    parser = created;
  })();
  return loading;
}

/**
 * Parses Python source (synchronous; call loadParser() first). With `previous` - the tree of an
 * earlier text, already edited (`Tree.edit`) to match this one - tree-sitter re-parses
 * incrementally, reusing every subtree outside the edited ranges.
 */
export function parse(source: string, previous?: Tree): Tree {
  if (!parser) throw new Error('gradlens: parse() called before loadParser() finished');
  const tree = parser.parse(source, previous ?? null);
  if (!tree) throw new Error('gradlens: tree-sitter returned no tree');
  return tree;
}
