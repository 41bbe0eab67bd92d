// The in-host suite: runs inside a real VS Code extension host (test-electron, or code-server in the
// end-to-end setup) with the repository open as the workspace, and drives the extension through
// the real API. Exports `run()` as both runners expect; a failed expectation throws.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it gives a value (the server analyses in the background): at most `tries` times. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, tries = 150): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await sleep(200);
  }
  throw new Error(`gave up waiting for ${what}`);
}

function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) throw new Error('open the repository as the workspace');
  return vscode.Uri.file(path.join(folder.uri.fsPath, relative));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

async function hoverAt(uri: vscode.Uri, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
  return hoverText(hovers ?? []);
}

async function testHover(): Promise<void> {
  const uri = workspaceFile('examples/lecture/circuit.py');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const text = await eventually('the hover on q', async () => {
    const t = await hoverAt(uri, 5, 0); // q = x + y
    return t.includes('q = 3.0') ? t : undefined;
  });
  assert.ok(text.includes('∂f/∂q = -4.0'), text);
  assert.ok(text.includes('add: passes the upstream gradient to both inputs'), text);
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  assert.ok(lenses.some((l) => l.command?.title === '∇ Trace backprop (f = -12.0)'), JSON.stringify(lenses.map((l) => l.command?.title)));
}

async function testDiagnostics(): Promise<void> {
  const uri = workspaceFile('examples/micrograd/handwritten.py');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const mismatch = await eventually('the gradient-mismatch diagnostic', () =>
    vscode.languages.getDiagnostics(uri).find((d) => d.source === 'gradlens' && d.code === 'gradient-mismatch'),
  );
  assert.equal(mismatch.range.start.line, 42);
  assert.equal(mismatch.severity, vscode.DiagnosticSeverity.Error);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, mismatch.range);
  assert.ok(actions.some((a) => a.title === 'Show gradient comparison'));
}

async function testTraceBackprop(): Promise<void> {
  const uri = workspaceFile('examples/lecture/neuron.py');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const result = await vscode.commands.executeCommand<{ root: { name: string; value: number } | null; graph: unknown[] }>('gradlens.traceBackprop', uri.toString());
  assert.equal(result.root?.name, 'f');
  assert.ok(Math.abs((result.root?.value ?? 0) - 0.7310585786300049) < 1e-15);
  assert.ok(result.graph.length > 0);
  const tab = await eventually('the Backprop panel', () =>
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Backprop: neuron.py'),
  );
  assert.ok(tab);
}

async function testRestart(): Promise<void> {
  await vscode.commands.executeCommand('gradlens.restartServer');
  const uri = workspaceFile('examples/lecture/circuit.py');
  await eventually('a hover after the restart', async () => ((await hoverAt(uri, 6, 0)).includes('f = -12.0') ? true : undefined));
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'gradlens');
  assert.ok(ext, 'the gradlens extension is loaded');
  for (const [name, test] of [
    ['hover and code lens', testHover],
    ['diagnostics and code action', testDiagnostics],
    ['trace backprop', testTraceBackprop],
    ['restart server', testRestart],
  ] as const) {
    try {
      await test();
      console.log(`ok - ${name}`);
    } catch (e) {
      console.error(`not ok - ${name}`);
      throw e;
    }
  }
}
