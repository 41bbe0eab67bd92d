// Reprs and methods of the remaining builtin types (object, type, int, float, bool, None, range,
// slice, functions, methods, modules, exceptions) and super().
import { Tensor } from '../../engine';
import { floatRepr } from '../format';
import { floatFromHex, floatToHex } from './float-hex';
import { floatRatio } from './exact-ratio';
import { normBig } from './operators';
import { PyDict, PyRange, PySlice, rangeType, sliceType, tuple } from './collections';
import { BaseException, KeyError, PyExc, SyntaxErrorType, StopIteration, SystemExit, pyErr, typeError } from './errors';
import {
  BoundMethod,
  ClassMethod,
  PyBuiltin,
  PyFunction,
  PyMethodDescriptor,
  PyModule,
  Property,
  StaticMethod,
  builtinFunctionType,
  classmethodType,
  functionType,
  methodDescriptorType,
  methodType,
  moduleType,
  staticmethodType,
} from './functions';
import { PyIterator, RangeIterator, getIter } from './iter';
import { getItem, sliceIndices } from './items';
import { defineGetter, defineRawMethod } from './native';
import {
  Ellipsis,
  None,
  NotImplemented,
  PyObject,
  PyType,
  PyValue,
  boolType,
  builtinType,
  ellipsisType,
  floatType,
  floatValueOf,
  intType,
  noneType,
  notImplementedType,
  objectId,
  objectType,
  typeName,
  typeOf,
  typeType,
} from './object';
import { callValue, defaultRepr, lookupAttr, pyEq, repr, str } from './protocols';
import { formatValue } from './strformat';
import { PySuper, superType } from './super';

/** A float method's self: a float, or an instance of a float subclass such as np.float64. */
const floatOf = (self: PyValue): number => floatValueOf(self as Tensor | PyObject);
const hex = (v: PyValue): string => '0x' + objectId(v).toString(16).padStart(12, '0');

export function excStr(e: PyExc): string {
  if (e.cls.isSubtypeOf(KeyError) && e.args.length === 1) return repr(e.args[0]);
  if (e.cls.isSubtypeOf(SyntaxErrorType)) {
    // CPython: "msg (file.py, line N)" when the error knows where it is
    const [msg, filename, line] = [e.dict!.get('msg'), e.dict!.get('filename'), e.dict!.get('lineno')];
    if (typeof msg === 'string' && typeof filename === 'string' && typeof line === 'number') return `${msg} (${filename.slice(filename.lastIndexOf('/') + 1)}, line ${line})`;
  }
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]);
  return repr(tuple(e.args));
}


/** Installs the methods on the builtin type objects (called once by runtime/setup.ts). */
export function installMiscMethods(): void {
  defineRawMethod(superType, '__repr__', (self) => `<super: <class '${(self as PySuper).thisClass.name}'>, <${typeOf((self as PySuper).obj).name} object>>`);
  // object
  defineRawMethod(objectType, '__init__', () => None);
  defineRawMethod(objectType, '__repr__', (self) => defaultRepr(self as PyObject));
  defineRawMethod(objectType, '__str__', (self) => repr(self));
  defineRawMethod(objectType, '__eq__', (self, [o]) => (self === o ? true : NotImplemented));
  defineRawMethod(objectType, '__ne__', (self, [o]) => (self === o ? false : NotImplemented));
  defineRawMethod(objectType, '__hash__', (self) => Math.floor(objectId(self) / 16));
  defineRawMethod(objectType, '__format__', (self, [spec]) => {
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
    return str(self);
  });
  defineRawMethod(objectType, '__setattr__', (self, args) => {
    const [name, v] = args;
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
    if (self instanceof PyFunction) self.ownDict();
    if (typeof self === 'object' && !(self instanceof Tensor) && self.dict !== null) self.dict.set(name, v);
    else throw pyErr('AttributeError', `'${typeName(self)}' object has no attribute '${name}'`);
    return None;
  });
  defineRawMethod(objectType, '__getattribute__', (self, [name]) => {
    const v = lookupAttr(self, name as string);
    if (v === undefined) throw pyErr('AttributeError', `'${typeName(self)}' object has no attribute '${name as string}'`);
    return v;
  });

  // type
  defineRawMethod(typeType, '__repr__', (self) => {
    const t = self as PyType;
    return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
  });
  defineRawMethod(typeType, 'mro', (self) => tuple((self as PyType).mro.slice()));
  defineRawMethod(typeType, '__subclasses__', () => tuple([]));

  // None, NotImplemented, Ellipsis
  defineRawMethod(noneType, '__repr__', () => 'None');
  defineRawMethod(noneType, '__bool__', () => false);
  defineRawMethod(notImplementedType, '__repr__', () => 'NotImplemented');
  defineRawMethod(ellipsisType, '__repr__', () => 'Ellipsis');
  void Ellipsis;

  // int, bool, float
  defineRawMethod(intType, '__repr__', (self) => String(+(self as number)));
  defineRawMethod(intType, '__hash__', (self) => +(self as number));
  defineRawMethod(intType, '__format__', (self, [spec]) => formatValue(self, spec as string));
  // an int is a JS number or, beyond 2**53, a bigint (a bool: a boolean)
  const intOf = (self: PyValue): number | bigint => (typeof self === 'bigint' ? self : +(self as number));
  defineRawMethod(intType, '__index__', intOf);
  defineRawMethod(intType, '__int__', intOf);
  defineRawMethod(intType, '__float__', (self) => Tensor.scalar(Number(intOf(self))));
  defineRawMethod(intType, 'bit_length', (self) => {
    const n = BigInt(intOf(self));
    return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
  });
  defineRawMethod(intType, 'is_integer', () => true);
  defineGetter(intType, 'real', (self) => +(self as number));
  defineGetter(intType, 'imag', () => 0);
  defineRawMethod(boolType, '__repr__', (self) => (self ? 'True' : 'False'));
  // float's methods also serve its subclasses' instances (np.float64 is one): floatOf reads both.
  defineRawMethod(floatType, '__repr__', (self) => floatRepr(floatOf(self)));
  defineRawMethod(floatType, '__format__', (self, [spec]) => formatValue(self, spec as string));
  defineRawMethod(floatType, '__float__', (self) => self);
  defineRawMethod(floatType, 'is_integer', (self) => Number.isInteger(floatOf(self)));
  defineRawMethod(floatType, 'as_integer_ratio', (self) => {
    const x = floatOf(self);
    if (!Number.isFinite(x)) throw pyErr(Number.isNaN(x) ? 'ValueError' : 'OverflowError', `cannot convert ${Number.isNaN(x) ? 'NaN' : 'Infinity'} to integer ratio`);
    const [num, den] = floatRatio(x);
    return tuple([normBig(num), normBig(den)]);
  });
  defineRawMethod(floatType, 'hex', (self) => floatToHex(floatOf(self)));
  floatType.dict!.set('fromhex', new ClassMethod(new PyBuiltin('fromhex', ([cls, s]) => {
    if (typeof s !== 'string') throw typeError(`fromhex() argument must be str, not ${typeName(s)}`);
    const v = Tensor.scalar(floatFromHex(s));
    // a subclass (np.float64) gets its own type, as float.fromhex calls cls(value)
    return cls instanceof PyType && cls !== floatType ? callValue(cls, [v], null) : v;
  })));
  defineGetter(floatType, 'real', (self) => self);
  defineGetter(floatType, 'imag', () => Tensor.scalar(0));

  // range, slice
  defineRawMethod(rangeType, '__repr__', (self) => {
    const r = self as PyRange;
    return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
  });
  defineRawMethod(rangeType, '__len__', (self) => (self as PyRange).length);
  defineRawMethod(rangeType, '__iter__', (self) => new RangeIterator(self as PyRange));
  defineRawMethod(rangeType, '__getitem__', (self, [i]) => getItem(self, i));
  defineRawMethod(rangeType, '__reversed__', (self) => {
    const r = self as PyRange;
    const last = r.at(r.length - 1);
    return getIter(new PyRange(last, last - r.length * r.step, -r.step));
  });
  defineRawMethod(rangeType, '__eq__', (self, [o]) => {
    if (!(o instanceof PyRange)) return NotImplemented;
    const a = self as PyRange;
    if (a.length !== o.length) return false;
    if (a.length === 0) return true;
    return a.start === o.start && (a.length === 1 || a.step === o.step);
  });
  defineGetter(rangeType, 'start', (self) => (self as PyRange).start);
  defineGetter(rangeType, 'stop', (self) => (self as PyRange).stop);
  defineGetter(rangeType, 'step', (self) => (self as PyRange).step);
  defineRawMethod(sliceType, '__repr__', (self) => {
    const s = self as PySlice;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  });
  defineRawMethod(sliceType, 'indices', (self, [n]) => {
    const [a, b, c] = sliceIndices(self as PySlice, n as number);
    return tuple([a, b, c]);
  });
  defineGetter(sliceType, 'start', (self) => (self as PySlice).start);
  defineGetter(sliceType, 'stop', (self) => (self as PySlice).stop);
  defineGetter(sliceType, 'step', (self) => (self as PySlice).step);

  // functions, methods, modules
  defineRawMethod(functionType, '__repr__', (self) => `<function ${(self as PyFunction).qualname} at ${hex(self)}>`);
  defineGetter(functionType, '__name__', (self) => (self as PyFunction).name, (self, v) => {
    (self as PyFunction).name = str(v);
  });
  defineGetter(functionType, '__qualname__', (self) => (self as PyFunction).qualname, (self, v) => {
    if (typeof v !== 'string') throw typeError('__qualname__ must be set to a string object');
    (self as PyFunction).qualname = v;
  });
  defineGetter(functionType, '__annotations__', (self) => ((self as PyFunction).annotations ??= new PyDict()), (self, v) => {
    if (!(v instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
    (self as PyFunction).annotations = v;
  });
  // functools.wraps copies __doc__ and __module__ onto the wrapper
  defineGetter(functionType, '__doc__', (self) => (self as PyFunction).dict?.get('__doc__') ?? None, (self, v) => {
    (self as PyFunction).ownDict().set('__doc__', v);
  });
  defineGetter(functionType, '__module__', (self) => (self as PyFunction).dict?.get('__module__') ?? (self as PyFunction).globals.get('__name__') ?? None, (self, v) => {
    (self as PyFunction).ownDict().set('__module__', v);
  });
  defineRawMethod(builtinFunctionType, '__repr__', (self) => `<built-in function ${(self as PyBuiltin).name}>`);
  defineGetter(builtinFunctionType, '__name__', (self) => (self as PyBuiltin).name);
  defineRawMethod(methodDescriptorType, '__repr__', (self) => {
    const d = self as PyMethodDescriptor;
    return `<method '${d.name}' of '${d.owner.name}' objects>`;
  });
  defineRawMethod(methodType, '__repr__', (self) => {
    const m = self as BoundMethod;
    if (m.fn instanceof PyMethodDescriptor)
      return `<built-in method ${m.fn.name} of ${typeName(m.self)} object at ${hex(m.self)}>`;
    const fn = m.fn as PyFunction;
    return `<bound method ${fn.qualname ?? '?'} of ${repr(m.self)}>`;
  });
  defineGetter(methodType, '__self__', (self) => (self as BoundMethod).self);
  defineGetter(methodType, '__func__', (self) => (self as BoundMethod).fn);
  defineGetter(methodType, '__name__', (self) => {
    const fn = (self as BoundMethod).fn;
    return fn instanceof PyFunction ? fn.name : fn instanceof PyMethodDescriptor ? fn.name : '?';
  });
  defineGetter(methodType, '__qualname__', (self) => {
    const fn = (self as BoundMethod).fn;
    return fn instanceof PyFunction ? fn.qualname : '?';
  });
  defineRawMethod(moduleType, '__repr__', (self) => {
    const m = self as PyModule;
    const file = m.dict!.get('__file__'); // a module read from the user's files (runtime/module-files.ts)
    return typeof file === 'string' ? `<module '${m.name}' from '${file}'>` : `<module '${m.name}'>`;
  });
  defineGetter(moduleType, '__name__', (self) => (self as PyModule).name);
  defineGetter(staticmethodType, '__func__', (self) => (self as StaticMethod).fn);
  defineGetter(classmethodType, '__func__', (self) => (self as ClassMethod).fn);

  // exceptions
  defineRawMethod(BaseException, '__init__', (self, args) => {
    (self as PyExc).args = args.slice();
    return None;
  });
  defineRawMethod(BaseException, '__str__', (self) => excStr(self as PyExc));
  defineRawMethod(BaseException, '__repr__', (self) => {
    const e = self as PyExc;
    const args = e.args.length === 1 ? `(${repr(e.args[0])})` : repr(tuple(e.args));
    return `${e.cls.name}${args}`;
  });
  defineGetter(BaseException, 'args', (self) => tuple((self as PyExc).args), (self, v) => {
    (self as PyExc).args = v instanceof PyObject && 'items' in v ? ((v as unknown as { items: PyValue[] }).items.slice()) : [v];
  });
  defineGetter(BaseException, '__cause__', (self) => (self as PyExc).cause ?? None, (self, v) => {
    (self as PyExc).cause = v instanceof PyExc ? v : null;
    (self as PyExc).suppressContext = true;
  });
  defineGetter(BaseException, '__context__', (self) => (self as PyExc).context ?? None);
  defineGetter(SystemExit, 'code', (self) => systemExitCode(self as PyExc));
  defineGetter(BaseException, '__traceback__', () => None);
  defineRawMethod(BaseException, 'with_traceback', (self) => self);
  defineGetter(StopIteration, 'value', (self) => (self as PyExc).args[0] ?? None);
}

/** SystemExit.code: None without arguments, the argument, or all of them as a tuple. */
export function systemExitCode(e: PyExc): PyValue {
  const args = e.args;
  return args.length === 0 ? None : args.length === 1 ? args[0] : tuple(args);
}
