// The bindings log's snapshot of a list re-bound by `x[i] = v` in a loop: it re-copies only the
// replaced element when that is the one write since its last copy (PyList.wrote), so every
// other way of changing a list must be seen as a write. Random programs mutate a list in every
// way between executions of one binding site; the site's snapshot must equal `list(lst)` taken
// right after the site's last execution.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';
import { PyList } from '../../src/python/runtime/collections';
import { rng } from '../engine/gradcheck';

beforeAll(async () => {
  await loadPython();
});

/** Statements that change `lst` (length 6 at least 0..5 kept valid by the ones that shrink it back). */
const MUTATIONS = [
  'lst[k % len(lst)] = k * 3',
  'lst.reverse()',
  'lst.append(k); lst.pop(0)',
  'lst.insert(1, -k); lst.pop()',
  'lst[1:3] = [k, k + 1]',
  'lst[::2] = [k] * len(lst[::2])',
  'random.shuffle(lst)',
  'lst.sort()',
  'lst.extend([k]); del lst[0]',
  'list.__setitem__(lst, 2, -7 * k)',
  'lst.remove(lst[0]); lst.insert(0, k)',
  'lst[True] = k + 100',
  'lst += [k]',
  'lst[:] = lst[::-1]',
  'np.random.shuffle(lst)',
  'np.random.default_rng(k).shuffle(lst)',
  'lst *= 1',
  'lst.__init__(lst[::-1])',
];

/**
 * A loop of mutations (the given ones, or random ones), each statement followed by a copy of the
 * list under its line's name, then the site `lst[k % 6] = -k`.
 */
function program(seed: number, body?: readonly string[]): string {
  const r = rng(seed);
  const lines = ['import random', 'import numpy as np', 'random.seed(1)', 'np.random.seed(2)', 'lst = [0, 1, 2, 3, 4, 5]', 'for k in range(12):'];
  const chosen =
    body ??
    Array.from({ length: 1 + Math.floor(r() * 4) }, (_, s) =>
      r() < 0.5 ? MUTATIONS[Math.floor(r() * MUTATIONS.length)] : `lst[${Math.floor(r() * 6)}] = k * 10 + ${s}`,
    );
  for (const stmt of chosen) {
    lines.push(`    ${stmt}`);
    lines.push(`    after${lines.length} = list(lst)`); // named after the line above (1-based)
    if (stmt === 'lst += [k]') lines.push('    del lst[-1]'); // keep the length
  }
  lines.push('    lst[k % 6] = -k'); // the site, at least once
  lines.push(`    after${lines.length} = list(lst)`);
  for (let s = 0; s < 3; s++) lines.push(MUTATIONS[Math.floor(r() * MUTATIONS.length)].replace(/\bk\b/g, '99'));
  return `${lines.join('\n')}\n`;
}

describe("a list's snapshot at a site that re-binds it", () => {
  it('is the list at the last execution of that site, however the list changed around it', () => {
    // each mutation alone between two runs of the site (the one-write path would miss it), then random mixes
    const programs = [...MUTATIONS.map((m, i) => program(i, [m])), ...Array.from({ length: 80 }, (_, i) => program(1000 + i))];
    for (const src of programs) {
      const r = runSource(src, { filename: 'x.py' });
      expect(r.exitCode, `${src}\n${r.stderr}`).toBe(0);
      const entries = r.log.entries();
      let checked = 0;
      for (const site of entries.filter((b) => b.name === 'lst')) {
        const after = entries.find((b) => b.name === `after${site.line}`);
        if (after === undefined) continue; // not in the loop
        expect((site.value as PyList).items, `line ${site.line} of\n${src}`).toEqual((after.value as PyList).items);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    }
  });
});
