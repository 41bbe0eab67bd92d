// tree-sitter parses a lone starred call in a display (`{*range(3)}`) as a call of `*range`;
// lowering turns it back into the star of the call. Expected output from CPython 3.11.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(loadPython);

describe('starred calls in displays', () => {
  it('unpack like CPython', () => {
    const src = 'a = [*range(3)]\nb = {*range(3)}\nc = (*range(2),)\nd = {*range(2), 7}\nprint(a, b, c, d, [*"ab"], {*"a"})\n';
    const r = runSource(src, { filename: 'star.py' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("[0, 1, 2] {0, 1, 2} (0, 1) {0, 1, 7} ['a', 'b'] {'a'}\n");
  });
});
