// The lowered IR of the last few source texts, so running the same text again (a benchmark's
// repeated runs, the analysis lowering a file for its static index and again to run it, a
// re-analysis with other options) skips parse and lower. The IR is plain data that nothing
// writes after lowering (compile reads it; library modules already share theirs between runs),
// so one Module can serve any number of runs. Only successful lowerings are kept: a broken text
// raises its PySyntaxError afresh every time.
import type { Module } from './ir';

export class LoweredModules {
  /** Insertion order is recency order: the first entry is the least recently used. */
  private readonly bySource = new Map<string, Module>();

  constructor(private readonly capacity: number) {}

  /** The module lowered from exactly this text, if it is still kept. */
  get(source: string): Module | undefined {
    const module = this.bySource.get(source);
    if (module !== undefined) {
      this.bySource.delete(source);
      this.bySource.set(source, module);
    }
    return module;
  }

  set(source: string, module: Module): void {
    this.bySource.delete(source);
    this.bySource.set(source, module);
    while (this.bySource.size > this.capacity) {
      const oldest = this.bySource.keys().next().value as string;
      this.bySource.delete(oldest);
    }
  }

  get size(): number {
    return this.bySource.size;
  }
}
