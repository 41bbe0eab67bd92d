// `npm run test:e2e`: the packaged extension in a real VS Code workbench (code-server, headless
// chromium). Two sessions, each with fresh state: the in-host suite through extensionTestsPath,
// then the UI walk-through a person would do. Screenshots and logs go to test-output/e2e/.
// Resolves to the process exit code: 0 when every step passed.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import type { Checklist } from './checklist';
import { runInHostSuite } from './in-host';
import { ensureTools } from './tools';
import { runUiChecks } from './ui';

/** The .vsix `npm run package` wrote (vsce names it <name>-<version>.vsix at the root); GRADLENS_E2E_VSIX tests another package. */
function packagedVsix(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = process.env.GRADLENS_E2E_VSIX ?? join(root, `${pkg.name}-${pkg.version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first (npm run test:e2e does)`);
  const built = join(root, 'dist/extension.js');
  if (existsSync(built) && statSync(built).mtimeMs > statSync(vsix).mtimeMs + 1000)
    console.log(`[e2e] note: dist/extension.js is newer than ${vsix}; the test uses the .vsix, as a user would`);
  return vsix;
}

export async function main(root: string): Promise<number> {
  const started = Date.now();
  const cache = process.env.GRADLENS_E2E_CACHE ?? join(root, '.cache/e2e');
  const out = join(root, 'test-output/e2e');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // chromium's temporary profile goes to os.tmpdir(): keep it beside the runs
  process.env.TMPDIR = join(cache, 'tmp');
  mkdirSync(process.env.TMPDIR, { recursive: true });

  const tools = ensureTools(cache);
  const vsix = packagedVsix(root);
  const only = process.env.GRADLENS_E2E_ONLY; // 'in-host' or 'ui', for working on one part
  const lists: Checklist[] = [];
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    if (only === undefined || only === 'in-host') lists.push(await runInHostSuite({ root, tools, browser, vsix, outDir: join(out, 'in-host') }));
    if (only === undefined || only === 'ui') lists.push(await runUiChecks({ root, tools, browser, vsix, outDir: join(out, 'ui') }));
  } finally {
    await browser?.close();
  }
  const results = lists.flatMap((l) => l.results);
  const failed = results.filter((r) => !r.ok);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n[e2e] ${results.length - failed.length} of ${results.length} steps passed in ${seconds} s; screenshots and logs in ${out}`);
  for (const f of failed) console.log(`[e2e] FAILED: ${f.name}`);
  return failed.length === 0 && results.length > 0 ? 0 : 1;
}
