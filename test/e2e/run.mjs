// Entry of `npm run test:e2e`: bundles the TypeScript harness (test/e2e/main.ts) with esbuild and
// runs it; exits non-zero when a step fails or the harness throws.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// inside the repository (git-ignored), so that the bundle resolves the repository's node_modules
const harness = join(root, '.cache/e2e-harness/harness.cjs');
mkdirSync(dirname(harness), { recursive: true });
await build({
  entryPoints: [join(root, 'test/e2e/main.ts')],
  outfile: harness,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['playwright-core', 'esbuild'],
  logLevel: 'warning',
});
try {
  const { main } = await import(pathToFileURL(harness).href);
  process.exitCode = await main(root);
} catch (e) {
  console.error('[e2e] the harness failed:', e);
  process.exitCode = 1;
}
