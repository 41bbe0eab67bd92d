// np.random.RandomState(seed=None): numpy's legacy generator as an object, each instance with its
// own MT19937 stream (the TS RandomState). Its methods are np.random's functions (legacyMethods)
// bound to the instance's stream; numpy's methods gradlens lacks stop the run as Unsupported.
import { RandomState } from '../../random';
import { AttributeError, Unsupported, pyErr } from '../../runtime/errors';
import { bindNative, defineMethod, defineRawMethod, signature } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, objectId, objectType } from '../../runtime/object';
import { legacyMethods, missingLegacyMethods } from './legacy-random-methods';
import { legacySeed } from './legacy-seed';
import { draw } from './random-args';

class PyRandomState extends PyObject {
  constructor(
    cls: PyType,
    /** Seeded by __init__ (0 until then: the cheapest seeding). */
    readonly rs = new RandomState(0),
  ) {
    super(cls, cls.isUserClass ? new Map() : null);
  }
}

export const randomStateType = new PyType('RandomState', [objectType], {
  module: 'numpy.random.mtrand',
  tpName: 'numpy.random.mtrand.RandomState',
  make: (cls) => new PyRandomState(cls),
});

const stateOf = (self: PyValue): RandomState => (self as PyRandomState).rs;

/** copy.copy and copy.deepcopy: a RandomState with its own stream, at the original's position. */
function copyOf(self: PyValue): PyRandomState {
  if ((self as PyObject).cls !== randomStateType) throw new Unsupported('copying a subclass of numpy.random.RandomState');
  return new PyRandomState(randomStateType, stateOf(self).clone());
}

/** numpy's __str__: the class's name and the bit generator's. */
const describe = (self: PyValue): string => `${(self as PyObject).cls.name}(MT19937)`;

let installed = false;
export function installRandomStateType(): void {
  if (installed) return;
  installed = true;
  const t = randomStateType;
  const initSignature = signature('__init__', 'seed=None');
  defineRawMethod(t, '__init__', (self, args, kwargs) => {
    const seed = legacySeed(bindNative(initSignature, args, kwargs)[0]!);
    draw(() => stateOf(self).seed(seed));
    return None;
  });
  defineRawMethod(t, '__str__', describe);
  defineRawMethod(t, '__repr__', (self) => `${describe(self)} at 0x${objectId(self).toString(16).toUpperCase()}`);
  defineRawMethod(t, '__copy__', copyOf);
  defineRawMethod(t, '__deepcopy__', copyOf);
  for (const m of legacyMethods) defineMethod(t, m.name, m.spec, (self, a) => m.call(stateOf(self), a));
  defineRawMethod(t, '__getattr__', (self, args) => {
    const name = String(args[0]);
    if (missingLegacyMethods.has(name)) throw new Unsupported(`numpy.random.RandomState.${name}`);
    throw pyErr(AttributeError, `'${(self as PyObject).cls.tpName}' object has no attribute '${name}'`);
  });
}
