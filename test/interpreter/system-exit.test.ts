// An uncaught SystemExit (sys.exit, exit(), raise SystemExit) ends a run as `python FILE` ends:
// no traceback; None or 0 is success, another int a failure, anything else printed to stderr.
// What ran before stays: stdout and the bindings log.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});

const run = (src: string) => runSource(src, { filename: 'x.py' });

describe('SystemExit', () => {
  it('sys.exit(message): the message on stderr, exit 1, the error at the exit call', () => {
    const r = run("import sys\nx = 2.0\nprint('before')\nsys.exit(f'bad shape {(3, 4)}')\nprint('after')\n");
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe('bad shape (3, 4)\n');
    expect(r.exitCode).toBe(1);
    expect(r.error?.pyType).toBe('SystemExit');
    expect(r.error?.span.line).toBe(4);
    expect(r.log.last('x')?.value).toBeDefined();
  });

  it('exit(), sys.exit(0), sys.exit(None), raise SystemExit: success without a traceback', () => {
    for (const stop of ['exit()', 'quit()', 'import sys; sys.exit(0)', 'import sys; sys.exit(None)', 'raise SystemExit', 'raise SystemExit(False)']) {
      const r = run(`print(1)\n${stop}\nprint(2)\n`);
      expect(r, stop).toMatchObject({ stdout: '1\n', stderr: '', exitCode: 0 });
      expect(r.error, stop).toBeUndefined();
    }
  });

  it('a non-zero int: failure, nothing on stderr', () => {
    for (const stop of ['exit(2)', 'import sys; sys.exit(3)', 'raise SystemExit(1)']) {
      const r = run(`print(1)\n${stop}\n`);
      expect(r, stop).toMatchObject({ stdout: '1\n', stderr: '', exitCode: 1 });
      expect(r.error?.pyType, stop).toBe('SystemExit');
    }
  });

  it('what the program wrote to sys.stderr comes first', () => {
    const r = run("import sys\nsys.stderr.write('warning: slow\\n')\nsys.exit('stopped')\n");
    expect(r.stderr).toBe('warning: slow\nstopped\n');
  });

  it('caught like any exception, with its code', () => {
    const r = run("try:\n    exit(5)\nexcept SystemExit as e:\n    print('caught', e.code)\nprint('on')\n");
    expect(r).toMatchObject({ stdout: 'caught 5\non\n', exitCode: 0 });
  });
});
