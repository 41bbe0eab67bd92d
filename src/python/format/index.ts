// Printing exactly like CPython 3.11 and numpy 2.x: pure functions from values to text.
// The interpreter calls these for repr/str/format()/f-strings/str.format/%-formatting and for
// numpy printing. Errors are thrown as FormatError { pyType, message } with CPython's texts.
//
//   floatRepr(x)                        repr/str of a Python float: '0.1', '1e-05', '1e+16', '-0.0', 'nan'
//   formatNumber(v, 'int'|'float'|'bool', spec)   format(v, spec) for int (number|bigint), bool, float
//   formatString(s, spec)               format(s, spec) for a str
//   percentFormat(template, args)       template % args (args: PercentArg[] | {mapping, self} | record)
//   roundFloat(x, ndigits)              round(x, ndigits) for a float (Infinity when it overflows)
//   arrayStr(t) / arrayRepr(t)          print(arr) / repr(arr) with numpy's default print options
//   scalarStr(v, dtype) / scalarRepr(v, dtype)    str / repr of np.float64, np.float32, np.int64, np.bool
export { FormatError } from './errors';
export type { FormatErrorType } from './errors';
export { floatRepr } from './float-repr';
export { formatNumber, formatString } from './format-spec';
export type { NumberKind } from './format-spec';
export { percentFormat } from './percent';
export type { NumberSlots, PercentArg, PercentArgs, PercentOperand } from './percent';
export { scalarRepr, scalarStr } from './numpy-scalar';
export { arrayStr, arrayRepr } from './numpy-array';
export { roundFloat } from './decimal';
