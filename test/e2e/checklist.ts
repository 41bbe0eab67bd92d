// A small sequential runner for end-to-end steps: each step runs, is reported as `ok` / `not ok`
// with its time, and leaves a screenshot whether it passed or not.
import { join } from 'node:path';

export interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  error?: string;
}

export class Checklist {
  readonly results: StepResult[] = [];
  private count = 0;

  constructor(
    private readonly suite: string,
    private readonly shotsDir: string | null,
    private readonly screenshot: ((path: string) => Promise<void>) | null,
  ) {}

  /** Runs `fn`; a thrown error fails the step (and is reported), the screenshot is taken either way. */
  async step(name: string, fn: () => Promise<void>): Promise<boolean> {
    const n = String(++this.count).padStart(2, '0');
    const started = Date.now();
    let error: string | undefined;
    try {
      await fn();
    } catch (e) {
      error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    }
    if (this.shotsDir !== null && this.screenshot !== null) {
      await new Promise((r) => setTimeout(r, 300)); // let fade-in animations (hovers) finish
      const file = join(this.shotsDir, `${n}-${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.png`);
      await this.screenshot(file).catch((e: unknown) => console.log(`[e2e] screenshot ${file} failed: ${String(e)}`));
    }
    const result: StepResult = { name, ok: error === undefined, seconds: (Date.now() - started) / 1000, ...(error === undefined ? {} : { error }) };
    this.results.push(result);
    console.log(`${result.ok ? 'ok' : 'not ok'} - ${this.suite}: ${name} (${result.seconds.toFixed(1)} s)`);
    if (error !== undefined) console.log(error.split('\n').map((l) => `    ${l}`).join('\n'));
    return result.ok;
  }

  /** Records a step that could not run because an earlier one failed. */
  skip(name: string, because: string): void {
    this.results.push({ name, ok: false, seconds: 0, error: `not run: ${because}` });
    console.log(`not ok - ${this.suite}: ${name} (not run: ${because})`);
  }

  get passed(): boolean {
    return this.results.every((r) => r.ok);
  }
}
