// np.random: the legacy global RandomState's methods as module functions (seed, rand, randn,
// randint, choice, normal, uniform, permutation, shuffle, random/random_sample/sample/ranf, ...)
// over src/python/random's bit-exact streams, plus RandomState, default_rng and Generator.
// Draws are constants of the program: new leaf tensors.
import { RandomState } from '../../random';
import { PyModule } from '../../runtime/functions';
import { builtinFunction } from '../../runtime/native';
import { legacyMethods, moduleOnlyMethods } from './legacy-random-methods';
import { defaultRngFunction, generatorType } from './random-generator';
import { installRandomStateType, randomStateType } from './random-state-class';

export function fillRandomModule(m: PyModule): RandomState {
  const rs = new RandomState(null);
  for (const method of [...legacyMethods, ...moduleOnlyMethods]) {
    m.dict!.set(method.name, builtinFunction(method.name, method.spec, (a) => method.call(rs, a)));
  }
  installRandomStateType();
  m.dict!.set('RandomState', randomStateType);
  m.dict!.set('default_rng', defaultRngFunction());
  m.dict!.set('Generator', generatorType);
  return rs;
}
