// The analysis's recorder keeps the run's one bindings log: a run given it records each binding
// once (no second default log), through the compiled sites' fast binders, and nothing while muted.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysisRecorder } from '../../src/analysis/recorder';
import { loadPython, runSource } from '../../src/python/run';
import { siteBinder } from '../../src/python/trace';

beforeAll(async () => {
  await loadPython();
});

const program = 'def f(a):\n    t = a * 2.0\n    return t\ns = 0.0\nfor i in range(5):\n    s = s + f(1.5)\n';

describe('AnalysisRecorder as the run recorder', () => {
  it('is the run log itself, with each binding counted once', () => {
    const rec = new AnalysisRecorder();
    const run = runSource(program, { filename: 'p.py', recorder: rec });
    expect(run.log).toBe(rec.log);
    const entries = rec.entries();
    expect(entries.filter((b) => b.name === 's' && b.line === 6).map((b) => b.count)).toEqual([5]);
    expect(entries.filter((b) => b.name === 't').map((b) => b.count)).toEqual([5]);
    expect(rec.last('s')?.count).toBe(5);
  });

  it('records nothing through a site binder while muted', () => {
    const rec = new AnalysisRecorder();
    runSource('y = 1\n', { filename: 'p.py', recorder: rec }); // the recorder captures the run's context
    const span = { line: 1, col: 0, endLine: 1, endCol: 1 };
    const bind = siteBinder(rec, '<module>', 'x', span);
    bind(1, 1);
    rec.muted = true;
    bind(1, 2);
    rec.muted = false;
    expect(rec.entries().map((b) => [b.name, b.count])).toEqual([
      ['y', 1],
      ['x', 1],
    ]);
  });
});
