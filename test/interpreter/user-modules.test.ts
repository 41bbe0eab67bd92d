// Imports of the user's own modules (src/python/modules/user-modules.ts), from files given as a map:
// what the differential programs of test/python/modules/ cannot show (full tracebacks, spans, the
// bindings log, gradlens stops inside a module, shadowing, one run's state not leaking into the next).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';
import type { ModuleFiles } from '../../src/python/runtime/module-files';
import type { NDArray } from '../../src/python/modules/numpy/ndarray';

beforeAll(async () => {
  await loadPython();
});

/** Files under `proj/` (paths relative to it); directories are implied by the paths. */
function filesOf(files: Record<string, string>): ModuleFiles {
  const texts = new Map(Object.entries(files).map(([p, t]) => [`proj/${p}`, t]));
  const dirs = new Set<string>();
  for (const p of texts.keys()) for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i));
  return { readText: (p) => texts.get(p) ?? null, isDirectory: (p) => dirs.has(p) };
}

function run(main: string, files: Record<string, string>) {
  return runSource(main, { filename: 'proj/main.py', moduleFiles: filesOf(files) });
}

const LAYERS = ['import numpy as np', '', 'def forward(x, w):', '    h = x @ w', '    return np.maximum(h, 0)', '', 'def fails(x):', '    return x.nope', ''].join('\n');

describe("the user's own modules", () => {
  it("shows an error's traceback through the module's frames, quoting its lines, and points the error at the user's line", () => {
    const r = run(['import layers', '', 'layers.fails(3)', ''].join('\n'), { 'layers.py': LAYERS });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      [
        'Traceback (most recent call last):',
        '  File "proj/main.py", line 3, in <module>',
        '    layers.fails(3)',
        '  File "proj/layers.py", line 8, in fails',
        '    return x.nope',
        "AttributeError: 'int' object has no attribute 'nope'",
        '',
      ].join('\n'),
    );
    expect(r.error?.span.line).toBe(3);
  });

  it('stops at something unsupported inside a module with a traceback to it, the diagnostic on the importing line', () => {
    const r = run(['x = 1', 'from ops import mix', 'print(mix(2))', ''].join('\n'), {
      'ops.py': ['import numpy as np', '', 'def mix(a):', "    return np.convolve(a, a)", ''].join('\n'),
    });
    expect(r.exitCode).toBe(1);
    expect(r.error?.kind).toBe('unsupported');
    expect(r.error?.span.line).toBe(3);
    expect(r.stderr).toBe(
      [
        'Traceback (most recent call last):',
        '  File "proj/main.py", line 3, in <module>',
        '    print(mix(2))',
        '  File "proj/ops.py", line 4, in mix',
        "    return np.convolve(a, a)",
        'NotImplementedError: numpy.convolve is not supported by gradlens yet',
        '',
      ].join('\n'),
    );
  });

  it("prints a SyntaxError of an imported file as CPython does: the import's frame, then the file's line and caret", () => {
    const r = run(['import broken', ''].join('\n'), { 'broken.py': ['def ok():', '    return 1', 'def bad(x)', '    return x', ''].join('\n') });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      [
        'Traceback (most recent call last):',
        '  File "proj/main.py", line 1, in <module>',
        '    import broken',
        '  File "proj/broken.py", line 3',
        '    def bad(x)',
        '              ^',
        "SyntaxError: expected ':'",
        '',
      ].join('\n'),
    );
    expect(r.error?.span.line).toBe(1);
  });

  it("does not log the module's assignments as bindings of the user's file, while its values reach the user's", () => {
    const r = run(['import numpy as np', 'from layers import forward', 'out = forward(np.ones((1, 2)), np.ones((2, 2)))', 'print(out)', ''].join('\n'), { 'layers.py': LAYERS });
    expect(r.stdout).toBe('[[2. 2.]]\n');
    expect(r.log.entries().map((b) => `${b.name}@${b.line}`)).toEqual(['np@1', 'forward@2', 'out@3']);
    expect(r.imports).toEqual(['proj/layers.py']);
  });

  it("gives the tensors a module's code makes the place of the user's call into it", () => {
    const r = run(['import numpy as np', 'import layers', 'x = np.ones((1, 2))', 'out = layers.forward(x, np.ones((2, 2)))', ''].join('\n'), { 'layers.py': LAYERS });
    expect(r.exitCode).toBe(0);
    const out = r.log.last('out', '<module>')!.live as NDArray; // np.maximum(h, 0) in layers.py
    expect(r.spans[out.tensor.origin]).toMatchObject({ line: 4, col: 6 });
    const h = out.tensor.node!.inputs[0]; // x @ w in layers.py
    expect(r.spans[h.origin].line).toBe(4);
  });

  it('lets a file beside the script shadow a module gradlens provides, except the ones CPython has built in', () => {
    const r = run(['import random, sys', 'print(random.seed, sys.maxsize)', ''].join('\n'), {
      'random.py': 'seed = "the local random.py"\n',
      'sys.py': 'maxsize = "the local sys.py"\n',
    });
    expect(r.stdout).toBe('the local random.py 9223372036854775807\n');
  });

  it('runs a module once per run, afresh in every run', () => {
    const files = { 'counter.py': 'print("loading counter")\nhits = []\n' };
    const main = ['import counter', 'import counter as again', 'counter.hits.append(1)', 'print(again.hits)', ''].join('\n');
    expect(run(main, files).stdout).toBe('loading counter\n[1]\n');
    expect(run(main, files).stdout).toBe('loading counter\n[1]\n');
  });

  it("lets the program catch the ImportError of a module it has nowhere (as CPython without it), and stops as unsupported when uncaught", () => {
    const caught = run(['try:', '    from tqdm import tqdm', 'except ImportError as e:', '    print(type(e).__name__, e)', '    tqdm = list', 'print(tqdm(range(2)))', ''].join('\n'), {});
    expect(caught.stdout).toBe("ModuleNotFoundError No module named 'tqdm'\n[0, 1]\n");
    expect(caught.exitCode).toBe(0);
    const uncaught = run(['x = 1', 'import tqdm', ''].join('\n'), {});
    expect(uncaught.error).toMatchObject({ kind: 'unsupported', message: "module 'tqdm' is not supported by gradlens yet" });
    expect(uncaught.error?.span.line).toBe(2);
    expect(uncaught.stderr).toBe(['Traceback (most recent call last):', '  File "proj/main.py", line 2, in <module>', '    import tqdm', "NotImplementedError: module 'tqdm' is not supported by gradlens yet", ''].join('\n'));
  });

  it('stops at a module it cannot read when the run has no files to import from (a text with no folder)', () => {
    const r = runSource('import layers\n', { filename: 'untitled.py' });
    expect(r.error?.kind).toBe('unsupported');
    expect(r.error?.message).toBe("module 'layers' is not supported by gradlens yet");
  });
});
