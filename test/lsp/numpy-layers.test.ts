// The language server on numpy code: a forward/backward pair with a wrong backward (needs the
// interpreter's numpy module, issue 3).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspSession, fileUri } from './lsp-session';

const FIXTURES = 'test/lsp/fixtures';
const read = (name: string): string => readFileSync(`${FIXTURES}/${name}`, 'utf8');
const uriOf = (name: string): string => fileUri(`${FIXTURES}/${name}`);

describe('language server on numpy layers', () => {
  let s: LspSession;
  beforeAll(async () => {
    s = await LspSession.start({ debounceMs: 50 });
  });
  afterAll(async () => s.stop());

  it('reports the wrong backward of a forward/backward pair on the line that assigned it', async () => {
    const uri = uriOf('layers.py');
    await s.open(uri, read('layers.py'));
    const diags = await s.diagnosticsFor(uri, 1);
    const mismatch = diags.filter((d) => d.code === 'gradient-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0].range.start.line).toBe(25); // dx = dout * (x >= 0) * 2.0
    expect(mismatch[0].source).toBe('gradlens');
    expect(mismatch[0].severity).toBe(1);
    const actions = await s.codeActions(uri, mismatch);
    expect(actions.map((a) => a.title)).toEqual(['Show gradient comparison']);
    expect(actions[0].command?.command).toBe('gradlens.showGradientComparison');
    const lenses = await s.codeLenses(uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    expect(titles.some((t) => t.startsWith('✗ dx differs'))).toBe(true);
    expect(titles.some((t) => t.startsWith('✓ gradients match (max rel err'))).toBe(true);
  });

  it('hovers an array with shape, dtype, preview and statistics, and its gradient', async () => {
    const uri = uriOf('layers.py');
    const x = await s.hoverText(uri, 30, 0); // x = np.random.randn(4, 3)
    expect(x).toContain('`shape (4, 3)` · `float64`');
    expect(x).toMatch(/\[\[ *1\.764 +0\.4002 +0\.9787\]/);
    expect(x).toMatch(/min -?\d.* · max .* · mean .* · norm /);
    expect(x).toContain('∂loss/∂x');
  });
});
