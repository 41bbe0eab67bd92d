// Bundles the extension, the language server, the CLI (and later the webview) with esbuild,
// and copies the tree-sitter wasm files beside the bundles (they are loaded via __dirname).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildWebview } from './webview-bundle.mjs';

const require = createRequire(import.meta.url);
const out = 'dist';
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

const entries = [
  { in: 'src/cli/main.ts', out: 'cli.js', banner: '#!/usr/bin/env node' },
  { in: 'src/server/main.ts', out: 'server.js' },
  { in: 'src/extension.ts', out: 'extension.js', external: ['vscode'] },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        ...common,
        entryPoints: [e.in],
        outfile: join(out, e.out),
        external: e.external ?? [],
        banner: e.banner ? { js: e.banner } : undefined,
      }),
    ),
);

// The graph panel's browser bundle (mermaid inside).
if (existsSync('webview/ui/main.ts')) await buildWebview(join(out, 'webview.js'));

for (const wasm of ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter-python/tree-sitter-python.wasm']) {
  const src = require.resolve(wasm);
  copyFileSync(src, join(out, wasm.split('/')[1]));
}
void dirname;
