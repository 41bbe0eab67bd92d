// numpy's legacy RandomState, compared bit for bit with streams recorded by scripts/random-cases.py.
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/random-legacy.json';
import { RandomState, type IntDType, type LegacySeed } from '../../src/python/random';
import { bits, decode, nums, outcome, ulpDistance, type Decoded, type Encoded, type RecordedCall } from './fixture';

function asLegacySeed(v: Decoded): LegacySeed {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'number' || typeof x === 'bigint' ? x : NaN));
  throw new Error(`not a legacy seed: ${String(v)}`);
}

const big = (v: Decoded): bigint => BigInt(v as number | bigint);

function perform(rs: RandomState, call: RecordedCall): Decoded | undefined {
  const a = call.a.map(decode);
  const p = call.k.p ? nums(call.k.p) : null;
  const replace = call.k.replace === undefined ? true : decode(call.k.replace) === true;
  const n = (i: number) => a[i] as number;
  switch (call.m) {
    case 'randomSample':
      return [...rs.randomSample(n(0))];
    case 'standardNormal':
      return [...rs.standardNormal(n(0))];
    case 'normal':
      return [...rs.normal(n(0), n(1), n(2))];
    case 'uniform':
      return [...rs.uniform(n(0), n(1), n(2))];
    case 'randint':
      return [...rs.randint(n(0), a[1] === null ? null : n(1), n(2), (a[3] as IntDType | undefined) ?? 'int64')];
    case 'randintBig':
      return [...rs.randintBig(big(a[0]), a[1] === null ? null : big(a[1]), n(2))];
    case 'choice':
      return [...rs.choice(n(0), n(1), { replace, p })];
    case 'permutation':
      return [...rs.permutation(n(0))];
    case 'shuffle':
    case 'shuffleRows': {
      const items = Array.from({ length: n(0) }, (_, i) => i);
      rs.shuffle(items);
      return items;
    }
    case 'seed':
      rs.seed(asLegacySeed(a[0]));
      return null;
    default:
      throw new Error(`no such recorded method: ${call.m}`);
  }
}

function comparable(v: Decoded | undefined): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? v : bits(v);
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  if (Array.isArray(v)) return v.map(comparable);
  return v;
}

type Case = { seed: Encoded; calls: RecordedCall[] };
const cases = fixture.cases as unknown as Case[];

/** The calls whose values go through Math.log (legacy_gauss); the rest must match exactly. */
const GAUSSIAN = new Set(['standardNormal', 'normal']);

describe('RandomState reproduces numpy 2.x legacy np.random', () => {
  for (const testCase of cases) {
    const seed = asLegacySeed(decode(testCase.seed));
    const label = Array.isArray(seed) ? `[${seed.slice(0, 3).join(', ')}${seed.length > 3 ? ', ...' : ''}]` : String(seed);
    it(`seed ${label}: integer, uniform and sampling draws bit for bit; gaussians stay in step`, () => {
      const rs = new RandomState(seed);
      testCase.calls.forEach((call, index) => {
        const got = outcome(() => perform(rs, call));
        const where = `call #${index} ${call.m}(${JSON.stringify(call.a)} ${JSON.stringify(call.k)})`;
        if (call.error) {
          expect('error' in got ? got.error : got, where).toEqual(call.error);
        } else if (!GAUSSIAN.has(call.m)) {
          expect('r' in got ? comparable(got.r) : got, where).toEqual(comparable(decode(call.r as Encoded)));
        } else {
          // Gaussians go through log: ours is correctly rounded, glibc's almost always is.
          const want = nums(call.r as Encoded);
          const have = 'r' in got ? (got.r as number[]) : [];
          expect(have.length, where).toBe(want.length);
          want.forEach((w, i) => expect(ulpDistance(w, have[i]), where).toBeLessThanOrEqual(2));
        }
      });
    });
  }

  it('refuses bad seeds with numpy error texts', () => {
    for (const entry of fixture.seedErrors as unknown as { seed: Encoded; error?: [string, string] }[]) {
      const got = outcome(() => new RandomState(asLegacySeed(decode(entry.seed))));
      expect('error' in got ? got.error : 'no error', JSON.stringify(entry.seed)).toEqual(entry.error);
    }
  });

  it('randn over 5000 draws: at most 2 ulp apart, bit for bit in at least 99.5%', () => {
    const want = nums(fixture.bulkRandn as Encoded);
    const have = new RandomState(2024).standardNormal(want.length);
    const distances = want.map((w, i) => ulpDistance(w, have[i]));
    expect(Math.max(...distances)).toBeLessThanOrEqual(2);
    expect(distances.filter((d) => d > 0).length).toBeLessThanOrEqual(want.length * 0.005);
  });

  it('permutation(70000) matches: head and a position-weighted checksum', () => {
    const rs = new RandomState(2024);
    rs.standardNormal(5000);
    const perm = rs.permutation(70000);
    expect([...perm.slice(0, 50)]).toEqual(nums(fixture.bigPermutationHead as Encoded));
    const checksum = perm.reduce((sum, v, i) => sum + BigInt(v) * BigInt(i), 0n);
    expect(checksum).toBe(BigInt((fixture.bigPermutationSum as { i: string }).i));
  });
});

describe('np.random module-level functions after np.random.seed(0)', () => {
  it('rand(3), randn(3), randint(0, 100, 5) share one stream', () => {
    const [rand, randn, randint] = (fixture.moduleLevelSeed0 as unknown as Encoded[]).map(nums);
    const rs = new RandomState(0);
    expect([...rs.randomSample(3)].map(bits)).toEqual(rand.map(bits));
    const normals = rs.standardNormal(3);
    expect([...normals].map(bits)).toEqual(randn.map(bits));
    expect([...rs.randint(0, 100, 5)]).toEqual(randint);
  });
});
