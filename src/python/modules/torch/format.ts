// repr/str of torch tensors exactly as torch 1.13's torch/_tensor_str.py prints them with the
// default print options (precision 4, threshold 1000, edgeitems 3, linewidth 80).
import { DType, Tensor } from '../../../engine';
import { formatNumber } from '../../format';
import { torchState } from './tensor';

const PRECISION = 4;
const THRESHOLD = 1000;
const EDGE = 3;
const LINEWIDTH = 80;

const isFloatD = (d: DType): boolean => d === 'float32' || d === 'float64';

/** A strided walk over a C-contiguous tensor: values of sub-block `offset`, `shape`. */
interface Block {
  data: Float64Array;
  shape: readonly number[];
  offset: number;
}

function sub(b: Block, i: number): Block {
  let stride = 1;
  for (let k = 1; k < b.shape.length; k++) stride *= b.shape[k];
  return { data: b.data, shape: b.shape.slice(1), offset: b.offset + i * stride };
}

function blockValues(b: Block): number[] {
  let n = 1;
  for (const d of b.shape) n *= d;
  return Array.from(b.data.subarray(b.offset, b.offset + n));
}

/** The values the formatter sees (get_summarized_data: edge items of every axis when summarizing). */
function summarizedValues(b: Block, summarize: boolean): number[] {
  if (b.shape.length === 0) return [b.data[b.offset]];
  const n = b.shape[0];
  const idx = summarize && n > 2 * EDGE ? [0, 1, 2, n - 3, n - 2, n - 1] : Array.from({ length: n }, (_, i) => i);
  if (b.shape.length === 1) return idx.map((i) => b.data[b.offset + i]);
  return idx.flatMap((i) => summarizedValues(sub(b, i), summarize));
}

const fmt = (v: number, spec: string): string => formatNumber(v, 'float', spec);

class Formatter {
  intMode = true;
  sciMode = false;
  maxWidth = 1;
  constructor(
    readonly dtype: DType,
    values: number[],
  ) {
    if (!isFloatD(dtype)) {
      for (const v of values) this.maxWidth = Math.max(this.maxWidth, this.plain(v).length);
      return;
    }
    const nz = values.filter((v) => Number.isFinite(v) && v !== 0);
    if (nz.length === 0) return;
    const abs = nz.map(Math.abs);
    const min = Math.min(...abs);
    const max = Math.max(...abs);
    this.intMode = nz.every((v) => v === Math.ceil(v));
    const e = `.${PRECISION}e`;
    if (this.intMode) {
      if (max / min > 1000 || max > 1e8) {
        this.sciMode = true;
        for (const v of nz) this.maxWidth = Math.max(this.maxWidth, fmt(v, e).length);
      } else for (const v of nz) this.maxWidth = Math.max(this.maxWidth, fmt(v, '.0f').length + 1);
    } else if (max / min > 1000 || max > 1e8 || min < 1e-4) {
      this.sciMode = true;
      for (const v of nz) this.maxWidth = Math.max(this.maxWidth, fmt(v, e).length);
    } else for (const v of nz) this.maxWidth = Math.max(this.maxWidth, fmt(v, `.${PRECISION}f`).length);
  }

  private plain(v: number): string {
    return this.dtype === 'bool' ? (v !== 0 ? 'True' : 'False') : String(v);
  }

  format(v: number): string {
    let ret: string;
    if (isFloatD(this.dtype)) {
      if (this.sciMode) ret = fmt(v, `${this.maxWidth}.${PRECISION}e`);
      else if (this.intMode) {
        ret = fmt(v, '.0f');
        if (Number.isFinite(v)) ret += '.';
      } else ret = fmt(v, `.${PRECISION}f`);
    } else ret = this.plain(v);
    return ' '.repeat(Math.max(0, this.maxWidth - ret.length)) + ret;
  }
}

function vectorStr(b: Block, indent: number, summarize: boolean, f: Formatter): string {
  const elementLength = f.maxWidth + 2;
  const perLine = Math.max(1, Math.floor((LINEWIDTH - indent) / elementLength));
  const n = b.shape[0];
  const at = (i: number): string => f.format(b.data[b.offset + i]);
  let items: string[];
  if (summarize && n > 2 * EDGE) items = [at(0), at(1), at(2), ' ...', at(n - 3), at(n - 2), at(n - 1)];
  else items = Array.from({ length: n }, (_, i) => at(i));
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(', '));
  return '[' + lines.join(',\n' + ' '.repeat(indent + 1)) + ']';
}

function strWithFormatter(b: Block, indent: number, summarize: boolean, f: Formatter): string {
  const dim = b.shape.length;
  if (dim === 0) return f.format(b.data[b.offset]);
  if (dim === 1) return vectorStr(b, indent, summarize, f);
  const n = b.shape[0];
  const one = (i: number): string => strWithFormatter(sub(b, i), indent + 1, summarize, f);
  const slices =
    summarize && n > 2 * EDGE ? [one(0), one(1), one(2), '...', one(n - 3), one(n - 2), one(n - 1)] : Array.from({ length: n }, (_, i) => one(i));
  return '[' + slices.join(',' + '\n'.repeat(dim - 1) + ' '.repeat(indent + 1)) + ']';
}

/** The contents part of the repr (torch's _tensor_str). */
export function tensorBody(t: Tensor, indent: number): string {
  if (t.size === 0) return '[]';
  const summarize = t.size > THRESHOLD;
  const b: Block = { data: t.data, shape: t.shape, offset: 0 };
  const f = new Formatter(t.dtype, summarize ? summarizedValues(b, true) : blockValues(b));
  return strWithFormatter(b, indent, summarize, f);
}

function addSuffixes(body: string, suffixes: string[], indent: number): string {
  const parts = [body];
  let lastLineLen = body.length - body.lastIndexOf('\n') + 1;
  for (const s of suffixes) {
    if (lastLineLen + s.length + 2 > LINEWIDTH) {
      parts.push(',\n' + ' '.repeat(indent) + s);
      lastLineLen = indent + s.length;
    } else {
      parts.push(', ' + s);
      lastLineLen += s.length + 2;
    }
  }
  parts.push(')');
  return parts.join('');
}

export interface PrintableTensor {
  t: Tensor;
  gradFn: string | null;
  requiresGrad: boolean;
  isParameter: boolean;
  /** Non-null for subclasses of torch.Tensor other than Parameter (printed with their class name). */
  subclassName: string | null;
}

const shapeTuple = (s: readonly number[]): string => (s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`);

/** repr(tensor) and str(tensor). */
export function tensorRepr(x: PrintableTensor): string {
  const prefix = x.subclassName === null ? 'tensor(' : `${x.subclassName}(`;
  const indent = prefix.length;
  const t = x.t;
  const suffixes: string[] = [];
  let body: string;
  if (t.size === 0) {
    if (t.ndim !== 1) suffixes.push(`size=${shapeTuple(t.shape)}`);
    if (t.dtype !== torchState.defaultFloat) suffixes.push(`dtype=torch.${t.dtype}`);
    body = '[]';
  } else {
    if (t.dtype !== torchState.defaultFloat && t.dtype !== 'int64' && t.dtype !== 'bool') suffixes.push(`dtype=torch.${t.dtype}`);
    body = tensorBody(t, indent);
  }
  if (x.gradFn !== null) suffixes.push(`grad_fn=<${x.gradFn}>`);
  else if (x.requiresGrad) suffixes.push('requires_grad=True');
  const s = addSuffixes(prefix + body, suffixes, indent);
  return x.isParameter ? 'Parameter containing:\n' + s : s;
}
