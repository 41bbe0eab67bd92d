// Seeded mutation of corpus programs into broken or odd variants for the fuzz test.

/** mulberry32: a small, fast 32-bit PRNG; the same seed always gives the same stream. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
}

/** Tokens (and a few token-like fragments) that insertion scatters into programs. */
export const PYTHON_TOKENS: readonly string[] = [
  'def', 'class', 'return', 'yield', 'yield from', 'lambda', 'if', 'elif', 'else', 'for', 'while',
  'in', 'not', 'and', 'or', 'is', 'None', 'True', 'False', 'try:', 'except', 'finally:', 'raise',
  'with', 'as', 'import', 'from', 'global', 'nonlocal', 'del', 'pass', 'break', 'continue', 'assert',
  'async', 'await', 'match', 'case', '(', ')', '[', ']', '{', '}', ':', ',', '.', ';', '=', '==',
  '+', '-', '*', '/', '//', '%', '**', '@', '+=', '-=', '*=', '/=', '//=', '**=', '@=', '<', '>',
  '<=', '>=', '!=', '~', '&', '|', '^', '<<', '>>', ':=', '->', '...', '\\', '#', '"', "'", '"""',
  'f"{', "f'{x:", '0', '1', '-1', '0.0', '1e308', '1e-5', '2**53', '10**9', '0x', '1_000', 'x',
  'self', 'np', 'np.newaxis', 'print', 'len', 'range', '*args', '**kwargs', '*', 'super()', '\n',
  '\t', '    ', '\n    ', '\n        ', 'while True:', 'import os', 'np.einsum', 'return NotImplemented',
];

export type MutationKind = 'delete-line' | 'duplicate-line' | 'swap-lines' | 'truncate-mid-token' | 'insert-token';

export interface Mutant {
  /** Where it came from, e.g. "test/python/lang/slices.py". */
  origin: string;
  index: number;
  mutations: string[];
  source: string;
}

const KINDS: readonly MutationKind[] = [
  'delete-line', 'duplicate-line', 'swap-lines', 'truncate-mid-token', 'insert-token',
];

const WORD_CHAR = /[A-Za-z0-9_.]/;

/** Applies one mutation of the given kind; returns the new source and a description. */
export function mutate(source: string, kind: MutationKind, rng: Prng): { source: string; description: string } {
  const lines = source.split('\n');
  switch (kind) {
    case 'delete-line': {
      const i = rng.below(lines.length);
      lines.splice(i, 1);
      return { source: lines.join('\n'), description: `deleted line ${i + 1}` };
    }
    case 'duplicate-line': {
      const i = rng.below(lines.length);
      lines.splice(i, 0, lines[i]);
      return { source: lines.join('\n'), description: `duplicated line ${i + 1}` };
    }
    case 'swap-lines': {
      const i = rng.below(lines.length);
      const j = rng.below(lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return { source: lines.join('\n'), description: `swapped lines ${i + 1} and ${j + 1}` };
    }
    case 'truncate-mid-token': {
      const inside: number[] = [];
      for (let k = 1; k < source.length; k++) {
        const a = source[k - 1];
        const b = source[k];
        // Between two characters of one word/number, or just inside a string/bracket/operator.
        if ((WORD_CHAR.test(a) && WORD_CHAR.test(b)) || '"\'([{'.includes(a) || (a === '*' && b === '*')) {
          inside.push(k);
        }
      }
      const at = inside.length > 0 ? rng.pick(inside) : rng.below(source.length + 1);
      return { source: source.slice(0, at), description: `truncated at offset ${at}` };
    }
    case 'insert-token': {
      const i = rng.below(lines.length);
      const col = rng.below(lines[i].length + 1);
      const token = rng.pick(PYTHON_TOKENS);
      const spaced = rng.below(2) === 0 ? token : ` ${token} `;
      lines[i] = lines[i].slice(0, col) + spaced + lines[i].slice(col);
      return { source: lines.join('\n'), description: `inserted ${JSON.stringify(spaced)} at ${i + 1}:${col}` };
    }
  }
}

/** `count` mutants of the given programs (1-3 mutations each), the same for the same seed. */
export function makeMutants(
  programs: readonly { filename: string; source: string }[],
  count: number,
  seed: number,
): Mutant[] {
  const rng = new Prng(seed);
  const mutants: Mutant[] = [];
  for (let index = 0; index < count; index++) {
    const program = programs[rng.below(programs.length)];
    let source = program.source;
    const mutations: string[] = [];
    const rounds = 1 + rng.below(3);
    for (let r = 0; r < rounds; r++) {
      const kind = rng.pick(KINDS);
      const result = mutate(source, kind, rng);
      source = result.source;
      mutations.push(`${kind}: ${result.description}`);
    }
    mutants.push({ origin: program.filename, index, mutations, source });
  }
  return mutants;
}
