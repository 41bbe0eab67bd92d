// The real dist/server.js on a file that imports the user's own module (layers.py beside it): the
// check of an imported backward lands on the calling line, and editing the module - unsaved in the
// editor, closed again, or changed on disk - re-analyses the file that imports it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspSession, fileUri } from './lsp-session';

const layers = (dbFactor: string): string =>
  [
    'import numpy as np',
    '',
    'def affine_forward(x, w, b):',
    '    return x @ w + b, (x, w, b)',
    '',
    'def affine_backward(dout, cache):',
    '    x, w, b = cache',
    `    return dout @ w.T, x.T @ dout, dout.sum(axis=0)${dbFactor}`,
    '',
  ].join('\n');

const MAIN = [
  'import numpy as np',
  'from layers import affine_forward, affine_backward',
  'np.random.seed(1)',
  'x = np.random.randn(3, 4)',
  'w = np.random.randn(4, 2)',
  'b = np.random.randn(2)',
  'out, cache = affine_forward(x, w, b)',
  'dx, dw, db = affine_backward(np.ones_like(out), cache)',
  '',
].join('\n');

const mismatchLines = (diags: { code?: string | number; range: { start: { line: number } } }[]): number[] =>
  diags.filter((d) => d.code === 'gradient-mismatch').map((d) => d.range.start.line);

describe("language server on a file importing the user's own module", () => {
  let s: LspSession;
  let dir: string;
  let mainUri: string;
  let layersUri: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gradlens-imports-'));
    writeFileSync(join(dir, 'layers.py'), layers(' * 2')); // a wrong db
    writeFileSync(join(dir, 'main.py'), MAIN);
    mainUri = fileUri(join(dir, 'main.py'));
    layersUri = fileUri(join(dir, 'layers.py'));
    s = await LspSession.start({ debounceMs: 50 });
  });
  afterAll(async () => {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reports the imported backward's wrong gradient on the line that called it, and hovers the values", async () => {
    await s.open(mainUri, MAIN);
    const diags = await s.diagnosticsFor(mainUri, 1);
    expect(mismatchLines(diags)).toEqual([7]);
    expect(diags.find((d) => d.code === 'gradient-mismatch')?.message).toContain('db disagrees with the gradient of the loss w.r.t. b');
    expect(await s.hoverText(mainUri, 7, 0)).toMatch(/dx/);
  });

  it('re-analyses the importing file with the unsaved text of the module open in the editor', async () => {
    const next = s.diagnostics(mainUri);
    await s.open(layersUri, layers(''));
    expect(mismatchLines((await next).diagnostics)).toEqual([]);
  });

  it("goes back to the disk's text when the module's editor closes", async () => {
    const next = s.diagnostics(mainUri);
    await s.close(layersUri);
    expect(mismatchLines((await next).diagnostics)).toEqual([7]);
  });

  it('re-analyses when the module changes on disk (a watched-file event)', async () => {
    writeFileSync(join(dir, 'layers.py'), layers(''));
    const next = s.diagnostics(mainUri);
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: layersUri, type: FileChangeType.Changed }] });
    expect(mismatchLines((await next).diagnostics)).toEqual([]);
  });
});
