// The panel bundle in headless Chromium against the test host page, which posts the messages
// the extension posts. Saves the README's screenshots to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport, GraphNode } from '../../src/analysis/report';
import { formatNumber } from '../../webview/model';
import type { GraphMessage, PanelToHost } from '../../webview/protocol';
import { type PanelPage, bundlePanel, hasChromium, launch, openPanel } from './browser';
import { loopGraph, nestedGraph, sigmoidNeuron } from './circuits';

const SHOTS = join(__dirname, '../../docs/screenshots');
const graphMessage = (graph: GraphNode[], extra: Partial<GraphMessage> = {}): GraphMessage => ({ type: 'graph', root: null, graph, checks: [], ...extra });

if (!hasChromium) console.log('test/webview/panel.browser.test.ts: skipped, /usr/bin/chromium is not installed');

describe.skipIf(!hasChromium)('graph panel in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await bundlePanel();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const text = (p: PanelPage, selector: string) => p.page.locator(selector).innerText();
  /** The label text of a rendered graph item. */
  const label = (p: PanelPage, selector: string) => p.page.locator(`${selector} .nodeLabel`).innerText();

  describe('the lecture sigmoid neuron', () => {
    const graph = sigmoidNeuron();
    const idOf = (name: string) => graph.find((n) => n.name === name)!.id;
    let p: PanelPage;
    beforeAll(async () => {
      p = await openPanel(browser);
      await p.render(graphMessage(graph, { root: { name: 'f', line: 7, value: graph[0].value, rule: 'last-assignment' } }));
    });

    it('draws every node with its value and gradient to 2 decimals', async () => {
      expect(await p.page.locator('g.node').count()).toBe(15);
      for (const n of graph) {
        const shown = await label(p, `[data-item="n${n.id}"]`);
        expect(shown).toContain(formatNumber(n.value as number));
        expect(shown).toContain(formatNumber(n.grad as number));
      }
      expect(await label(p, `[data-item="n${idOf('w0')}"]`)).toMatch(/w0\s+2\.00\s*-0\.20/);
      expect(await label(p, `[data-item="n${idOf('x1')}"]`)).toMatch(/x1\s+-2\.00\s*-0\.59/);
      expect(await label(p, `[data-item="n${idOf('f')}"]`)).toMatch(/f = div\s+0\.73\s*1\.00/);
      // value green, gradient red, from the theme variables
      const colours = await p.page.evaluate(() => {
        const v = document.querySelector('.nodeLabel .v')!;
        const g = document.querySelector('.nodeLabel .g')!;
        return [getComputedStyle(v).color, getComputedStyle(g).color];
      });
      expect(colours).toEqual(['rgb(56, 138, 52)', 'rgb(199, 46, 15)']);
      await p.page.screenshot({ path: join(SHOTS, 'neuron-graph.png') });
      expect(p.errors).toEqual([]);
    });

    it('steps through the backward pass with the chain rule numbers', async () => {
      await p.page.click('[data-role=reset]');
      expect(await text(p, '[data-role=step-title]')).toBe('Step 0 of 8: forward pass');
      expect(await p.page.locator('g.node.gl-pending').count()).toBe(15);
      // step 1: f = 1/x at the root
      await p.page.keyboard.press('ArrowRight');
      expect(await text(p, '[data-role=step-title]')).toBe('Step 1 of 8: f = div');
      expect(await text(p, '[data-role=upstream]')).toBe('upstream dL/d out = 1.00');
      const denom = p.page.locator('[data-role=term]').nth(1);
      expect(await denom.locator('[data-role=local]').innerText()).toMatch(/= -0\.53$/);
      expect(await denom.locator('[data-role=downstream]').innerText()).toMatch(/= -0\.53 x 1\.00 = -0\.53$/);
      expect(await p.page.locator(`[data-item="n${idOf('f')}"]`).getAttribute('class')).toContain('gl-current');
      // the root's gradient (1) and what it sent its two inputs are known now
      expect(await p.page.locator('g.node.gl-pending').count()).toBe(12);
      // step 3: exp
      await p.page.keyboard.press('ArrowRight');
      await p.page.keyboard.press('ArrowRight');
      expect(await text(p, '[data-role=step-title]')).toBe('Step 3 of 8: exp');
      expect(await text(p, '[data-role=upstream]')).toBe('upstream dL/d out = -0.53');
      expect(await text(p, '[data-role=local]')).toBe('local d e^x/dx = e^x (the output) = 0.37');
      expect(await text(p, '[data-role=downstream]')).toMatch(/= 0\.37 x -0\.53 = -0\.20$/);
      expect(await text(p, '[data-role=check]')).toMatch(/^= recorded/);
      await p.page.screenshot({ path: join(SHOTS, 'backward-step.png') });
      // step 8: the mul gate w0 * x0 (Previous and Next both work)
      for (let i = 0; i < 6; i++) await p.page.keyboard.press('ArrowRight');
      await p.page.click('[data-role=prev]');
      await p.page.click('[data-role=next]');
      expect(await text(p, '[data-role=step-title]')).toBe('Step 8 of 8: mul');
      expect(await text(p, '[data-role=pattern]')).toMatch(/^mul gate: swaps/);
      const terms = p.page.locator('[data-role=term]');
      expect(await terms.nth(0).locator('[data-role=local]').innerText()).toBe('local d out/d w0 = x0 = -1.00');
      expect(await terms.nth(0).locator('[data-role=downstream]').innerText()).toMatch(/= -1\.00 x 0\.20 = -0\.20$/);
      expect(await terms.nth(1).locator('[data-role=downstream]').innerText()).toMatch(/= 2\.00 x 0\.20 = 0\.39$/);
      expect(await p.page.locator('g.node.gl-pending').count()).toBe(0);
    });

    it('Play walks to the end; Space pauses', async () => {
      await p.page.selectOption('[data-role=speed]', '4');
      await p.page.click('[data-role=reset]');
      await p.page.locator('body').press('Space');
      await p.page.waitForFunction(() => document.querySelector('[data-role=step-title]')?.textContent === 'Step 8 of 8: mul', undefined, { timeout: 20_000 });
      expect(await text(p, '[data-role=play]')).toBe('Play');
    });

    it('a click on a node asks the host to reveal its source range', async () => {
      await p.page.click(`[data-item="n${idOf('x1')}"]`);
      const reveals = (await p.posted()).filter((m): m is Extract<PanelToHost, { type: 'reveal' }> => m.type === 'reveal');
      expect(reveals[reveals.length - 1].range).toEqual({ line: 4, col: 0, endLine: 4, endCol: 10 });
    });

    it('highlights the nodes of the variable under the cursor', async () => {
      await p.post({ type: 'highlight', name: 'dot' });
      await p.page.waitForSelector('g.node.gl-found');
      expect(await p.page.locator('g.node.gl-found').getAttribute('data-item')).toBe(`n${idOf('dot')}`);
    });

    it('exports the mermaid source and the SVG', async () => {
      await p.page.click('[data-role=copy]');
      await p.page.click('[data-role=save-svg]');
      const posted = await p.posted();
      const copy = posted.find((m): m is Extract<PanelToHost, { type: 'copy' }> => m.type === 'copy')!;
      expect(copy.text.startsWith('flowchart LR\n')).toBe(true);
      const svg = posted.find((m): m is Extract<PanelToHost, { type: 'saveSvg' }> => m.type === 'saveSvg')!;
      expect(svg.svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(p.errors).toEqual([]);
    });
  });

  it('folds a 1,000-iteration loop, and a click on the fold opens an iteration', async () => {
    const p = await openPanel(browser);
    const r = await p.render(graphMessage(loopGraph(1000)));
    expect(r.nodes).toBeLessThanOrEqual(150);
    const fold = p.page.locator('g.node.box');
    expect(await fold.count()).toBe(1);
    const title = await label(p, 'g.node.box');
    const folded = Number(/\(x(\d+)\)/.exec(title)![1]);
    expect(title).toMatch(/^line 3 #1-#\d+ \(x\d+\)/);
    expect(folded).toBeGreaterThan(900);
    // the iterations left open are the ones nearest the root: folded + open = 1,000
    const open = await p.page.locator('g.node.op .nodeLabel').filter({ hasText: /^x = tanh/ }).count();
    expect(open).toBeGreaterThan(10);
    expect(folded + open).toBe(1000);
    // a click on the fold opens its nearest iteration (and the limit still holds)
    const renders = (await p.posted()).filter((m) => m.type === 'rendered').length;
    await fold.dispatchEvent('click');
    await p.page.waitForFunction((n) => (window as unknown as { __posted: PanelToHost[] }).__posted.filter((m) => m.type === 'rendered').length > n, renders);
    const after = await p.page.locator('g.node.box .nodeLabel').allInnerTexts();
    expect(after.some((t) => t.startsWith(`line 3 #1-#${folded - 1} (x${folded - 1})`))).toBe(true);
    expect(await p.page.locator('g.node').count()).toBeLessThanOrEqual(150);
    // the same graph under a 40-node limit (setting gradlens.graph.maxNodes), for the README
    const small = await p.render(graphMessage(loopGraph(1000), { maxNodes: 40 }));
    expect(small.nodes).toBeLessThanOrEqual(40);
    await p.page.click('[data-role=fit]');
    await p.page.screenshot({ path: join(SHOTS, 'collapsed-large-graph.png') });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('renders a 5,000-node trace collapsed under the limit', async () => {
    const graph = nestedGraph(250, 9);
    expect(graph.length).toBeGreaterThan(5000);
    const p = await openPanel(browser);
    const r = await p.render(graphMessage(graph));
    expect(r.nodes).toBeLessThanOrEqual(150);
    expect(await p.page.locator('g.node').count()).toBe(r.nodes);
    expect(await text(p, '[data-role=status]')).toMatch(new RegExp(`^${graph.length} nodes, ${r.nodes} shown`));
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it('shows a mismatch as heatmaps of your, the exact and the numeric gradient', async () => {
    const rows = 6;
    const cols = 8;
    const exact = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => Math.sin(i + 0.7 * j)));
    const user = exact.map((row, i) => row.map((x, j) => (i === 2 && j === 5 ? -x : i === 4 && j === 1 ? x + 0.5 : x)));
    const numeric = exact.map((row, i) => row.map((x, j) => ((i * cols + j) % 6 === 0 || (i === 2 && j === 5) || (i === 4 && j === 1) ? x + 1e-9 : null)));
    const check: CheckReport = {
      kind: 'forward-backward-pair', function: 'affine_backward', line: 12, wrt: 'w', status: 'mismatch',
      maxRelError: 1, worstIndex: [2, 5], analytic: user[2][5], numeric: exact[2][5], autograd: exact[2][5], mismatched: 2, total: rows * cols,
    };
    const p = await openPanel(browser, { width: 1200, height: 700 });
    await p.render(graphMessage(sigmoidNeuron(), { checks: [check], comparisons: [{ check: 0, user, exact, numeric }] }));
    expect(await text(p, '[data-role=mismatches]')).toBe('Mismatches (1)');
    await p.post({ type: 'showComparison', check: 0 });
    await p.page.waitForSelector('[data-role=comparison] figure svg');
    expect(await p.page.locator('[data-role=comparison] figure svg').count()).toBe(3);
    expect(await p.page.locator('[data-role=comparison] figure[data-role=user] rect.worst').count()).toBe(2);
    const worst = await p.page.locator('[data-role=comparison] table[data-role=worst] tr').allInnerTexts();
    expect(worst[1].split('\t')).toEqual(['[2, 5]', formatNumber(user[2][5]), formatNumber(exact[2][5]), formatNumber(exact[2][5] + 1e-9)]);
    expect(worst[2].split('\t')[0]).toBe('[4, 1]');
    await p.page.screenshot({ path: join(SHOTS, 'mismatch-heatmap.png') });
    expect(p.errors).toEqual([]);
    await p.page.close();
  });
});
