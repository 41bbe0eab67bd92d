// Printing exactly like CPython 3.11 and numpy 2.x: pure functions from values to text.
// The interpreter calls these for repr/str/format()/f-strings/str.format/%-formatting and for
// numpy printing. Errors are thrown as FormatError { pyType, message } with CPython's texts.
//
//   floatRepr(x)                        repr/str of a Python float: '0.1', '1e-05', '1e+16', '-0.0', 'nan'
//   formatNumber(v, 'int'|'float'|'bool', spec)   format(v, spec) for int (number|bigint), bool, float
//   formatString(s, spec)               format(s, spec) for a str
//   percentFormat(template, args)       template % args (args: PercentArg[] | {mapping, self} | record)
//   roundFloat(x, ndigits)              round(x, ndigits) for a float (Infinity when it overflows)
//   arrayStr(t, opts) / arrayRepr(t, opts)     print(arr) / repr(arr) under numpy's print options
//   array2string(t, opts, sep, prefix, suffix) np.array2string's text (DEFAULT_PRINT_OPTIONS: numpy's defaults)
//   scalarStr(v, dtype) / scalarRepr(v, dtype)    str / repr of np.float64, np.float32, np.int64, np.bool
export { FormatError } from './errors';
export type { FormatErrorType } from './errors';
export { floatRepr } from './float-repr';
export { formatNumber, formatString } from './format-spec';
export type { NumberKind } from './format-spec';
export { percentFormat } from './percent';
export type { NumberSlots, PercentArg, PercentArgs, PercentOperand } from './percent';
export { scalarRepr, scalarStr } from './numpy-scalar';
export { arrayStr, arrayRepr, array2string } from './numpy-array';
export { DEFAULT_PRINT_OPTIONS } from './numpy-print-options';
export type { FloatMode, NumpyPrintOptions, SignMode } from './numpy-print-options';
export { roundFloat } from './decimal';
