// The UI walk-through, as a person uses the extension in the workbench: hover a variable of the
// lecture's sigmoid neuron, trace backprop from the command palette and step through the chain
// rule in the graph panel, find the planted batchnorm bug in Problems, fix it and see the problem
// go, type an infinite loop and see the budget warning while hovers still answer.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator } from 'playwright-core';
import { Workbench, flat } from './browser';
import { Checklist } from './checklist';
import { startCodeServer } from './code-server';
import type { Tools } from './tools';

export interface UiOptions {
  root: string;
  tools: Tools;
  browser: Browser;
  vsix: string;
  outDir: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `probe` holds (the server works in the background), else fails with `what`. */
async function until(what: string, probe: () => Promise<boolean>, seconds = 30): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await probe()) return;
    await sleep(250);
  }
  throw new Error(`gave up after ${seconds} s waiting for ${what}`);
}

/** The number after `label = ` in a hover's text. */
function numberAfter(text: string, label: string): number {
  const at = text.indexOf(`${label} = `);
  assert.ok(at >= 0, `no "${label} = " in: ${text}`);
  const m = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/.exec(text.slice(at + label.length + 3));
  assert.ok(m !== null, `no number after "${label} = " in: ${text}`);
  return Number(m[0]);
}

/** 1-based line numbers of the example, found from its text so the checks follow the file. */
function lineOf(lines: readonly string[], test: (line: string) => boolean, after = 0): number {
  const i = lines.findIndex((l, k) => k >= after && test(l));
  if (i < 0) throw new Error('line not found in the example');
  return i + 1;
}

export async function runUiChecks(o: UiOptions): Promise<Checklist> {
  const layers = readFileSync(join(o.root, 'examples/cs231n/layers.py'), 'utf8').split('\n');
  const bnStart = lineOf(layers, (l) => l.startsWith('def batchnorm_backward('));
  const dxLine = lineOf(layers, (l) => /^\s+dx = /.test(l), bnStart);
  const dvarLine = lineOf(layers, (l) => /^\s+dvar = /.test(l), bnStart);
  const neuronLines = readFileSync(join(o.root, 'examples/lecture/neuron.py'), 'utf8').split('\n');
  const buggyDvar = 'dvar = np.sum(dxhat * (x - mu) * -0.5 * (var + eps) ** -0.5, axis=0)';
  const fixedDvar = 'dvar = np.sum(dxhat * (x - mu) * -0.5 * (var + eps) ** -1.5, axis=0)';

  const session = await startCodeServer(o.tools, {
    runDir: join(o.tools.cache, 'runs', 'ui'),
    vsix: o.vsix,
    workspaceFolders: { examples: join(o.root, 'examples') },
    logFile: join(o.outDir, 'server.log'),
  });
  const context = await o.browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  const wb = new Workbench(page);
  const checks = new Checklist('ui', o.outDir, (path) => wb.screenshot(path));
  const sigma = 1 / (1 + Math.exp(-1));
  let panel: FrameLocator | null = null;

  try {
    const loaded = await checks.step('the workbench opens the workspace with the examples', async () => {
      await wb.load(session.url(), 'examples');
    });
    if (!loaded) {
      checks.skip('everything else', 'the workbench did not load');
      return checks;
    }

    await checks.step('hover dot in the sigmoid neuron: its value and gradient', async () => {
      await wb.openFile('examples/lecture/neuron.py', 'dot = w0 * x0');
      const text = await wb.hoverUntil('dot = w0', 'dot', '∂f/∂dot');
      assert.equal(numberAfter(text, 'dot'), 1);
      const grad = numberAfter(text, '∂f/∂dot');
      assert.ok(Math.abs(grad - sigma * (1 - sigma)) <= 5e-7 * grad, `∂f/∂dot = ${grad} in the hover, σ'(1) = ${sigma * (1 - sigma)}`);
    });

    const panelOpened = await checks.step('Trace Backprop from the command palette: the graph panel shows the nodes', async () => {
      await wb.dismissHover();
      await wb.runCommand('Gradlens: Trace Backprop');
      panel = await wb.webview('Backprop: neuron.py');
      const labels = panel.locator('g.node .nodeLabel');
      const interim = panel.locator('table');
      await labels.or(interim).first().waitFor({ timeout: 30_000 });
      if ((await labels.count()) === 0)
        throw new Error('Trace Backprop opened the interim table panel of src/client/backprop-panel.ts, not the graph panel of webview/ (no drawn nodes, no Next button)');
      const texts = (await labels.allInnerTexts()).map(flat);
      const label = (re: RegExp): string => {
        const found = texts.find((t) => re.test(t));
        assert.ok(found !== undefined, `no node label matching ${String(re)} among ${JSON.stringify(texts)}`);
        return found;
      };
      // values green and gradients red to 2 decimals, as the panel draws them
      assert.match(label(/^w0\b/), /^w0 ?2\.00 ?-0\.20$/);
      assert.match(label(/^x1\b/), /^x1 ?-2\.00 ?-0\.59$/);
      assert.match(label(/^dot\b/), /^dot = add ?1\.00 ?0\.20$/);
      assert.match(label(/^f\b/), /^f = div ?0\.73 ?1\.00$/);
    });

    if (panelOpened)
      await checks.step('the graph panel shows the whole graph in view when it opens', async () => {
        assert.ok(panel !== null);
        const outside = await panel.locator('[data-role=canvas]').evaluate((canvas) => {
          const c = canvas.getBoundingClientRect();
          return Array.from(canvas.querySelectorAll('g.node'))
            .filter((n) => {
              const b = n.getBoundingClientRect();
              return b.left < c.left - 1 || b.right > c.right + 1 || b.top < c.top - 1 || b.bottom > c.bottom + 1;
            })
            .map((n) => (n.textContent ?? '').trim());
        });
        assert.deepEqual(outside, [], 'nodes drawn outside the visible canvas');
      });

    const nextSteps = 'Next three times: the chain rule at the exp gate';
    if (!panelOpened) checks.skip(nextSteps, 'the graph panel step failed');
    else await checks.step(nextSteps, async () => {
      assert.ok(panel !== null, 'the panel did not open');
      const next = panel.locator('[data-role=next]');
      for (let i = 0; i < 3; i++) await next.click();
      const side = panel.locator('[data-role=side]');
      const text = async (role: string): Promise<string> => flat(await side.locator(`[data-role=${role}]`).first().innerText());
      assert.match(await text('step-title'), /^Step 3 of \d+: exp$/);
      assert.equal(await text('upstream'), 'upstream dL/d out = -0.53');
      assert.equal(await text('local'), 'local d e^x/dx = e^x (the output) = 0.37');
      assert.match(await text('downstream'), /= 0\.37 x -0\.53 = -0\.20$/);
      assert.match(await text('check'), /^= recorded/);
    });

    await checks.step(`Problems: the gradient-mismatch of layers.py on line ${dxLine}`, async () => {
      await wb.closeAllEditors();
      await wb.openFile('examples/cs231n/layers.py', 'def batchnorm_backward');
      const rows = await wb.problems();
      const row = rows.filter({ hasText: 'gradient-mismatch' }).filter({ hasText: 'dx disagrees' });
      await row.first().waitFor({ timeout: 60_000 });
      assert.equal(await row.count(), 1);
      const text = flat(await row.first().innerText());
      assert.match(text, /^dx disagrees with the gradient of the loss w\.r\.t\. x/);
      assert.ok(text.includes(`[Ln ${dxLine}, Col `), `the row names line ${dxLine}: ${text}`);
    });

    await checks.step('fix the dvar exponent: the mismatch disappears', async () => {
      const editor = wb.editor;
      await editor.click({ position: { x: 300, y: 50 } });
      await page.keyboard.press('Control+G');
      await wb.quickInput.locator('input').waitFor({ state: 'visible' });
      await page.keyboard.type(String(dvarLine));
      await page.keyboard.press('Enter');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      const line = (): Locator => editor.locator('.view-line', { hasText: 'dvar = np.sum' }).first();
      assert.ok(flat(await line().innerText()).startsWith(buggyDvar), `line ${dvarLine} is the buggy dvar line`);
      await page.keyboard.insertText(fixedDvar);
      assert.equal(flat(await line().innerText()), fixedDvar);
      const rows = await wb.problems();
      await until('the mismatch to leave Problems', async () => (await rows.filter({ hasText: 'dx disagrees' }).count()) === 0);
      // gone because the analysis passed, not because it stopped: the status bar counts the checks
      const status = page.locator('.statusbar-item', { hasText: '∇' }).first();
      await until('the status bar to show no failed check', async () => /\b\d+ 0 ∇ /.test(flat(await status.innerText())), 15);
    });

    await checks.step('a file that imports layers.py: hover W1 gives its gradient through the imported layers', async () => {
      await wb.closeAllEditors();
      await wb.openFile('examples/cs231n/two_layer_step.py', 'from layers import');
      const text = await wb.hoverUntil('h, h_cache = affine_forward', 'W1', '∂softmax_loss()/∂W1');
      assert.match(text, /shape \(4, 6\)/);
    });

    await checks.step('an infinite loop: a budget-exceeded warning on it, and a hover elsewhere still answers', async () => {
      await wb.openFile('examples/lecture/neuron.py', 'dot = w0 * x0');
      await wb.editor.click({ position: { x: 300, y: 50 } });
      await page.keyboard.press('Control+End');
      // typed on the file's last (empty) line: a blank line, `n = 0`, then the loop
      const whileLine = neuronLines.length + 2;
      await page.keyboard.insertText('\nn = 0\nwhile True:\n    n = n + 1\n');
      const rows = await wb.problems();
      const warning = rows.filter({ hasText: 'budget-exceeded' });
      await warning.first().waitFor({ timeout: 60_000 });
      const text = flat(await warning.first().innerText());
      assert.match(text, new RegExp(`\\[Ln (${whileLine}|${whileLine + 1}), Col `), `the warning is on the loop (line ${whileLine} or its body): ${text}`);
      // the values computed before the stop are still there for a hover elsewhere in the file
      const hover = await wb.hoverUntil('dot = w0', 'dot', /dot = /, 10);
      assert.equal(numberAfter(hover, 'dot'), 1);
      // and the editor still takes edits: the typed lines deleted again, the warning goes
      await wb.dismissHover();
      const onLoop = await wb.wordPosition('while True', 'True');
      await page.mouse.click(onLoop.x, onLoop.y);
      await page.keyboard.press('Control+End');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowUp');
      await page.keyboard.press('Delete');
      await wb.editor.locator('.view-line', { hasText: 'while True' }).waitFor({ state: 'detached' });
      await until('the budget warning to leave Problems', async () => (await rows.filter({ hasText: 'budget-exceeded' }).count()) === 0);
    });

    await checks.step('no uncaught errors in the workbench page', async () => {
      assert.deepEqual(pageErrors.filter((e) => /gradlens/i.test(e)), []);
    });
  } finally {
    await context.close().catch(() => undefined);
    await session.stop();
  }
  return checks;
}
