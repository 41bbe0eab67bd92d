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

/** The number after `label = ` in a hover's text (the hover rounds to 6 significant digits). */
function numberAfter(text: string, label: string): number {
  const at = text.indexOf(`${label} = `);
  assert.ok(at >= 0, `no "${label} = " in the hover: ${text}`);
  const m = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/.exec(text.slice(at + label.length + 3));
  assert.ok(m !== null, `no number after "${label} = " in the hover: ${text}`);
  return Number(m[0]);
}

/** The lecture's sigmoid neuron: hovering `dot` (line 7) shows w·x + b = 1 and df/d(dot) = σ'(1) = σ(1)(1 - σ(1)). */
async function testNeuronHover(): Promise<void> {
  const uri = workspaceFile('examples/lecture/neuron.py');
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  const line = doc.getText().split('\n').findIndex((l) => l.startsWith('dot = '));
  assert.equal(line, 6);
  const text = await eventually('the hover on dot', async () => {
    const t = await hoverAt(uri, line, 1);
    return t.includes('∂f/∂dot') ? t : undefined;
  });
  assert.equal(numberAfter(text, 'dot'), 2.0 * -1.0 + -3.0 * -2.0 + -3.0);
  const sigma = 1 / (1 + Math.exp(-1));
  const grad = numberAfter(text, '∂f/∂dot');
  assert.ok(Math.abs(grad - sigma * (1 - sigma)) <= 5e-7 * Math.abs(grad), `∂f/∂dot = ${grad}, expected ${sigma * (1 - sigma)}`);
  // an input: ∂f/∂x0 = w0 σ'(1)
  const x0 = await hoverAt(uri, 3, 4);
  assert.ok(Math.abs(numberAfter(x0, '∂f/∂x0') - 2.0 * sigma * (1 - sigma)) <= 1e-6, x0);
}

/** cs231n's batchnorm_backward has the planted bug (dvar's exponent): the mismatch is reported on its `dx = ...` line. */
async function testBatchnormMismatch(): Promise<void> {
  const uri = workspaceFile('examples/cs231n/layers.py');
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  const lines = doc.getText().split('\n');
  const fn = lines.findIndex((l) => l.startsWith('def batchnorm_backward('));
  const dxLine = lines.findIndex((l, i) => i > fn && /^\s+dx = /.test(l));
  assert.ok(fn >= 0 && dxLine > fn, 'batchnorm_backward and its dx line are in layers.py');
  const mismatches = await eventually('the gradient-mismatch in layers.py', () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gradlens' && d.code === 'gradient-mismatch');
    return found.length > 0 ? found : undefined;
  });
  assert.deepEqual(mismatches.map((d) => d.range.start.line), [dxLine]);
  assert.equal(mismatches[0].severity, vscode.DiagnosticSeverity.Error);
  assert.match(mismatches[0].message, /^dx disagrees with the gradient of the loss w\.r\.t\. x/);
  assert.match(mismatches[0].message, /The first wrong intermediate is dvar/);
}

/** Every command the package contributes is registered once the extension is active. */
async function testCommandsRegistered(): Promise<void> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'gradlens');
  const contributed = ((ext?.packageJSON as { contributes?: { commands?: Array<{ command: string }> } } | undefined)?.contributes?.commands ?? []).map((c) => c.command);
  assert.equal(contributed.length, 6, JSON.stringify(contributed));
  const registered = new Set(await vscode.commands.getCommands(true));
  assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
}

/** Backprop From Here, Show Gradient Comparison and Check Gradients in Workspace run and give their results. */
async function testCommandsRun(): Promise<void> {
  const neuron = workspaceFile('examples/lecture/neuron.py');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(neuron));
  editor.selection = new vscode.Selection(6, 1, 6, 1); // on `dot`
  const fromHere = await vscode.commands.executeCommand<{ root: { name: string; value: number } | null } | undefined>('gradlens.backpropFromHere');
  assert.equal(fromHere?.root?.name, 'dot');
  assert.equal(fromHere?.root?.value, 1);
  // back to the file's own root for the other tests
  await vscode.commands.executeCommand('gradlens.showGraph', neuron.toString());

  // the comparison opens in the layers.py graph panel, on a failed check
  const layers = workspaceFile('examples/cs231n/layers.py');
  const graph = await vscode.commands.executeCommand<{ checks: Array<{ status: string; function: string }> }>('gradlens.showGraph', layers.toString());
  const outcome = await vscode.commands.executeCommand<{ check: number | null } | undefined>('gradlens.showGradientComparison', layers.toString());
  assert.ok(outcome !== undefined && outcome.check !== null, `Show Gradient Comparison opened no check: ${JSON.stringify(outcome)}`);
  assert.equal(graph.checks[outcome.check]?.status, 'mismatch', JSON.stringify(graph.checks[outcome.check]));
  assert.equal(graph.checks[outcome.check]?.function, 'batchnorm_backward');
  await eventually('the layers.py panel tab', () =>
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Backprop: layers.py' && t.input instanceof vscode.TabInputWebview),
  );

  const summary = await vscode.commands.executeCommand<{ files: number; analysed: number; checksPassed: number; checksFailed: number }>('gradlens.checkWorkspace');
  const pythonFiles = await vscode.workspace.findFiles('**/*.py');
  assert.equal(summary.files, pythonFiles.length);
  assert.equal(summary.analysed, summary.files);
  assert.ok(summary.checksFailed >= 2, `the planted bugs (layers.py, handwritten.py) fail: ${JSON.stringify(summary)}`);
  assert.ok(summary.checksPassed >= 1, JSON.stringify(summary));
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
  // a webview tab of the extension's panel type (VS Code prefixes the view type)
  assert.ok(tab.input instanceof vscode.TabInputWebview, `the panel tab's input is ${JSON.stringify(tab.input)}`);
  assert.ok(tab.input.viewType.endsWith('gradlens.backprop'), tab.input.viewType);
}

async function testRestart(): Promise<void> {
  await vscode.commands.executeCommand('gradlens.restartServer');
  const uri = workspaceFile('examples/lecture/circuit.py');
  await eventually('a hover after the restart', async () => ((await hoverAt(uri, 6, 0)).includes('f = -12.0') ? true : undefined));
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'gradlens');
  assert.ok(ext, 'the gradlens extension is loaded');
  await ext.activate();
  for (const [name, test] of [
    ['commands registered', testCommandsRegistered],
    ['hover and code lens', testHover],
    ['hover on the neuron: value and gradient of dot', testNeuronHover],
    ['diagnostics and code action', testDiagnostics],
    ['batchnorm mismatch on its dx line', testBatchnormMismatch],
    ['trace backprop', testTraceBackprop],
    ['commands run', testCommandsRun],
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
