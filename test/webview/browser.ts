// Test-only: the panel bundle in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core; playwright never downloads a browser here), on the test host page that
// stands in for VS Code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { HostToPanel, PanelToHost } from '../../webview/protocol';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const HOST = pathToFileURL(join(__dirname, '../../webview/test-host.html')).href;

export async function bundlePanel(): Promise<void> {
  // @ts-expect-error - a plain .mjs build script without types
  const { buildWebview } = (await import('../../scripts/webview-bundle.mjs')) as { buildWebview: (out?: string) => Promise<void> };
  await buildWebview(join(__dirname, '../../dist/webview.js'));
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

export interface PanelPage {
  page: Page;
  errors: string[];
  post(message: HostToPanel): Promise<void>;
  /** Posts a message and waits for the panel's next `rendered` report. */
  render(message: HostToPanel): Promise<Extract<PanelToHost, { type: 'rendered' }>>;
  posted(): Promise<PanelToHost[]>;
}

export async function openPanel(browser: Browser, size = { width: 1400, height: 800 }): Promise<PanelPage> {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(HOST);
  await page.waitForFunction(() => (window as unknown as { __posted: PanelToHost[] }).__posted.some((m) => m.type === 'ready'));
  const posted = () => page.evaluate(() => (window as unknown as { __posted: PanelToHost[] }).__posted);
  return {
    page,
    errors,
    posted,
    post: (message) => page.evaluate((json) => window.postMessage(JSON.parse(json), '*'), JSON.stringify(message)),
    render: async (message) => {
      const before = (await posted()).filter((m) => m.type === 'rendered').length;
      await page.evaluate((json) => window.postMessage(JSON.parse(json), '*'), JSON.stringify(message));
      await page.waitForFunction((n) => (window as unknown as { __posted: PanelToHost[] }).__posted.filter((m) => m.type === 'rendered').length > n, before, { timeout: 60_000 });
      const all = (await posted()).filter((m): m is Extract<PanelToHost, { type: 'rendered' }> => m.type === 'rendered');
      return all[all.length - 1];
    },
  };
}
