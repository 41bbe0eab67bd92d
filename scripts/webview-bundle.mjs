// The graph panel's browser bundle: webview/ui/main.ts -> dist/webview.js with mermaid inside
// (no CDN; the webview's CSP allows only this nonce'd script). Used by build.mjs and by the
// panel's browser tests, so both bundle the same way.
import { build } from 'esbuild';

export async function buildWebview(outfile = 'dist/webview.js') {
  await build({
    entryPoints: ['webview/ui/main.ts'],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  });
}
