// numpy's print options of the running program: np.set_printoptions and np.printoptions change
// them, np.get_printoptions shows them, array printing reads `currentPrintOptions()`. They belong
// to the run (kept by its context), so every run starts with numpy's defaults.
import { Tensor } from '../../../engine';
import { DEFAULT_PRINT_OPTIONS, FloatMode, NumpyPrintOptions, SignMode } from '../../format';
import { PyDict } from '../../runtime/collections';
import { RunContext, ctx, runContextOrNull } from '../../runtime/context';
import { PyExc, TypeError as TypeErrorType, Unsupported, pyErr, typeError, valueError } from '../../runtime/errors';
import { hasIndex, toIndex, toNumber } from '../../runtime/native';
import { None, PyValue } from '../../runtime/object';
import { repr, truthy } from '../../runtime/protocols';
import { NpScalar } from './scalar';

/** numpy's option names, in the order get_printoptions() gives them. */
const OPTION_NAMES = [
  'edgeitems',
  'threshold',
  'floatmode',
  'precision',
  'suppress',
  'linewidth',
  'nanstr',
  'infstr',
  'sign',
  'formatter',
  'legacy',
  'override_repr',
] as const;

export type OptionName = (typeof OPTION_NAMES)[number];

/** Options as a call gives them: absent (undefined) or None leaves an option as it is. */
export type GivenOptions = Partial<Record<OptionName, PyValue | undefined>>;

/** The options as Python sees them (get_printoptions) and as the formatters read them. */
export interface PrintOptionsState {
  readonly shown: Readonly<Record<OptionName, PyValue>>;
  readonly options: NumpyPrintOptions;
}

const DEFAULT_STATE: PrintOptionsState = {
  shown: {
    edgeitems: 3,
    threshold: 1000,
    floatmode: 'maxprec',
    precision: 8,
    suppress: false,
    linewidth: 75,
    nanstr: 'nan',
    infstr: 'inf',
    sign: '-',
    formatter: None,
    legacy: false,
    override_repr: None,
  },
  options: DEFAULT_PRINT_OPTIONS,
};

const runStates = new WeakMap<RunContext, PrintOptionsState>();

/** What array printing uses now (numpy's defaults between runs: a report reading values). */
export function currentPrintOptions(): NumpyPrintOptions {
  const c = runContextOrNull();
  if (c === null) return DEFAULT_PRINT_OPTIONS;
  return runStates.get(c)?.options ?? DEFAULT_PRINT_OPTIONS;
}

export function printOptionsState(): PrintOptionsState {
  return runStates.get(ctx()) ?? DEFAULT_STATE;
}

export function setPrintOptionsState(state: PrintOptionsState): void {
  runStates.set(ctx(), state);
}

/** get_printoptions(): a fresh dict in numpy's key order. */
export function printOptionsDict(state: PrintOptionsState): PyDict {
  const d = new PyDict();
  for (const name of OPTION_NAMES) d.set(name, state.shown[name]);
  return d;
}

const FLOAT_MODES: readonly FloatMode[] = ['fixed', 'unique', 'maxprec', 'maxprec_equal'];
const SIGNS: readonly SignMode[] = ['-', '+', ' '];

const given = (v: PyValue | undefined): v is PyValue => v !== undefined && v !== None;

/** isinstance(v, numbers.Number) for the values gradlens has (numpy's bool is not one). */
function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof Tensor) return true;
  return v instanceof NpScalar && v.dtype !== 'bool';
}

/** operator.index(v), or null where it raises TypeError. */
function asIndex(v: PyValue): number | null {
  if ((v instanceof NpScalar && v.dtype === 'bool') || !hasIndex(v)) return null;
  try {
    return toIndex(v);
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(TypeErrorType)) return null;
    throw e;
  }
}

/**
 * The options a call changes, checked as numpy's _make_options_dict checks them (its errors, in its
 * order), then against what gradlens supports (Unsupported, naming `fname` and the option).
 */
export function checkedChanges(fname: string, g: GivenOptions): Partial<Record<OptionName, PyValue>> {
  const out: Partial<Record<OptionName, PyValue>> = {};
  for (const name of OPTION_NAMES) if (given(g[name])) out[name] = g[name];
  if (out.suppress !== undefined) out.suppress = truthy(out.suppress);
  if (out.floatmode !== undefined && !(FLOAT_MODES as readonly PyValue[]).includes(out.floatmode))
    throw valueError(`floatmode option must be one of ${FLOAT_MODES.map((m) => `"${m}"`).join(', ')}`);
  if (out.sign !== undefined && !(SIGNS as readonly PyValue[]).includes(out.sign))
    throw valueError("sign option must be one of ' ', '+', or '-'");
  if (out.threshold !== undefined) {
    if (!isNumber(out.threshold)) throw typeError('threshold must be numeric');
    if (Number.isNaN(toNumber(out.threshold)))
      throw valueError('threshold must be non-NAN, try sys.maxsize for untruncated representation');
  }
  if (out.precision !== undefined) {
    const precision = asIndex(out.precision);
    if (precision === null) throw pyErr(TypeErrorType, 'precision must be an integer');
    out.precision = precision;
  }
  const unsupported = (name: OptionName, v: PyValue): Unsupported => new Unsupported(`${fname}(${name}=${repr(v)})`);
  if (out.legacy !== undefined && out.legacy !== false) throw unsupported('legacy', out.legacy);
  for (const name of ['formatter', 'override_repr'] as const) if (out[name] !== undefined) throw new Unsupported(`${fname}(${name}=...)`);
  if (out.edgeitems !== undefined && !((asIndex(out.edgeitems) ?? -1) >= 0)) throw unsupported('edgeitems', out.edgeitems);
  if (out.linewidth !== undefined && !isNumber(out.linewidth)) throw unsupported('linewidth', out.linewidth);
  for (const name of ['nanstr', 'infstr'] as const) {
    const v = out[name];
    if (v !== undefined && typeof v !== 'string') throw unsupported(name, v);
  }
  return out;
}

/** The state after set_printoptions(...): formatter and override_repr are reset by every call. */
export function withChanges(state: PrintOptionsState, changes: Partial<Record<OptionName, PyValue>>): PrintOptionsState {
  const shown = { ...state.shown, formatter: None, override_repr: None, ...changes };
  return { shown, options: parsedOptions(shown) };
}

/** The formatters' view of checked option values. */
export function parsedOptions(shown: Readonly<Record<OptionName, PyValue>>): NumpyPrintOptions {
  return {
    precision: shown.precision as number,
    floatMode: shown.floatmode as FloatMode,
    suppress: shown.suppress as boolean,
    sign: shown.sign as SignMode,
    nanStr: shown.nanstr as string,
    infStr: shown.infstr as string,
    threshold: toNumber(shown.threshold),
    edgeItems: toIndex(shown.edgeitems),
    lineWidth: toNumber(shown.linewidth),
  };
}
