// `npm run test:vscode`: bundles the in-host suite and runs it in a VS Code downloaded by
// @vscode/test-electron (where VS Code can be downloaded; on this project's machines, the
// end-to-end setup runs the same suite under code-server instead).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve('.');
mkdirSync('.cache/vscode-suite', { recursive: true });
const suite = resolve('.cache/vscode-suite/index.js');
await build({
  entryPoints: ['test/vscode/suite.ts'],
  outfile: suite,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
});

let testElectron;
try {
  testElectron = await import('@vscode/test-electron');
} catch {
  console.error('test:vscode needs the dev dependency @vscode/test-electron (npm install -D @vscode/test-electron).');
  console.error(`The suite is bundled at ${suite}: a runner that loads an extensionTestsPath can run it.`);
  process.exit(1);
}
try {
  await testElectron.runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs: [root, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`the in-host suite failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
