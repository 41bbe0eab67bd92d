// The `random` module: CPython's Mersenne Twister stream (src/python/random) behind Python's API.
import { Tensor } from '../../engine';
import { PyRandom } from '../random';
import type { PySeed } from '../random';
import { PyList, PySet, PyTuple } from '../runtime/collections';
import { typeError } from '../runtime/errors';
import { PyModule } from '../runtime/functions';
import { toArray } from '../runtime/iter';
import { bindNative, signature, toIndex, toNumber } from '../runtime/native';
import { KwArgs, None, PyNumberObject, PyValue, pyFloat, typeName } from '../runtime/object';
import { PyBuiltin } from '../runtime/functions';
import { binaryOp, normBig } from '../runtime/operators';
import { pyHash } from '../runtime/protocols';
import { registerModule } from './registry';

function seedOf(v: PyValue): PySeed {
  if (v === None) return null;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'string') return v;
  // a float (or a float subclass's instance, np.float64) seeds with hash(a) read as an unsigned
  // 64-bit integer, as CPython's random_seed ((size_t)PyObject_Hash(arg))
  if ((v instanceof Tensor && v.shape.length === 0) || (v instanceof PyNumberObject && v.numberKind === 'float'))
    return normBig(BigInt.asUintN(64, pyHash(v)));
  throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}

/** Whether every argument is an int (within 2**53), a bool or a float: random.py's arithmetic on them is the double arithmetic of PyRandom. */
function plainNumbers(...values: PyValue[]): boolean {
  return values.every((v) => typeof v === 'number' || typeof v === 'boolean' || v instanceof Tensor);
}

/** An int argument through __index__ (CPython's operator.index): np.int64 is one. */
function intArg(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  return toIndex(v);
}

function sequence(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  if (typeof v === 'string') return Array.from(v);
  if (v instanceof PySet) throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  return toArray(v);
}

function def(m: PyModule, name: string, spec: string, impl: (a: (PyValue | undefined)[]) => PyValue): void {
  const sig = signature(name, spec);
  m.dict!.set(name, new PyBuiltin(name, (args: PyValue[], kw: KwArgs | null) => impl(bindNative(sig, args, kw))));
}

registerModule('random', (m) => {
  const rng = new PyRandom(null);
  def(m, 'seed', 'a=None, version=2', ([a]) => {
    rng.seed(seedOf(a!));
    return None;
  });
  def(m, 'random', '', () => pyFloat(rng.random()));
  // With an argument that is not a plain int or float (np.float32(1.0) as sigma), random.py's own
  // formula runs on Python's operators, so the result has numpy's type and precision.
  def(m, 'uniform', 'a, b', ([a, b]) =>
    plainNumbers(a!, b!) ? pyFloat(rng.uniform(toNumber(a!), toNumber(b!))) : binaryOp('+', a!, binaryOp('*', binaryOp('-', b!, a!), pyFloat(rng.random()))),
  );
  def(m, 'randint', 'a, b', ([a, b]) => rng.randint(intArg(a!), intArg(b!)));
  def(m, 'randrange', 'start, stop=None, step=1', ([a, b, c]) => rng.randrange(intArg(a!), b === None ? null : intArg(b!), c === 1 ? undefined : intArg(c!)));
  def(m, 'getrandbits', 'k', ([k]) => {
    const r = rng.getrandbits(Number(intArg(k!)));
    return r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
  });
  def(m, 'choice', 'seq', ([s]) => {
    const items = sequence(s!);
    return items[rng.choice(items.length)];
  });
  def(m, 'choices', 'population, weights=None, *, cum_weights=None, k=1', ([p, w, cw, k]) => {
    const items = sequence(p!);
    const nums = (v: PyValue | undefined) => (v === undefined || v === None ? null : toArray(v).map((x) => toNumber(x)));
    const idx = rng.choices(items.length, { weights: nums(w), cumWeights: nums(cw), k: Number(intArg(k!)) });
    return new PyList(idx.map((i) => items[i]));
  });
  def(m, 'sample', 'population, k, *, counts=None', ([p, k]) => {
    const items = sequence(p!);
    return new PyList(rng.sample(items.length, Number(intArg(k!))).map((i) => items[i]));
  });
  def(m, 'shuffle', 'x', ([x]) => {
    if (!(x instanceof PyList)) throw typeError(`'${typeName(x!)}' object does not support item assignment`);
    rng.shuffle(x.items);
    x.wrote();
    return None;
  });
  def(m, 'gauss', 'mu=0.0, sigma=1.0', ([mu, s]) =>
    plainNumbers(mu!, s!) ? pyFloat(rng.gauss(toNumber(mu!), toNumber(s!))) : binaryOp('+', mu!, binaryOp('*', pyFloat(rng.gauss(0, 1)), s!)),
  );
  def(m, 'normalvariate', 'mu=0.0, sigma=1.0', ([mu, s]) =>
    plainNumbers(mu!, s!) ? pyFloat(rng.normalvariate(toNumber(mu!), toNumber(s!))) : binaryOp('+', mu!, binaryOp('*', pyFloat(rng.normalvariate(0, 1)), s!)),
  );
  def(m, 'expovariate', 'lambd', ([l]) => pyFloat(rng.expovariate(toNumber(l!))));
});
