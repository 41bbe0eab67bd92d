// `enum`: EnumType, the native metaclass of Enum classes (protocols.ts consults a class's
// metaclass for calls, subscripts, iteration, len, `in`, repr and attribute assignment), with its
// methods and the making of members written in Python (stdlib/enum-source.ts).
import { PyDict } from '../runtime/collections';
import { registerMetaclass } from '../runtime/class-setup';
import { ctx } from '../runtime/context';
import { Unsupported, typeError } from '../runtime/errors';
import { builtinFunction } from '../runtime/native';
import { None, PyType, typeType } from '../runtime/object';
import { callValue, setTypeAttr } from '../runtime/protocols';
import { registerPythonModule } from './python-source';
import { registerModule } from './registry';
import { ENUM_SOURCE } from './stdlib/enum-source';

const enumType = new PyType('EnumType', [typeType], { module: 'enum' });

// a class of EnumType gets its members once made (the enum module's _make_members)
registerMetaclass(enumType, (cls, namespace) => {
  const makeMembers = ctx().modules.get('enum')?.dict?.get('_make_members');
  if (makeMembers !== undefined) callValue(makeMembers, [cls, PyDict.fromStrings(namespace)], null);
});

registerModule('_gradlens_enum', (m) => {
  m.dict!.set('EnumType', enumType);
  m.dict!.set('install', builtinFunction('install', 'name, method, /', ([name, method]) => {
    enumType.setAttr(String(name), method!);
    return None;
  }));
  m.dict!.set('set_class_attribute', builtinFunction('set_class_attribute', 'cls, name, value, /', ([cls, name, value]) => {
    if (!(cls instanceof PyType)) throw typeError('set_class_attribute() needs a class');
    setTypeAttr(cls, String(name), value!);
    return None;
  }));
  m.dict!.set('unsupported', builtinFunction('unsupported', 'what, /', ([what]) => {
    throw new Unsupported(String(what));
  }));
});

registerPythonModule({ name: 'enum', filename: 'enum.py', partial: true, liveGlobals: true, source: ENUM_SOURCE });
