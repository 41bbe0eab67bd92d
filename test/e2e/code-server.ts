// One code-server session: fresh user-data, extensions and XDG folders, the packaged .vsix
// installed into them, the server on 127.0.0.1 (a free port) in its own process group, and a
// stop() that ends the whole group. Every session still alive when the harness exits (a failure,
// an exception, Ctrl-C) is killed by the exit hooks below.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { Tools } from './tools';

export interface SessionOptions {
  /** Where this session's state lives (deleted and recreated). */
  runDir: string;
  /** The .vsix to install. */
  vsix: string;
  /** Folders copied into the workspace, keyed by their name there (e.g. examples -> <repo>/examples). */
  workspaceFolders: Record<string, string>;
  /** User settings on top of the quiet defaults. */
  settings?: Record<string, unknown>;
  /** Lets the workbench honour `?payload=` (extensionTestsPath); needed by the in-host suite. */
  smokeTestDriver?: boolean;
  /** The server's stdout and stderr go here. */
  logFile: string;
}

export interface Session {
  host: string;
  workspace: string;
  extensionsDir: string;
  /** The folder the .vsix was unpacked into (<extensions-dir>/<publisher>.<name>-<version>). */
  installedExtension: string;
  /** The workbench URL opening the workspace, with an optional dev payload. */
  url(payload?: Array<[string, string]>): string;
  /** `vscode-remote://` URI of a path on the server, for payload entries. */
  remote(path: string): string;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

process.on('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    for (const child of live) killGroup(child, 'SIGKILL');
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitHealthy(url: string, child: ChildProcess, logFile: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was ready (see ${logFile})`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`code-server did not answer ${url} within 60 s (see ${logFile})`);
}

/** Workbench defaults for a test: no welcome page, no trust prompt, no update checks, quick hovers. */
const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 200,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
};

export async function startCodeServer(tools: Tools, o: SessionOptions): Promise<Session> {
  rmSync(o.runDir, { recursive: true, force: true });
  const dirs = {
    userData: join(o.runDir, 'user-data'),
    extensions: join(o.runDir, 'extensions'),
    workspace: join(o.runDir, 'workspace'),
    xdgConfig: join(o.runDir, 'xdg-config'),
    xdgData: join(o.runDir, 'xdg-data'),
    xdgCache: join(o.runDir, 'xdg-cache'),
    tmp: join(o.runDir, 'tmp'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...o.settings }, null, 1));
  for (const [name, source] of Object.entries(o.workspaceFolders)) cpSync(source, join(dirs.workspace, name), { recursive: true });
  const config = join(o.runDir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(tools.node, '..')}:${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    // VS Code's IPC sockets go to TMPDIR: keep them in the run folder, not /tmp
    TMPDIR: dirs.tmp,
  };
  delete env.XDG_RUNTIME_DIR;
  delete env.VSCODE_IPC_HOOK_CLI;
  const common = ['--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  // the shipped package, installed the way a user installs it
  execFileSync(tools.node, [tools.codeServerEntry, ...common, '--install-extension', o.vsix], { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });

  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  mkdirSync(dirname(o.logFile), { recursive: true });
  const logFd = openSync(o.logFile, 'w');
  const child = spawn(
    tools.node,
    [
      tools.codeServerEntry,
      ...common,
      '--bind-addr', host,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...(o.smokeTestDriver === true ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      dirs.workspace,
    ],
    { env, detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  live.add(child);
  const stop = async (): Promise<void> => {
    if (!live.has(child)) return;
    killGroup(child, 'SIGTERM');
    for (let i = 0; i < 30 && groupAlive(child); i++) await sleep(100);
    if (groupAlive(child)) killGroup(child, 'SIGKILL');
    live.delete(child);
  };
  try {
    await waitHealthy(`http://${host}/healthz`, child, o.logFile);
  } catch (e) {
    await stop();
    throw e;
  }
  const remote = (path: string): string => `vscode-remote://${host}${path}`;
  const installed = readdirSync(dirs.extensions).filter((d) => statSync(join(dirs.extensions, d)).isDirectory());
  if (installed.length !== 1) {
    await stop();
    throw new Error(`expected one installed extension in ${dirs.extensions}, found ${JSON.stringify(installed)}`);
  }
  return {
    installedExtension: join(dirs.extensions, installed[0]),
    host,
    workspace: dirs.workspace,
    extensionsDir: dirs.extensions,
    remote,
    url: (payload) => {
      let url = `http://${host}/?folder=${encodeURIComponent(dirs.workspace)}`;
      if (payload !== undefined) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    stop,
  };
}
