// str() and repr() of numpy arrays under numpy 2.x's print options (by default linewidth 75,
// threshold 1000, edgeitems 3), following numpy/_core/arrayprint.py.
import type { Tensor } from '../../engine';
import { elementFormatter, ElementFormatter } from './numpy-element-format';
import { DEFAULT_PRINT_OPTIONS, NumpyPrintOptions } from './numpy-print-options';
import { scalarStr } from './numpy-scalar';

const SUMMARY = '...';

function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = step;
    step *= shape[axis];
  }
  return strides;
}

/** The indices the formatter sees along an axis: all, or a[:edgeItems] and a[-edgeItems:] when
 *  summarising (numpy's _leading_trailing; a[-0:] is the whole axis). */
function shownIndices(length: number, summarise: boolean, edgeItems: number): number[] {
  const all = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i);
  if (!summarise || length <= 2 * edgeItems) return all(length, 0);
  const tailStart = edgeItems === 0 ? 0 : length - edgeItems;
  return [...all(edgeItems, 0), ...all(length - tailStart, tailStart)];
}

/** The values numpy's formatter is built from: the whole array, or its summarised corners. */
function shownValues(a: Tensor, summarise: boolean, edgeItems: number): number[] {
  const data = a.data;
  const strides = stridesOf(a.shape);
  const out: number[] = [];
  const walk = (axis: number, offset: number): void => {
    if (axis === a.shape.length) {
      out.push(data[offset]);
      return;
    }
    for (const i of shownIndices(a.shape[axis], summarise, edgeItems)) walk(axis + 1, offset + i * strides[axis]);
  };
  walk(0, 0);
  return out;
}

/** Appends word to line, first moving to a new line when it would pass lineWidth (numpy's _extendLine). */
function extendLine(
  state: { s: string; line: string },
  word: string,
  lineWidth: number,
  nextLinePrefix: string,
): void {
  const needsWrap = state.line.length + word.length > lineWidth && state.line.length > nextLinePrefix.length;
  if (needsWrap) {
    state.s += state.line.trimEnd() + '\n';
    state.line = nextLinePrefix;
  }
  state.line += word;
}

/** numpy's _formatArray: nested brackets, rows wrapped at the line width, '...' where summarised. */
function formatArray(
  a: Tensor,
  format: ElementFormatter,
  lineWidth: number,
  nextLinePrefix: string,
  separator: string,
  summarise: boolean,
  edgeItems: number,
): string {
  const data = a.data;
  const shape = a.shape;
  const strides = stridesOf(shape);
  const trimmedSeparator = separator.trimEnd();
  const recurse = (axis: number, offset: number, hangingIndent: string, currWidth: number): string => {
    const axesLeft = shape.length - axis;
    if (axesLeft === 0) return format(data[offset]);
    const nextHangingIndent = hangingIndent + ' ';
    const nextWidth = currWidth - 1;
    const length = shape[axis];
    const showSummary = summarise && 2 * edgeItems < length;
    const leading = showSummary ? edgeItems : 0;
    const trailing = showSummary ? edgeItems : length;
    const item = (i: number): string => recurse(axis + 1, offset + i * strides[axis], nextHangingIndent, nextWidth);
    let s = '';
    if (axesLeft === 1) {
      const elemWidth = currWidth - Math.max(trimmedSeparator.length, 1);
      const state = { s: '', line: hangingIndent };
      for (let i = 0; i < leading; i++) {
        extendLine(state, item(i), elemWidth, hangingIndent);
        state.line += separator;
      }
      if (showSummary) {
        extendLine(state, SUMMARY, elemWidth, hangingIndent);
        state.line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        extendLine(state, item(length - i), elemWidth, hangingIndent);
        state.line += separator;
      }
      extendLine(state, item(length - 1), elemWidth, hangingIndent);
      s = state.s + state.line;
    } else {
      const lineSep = trimmedSeparator + '\n'.repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) s += hangingIndent + item(i) + lineSep;
      if (showSummary) s += hangingIndent + SUMMARY + lineSep;
      for (let i = trailing; i > 1; i--) s += hangingIndent + item(length - i) + lineSep;
      s += hangingIndent + item(length - 1);
    }
    return '[' + s.slice(hangingIndent.length) + ']';
  };
  return recurse(0, 0, nextLinePrefix, lineWidth);
}

/** numpy's array2string: the separator between elements; prefix and suffix are not printed, their
 *  lengths indent the continuation lines and shorten the line width. */
export function array2string(
  a: Tensor,
  options: NumpyPrintOptions,
  separator: string,
  prefix: string,
  suffix: string,
): string {
  if (a.size === 0) return '[]';
  const summarise = a.size > options.threshold;
  const format = elementFormatter(shownValues(a, summarise, options.edgeItems), a.dtype, a.shape.length === 0, options);
  const nextLinePrefix = ' ' + ' '.repeat(prefix.length);
  return formatArray(a, format, options.lineWidth - suffix.length, nextLinePrefix, separator, summarise, options.edgeItems);
}

/** What print(arr) / str(arr) shows (a 0-d array: its scalar's str, which no option changes). */
export function arrayStr(a: Tensor, options: NumpyPrintOptions = DEFAULT_PRINT_OPTIONS): string {
  if (a.shape.length === 0) return scalarStr(a.item(), a.dtype);
  return array2string(a, options, ' ', '', '');
}

function shapeTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** What repr(arr) shows: array([...]) with the dtype and shape when the text does not imply them. */
export function arrayRepr(a: Tensor, options: NumpyPrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const prefix = 'array(';
  const body = array2string(a, options, ', ', prefix, ')');
  const extras: string[] = [];
  if ((a.size === 0 && !(a.shape.length === 1 && a.shape[0] === 0)) || a.size > options.threshold)
    extras.push(`shape=${shapeTuple(a.shape)}`);
  // numpy leaves out the dtypes a list of Python values gives (its _typelessdata)
  if (!(a.dtype === 'float64' || a.dtype === 'int64' || a.dtype === 'bool') || a.size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return prefix + body + ')';
  const head = prefix + body + ',';
  const extraText = extras.join(', ') + ')';
  const lastLineLength = head.length - (head.lastIndexOf('\n') + 1);
  const spacer = lastLineLength + extraText.length + 1 > options.lineWidth ? '\n' + ' '.repeat(prefix.length) : ' ';
  return head + spacer + extraText;
}
