// Debian's chromium driven by playwright-core (which never downloads a browser here), and the
// workbench gestures a person makes: open a file with Quick Open, hover a word, run a command from
// the palette, open the Problems panel. Selectors are VS Code's own class names.
import { existsSync } from 'node:fs';
import { type Browser, type FrameLocator, type Locator, type Page, chromium } from 'playwright-core';

export const CHROMIUM = process.env.GRADLENS_E2E_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium (or set GRADLENS_E2E_CHROMIUM)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Collapses whitespace the way a reader sees the text. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class Workbench {
  constructor(readonly page: Page) {}

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** The visible editor (the active group's). */
  get editor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** Loads the workbench and waits until the explorer lists the workspace (the remote side is up). */
  async load(url: string, firstRow: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: firstRow }).first().waitFor({ timeout: 60_000 });
  }

  /** Control+P, the relative path, Enter on the first match; waits until the editor shows `expectText`. */
  async openFile(relativePath: string, expectText: string): Promise<void> {
    const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput.locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relativePath);
    // Enter only once the file search has answered: the focused row is the file (Quick Open first
    // lists recently opened editors, then replaces the list)
    await this.quickInput.locator('.monaco-list-row.focused', { hasText: name }).filter({ hasText: relativePath.slice(0, relativePath.lastIndexOf('/')) }).waitFor();
    await sleep(200);
    await this.page.keyboard.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden' });
    await this.page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name }).waitFor();
    await this.editor.locator('.view-lines', { hasText: expectText }).waitFor();
  }

  /**
   * The page position of the middle of `word`'s first whole-word occurrence on the editor line
   * whose text contains `lineText` (monaco splits a line into token spans, and inlay hints add
   * text after the code, so the word is found in the line's text nodes).
   */
  async wordPosition(lineText: string, word: string): Promise<{ x: number; y: number }> {
    const line = this.editor.locator('.view-line', { hasText: lineText }).first();
    await line.waitFor();
    const point = await line.evaluate((el, w) => {
      const re = new RegExp(`(^|[^A-Za-z0-9_])${w}(?![A-Za-z0-9_])`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const m = re.exec(n.textContent ?? '');
        if (m === null) continue;
        const start = m.index + m[1].length;
        const range = document.createRange();
        range.setStart(n, start);
        range.setEnd(n, start + w.length);
        const b = range.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      return null;
    }, word);
    if (point === null) throw new Error(`no "${word}" on the editor line with "${lineText}"`);
    return point;
  }

  /**
   * Hovers `word` until a hover widget containing `expect` shows (the server analyses in the
   * background, so the first hovers may come before its answer). Returns the widget's text.
   */
  async hoverUntil(lineText: string, word: string, expect: string | RegExp, tries = 30): Promise<string> {
    const widget = this.page.locator('.monaco-hover:not(.hidden)', { hasText: expect }).first();
    for (let i = 0; i < tries; i++) {
      await this.page.mouse.move(2, 2);
      await sleep(100);
      const { x, y } = await this.wordPosition(lineText, word);
      await this.page.mouse.move(x, y, { steps: 2 });
      try {
        await widget.waitFor({ state: 'visible', timeout: 2_000 });
        return flat(await widget.innerText());
      } catch {
        // not yet
      }
    }
    const seen = await this.page.locator('.monaco-hover:not(.hidden)').allInnerTexts();
    throw new Error(`no hover with ${String(expect)} after ${tries} tries; last hover text: ${JSON.stringify(seen.map(flat))}`);
  }

  async dismissHover(): Promise<void> {
    await this.page.mouse.move(2, 2);
    await this.page.keyboard.press('Escape');
  }

  /** F1, the command's title, Enter. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.quickInput.locator('input').waitFor({ state: 'visible' });
    await this.page.keyboard.type(title);
    await this.quickInput.locator('.monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden' });
  }

  /** Closes every editor and editor group (a panel opened beside leaves a second group). */
  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editor Groups');
    await this.page.locator('.editor-group-container .tab').first().waitFor({ state: 'detached' });
  }

  /** The content frame of the webview tab titled `title` (VS Code nests it: iframe.webview > iframe#active-frame). */
  async webview(title: string): Promise<FrameLocator> {
    await this.page.locator('.tabs-container .tab', { hasText: title }).first().waitFor();
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
  }

  /** Opens (or focuses) the Problems panel and returns its rows. */
  async problems(): Promise<Locator> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible' });
    return panel.locator('.monaco-list-row');
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
