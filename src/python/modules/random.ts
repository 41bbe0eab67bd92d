// The `random` module: CPython's Mersenne Twister stream (src/python/random) behind Python's API.
import { Tensor } from '../../engine';
import { PyRandom } from '../random';
import type { PySeed } from '../random';
import { PyList, PySet, PyTuple } from '../runtime/collections';
import { typeError } from '../runtime/errors';
import { PyModule } from '../runtime/functions';
import { toArray } from '../runtime/iter';
import { bindNative, signature, toNumber } from '../runtime/native';
import { KwArgs, None, PyValue, pyFloat, typeOf } from '../runtime/object';
import { PyBuiltin } from '../runtime/functions';
import { registerModule } from './registry';

function seedOf(v: PyValue): PySeed {
  if (v === None) return null;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'string') return v;
  if (v instanceof Tensor) throw typeError('The only supported seed types are: None, int, float, str, bytes, and bytearray.');
  throw typeError('The only supported seed types are: None, int, float, str, bytes, and bytearray.');
}

function intArg(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
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
  def(m, 'uniform', 'a, b', ([a, b]) => pyFloat(rng.uniform(toNumber(a!), toNumber(b!))));
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
    if (!(x instanceof PyList)) throw typeError(`'${typeOf(x!).name}' object does not support item assignment`);
    rng.shuffle(x.items);
    return None;
  });
  def(m, 'gauss', 'mu=0.0, sigma=1.0', ([mu, s]) => pyFloat(rng.gauss(toNumber(mu!), toNumber(s!))));
  def(m, 'normalvariate', 'mu=0.0, sigma=1.0', ([mu, s]) => pyFloat(rng.normalvariate(toNumber(mu!), toNumber(s!))));
  def(m, 'expovariate', 'lambd', ([l]) => pyFloat(rng.expovariate(toNumber(l!))));
});
