// The `math` module. Functions of floats go through the engine (recorded on the tape); the ones
// the engine has no op for record their own derivative here.
import * as E from '../../engine';
import { Tensor, record } from '../../engine';
import { PyList, tuple } from '../runtime/collections';
import { OverflowError, pyErr, typeError, valueError } from '../runtime/errors';
import { PyBuiltin, PyModule } from '../runtime/functions';
import { toArray } from '../runtime/iter';
import { toIndex } from '../runtime/native';
import { KwArgs, PyValue, pyFloat, typeName } from '../runtime/object';
import { binaryOp, intResult, normBig } from '../runtime/operators';
import { callMethodIfDefined } from '../runtime/protocols';
import { frexp, isqrt, ldexp, modf, vectorNorm } from './math-float-parts';
import { registerModule, unsupportedAttributes } from './registry';

/** A float argument: floats stay the same tensor (so gradients flow), ints become leaves. */
function floatArg(v: PyValue): Tensor {
  if (v instanceof Tensor) return v;
  if (typeof v === 'number' || typeof v === 'boolean') return pyFloat(+v);
  const f = callMethodIfDefined(v, '__float__', []);
  if (f instanceof Tensor) return f;
  throw typeError(`must be real number, not ${typeName(v)}`);
}

const domain = () => valueError('math domain error');
const range = () => pyErr(OverflowError, 'math range error');

function checked(x: Tensor, out: Tensor): Tensor {
  const y = out.item();
  if (Number.isNaN(y) && !Number.isNaN(x.item())) throw domain();
  if (!Number.isFinite(y) && Number.isFinite(x.item())) throw range();
  return out;
}

/** A scalar op with its derivative, recorded on the tape. */
function scalarOp(name: string, f: (x: number) => number, df: (x: number) => number): (a: Tensor) => Tensor {
  return (a) => {
    const x = a.item();
    const out = new Tensor(f(x), []);
    return record(out, name, [a], (g) => [E.mul(g, new Tensor(df(x), []))]);
  };
}

const log2 = scalarOp('log2', E.libmLog2, (x) => 1 / (x * Math.LN2));
const log10 = scalarOp('log10', Math.log10, (x) => 1 / (x * Math.LN10));
const tan = scalarOp('tan', Math.tan, (x) => 1 / (Math.cos(x) * Math.cos(x)));
const atan = scalarOp('atan', Math.atan, (x) => 1 / (1 + x * x));
const asin = scalarOp('asin', Math.asin, (x) => 1 / Math.sqrt(1 - x * x));
const acos = scalarOp('acos', Math.acos, (x) => -1 / Math.sqrt(1 - x * x));
const sinh = scalarOp('sinh', Math.sinh, Math.cosh);
const cosh = scalarOp('cosh', Math.cosh, Math.sinh);
const erf = scalarOp('erf', erfValue, (x) => (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x));

/** erf by its Taylor series / continued fraction (accurate to a few ulps). */
function erfValue(x: number): number {
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let sum = 0;
    let term = ax;
    for (let n = 0; n < 100; n++) {
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
      term *= (-ax * ax) / (n + 1);
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  // continued fraction for erfc
  let f = 0;
  for (let n = 60; n >= 1; n--) f = n / 2 / (ax + f);
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + f);
  return Math.sign(x) * (1 - erfc);
}

function fn(m: PyModule, name: string, impl: (args: PyValue[], kw: KwArgs | null) => PyValue, nargs: number | [number, number], keywords: string[] = []): void {
  const [lo, hi] = typeof nargs === 'number' ? [nargs, nargs] : nargs;
  m.dict!.set(
    name,
    new PyBuiltin(name, (args, kw) => {
      if (kw !== null) for (const k of kw.keys()) if (!keywords.includes(k)) throw typeError(keywords.length === 0 ? `math.${name}() takes no keyword arguments` : `'${k}' is an invalid keyword argument for ${name}()`);
      if (args.length < lo || args.length > hi) {
        if (lo === hi && lo === 1) throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
        throw typeError(`${name} expected ${lo === hi ? lo : `at least ${lo}`} argument${lo === 1 ? '' : 's'}, got ${args.length}`);
      }
      return impl(args, kw);
    }),
  );
}

function unary(m: PyModule, name: string, op: (a: Tensor) => Tensor, guard?: (x: number) => boolean): void {
  fn(
    m,
    name,
    ([v]) => {
      const a = floatArg(v);
      if (guard !== undefined && !guard(a.item())) throw domain();
      return checked(a, op(a));
    },
    1,
  );
}

function toInt(v: number): number {
  if (Number.isNaN(v)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
  return intResult(v);
}

registerModule('math', (m) => {
  const d = m.dict!;
  d.set('pi', new Tensor(Math.PI, []));
  d.set('e', new Tensor(Math.E, []));
  d.set('tau', new Tensor(2 * Math.PI, []));
  d.set('inf', new Tensor(Infinity, []));
  d.set('nan', new Tensor(NaN, []));
  unary(m, 'sqrt', E.sqrt, (x) => !(x < 0));
  unary(m, 'exp', E.exp);
  unary(m, 'expm1', E.expm1);
  unary(m, 'log1p', E.log1p, (x) => !(x <= -1));
  unary(m, 'tanh', E.tanh);
  unary(m, 'sin', E.sin, (x) => Number.isFinite(x) || Number.isNaN(x));
  unary(m, 'cos', E.cos, (x) => Number.isFinite(x) || Number.isNaN(x));
  unary(m, 'tan', tan, (x) => Number.isFinite(x) || Number.isNaN(x));
  unary(m, 'atan', atan);
  unary(m, 'asin', asin, (x) => !(Math.abs(x) > 1));
  unary(m, 'acos', acos, (x) => !(Math.abs(x) > 1));
  unary(m, 'sinh', sinh);
  unary(m, 'cosh', cosh);
  unary(m, 'erf', erf);
  unary(m, 'fabs', E.abs);
  unary(m, 'log2', log2, (x) => !(x <= 0));
  unary(m, 'log10', log10, (x) => !(x <= 0));
  fn(
    m,
    'log',
    (args) => {
      const a = floatArg(args[0]);
      if (a.item() <= 0) throw domain();
      const l = E.log(a);
      if (args.length === 1) return l;
      const b = floatArg(args[1]);
      if (b.item() <= 0) throw domain();
      const lb = E.log(b);
      if (lb.item() === 0) throw pyErr('ZeroDivisionError', 'float division by zero');
      return E.div(l, lb);
    },
    [1, 2],
  );
  fn(
    m,
    'pow',
    ([x, y]) => {
      const a = floatArg(x);
      const b = floatArg(y);
      if (a.item() === 0 && b.item() < 0) throw domain();
      if (a.item() < 0 && !Number.isInteger(b.item()) && Number.isFinite(b.item())) throw domain();
      return checked(a, E.pow(a, b));
    },
    2,
  );
  fn(
    m,
    'atan2',
    ([y, x]) => {
      const a = floatArg(y);
      const b = floatArg(x);
      const out = new Tensor(Math.atan2(a.item(), b.item()), []);
      const r2 = a.item() * a.item() + b.item() * b.item();
      return record(out, 'atan2', [a, b], (g) => [E.mul(g, new Tensor(b.item() / r2, [])), E.mul(g, new Tensor(-a.item() / r2, []))]);
    },
    2,
  );
  fn(
    m,
    'hypot',
    (args) => {
      // CPython's vector norm (math-float-parts.ts), correctly rounded where sqrt(x*x + y*y) is not
      const ts = args.map(floatArg);
      const xs = ts.map((t) => t.item());
      const out = new Tensor(vectorNorm(xs.map(Math.abs)), []);
      // d hypot / d x_k = x_k / hypot
      const slopes = xs.map((x) => new Tensor(out.item() === 0 ? 0 : x / out.item(), []));
      return record(out, 'hypot', ts, (g) => slopes.map((sl) => E.mul(g, sl)));
    },
    [0, 64],
  );
  fn(m, 'floor', ([v]) => (typeof v === 'number' ? v : typeof v === 'boolean' ? +v : toInt(Math.floor(floatArg(v).item()))), 1);
  fn(m, 'ceil', ([v]) => (typeof v === 'number' ? v : typeof v === 'boolean' ? +v : toInt(Math.ceil(floatArg(v).item()))), 1);
  fn(m, 'trunc', ([v]) => (typeof v === 'number' ? v : toInt(Math.trunc(floatArg(v).item()))), 1);
  fn(m, 'fmod', ([a, b]) => {
    const x = floatArg(a).item();
    const y = floatArg(b).item();
    if (y === 0 || !Number.isFinite(x)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) throw domain();
    }
    return pyFloat(x % y);
  }, 2);
  fn(m, 'isnan', ([v]) => Number.isNaN(floatArg(v).item()), 1);
  fn(m, 'isinf', ([v]) => {
    const x = floatArg(v).item();
    return x === Infinity || x === -Infinity;
  }, 1);
  fn(m, 'isfinite', ([v]) => Number.isFinite(floatArg(v).item()), 1);
  fn(m, 'copysign', ([a, b]) => {
    const x = Math.abs(floatArg(a).item());
    const y = floatArg(b).item();
    return pyFloat(y < 0 || Object.is(y, -0) ? -x : x);
  }, 2);
  fn(m, 'degrees', ([v]) => E.mul(floatArg(v), new Tensor(180 / Math.PI, [])), 1);
  fn(m, 'radians', ([v]) => E.mul(floatArg(v), new Tensor(Math.PI / 180, [])), 1);
  fn(
    m,
    'isclose',
    ([a, b], kw) => {
      const x = floatArg(a).item();
      const y = floatArg(b).item();
      const rel = kw?.has('rel_tol') ? floatArg(kw.get('rel_tol')!).item() : 1e-9;
      const abs = kw?.has('abs_tol') ? floatArg(kw.get('abs_tol')!).item() : 0;
      if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
      if (x === y) return true;
      if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
      const diff = Math.abs(x - y);
      return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    },
    2,
    ['rel_tol', 'abs_tol'],
  );
  fn(
    m,
    'fsum',
    ([it]) => {
      // Shewchuk's exact summation, as CPython's fsum.
      const partials: number[] = [];
      for (const v of toArray(it)) {
        let x = floatArg(v).item();
        let i = 0;
        for (const p0 of partials) {
          let y = p0;
          if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
          const hi = x + y;
          const lo = y - (hi - x);
          if (lo !== 0) partials[i++] = lo;
          x = hi;
        }
        partials.length = i;
        partials.push(x);
      }
      let n = partials.length;
      let hi = 0;
      if (n > 0) {
        hi = partials[--n];
        let lo = 0;
        while (n > 0) {
          const x = hi;
          const y = partials[--n];
          hi = x + y;
          const yr = hi - x;
          lo = y - yr;
          if (lo !== 0) break;
        }
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
          const y = lo * 2;
          const x = hi + y;
          if (y === x - hi) hi = x;
        }
      }
      return pyFloat(hi);
    },
    1,
  );
  fn(m, 'factorial', ([v]) => {
    const n = toIndex(v);
    if (n < 0) throw valueError('factorial() not defined for negative values');
    let r = 1;
    for (let i = 2; i <= n; i++) r = intResult(r * i);
    return r;
  }, 1);
  fn(m, 'gcd', (args) => {
    let g = 0n;
    for (const a of args) {
      const x = typeof a === 'bigint' ? a : BigInt(toIndex(a));
      g = bigGcd(g, x < 0n ? -x : x);
    }
    return normBig(g);
  }, [0, 64]);
  fn(m, 'comb', ([n, k]) => {
    const a = toIndex(n);
    const b = toIndex(k);
    if (a < 0 || b < 0) throw valueError(`${a < 0 ? 'n' : 'k'} must be a non-negative integer`);
    if (b > a) return 0;
    let r = 1;
    for (let i = 1; i <= Math.min(b, a - b); i++) r = intResult((r * (a - i + 1)) / i);
    return r;
  }, 2);
  fn(m, 'perm', ([n, k]) => {
    const a = toIndex(n);
    const b = k === undefined ? a : toIndex(k);
    if (b > a) return 0;
    let r = 1;
    for (let i = 0; i < b; i++) r = intResult(r * (a - i));
    return r;
  }, [1, 2]);
  // the product by Python's own `*` (CPython's PyNumber_Multiply): ints stay exact, a numpy scalar
  // keeps numpy's type (math.prod([np.int64(5), np.float64(0.5)]) is np.float64(2.5))
  fn(m, 'prod', ([it]) => {
    let acc: PyValue = 1;
    for (const v of toArray(it)) acc = binaryOp('*', acc, v);
    return acc;
  }, 1);
  fn(m, 'isqrt', ([v]) => {
    const n = typeof v === 'bigint' ? v : BigInt(toIndex(v));
    if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
    return normBig(isqrt(n));
  }, 1);
  fn(m, 'frexp', ([v]) => {
    const [mant, e] = frexp(floatArg(v).item());
    return tuple([pyFloat(mant), e]);
  }, 1);
  fn(m, 'ldexp', ([v, i]) => {
    const a = floatArg(v);
    if (typeof i !== 'number' && typeof i !== 'bigint' && typeof i !== 'boolean') throw typeError('Expected an int as second argument to ldexp.');
    const exp = BigInt(i);
    const x = a.item();
    const out = new Tensor(ldexp(x, exp), []);
    if (!Number.isFinite(out.item()) && Number.isFinite(x)) throw range();
    return record(out, 'ldexp', [a], (g) => [E.mul(g, new Tensor(ldexp(1, exp), []))]);
  }, 2);
  fn(m, 'modf', ([v]) => {
    const a = floatArg(v);
    const [frac, whole] = modf(a.item());
    const fracOut = record(new Tensor(frac, []), 'modf', [a], (g) => [g]);
    return tuple([fracOut, pyFloat(whole)]);
  }, 1);
  fn(m, 'dist', ([p, q]) => {
    const ps = toArray(p);
    const qs = toArray(q);
    if (ps.length !== qs.length) throw valueError('both points must have the same number of dimensions');
    const pt = ps.map(floatArg);
    const qt = qs.map(floatArg);
    const diffs = pt.map((t, k) => t.item() - qt[k].item());
    const out = new Tensor(vectorNorm(diffs.map(Math.abs)), []);
    // d dist / d p_k = (p_k - q_k) / dist, and the opposite for q_k
    const slopes = diffs.map((d) => new Tensor(d / out.item(), []));
    return record(out, 'dist', [...pt, ...qt], (g) => [...slopes.map((s) => E.mul(g, s)), ...slopes.map((s) => E.neg(E.mul(g, s)))]);
  }, 2);
  void PyList;

  unary(m, 'asinh', asinh);
  unary(m, 'acosh', acosh, (x) => !(x < 1));
  unary(m, 'atanh', atanh, (x) => !(Math.abs(x) >= 1));
  unary(m, 'exp2', exp2);
  fn(m, 'lcm', (args) => {
    let l = 1n;
    for (const a of args) {
      const x = BigInt(toIndex(a));
      const ax = x < 0n ? -x : x;
      if (ax === 0n || l === 0n) l = 0n;
      else l = (l / bigGcd(l, ax)) * ax;
    }
    return normBig(l);
  }, [0, 64]);
  fn(m, 'nextafter', ([x, y]) => pyFloat(nextAfter(floatArg(x).item(), floatArg(y).item())), 2);
  fn(m, 'ulp', ([x]) => pyFloat(ulp(floatArg(x).item())), 1);
  fn(m, 'remainder', ([x, y]) => pyFloat(ieeeRemainder(floatArg(x).item(), floatArg(y).item())), 2);
  // the rest of math (gamma, lgamma, erfc, cbrt, ...) is an edge of gradlens, not an AttributeError
  m.cls = unsupportedAttributes('math');
});

const asinh = scalarOp('asinh', Math.asinh, (x) => 1 / Math.sqrt(x * x + 1));
const acosh = scalarOp('acosh', Math.acosh, (x) => 1 / Math.sqrt(x * x - 1));
const atanh = scalarOp('atanh', Math.atanh, (x) => 1 / (1 - x * x));
const exp2 = scalarOp('exp2', (x) => 2 ** x, (x) => 2 ** x * Math.LN2);

function bigGcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const bits = new DataView(new ArrayBuffer(8));

/** The float next to x in the direction of y (IEEE 754 nextafter). */
function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  bits.setFloat64(0, x);
  const up = (y > x) === (x > 0);
  bits.setBigUint64(0, bits.getBigUint64(0) + (up ? 1n : -1n));
  return bits.getFloat64(0);
}

/** The value of the least significant bit of x (math.ulp). */
function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a === Infinity) return a;
  const next = nextAfter(a, Infinity);
  return next === Infinity ? a - nextAfter(a, -Infinity) : next - a;
}

/** IEEE 754 remainder: x - n y with n the integer nearest x / y (ties to even), exactly. */
function ieeeRemainder(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || y === 0) throw domain();
  if (!Number.isFinite(y)) return x;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const m = ax % ay; // exact (fmod)
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  // a tie: n is even when (ax - m) / ay is
  else r = ((ax - m) / ay) % 2 === 0 ? m : -c;
  return x < 0 ? -r : r;
}
