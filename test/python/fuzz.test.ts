// Seeded fuzz: the corpus mutated (lines deleted, duplicated, swapped, truncated mid-token, random
// tokens inserted) into GRADLENS_FUZZ_COUNT programs (default 5000). Every run must end in a
// RunResult with exit code 0, 1 or 3 - never a thrown JavaScript exception, and never JavaScript's
// own error text leaking into what the user sees. GRADLENS_FUZZ_SEED changes the mutants.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';
import { loadCorpus } from './corpus';
import { type Mutant, makeMutants } from './mutate';

const COUNT = Number.parseInt(process.env.GRADLENS_FUZZ_COUNT ?? '5000', 10);
const SEED = Number.parseInt(process.env.GRADLENS_FUZZ_SEED ?? '20240611', 10);
const CHUNK = 100;
const BUDGETS = { maxSteps: 200_000, maxSeconds: 2 };

/** Text that only JavaScript (never CPython) writes. */
const JS_ERROR_TEXT: readonly RegExp[] = [
  /Cannot read propert/,
  /Cannot set propert/,
  /is not a function/,
  /is not a constructor/,
  /(undefined|null) is not/,
  /Maximum call stack size exceeded/,
  /\bReferenceError\b/,
  /\bRangeError\b/,
  /\bundefined\b/,
  /\bNaN\b(?! to integer)/, // CPython itself says 'cannot convert float NaN to integer'
  /\[object \w+\]/,
  /^\s+at .*[(\s][^\s()]+\.[cm]?[jt]s:\d+:\d+\)?$/m,
];

function problemWith(mutant: Mutant): string | undefined {
  let result: unknown;
  try {
    result = runSource(mutant.source, { filename: mutant.origin, ...BUDGETS });
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return `runSource threw: ${text.split('\n').slice(0, 6).join('\n')}`;
  }
  if (typeof result !== 'object' || result === null) return `runSource returned ${String(result)}`;
  const { stdout, stderr, exitCode } = result as { stdout?: unknown; stderr?: unknown; exitCode?: unknown };
  if (typeof stdout !== 'string' || typeof stderr !== 'string') return 'stdout/stderr are not strings';
  if (exitCode !== 0 && exitCode !== 1 && exitCode !== 3) return `exit code ${String(exitCode)}`;
  if (exitCode === 1 && stderr.trim() === '') return 'exit code 1 with an empty stderr';
  const leaked = JS_ERROR_TEXT.find((pattern) => pattern.test(stderr));
  if (leaked) return `JavaScript error text in stderr (${leaked}):\n${stderr}`;
  return undefined;
}

function describeFailure(mutant: Mutant, problem: string): string {
  return [
    `mutant #${mutant.index} of ${mutant.origin} (seed ${SEED}): ${mutant.mutations.join('; ')}`,
    problem,
    '--- source ---',
    mutant.source,
    '--------------',
  ].join('\n');
}

describe(`fuzz: ${COUNT} mutated corpus programs (seed ${SEED})`, () => {
  const mutants = makeMutants(loadCorpus(), COUNT, SEED);

  beforeAll(async () => {
    await loadPython();
  });

  for (let start = 0; start < mutants.length; start += CHUNK) {
    const chunk = mutants.slice(start, start + CHUNK);
    // Each run is bounded by its own step and time budgets, so the test needs no timeout of its own.
    it(`mutants ${start}-${start + chunk.length - 1} end in a RunResult`, { timeout: 0 }, () => {
      const failures: string[] = [];
      for (const mutant of chunk) {
        const problem = problemWith(mutant);
        if (problem !== undefined) failures.push(describeFailure(mutant, problem));
      }
      expect(failures.length, `${failures.length} failing mutants; the first:\n${failures.slice(0, 3).join('\n\n')}`).toBe(0);
    });
  }
});
