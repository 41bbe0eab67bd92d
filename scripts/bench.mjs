// Runs a benchmark: bundles bench/<name>/main.ts with esbuild and runs it with node.
// Usage: node scripts/bench.mjs <name> [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: node scripts/bench.mjs <engine|interpreter|analysis|server|webview|torch> [args]');
  process.exit(2);
}
mkdirSync('.cache', { recursive: true });
const outfile = `.cache/bench-${name}.js`;
await build({
  entryPoints: [`bench/${name}/main.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', outfile, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
