// The real dist/server.js over stdio: hovers, diagnostics, code lenses, inlay hints, code actions,
// custom requests, cancellation, and survival on files that loop, raise, do not parse or are not ML.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsResult } from '../../src/server/protocol';
import { LspSession, fileUri } from './lsp-session';

const FIXTURES = 'test/lsp/fixtures';
const read = (name: string): string => readFileSync(`${FIXTURES}/${name}`, 'utf8');
const uriOf = (name: string): string => fileUri(`${FIXTURES}/${name}`);

describe('language server on the lecture circuit', () => {
  let s: LspSession;
  const uri = uriOf('circuit.py');
  beforeAll(async () => {
    s = await LspSession.start({ debounceMs: 50 });
    await s.open(uri, read('circuit.py'));
    await s.diagnosticsFor(uri, 1);
  });
  afterAll(async () => s.stop());

  it('publishes no diagnostics for correct code', async () => {
    expect(s.published.filter((p) => p.uri === uri).at(-1)?.diagnostics).toEqual([]);
  });

  it('hovers a binding with its value, gradient, op rule and root', async () => {
    const text = await s.hoverText(uri, 4, 0); // q = x + y
    expect(text).toContain('q = 3.0');
    expect(text).toContain('∂f/∂q = -4.0');
    expect(text).toContain('root `f`, line 6');
    expect(text).toContain('add: passes the upstream gradient to both inputs');
  });

  it('resolves a use of a name to the binding live there', async () => {
    const atUse = await s.hoverText(uri, 5, 4); // the q in f = q * z
    expect(atUse).toContain('q = 3.0');
    expect(atUse).toContain('∂f/∂q = -4.0');
    expect(await s.hoverText(uri, 4, 4)).toContain('∂f/∂x = -4.0'); // x in q = x + y
    expect(await s.hoverText(uri, 5, 8)).toContain('∂f/∂z = 3.0');
  });

  it('answers no hover where there is no binding', async () => {
    expect(await s.hover(uri, 0, 3)).toBeNull(); // inside the comment
  });

  it('puts a Trace backprop lens above the root', async () => {
    const lenses = await s.codeLenses(uri);
    const root = lenses.find((l) => l.command?.command === 'gradlens.traceBackprop');
    expect(root?.range.start.line).toBe(5);
    expect(root?.command?.title).toBe('∇ Trace backprop (f = -12.0)');
  });

  it('gives inlay hints with the value and the gradient', async () => {
    const hints = await s.inlayHints(uri);
    const q = hints.find((h) => h.position.line === 4);
    expect(q?.label).toBe('= 3.0  ∂ -4.0');
    expect(q?.position.character).toBe('q = x + y'.length);
    expect(hints.find((h) => h.position.line === 3)?.label).toBe('= -4.0  ∂ 3.0');
  });

  it('answers gradlens/graph with the root and the graph, and Backprop From Here moves the root', async () => {
    const g = await s.request<{ root: { name: string; value: number } | null; graph: { op?: string }[]; version: number }>('gradlens/graph', { uri });
    expect(g.root?.name).toBe('f');
    expect(g.root?.value).toBe(-12);
    expect(g.graph.map((n) => n.op)).toEqual(expect.arrayContaining(['add', 'mul']));
    const fromQ = await s.request<{ root: { name: string } | null }>('gradlens/graph', { uri, root: 'q' });
    expect(fromQ.root?.name).toBe('q');
    expect(await s.hoverText(uri, 1, 0)).toContain('∂q/∂x = 1.0');
    const back = await s.request<{ root: { name: string } | null }>('gradlens/graph', { uri, root: null });
    expect(back.root?.name).toBe('f');
  });

  it('re-parses an edited document incrementally and answers from the new text', async () => {
    const before = await s.request<StatsResult>('gradlens/stats', {});
    // `x = -2.0` -> `x = -3.0`, a one-character ranged change as an editor sends it.
    await s.edit(uri, { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } }, '3', 2);
    expect(await s.diagnosticsFor(uri, 2)).toEqual([]);
    expect(await s.hoverText(uri, 4, 0)).toContain('q = 2.0');
    const after = await s.request<StatsResult>('gradlens/stats', {});
    expect(after.parsesIncremental - before.parsesIncremental).toBe(1);
    expect(after.parsesFull - before.parsesFull).toBe(0);
    await s.edit(uri, { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } }, '2', 3);
    expect(await s.diagnosticsFor(uri, 3)).toEqual([]);
    expect(await s.hoverText(uri, 4, 0)).toContain('q = 3.0');
  });

  it('does not re-run a document whose text did not change', async () => {
    const before = s.statuses.filter((p) => p.uri === uri && p.state === 'analysing').length;
    await s.change(uri, read('circuit.py'), 4);
    expect(await s.diagnosticsFor(uri, 4)).toEqual([]);
    expect(s.statuses.filter((p) => p.uri === uri && p.state === 'analysing').length).toBe(before);
  });
});

describe('language server diagnostics for buggy gradients', () => {
  let s: LspSession;
  beforeAll(async () => {
    s = await LspSession.start({ debounceMs: 50 });
  });
  afterAll(async () => s.stop());

  it('reports a wrong micrograd _backward in the method that defines it, and hovers user vs true grad', async () => {
    const uri = uriOf('micrograd_bug.py');
    await s.open(uri, read('micrograd_bug.py'));
    const diags = await s.diagnosticsFor(uri, 1);
    const mismatch = diags.filter((d) => d.code === 'gradient-mismatch');
    expect(mismatch.map((d) => d.range.start.line)).toEqual([25]); // other.grad += other.data * out.grad
    const hover = await s.hoverText(uri, 56, 0); // w1 = Value(-3.0)
    expect(hover).toMatch(/\| -3\.0 \| -1\.5 \| 1\.0 \|/);
    expect(hover).toContain('differs from the true gradient');
  });

  it('reports a runtime error with Python\'s message on the raising line', async () => {
    const uri = uriOf('raises.py');
    await s.open(uri, read('raises.py'));
    const diags = await s.diagnosticsFor(uri, 1);
    expect(diags.map((d) => [d.code, d.range.start.line])).toEqual([['runtime-error', 2]]);
    expect(diags[0].message).toContain('list index out of range');
    // what ran before the error is still there
    expect(await s.hoverText(uri, 1, 0)).toContain('total = 1.5');
  });
});

describe('language server robustness', () => {
  let s: LspSession;
  beforeAll(async () => {
    s = await LspSession.start({ debounceMs: 0, budget: { maxSteps: 100_000 } });
  });
  afterAll(async () => s.stop());

  it('survives a file that loops forever, with a budget diagnostic and values up to the stop', async () => {
    const uri = uriOf('loops_forever.py');
    await s.open(uri, read('loops_forever.py'));
    const diags = await s.diagnosticsFor(uri, 1);
    expect(diags.map((d) => d.code)).toContain('budget-exceeded');
    expect(await s.hoverText(uri, 0, 0)).toContain('x = 1.0');
    expect(s.alive).toBe(true);
  });

  it('survives a syntax error and reports it on its line', async () => {
    const uri = uriOf('syntax_error.py');
    await s.open(uri, read('syntax_error.py'));
    const diags = await s.diagnosticsFor(uri, 1);
    expect(diags).toHaveLength(1);
    expect(diags[0].severity).toBe(1);
    expect(diags[0].range.start.line).toBe(1);
    expect(diags[0].message).toContain("'(' was never closed");
  });

  it('analyses code that is not ML at all without complaint', async () => {
    const uri = uriOf('not_ml.py');
    await s.open(uri, read('not_ml.py'));
    expect(await s.diagnosticsFor(uri, 1)).toEqual([]);
    expect(await s.hoverText(uri, 5, 0)).toContain('count = 2');
    expect(await s.codeLenses(uri)).toBeDefined();
  });

  it('is still alive and answering after all of them', async () => {
    expect(s.alive).toBe(true);
    const uri = uriOf('circuit.py');
    await s.open(uri, read('circuit.py'));
    await s.diagnosticsFor(uri, 1);
    expect(await s.hoverText(uri, 4, 0)).toContain('q = 3.0');
  });
});

describe('language server cancellation', () => {
  let s: LspSession;
  beforeAll(async () => {
    // A budget far longer than the test: a looping version can only end by being cancelled.
    s = await LspSession.start({ debounceMs: 0, budget: { maxSeconds: 60 } });
  });
  afterAll(async () => s.stop());

  it('under 20 rapid edits reports only the last version, stopping the runs it overtook', async () => {
    const uri = 'file:///tmp/gradlens-rapid-edits.py';
    const looping = (k: number): string => `v = ${k}.0\nwhile True:\n    v = v + 1.0\n`;
    const final = 'v = 21.0\nboom = v / 0.0\n';
    const before = await s.request<StatsResult>('gradlens/stats', {});
    await s.open(uri, looping(1), 1);
    await s.status(uri, 1, 'analysing');
    for (let v = 2; v <= 21; v++) {
      await s.change(uri, v === 21 ? final : looping(v), v);
      await s.status(uri, v, 'analysing'); // the run of v starts: the run of v - 1 was stopped
    }
    const diags = await s.diagnosticsFor(uri, 21);
    expect(diags.map((d) => [d.code, d.range.start.line])).toEqual([['runtime-error', 1]]);
    expect(diags[0].message).toContain('float division by zero');
    expect(s.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([21]);
    expect(await s.hoverText(uri, 0, 0)).toContain('v = 21.0');
    const after = await s.request<StatsResult>('gradlens/stats', {});
    expect(after.runsCancelled - before.runsCancelled).toBe(20);
    expect(after.workersStarted - before.workersStarted).toBe(20);
  });
});
