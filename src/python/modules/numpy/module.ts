// The `numpy` module object (and numpy.random, numpy.linalg, numpy.exceptions): every name of the
// supported surface; any other attribute stops the run with an honest "numpy.X is not supported".
import { AxisError, Unsupported } from '../../runtime/errors';
import { PyModule } from '../../runtime/functions';
import { unsupportedAttributes } from '../registry';
import { defineRawMethod } from '../../runtime/native';
import { None, PyType, PyValue, pyFloat } from '../../runtime/object';
import { installArrayMethods } from './array-methods';
import { creationFunctions } from './creation';
import { dtypeType, installDTypeType } from './dtypes';
import { otherFunctions } from './functions';
import { splitShiftFunctions } from './split-shift';
import { quantileFunctions } from './quantiles';
import { histogramFunctions } from './histogram';
import { indexTrickFunctions } from './index-tricks';
import { indexExpressionObjects } from './concatenator';
import { indexIteratorFunctions } from './index-iterators';
import { errstateFunctions } from './errstate';
import { intInfoFunctions } from './int-info';
import { fillLinalgModule } from './linalg';
import { ndarrayType } from './ndarray';
import { installNditer, nditerFunction } from './nditer';
import { fillRandomModule } from './random';
import { installPrintOptionsManager, printFunctions } from './print-functions';
import {
  boolScalarType,
  float32Type,
  float64Type,
  floatingType,
  genericType,
  inexactType,
  int64Type,
  integerType,
  numberType,
  npBool,
  scalarTypeOf,
  signedIntegerType,
  unsignedIntegerType,
} from './scalar';
import { installScalarMethods } from './scalar-methods';
import { installUfuncType, ufuncObjects, ufuncType } from './ufunc-objects';

let installed = false;
let numpyModuleType: PyType;
let randomModuleType: PyType;
let linalgModuleType: PyType;

function installTypes(): void {
  if (installed) return;
  installed = true;
  installDTypeType();
  installScalarMethods();
  installArrayMethods();
  installUfuncType();
  installNditer();
  installPrintOptionsManager();
  numpyModuleType = unsupportedAttributes('numpy');
  randomModuleType = unsupportedAttributes('numpy.random');
  linalgModuleType = unsupportedAttributes('numpy.linalg');
}

export function fillNumpyModule(m: PyModule): void {
  installTypes();
  m.cls = numpyModuleType;
  const set = (name: string, v: PyValue): void => void m.dict!.set(name, v);
  set('__version__', '2.4.6'); // the numpy whose outputs the differential corpus holds (scripts/python-expected.py)
  for (const fn of [...creationFunctions(), ...otherFunctions(), ...splitShiftFunctions(), ...quantileFunctions(), ...histogramFunctions(), ...indexTrickFunctions(), ...indexIteratorFunctions(), ...errstateFunctions(), ...intInfoFunctions(), ...printFunctions(), nditerFunction()]) set(fn.name, fn);
  for (const u of ufuncObjects()) set(u.name, u);
  for (const [name, v] of indexExpressionObjects()) set(name, v);
  set('pi', pyFloat(Math.PI));
  set('e', pyFloat(Math.E));
  set('inf', pyFloat(Infinity));
  set('nan', pyFloat(NaN));
  set('newaxis', None);
  set('True_', npBool(true));
  set('False_', npBool(false));
  const types: [string, PyType][] = [
    ['float64', float64Type],
    ['double', float64Type],
    ['float32', float32Type],
    ['single', float32Type],
    ['int64', int64Type],
    ['int_', int64Type],
    ['intp', int64Type],
    ['long', int64Type],
    ['int32', scalarTypeOf('int32')],
    ['intc', scalarTypeOf('int32')],
    ['int16', scalarTypeOf('int16')],
    ['short', scalarTypeOf('int16')],
    ['int8', scalarTypeOf('int8')],
    ['byte', scalarTypeOf('int8')],
    ['uint64', scalarTypeOf('uint64')],
    ['uint', scalarTypeOf('uint64')],
    ['uintp', scalarTypeOf('uint64')],
    ['ulong', scalarTypeOf('uint64')],
    ['uint32', scalarTypeOf('uint32')],
    ['uintc', scalarTypeOf('uint32')],
    ['uint16', scalarTypeOf('uint16')],
    ['ushort', scalarTypeOf('uint16')],
    ['uint8', scalarTypeOf('uint8')],
    ['ubyte', scalarTypeOf('uint8')],
    ['bool_', boolScalarType],
    ['bool', boolScalarType],
    ['generic', genericType],
    ['number', numberType],
    ['integer', integerType],
    ['signedinteger', signedIntegerType],
    ['unsignedinteger', unsignedIntegerType],
    ['inexact', inexactType],
    ['floating', floatingType],
    ['ndarray', ndarrayType],
    ['dtype', dtypeType],
    ['ufunc', ufuncType],
  ];
  for (const [name, t] of types) set(name, t);
  const exceptions = new PyModule('numpy.exceptions');
  exceptions.dict!.set('AxisError', AxisError);
  set('exceptions', exceptions);
  set('AxisError', AxisError);
}

export function fillNumpyRandom(m: PyModule): void {
  installTypes();
  m.cls = randomModuleType;
  fillRandomModule(m);
}

export function fillNumpyLinalg(m: PyModule): void {
  installTypes();
  m.cls = linalgModuleType;
  fillLinalgModule(m);
}
