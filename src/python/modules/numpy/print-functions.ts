// np.set_printoptions, np.get_printoptions, the np.printoptions context manager, and the functions
// that print one array with options of their own (array2string, array_repr, array_str).
import type { Tensor } from '../../../engine';
import { array2string, arrayRepr, arrayStr, NumpyPrintOptions } from '../../format';
import { KwArgs, None, PyObject, PyType, PyValue, objectType, typeName } from '../../runtime/object';
import { PyBuiltin } from '../../runtime/functions';
import { AttributeError, Unsupported, pyErr, typeError } from '../../runtime/errors';
import { bindNative, builtinFunction, defineRawMethod, signature } from '../../runtime/native';
import { NDArray } from './ndarray';
import { NpScalar } from './scalar';
import {
  GivenOptions,
  PrintOptionsState,
  checkedChanges,
  parsedOptions,
  printOptionsDict,
  printOptionsState,
  setPrintOptionsState,
  withChanges,
} from './print-options';

const SET_SPEC =
  'precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None, override_repr=None';
const SET_POSITIONAL = 10;
// np.printoptions(...) passes its arguments on to numpy's _set_printoptions: its errors name that
const SET_SIGNATURES = { set_printoptions: signature('set_printoptions', SET_SPEC), printoptions: signature('_set_printoptions', SET_SPEC) };

/** set_printoptions's arguments (CPython's text for too many positionals). */
function setArguments(caller: keyof typeof SET_SIGNATURES, args: PyValue[], kwargs: KwArgs | null): GivenOptions {
  const sig = SET_SIGNATURES[caller];
  if (args.length > SET_POSITIONAL)
    throw typeError(`${sig.fname}() takes from 0 to ${SET_POSITIONAL} positional arguments but ${args.length} were given`);
  const [precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter, sign, floatmode, legacy, override_repr] =
    bindNative(sig, args, kwargs);
  return { precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter, sign, floatmode, legacy, override_repr };
}

/** Sets the options a set_printoptions call gives; returns the state before (to restore). */
function applySetPrintOptions(caller: keyof typeof SET_SIGNATURES, args: PyValue[], kwargs: KwArgs | null): PrintOptionsState {
  const changes = checkedChanges(`numpy.${caller}`, setArguments(caller, args, kwargs));
  const before = printOptionsState();
  setPrintOptionsState(withChanges(before, changes));
  return before;
}

/** What np.printoptions(...) returns: contextlib's generator-based manager, as numpy makes it. */
const printOptionsManagerType = new PyType('_GeneratorContextManager', [objectType], { module: 'contextlib' });

class PrintOptionsManager extends PyObject {
  before: PrintOptionsState | null = null;
  constructor(
    readonly args: PyValue[],
    readonly kwargs: KwArgs | null,
  ) {
    super(printOptionsManagerType);
  }
}

export function installPrintOptionsManager(): void {
  // the options are set on entering (numpy's generator runs then), restored on leaving
  defineRawMethod(printOptionsManagerType, '__enter__', (s) => {
    const m = s as PrintOptionsManager;
    m.before = applySetPrintOptions('printoptions', m.args, m.kwargs);
    return printOptionsDict(printOptionsState());
  });
  defineRawMethod(printOptionsManagerType, '__exit__', (s) => {
    const m = s as PrintOptionsManager;
    if (m.before !== null) setPrintOptionsState(m.before);
    return false;
  });
}

/** The array a printing function was given; numpy reads .size (or .shape) of anything else. */
function arrayArgument(fname: string, v: PyValue, attribute: 'size' | 'shape'): Tensor {
  if (v instanceof NDArray) return v.tensor;
  if (v instanceof NpScalar) throw new Unsupported(`numpy.${fname} of a numpy scalar`);
  throw pyErr(AttributeError, `'${typeName(v)}' object has no attribute '${attribute}'`);
}

/** A str argument that only its text (or length) matters for. */
function textArgument(fname: string, name: string, v: PyValue | undefined): string {
  if (typeof v !== 'string') throw new Unsupported(`numpy.${fname} with a non-str ${name}`);
  return v;
}

/** The current options with a call's own (max_line_width, precision, suppress_small, ...). */
function optionsWith(fname: string, overrides: GivenOptions): NumpyPrintOptions {
  const changes = checkedChanges(`numpy.${fname}`, overrides);
  return parsedOptions({ ...printOptionsState().shown, ...changes });
}

const ARRAY2STRING_SPEC =
  "a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', *, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='', legacy=None";
const ARRAY_TEXT_SPEC = 'a, max_line_width=None, precision=None, suppress_small=None';

export function printFunctions(): PyBuiltin[] {
  return [
    new PyBuiltin('set_printoptions', (args, kwargs) => {
      applySetPrintOptions('set_printoptions', args, kwargs);
      return None;
    }),
    builtinFunction('get_printoptions', '', () => printOptionsDict(printOptionsState())),
    new PyBuiltin('printoptions', (args, kwargs) => new PrintOptionsManager(args, kwargs)),
    builtinFunction('array2string', ARRAY2STRING_SPEC, (a) => {
      const [arr, linewidth, precision, suppress, separator, prefix, formatter, threshold, edgeitems, sign, floatmode, suffix, legacy] = a;
      const options = optionsWith('array2string', { precision, threshold, edgeitems, linewidth, suppress, sign, formatter, floatmode, legacy });
      const t = arrayArgument('array2string', arr!, 'size');
      const sep = textArgument('array2string', 'separator', separator);
      return array2string(t, options, sep, textArgument('array2string', 'prefix', prefix), textArgument('array2string', 'suffix', suffix));
    }),
    builtinFunction('array_repr', ARRAY_TEXT_SPEC.replace('a,', 'arr,'), ([arr, linewidth, precision, suppress]) => {
      const options = optionsWith('array_repr', { linewidth, precision, suppress });
      return arrayRepr(arrayArgument('array_repr', arr!, 'size'), options);
    }),
    builtinFunction('array_str', ARRAY_TEXT_SPEC, ([arr, linewidth, precision, suppress]) => {
      const t = arrayArgument('array_str', arr!, 'shape');
      // a 0-d array prints as its scalar: numpy reads no option for it
      if (t.shape.length === 0) return arrayStr(t);
      return arrayStr(t, optionsWith('array_str', { linewidth, precision, suppress }));
    }),
  ];
}
