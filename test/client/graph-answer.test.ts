// The real dist/server.js's `gradlens/graph` answer, turned into the panel's `graph` message the
// way the extension does, read by the panel's own model (webview/model): the bindings and the
// gradient comparisons arrive, the code action's line opens the failed check's comparison, a
// binding's range selects its name in the source, and Backprop From Here moves the panel's root.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonTarget, editorRange, graphMessage, parsePanelMessage } from '../../src/client/panel-messages';
import type { GraphResult } from '../../src/server/protocol';
import { buildModel } from '../../webview/model';
import { LspSession, fileUri } from '../lsp/lsp-session';

const FILE = 'test/lsp/fixtures/layers.py';
const source = readFileSync(FILE, 'utf8');
const lines = source.split('\n');
const uri = fileUri(FILE);
const lineOf = (prefix: string): number => lines.findIndex((l) => l.trimStart().startsWith(prefix)) + 1;

describe('the gradlens/graph answer as the panel gets it (layers.py: relu_backward doubles its gradient)', () => {
  let s: LspSession;
  let result: GraphResult;
  beforeAll(async () => {
    s = await LspSession.start({ debounceMs: 10 });
    await s.open(uri, source);
    result = await s.request<GraphResult>('gradlens/graph', { uri });
  });
  afterAll(async () => s.stop());

  it('carries the bindings and the comparisons of the report', () => {
    expect(result.error).toBeUndefined();
    expect(result.root?.name).toBe('loss');
    const names = new Set(result.bindings.map((b) => b.name));
    for (const n of ['x', 'w', 'b', 'h', 'a', 'loss', 'dx', 'dw', 'db']) expect(names.has(n)).toBe(true);
    const relu = result.checks.findIndex((c) => c.function === 'relu_backward');
    expect(result.checks[relu].status).toBe('mismatch');
    const comparison = result.comparisons.find((c) => c.check === relu);
    expect(comparison).toBeDefined();
    // the planted bug: the user's gradient is twice the exact one, element by element (4 x 3 relu of h, 4 x 5)
    const user = comparison!.user as number[][];
    const exact = comparison!.exact as number[][];
    expect(exact.length).toBe(4);
    expect(exact[0].length).toBe(5);
    expect(user).toEqual(exact.map((row) => row.map((v) => 2 * v)));
    expect(exact.flat().some((v) => v === 0)).toBe(true);
    expect(exact.flat().every((v) => v === 0 || v === 1)).toBe(true);
  });

  it('the graph message is the answer plus the node limit, and the panel model reads it', () => {
    const message = graphMessage(result, 40);
    expect(message.maxNodes).toBe(40);
    expect(message.bindings).toBe(result.bindings);
    expect(message.comparisons).toBe(result.comparisons);
    // it survives postMessage's structured clone unchanged (plain JSON)
    expect(JSON.parse(JSON.stringify(message))).toEqual(message);
    const model = buildModel(message);
    expect(model.index.rootId).not.toBeNull();
    expect(model.index.byId.get(model.index.rootId!)?.name).toBe('loss');
    expect(model.walk.steps.length).toBeGreaterThan(0);
  });

  it("the code action's and the lens's line open the failed check's comparison; a passing check's line says it passed", async () => {
    const diagnostics = await s.diagnosticsFor(uri, 1);
    const mismatch = diagnostics.filter((d) => d.code === 'gradient-mismatch');
    expect(mismatch.length).toBe(1);
    const [action] = await s.codeActions(uri, mismatch);
    const [actionUri, actionLine] = action.command?.arguments ?? [];
    expect(actionUri).toBe(uri);
    expect(actionLine).toBe(lineOf('dx = dout * (x >= 0) * 2.0'));
    const target = comparisonTarget(result.checks, actionLine as number, 'layers.py');
    expect(target).toEqual({ check: result.checks.findIndex((c) => c.function === 'relu_backward') });
    const lenses = await s.codeLenses(uri);
    const passed = lenses.find((l) => l.command?.command === 'gradlens.showGradientComparison' && l.range.start.line + 1 === lineOf('db = dout.sum'));
    expect(passed).toBeDefined();
    const t = comparisonTarget(result.checks, passed!.command!.arguments![1] as number, 'layers.py');
    expect('none' in t && t.none).toMatch(/^gradlens: the forward-backward-pair check of affine_backward w\.r\.t\. b on line \d+ passed/);
  });

  it("a binding's range, sent back by the panel as a reveal, selects the bound name in the source", () => {
    for (const b of result.bindings.filter((x) => x.scope === '<module>')) {
      const reveal = parsePanelMessage({ type: 'reveal', range: b.range });
      expect(reveal?.type).toBe('reveal');
      const r = editorRange(b.range);
      expect(r.startLine).toBe(r.endLine);
      expect(lines[r.startLine].slice(r.startCharacter, r.endCharacter)).toBe(b.name);
    }
  });

  it('Backprop From Here: the answer (and so the message) has the new root, and keeps it on the next refresh', async () => {
    const fromH = await s.request<GraphResult>('gradlens/graph', { uri, root: 'h' });
    expect(fromH.root?.name).toBe('h');
    const refreshed = await s.request<GraphResult>('gradlens/graph', { uri });
    expect(graphMessage(refreshed, 150).root?.name).toBe('h');
    // the panel's root is the node of h's value (computed in affine_forward, so named by its last binding there)
    const model = buildModel(graphMessage(refreshed, 150));
    const rootNode = model.index.byId.get(model.index.rootId!);
    expect(rootNode?.op).toBe('add');
    expect(rootNode?.value).toEqual(fromH.root?.value);
    expect(rootNode?.shape).toEqual([4, 5]);
    expect(model.index.nodes.some((n) => n.name === 'loss')).toBe(false);
    const back = await s.request<GraphResult>('gradlens/graph', { uri, root: null });
    expect(back.root?.name).toBe('loss');
  });

  it('an unreadable file answers with the reason and empty lists, never a throw', async () => {
    const missing = await s.request<GraphResult>('gradlens/graph', { uri: fileUri('test/lsp/fixtures/does-not-exist.py') });
    expect(missing.error).toMatch(/ENOENT/);
    expect(missing).toMatchObject({ root: null, graph: [], checks: [], bindings: [], comparisons: [] });
  });
});
