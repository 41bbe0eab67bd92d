// np.random.RandomState where the differential corpus cannot look: its repr (an address), and
// numpy's methods gradlens does not have (get_state/set_state need uint32 arrays), which stop the
// run as unsupported rather than as an AttributeError numpy would not raise; so does copying a
// subclass's instance (numpy's copy of one is a plain RandomState, not the subclass).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});

const run = (body: string) => runSource(`import numpy as np\n${body}\n`, { filename: 'r.py' });

describe('np.random.RandomState', () => {
  it("reprs as numpy's 'RandomState(MT19937) at 0x...'", () => {
    const r = run('rng = np.random.RandomState()\nprint(repr(rng))\nprint(repr(np.random.RandomState(1)))');
    expect(r.exitCode, r.stderr).toBe(0);
    for (const line of r.stdout.trimEnd().split('\n')) expect(line).toMatch(/^RandomState\(MT19937\) at 0x[0-9A-F]+$/);
  });

  it('stops at the methods it lacks, as unsupported', () => {
    for (const name of ['get_state', 'set_state', 'beta', 'poisson']) {
      const r = run(`rng = np.random.RandomState(0)\nx = rng.${name}`);
      expect(r.error).toMatchObject({ kind: 'unsupported', message: `numpy.random.RandomState.${name} is not supported by gradlens yet` });
    }
    const copied = run('import copy\nclass R(np.random.RandomState):\n    pass\nr = copy.deepcopy(R(0))');
    expect(copied.error).toMatchObject({ kind: 'unsupported', message: 'copying a subclass of numpy.random.RandomState is not supported by gradlens yet' });
    for (const name of ['get_state', 'set_state', 'mtrand']) {
      const r = run(`x = np.random.${name}`);
      expect(r.error).toMatchObject({ kind: 'unsupported', message: `numpy.random.${name} is not supported by gradlens yet` });
    }
  });
});
