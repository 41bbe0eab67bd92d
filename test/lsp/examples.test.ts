// The language server on the project's examples/: hover numbers from the lecture, the planted bug
// of the hand-written micrograd engine in Problems, its lenses and code action.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspSession, fileUri } from './lsp-session';

const open = async (s: LspSession, path: string): Promise<string> => {
  const uri = fileUri(path);
  await s.open(uri, readFileSync(path, 'utf8'));
  await s.diagnosticsFor(uri, 1);
  return uri;
};

describe('examples/lecture/neuron.py', () => {
  let s: LspSession;
  let uri: string;
  beforeAll(async () => {
    s = await LspSession.start();
    uri = await open(s, 'examples/lecture/neuron.py');
  });
  afterAll(async () => s.stop());

  it('hovers the lecture numbers: values and gradients to 6 significant digits', async () => {
    const w0 = await s.hoverText(uri, 3, 0); // w0, x0 = 2.0, -1.0
    expect(w0).toContain('w0 = 2.0');
    expect(w0).toContain('∂f/∂w0 = -0.196612');
    const x0 = await s.hoverText(uri, 3, 4);
    expect(x0).toContain('x0 = -1.0');
    expect(x0).toContain('∂f/∂x0 = 0.393224');
    const dot = await s.hoverText(uri, 6, 1);
    expect(dot).toContain('dot = 1.0');
    expect(dot).toContain('∂f/∂dot = 0.196612');
    expect(dot).toContain('add: passes the upstream gradient to both inputs');
    const f = await s.hoverText(uri, 7, 0);
    expect(f).toContain('f = 0.731059');
    expect(f).toContain('∂f/∂f = 1.0');
  });

  it('resolves the use of x1 inside the dot product to its binding', async () => {
    const use = await s.hoverText(uri, 6, 'dot = w0 * x0 + w1 * x1'.length - 1);
    expect(use).toContain('x1 = -2.0');
    expect(use).toContain('∂f/∂x1 = -0.589836');
  });

  it('lens and inlay hints', async () => {
    const lenses = await s.codeLenses(uri);
    expect(lenses.map((l) => [l.range.start.line, l.command?.title])).toEqual([[7, '∇ Trace backprop (f = 0.7311)']]);
    const hints = await s.inlayHints(uri);
    expect(hints.find((h) => h.position.line === 6)?.label).toBe('= 1.0  ∂ 0.1966');
    expect(hints.find((h) => h.position.line === 3)?.label).toBe('w0 = 2.0  ∂ -0.1966 · x0 = -1.0  ∂ 0.3932');
  });
});

describe('examples/micrograd/handwritten.py', () => {
  let s: LspSession;
  let uri: string;
  beforeAll(async () => {
    s = await LspSession.start();
    uri = await open(s, 'examples/micrograd/handwritten.py');
  });
  afterAll(async () => s.stop());

  it('puts the planted tanh bug in Problems, in the _backward that has it', async () => {
    const diags = s.published.filter((p) => p.uri === uri).at(-1)?.diagnostics ?? [];
    const mismatch = diags.filter((d) => d.code === 'gradient-mismatch');
    expect(mismatch.map((d) => d.range.start.line)).toEqual([42]);
    expect(mismatch[0].source).toBe('gradlens');
    expect(mismatch[0].message).toContain('Value.tanh');
    const actions = await s.codeActions(uri, mismatch);
    expect(actions.map((a) => [a.title, a.command?.command, a.command?.arguments])).toEqual([
      ['Show gradient comparison', 'gradlens.showGradientComparison', [uri, 43]],
    ]);
  });

  it('lenses: the failed and the passing local backward checks', async () => {
    const lenses = await s.codeLenses(uri);
    const at = (line: number): string[] => lenses.filter((l) => l.range.start.line === line).map((l) => l.command?.title ?? '');
    expect(at(42)).toEqual(['✗ Value.tanh .grad differs']);
    expect(at(21)).toEqual(['✓ gradients match (max rel err 0)']);
    expect(at(31)).toEqual(['✓ gradients match (max rel err 0)']);
  });

  it('hovers a Value with its data, the user\'s .grad and the true gradient side by side', async () => {
    const x1 = await s.hoverText(uri, 63, 0); // x1 = Value(2.0)
    expect(x1).toContain('| 2.0 | -0.87868 | -1.5 |');
    expect(x1).toContain('differs from the true gradient');
    const hoverOnBugLine = await s.hoverText(uri, 42, 16); // self.grad in the buggy _backward
    expect(hoverOnBugLine).toContain('✗ object-graph check of `Value.tanh`');
    expect(hoverOnBugLine).toContain('analytic 0.214122 · numeric 0.365529 · exact 0.365529');
  });
});
