// The bindings log refills a site's own list snapshot in place when the site rebinds a list
// (`x[i] = v` in a loop): the stored value must still be the list as it was at the site's last
// execution, and snapshots already handed out must never change afterwards.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../src/python/ir';
import { loadPython, runSource } from '../../src/python/run';
import { PyList } from '../../src/python/runtime/collections';
import { BindingsLog } from '../../src/python/trace';

beforeAll(async () => {
  await loadPython();
});

const run = (src: string) => runSource(src, { filename: 'x.py' });
const items = (v: unknown): unknown[] => (v as PyList).items;
const span = (line: number, col: number): Span => ({ line, col, endLine: line, endCol: col + 1 });

describe('list snapshots of a rebinding site', () => {
  it('keep the list as it was at the last execution of the site, not as it ended', () => {
    const r = run('xs = [0, 0, 0]\nfor i in range(3):\n    xs[i] = i + 1\nxs.append(9)\nxs[0] = 7\nxs.pop()\nxs.pop()\n');
    const loopSite = r.log.entries().find((b) => b.name === 'xs' && b.line === 3)!;
    expect(loopSite.count).toBe(3);
    expect(items(loopSite.value)).toEqual([1, 2, 3]);
    const laterSite = r.log.entries().find((b) => b.name === 'xs' && b.line === 5)!;
    expect(items(laterSite.value)).toEqual([7, 2, 3, 9]);
    expect(items(laterSite.live)).toEqual([7, 2]);
  });

  it('follow a list that changes length and identity between executions of the site', () => {
    const r = run('out = []\nfor n in range(1, 4):\n    row = [0] * n\n    row[0] = n\n    out.append(row)\nrow.append(5)\n');
    const site = r.log.entries().find((b) => b.name === 'row' && b.line === 4)!;
    expect(items(site.value)).toEqual([3, 0, 0]);
    expect(site.value).not.toBe(site.live);
  });

  it('never change a snapshot after it was handed out', () => {
    const log = new BindingsLog();
    const s = span(1, 0);
    const xs = new PyList([1, 2]);
    log.bind('<module>', 'xs', s, 1, xs);
    const first = log.last('xs')!.value;
    xs.items[0] = 5;
    log.bind('<module>', 'xs', s, 1, xs);
    expect(items(first)).toEqual([1, 2]);
    expect(items(log.last('xs')!.value)).toEqual([5, 2]);
    const handed = log.entries()[0].value;
    xs.items.push(6);
    log.bind('<module>', 'xs', s, 1, xs);
    expect(items(handed)).toEqual([5, 2]);
    expect(items(log.entries()[0].value)).toEqual([5, 2, 6]);
  });

  it('take a fresh copy when the site binds something other than a plain list in between', () => {
    const log = new BindingsLog();
    const s = span(2, 4);
    const xs = new PyList([1]);
    log.bind('f', 'v', s, 1, xs);
    log.bind('f', 'v', s, 1, 3);
    xs.items[0] = 2;
    log.bind('f', 'v', s, 1, xs);
    xs.items[0] = 4;
    expect(items(log.last('v')!.value)).toEqual([2]);
  });
});
