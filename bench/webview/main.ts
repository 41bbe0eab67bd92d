// Benchmark: time from the host's `graph` message to the rendered SVG in the panel (headless
// Chromium, the real bundle), for the lecture circuits and 150-node views of large traces.
// Target: under 1.5 s for 150 visible nodes. Run from the repository root:
//   node scripts/bench.mjs webview
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GraphMessage, PanelToHost } from '../../webview/protocol';
import { loopGraph, nestedGraph, sigmoidNeuron } from '../../test/webview/circuits';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = 5;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log('bench/webview: skipped, /usr/bin/chromium is not installed');
    return;
  }
  const { buildWebview } = (await import(pathToFileURL(join(process.cwd(), 'scripts/webview-bundle.mjs')).href)) as { buildWebview: () => Promise<void> };
  await buildWebview();
  // loaded from node_modules at run time: scripts/bench.mjs bundles everything else, and
  // playwright-core cannot be bundled
  const load = createRequire(join(process.cwd(), 'package.json'));
  const { chromium } = load('playwright-core') as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const cases: Array<[string, GraphMessage]> = [
    ['lecture neuron (15 nodes)', { type: 'graph', root: null, graph: sigmoidNeuron(), checks: [] }],
    ['loop x1000 -> 150-node view', { type: 'graph', root: null, graph: loopGraph(1000), checks: [] }],
    ['nested 5,270 nodes -> 150-node view', { type: 'graph', root: null, graph: nestedGraph(250, 9), checks: [] }],
  ];
  console.log('case                                  drawn  median ms  min ms  max ms');
  for (const [name, message] of cases) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    await page.goto(pathToFileURL(join(process.cwd(), 'webview/test-host.html')).href);
    await page.waitForFunction(() => (window as unknown as { __posted: PanelToHost[] }).__posted.length > 0);
    const times: number[] = [];
    let drawn = 0;
    const json = JSON.stringify(message);
    for (let i = 0; i < RUNS + 1; i++) {
      // measured in the page: message dispatch -> SVG in the DOM and decorated
      const r = await page.evaluate(
        (text) =>
          new Promise<{ ms: number; nodes: number }>((resolve) => {
            const posted = (window as unknown as { __posted: PanelToHost[] }).__posted;
            const before = posted.length;
            const t0 = performance.now();
            const poll = (): void => {
              const m = posted.slice(before).find((x) => x.type === 'rendered');
              if (m !== undefined && m.type === 'rendered') resolve({ ms: performance.now() - t0, nodes: m.nodes });
              else requestAnimationFrame(poll);
            };
            window.postMessage(JSON.parse(text), '*');
            poll();
          }),
        json,
      );
      if (i > 0) times.push(r.ms); // the first run warms up the page
      drawn = r.nodes;
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(38)}${String(drawn).padStart(5)}${times[times.length >> 1].toFixed(0).padStart(11)}${times[0].toFixed(0).padStart(8)}${times[times.length - 1].toFixed(0).padStart(8)}`);
    await page.close();
  }
  await browser.close();
}

void main();
