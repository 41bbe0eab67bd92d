// numpy's print options in the interpreter: kept per run (a run starts with numpy's defaults
// whatever the run before set), and the options gradlens does not have stop the run naming them.
// What the options print is the differential corpus's (test/python/numpy_print/printoptions_*.py).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});

describe('numpy print options', () => {
  it('belong to the run: the next run prints with the defaults', () => {
    const first = runSource(
      'import numpy as np\nnp.set_printoptions(precision=2, threshold=3, edgeitems=1, sign="+")\nprint(np.array([1 / 3, 2.0, 3.0, 4.0]))\n',
      { filename: 'a.py' },
    );
    expect(first.stdout).toBe('[+0.33 ... +4.  ]\n'); // numpy 2.4's text
    const second = runSource('import numpy as np\nprint(np.array([1 / 3, 2.0, 3.0, 4.0]))\nprint(np.get_printoptions()["precision"])\n', {
      filename: 'b.py',
    });
    expect(second.stdout).toBe('[0.33333333 2.         3.         4.        ]\n8\n');
  });

  it('leave a run that stopped inside np.printoptions to the run', () => {
    const stopped = runSource('import numpy as np\nwith np.printoptions(precision=1):\n    raise ValueError("x")\n', { filename: 'a.py' });
    expect(stopped.exitCode).toBe(1);
    const next = runSource('import numpy as np\nprint(np.array([1 / 3]))\n', { filename: 'b.py' });
    expect(next.stdout).toBe('[0.33333333]\n');
  });

  it.each([
    ['np.set_printoptions(legacy="1.13")', "numpy.set_printoptions(legacy='1.13') is not supported by gradlens yet"],
    ['np.set_printoptions(formatter={"float": str})', 'numpy.set_printoptions(formatter=...) is not supported by gradlens yet'],
    ['np.set_printoptions(override_repr=repr)', 'numpy.set_printoptions(override_repr=...) is not supported by gradlens yet'],
    ['np.set_printoptions(nanstr=0)', 'numpy.set_printoptions(nanstr=0) is not supported by gradlens yet'],
    ['np.set_printoptions(edgeitems=-1)', 'numpy.set_printoptions(edgeitems=-1) is not supported by gradlens yet'],
    ['with np.printoptions(legacy="2.1"):\n    pass', "numpy.printoptions(legacy='2.1') is not supported by gradlens yet"],
    ['np.array2string(np.zeros(2), formatter={})', 'numpy.array2string(formatter=...) is not supported by gradlens yet'],
    ['np.array2string(np.float64(1.5))', 'numpy.array2string of a numpy scalar is not supported by gradlens yet'],
  ])('%s stops the run as unsupported', (statement, message) => {
    const r = runSource(`import numpy as np\nprint("before")\n${statement}\n`, { filename: 'u.py' });
    expect(r.stdout).toBe('before\n');
    expect(r.error).toMatchObject({ kind: 'unsupported', message });
  });
});
