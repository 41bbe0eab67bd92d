// `statistics`: its Python body (stdlib/statistics-source.ts) over the native exact arithmetic
// CPython's module does with fractions - every value as an exact ratio, sums and sums of squared
// deviations without rounding, one correct rounding at the end (a float, or an int when the
// data are ints and the result is whole; stdev's square root rounded once too).
import { Tensor } from '../../engine';
import { tuple } from '../runtime/collections';
import { OverflowError, Unsupported, pyErr, typeError } from '../runtime/errors';
import { floatRatio, ratioToFloat, sqrtRatioToFloat } from '../runtime/exact-ratio';
import { toArray } from '../runtime/iter';
import { builtinFunction } from '../runtime/native';
import { None, PyNumberObject, PyValue, pyFloat, typeName } from '../runtime/object';
import { binaryOp, normBig } from '../runtime/operators';
import { registerPythonModule } from './python-source';
import { registerModule } from './registry';
import { STATISTICS_SOURCE } from './stdlib/statistics-source';

/** A value's exact ratio, or the value itself (a float) when it is an infinity or a NaN. */
type Ratio = { num: bigint; den: bigint } | { nonFinite: PyValue };

function exactRatio(v: PyValue): Ratio {
  if (typeof v === 'number' || typeof v === 'bigint') return { num: BigInt(v), den: 1n };
  if (typeof v === 'boolean') return { num: v ? 1n : 0n, den: 1n };
  let x: number | null = null;
  if (v instanceof Tensor && v.ndim === 0) x = v.item();
  else if (v instanceof PyNumberObject) {
    if (v.numberKind !== 'float') return { num: BigInt(v.numberValue), den: 1n };
    x = v.numberValue;
  }
  if (x === null) throw typeError(`can't convert type '${typeName(v)}' to numerator/denominator`);
  if (!Number.isFinite(x)) return { nonFinite: v };
  const [num, den] = floatRatio(x);
  return { num, den };
}

function toBig(v: PyValue): bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return BigInt(v);
  throw new Error(`statistics: an exact part is not an int (${typeName(v)})`);
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Sums exact ratios (a fraction kept in lowest terms); non-finite values are added as floats,
 *  starting from 0, as CPython's partial sums are. */
class ExactSum {
  num = 0n;
  den = 1n;
  nonFinite: PyValue | null = null;
  add(r: Ratio): void {
    if ('nonFinite' in r) {
      this.nonFinite = binaryOp('+', this.nonFinite ?? 0, r.nonFinite);
      return;
    }
    const num = this.num * r.den + r.num * this.den;
    const den = this.den * r.den;
    const g = gcd(num, den);
    this.num = num / g;
    this.den = den / g;
  }
  /** (numerator, denominator) as Python ints, or (the non-finite float sum, None). */
  result(): PyValue {
    if (this.nonFinite !== null) return tuple([this.nonFinite, None]);
    return tuple([normBig(this.num), normBig(this.den)]);
  }
}

registerModule('_gradlens_statistics', (m) => {
  m.dict!.set('exact_sum', builtinFunction('exact_sum', 'data, /', ([data]) => {
    const sum = new ExactSum();
    for (const v of toArray(data!)) sum.add(exactRatio(v));
    return sum.result();
  }));
  // the sum of squared deviations from the exact mean: (n * sum(x*x) - sum(x)**2) / n
  m.dict!.set('exact_ss', builtinFunction('exact_ss', 'data, /', ([data]) => {
    const sx = new ExactSum();
    const sxx = new ExactSum();
    const values = toArray(data!);
    for (const v of values) {
      const r = exactRatio(v);
      sx.add(r);
      if (!('nonFinite' in r)) sxx.add({ num: r.num * r.num, den: r.den * r.den });
    }
    if (sx.nonFinite !== null) return sx.result();
    const n = BigInt(values.length);
    if (n === 0n) return tuple([0, 1]);
    const num = n * sxx.num * sx.den * sx.den - sx.num * sx.num * sxx.den;
    const den = n * sxx.den * sx.den * sx.den;
    const g = gcd(num, den);
    return tuple([normBig(num / g), normBig(den / g)]);
  }));
  // num / (den * divisor): an int when `integral` and whole, else the correctly rounded float
  m.dict!.set('convert', builtinFunction('convert', 'num, den, divisor, integral, /', ([num, den, divisor, integral]) => {
    const n = toBig(num!);
    const d = toBig(den!) * toBig(divisor!);
    if (integral === true && n % d === 0n) return normBig(n / d);
    const x = ratioToFloat(n, d);
    if (!Number.isFinite(x)) throw pyErr(OverflowError, 'integer division result too large for a float');
    return pyFloat(x);
  }));
  m.dict!.set('unsupported', builtinFunction('unsupported', 'what, /', ([what]) => {
    throw new Unsupported(String(what));
  }));
  m.dict!.set('sqrt', builtinFunction('sqrt', 'num, den, divisor, /', ([num, den, divisor]) =>
    pyFloat(sqrtRatioToFloat(toBig(num!), toBig(den!) * toBig(divisor!))),
  ));
});

registerPythonModule({ name: 'statistics', filename: 'statistics.py', partial: true, source: STATISTICS_SOURCE });
