// The differential corpus: every test/python/<area>/<name>.py with the output CPython 3.11 +
// numpy 2.x gave for it (<name>.expected.json, written by scripts/python-expected.py).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ExpectedRun {
  stdout: string;
  exitCode: 0 | 1;
  /** Last line of CPython's stderr (e.g. "ZeroDivisionError: division by zero"), only when exitCode is 1. */
  stderrLast?: string;
}

export interface CorpusProgram {
  /** Area folder, e.g. "numpy_index". */
  area: string;
  /** File name without ".py". */
  name: string;
  /** Repository-relative path with forward slashes, e.g. "test/python/lang/slices.py": the filename CPython saw. */
  filename: string;
  source: string;
  /** Undefined when the program has no committed expectation yet. */
  expected: ExpectedRun | undefined;
}

export const CORPUS_DIR = join(__dirname);

/** The first line of a file that programs of its folder import (`import geometry`): not a program.
 *  Files in folders below an area (packages such as `netlib/`) are never programs. */
export const MODULE_MARK = '# corpus-module:';

function readExpected(path: string): ExpectedRun | undefined {
  if (!existsSync(path)) return undefined;
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof raw !== 'object' || raw === null) throw new Error(`${path}: not a JSON object`);
  const record = raw as Record<string, unknown>;
  const { stdout, exitCode, stderrLast } = record;
  if (typeof stdout !== 'string') throw new Error(`${path}: "stdout" is not a string`);
  if (exitCode !== 0 && exitCode !== 1) throw new Error(`${path}: "exitCode" is not 0 or 1`);
  if (exitCode === 1) {
    if (typeof stderrLast !== 'string') throw new Error(`${path}: exit 1 without "stderrLast"`);
    return { stdout, exitCode, stderrLast };
  }
  return { stdout, exitCode };
}

/** All corpus programs, sorted by area then name. */
export function loadCorpus(): CorpusProgram[] {
  const programs: CorpusProgram[] = [];
  const areas = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const area of areas) {
    const files = readdirSync(join(CORPUS_DIR, area))
      .filter((file) => file.endsWith('.py'))
      .sort();
    for (const file of files) {
      const name = file.slice(0, -'.py'.length);
      const source = readFileSync(join(CORPUS_DIR, area, file), 'utf8');
      if (source.startsWith(MODULE_MARK)) continue; // a module the folder's programs import
      programs.push({
        area,
        name,
        filename: `test/python/${area}/${file}`,
        source,
        expected: readExpected(join(CORPUS_DIR, area, `${name}.expected.json`)),
      });
    }
  }
  return programs;
}

/** The last line of a stderr text, ignoring the final newline ("" for an empty stderr). */
export function lastStderrLine(stderr: string): string {
  const lines = stderr.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length > 0 ? lines[lines.length - 1] : '';
}
