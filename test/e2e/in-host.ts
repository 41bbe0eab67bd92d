// The in-host suite (test/vscode/suite.ts, a module exporting `run()` that uses the real `vscode`
// API) run by code-server's extension host through the `extensionTestsPath` dev option, as
// @vscode/test-electron would run it. The extension itself is the installed .vsix. The suite's
// outcome comes back through `window.codeAutomationExit(code)`, which the workbench calls when
// the tests end.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { Checklist } from './checklist';
import { startCodeServer } from './code-server';
import type { Tools } from './tools';

export interface InHostOptions {
  root: string;
  tools: Tools;
  browser: Browser;
  vsix: string;
  outDir: string;
}

const SUITE_TIMEOUT_MS = 3 * 60_000;

export async function runInHostSuite(o: InHostOptions): Promise<Checklist> {
  mkdirSync(o.outDir, { recursive: true });
  const runDir = join(o.tools.cache, 'runs', 'in-host');
  const suiteFile = join(o.tools.cache, 'runs', 'in-host-suite', 'index.js');
  await build({
    entryPoints: [join(o.root, 'test/vscode/suite.ts')],
    outfile: suiteFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const session = await startCodeServer(o.tools, {
    runDir,
    vsix: o.vsix,
    workspaceFolders: { examples: join(o.root, 'examples') },
    smokeTestDriver: true,
    logFile: join(o.outDir, 'server.log'),
  });
  let page: Awaited<ReturnType<Browser['newPage']>> | null = null;
  const checks = new Checklist('in-host', o.outDir, (path) => (page === null ? Promise.resolve() : page.screenshot({ path }).then(() => undefined)));
  try {
    const context = await o.browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    const consoleLog = join(o.outDir, 'console.log');
    writeFileSync(consoleLog, '');
    page.on('console', (m) => {
      const text = m.text();
      appendFileSync(consoleLog, `[${m.type()}] ${text}\n`);
      // the suite's own `ok - ...` / `not ok - ...` lines, forwarded from the extension host
      const line = /(?:^|\s)((?:not )?ok - .*|AssertionError.*|gave up waiting.*)$/m.exec(text);
      if (line !== null) console.log(`    [suite] ${line[1]}`);
    });
    let exited: (code: number) => void = () => {};
    const exit = new Promise<number>((resolve) => (exited = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => exited(code));
    // VS Code runs extensionTestsPath only in extension-development mode: the development path is
    // the installed copy of the .vsix (the same files), so what is tested is still the package.
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', session.remote(session.installedExtension)],
      ['extensionTestsPath', session.remote(suiteFile)],
      ['skipWelcome', 'true'],
    ];
    await checks.step('the in-host suite passes (test/vscode/suite.ts in the extension host)', async () => {
      await page!.goto(session.url(payload));
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([exit, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS)))]);
      clearTimeout(timer);
      if (code === 'timeout') throw new Error(`the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s (see ${consoleLog})`);
      if (code !== 0) throw new Error(`the suite exited with code ${code} (its output: ${consoleLog})`);
    });
    await context.close();
  } finally {
    await session.stop();
  }
  return checks;
}
