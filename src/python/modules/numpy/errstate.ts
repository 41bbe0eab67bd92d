// numpy's floating-point error handling settings: np.seterr (returns the settings before),
// np.geterr and the np.errstate context manager / decorator, with numpy's argument checks. gradlens
// never warns (stderr is not compared), so 'ignore' and 'warn' behave alike; the modes that change
// what a program does when a floating-point error happens ('raise', 'call', 'print', 'log') would
// need every operation to report its errors, and stop the run as unsupported. The settings belong
// to the run (kept by its context), so every run starts with numpy's defaults.
import { PyDict } from '../../runtime/collections';
import { RunContext, ctx } from '../../runtime/context';
import { Unsupported, typeError, valueError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { bindNative, defineRawMethod, signature } from '../../runtime/native';
import { KwArgs, None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { callValue, getAttr, repr } from '../../runtime/protocols';

const KINDS = ['divide', 'over', 'under', 'invalid'] as const;
type Kind = (typeof KINDS)[number];
type Settings = Record<Kind, string>;

const DEFAULTS: Settings = { divide: 'warn', over: 'warn', under: 'ignore', invalid: 'warn' };
const MODES = new Set(['ignore', 'warn', 'raise', 'call', 'print', 'log']);
const SIGNALLING = new Set(['raise', 'call', 'print', 'log']);

const runSettings = new WeakMap<RunContext, Settings>();

function current(): Settings {
  return runSettings.get(ctx()) ?? DEFAULTS;
}

function settingsDict(s: Settings): PyDict {
  const d = new PyDict();
  for (const k of KINDS) d.set(k, s[k]);
  return d;
}

/** The settings after a change of (all, divide, over, under, invalid), numpy's checks first. */
function changed(base: Settings, all: PyValue, given: Record<Kind, PyValue>): Settings {
  const mode = (v: PyValue): string => {
    if (typeof v !== 'string' || !MODES.has(v)) throw valueError(`invalid error mode ${repr(v)}`);
    return v;
  };
  const allMode = all === None ? null : mode(all);
  const next = { ...base };
  for (const k of KINDS) {
    const m = given[k] === None ? allMode : mode(given[k]);
    if (m !== null) next[k] = m;
  }
  for (const k of KINDS) if (SIGNALLING.has(next[k])) throw new Unsupported(`numpy's floating-point error mode '${next[k]}' (${k}='${next[k]}')`);
  return next;
}

const SETERR = signature('seterr', 'all=None, divide=None, over=None, under=None, invalid=None');

function seterr(args: PyValue[], kwargs: KwArgs | null): PyDict {
  if (args.length > 5) throw typeError(`seterr() takes from 0 to 5 positional arguments but ${args.length} were given`);
  const [all, divide, over, under, invalid] = bindNative(SETERR, args, kwargs) as PyValue[];
  const before = current();
  runSettings.set(ctx(), changed(before, all, { divide, over, under, invalid }));
  return settingsDict(before);
}

// ---- np.errstate -----------------------------------------------------------------------------

const errstateType = new PyType('errstate', [objectType], { module: 'numpy' });

class ErrState extends PyObject {
  saved: Settings | null = null;
  constructor(
    readonly all: PyValue,
    readonly given: Record<Kind, PyValue>,
  ) {
    super(errstateType);
  }
  settings(): Settings {
    return changed(current(), this.all, this.given);
  }
}

const ERRSTATE = signature('errstate.__init__', '*, call=None, all=None, divide=None, over=None, under=None, invalid=None');

function errstate(args: PyValue[], kwargs: KwArgs | null): ErrState {
  if (args.length > 0) throw typeError(`errstate.__init__() takes 1 positional argument but ${args.length + 1} were given`);
  const [, all, divide, over, under, invalid] = bindNative(ERRSTATE, args, kwargs) as PyValue[];
  return new ErrState(all, { divide, over, under, invalid });
}

/** f decorated by an errstate: the settings hold while f runs. */
function decorated(e: ErrState, f: PyValue): PyBuiltin {
  const name = getAttr(f, '__name__');
  const wrapper = new PyBuiltin(typeof name === 'string' ? name : 'inner', (args, kwargs) => {
    const before = current();
    runSettings.set(ctx(), e.settings());
    try {
      return callValue(f, args, kwargs);
    } finally {
      runSettings.set(ctx(), before);
    }
  });
  return wrapper;
}

let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  defineRawMethod(errstateType, '__enter__', (s) => {
    const e = s as ErrState;
    if (e.saved !== null) throw typeError('Cannot enter `np.errstate` twice.');
    const next = e.settings();
    e.saved = current();
    runSettings.set(ctx(), next);
    return None;
  });
  defineRawMethod(errstateType, '__exit__', (s) => {
    const e = s as ErrState;
    if (e.saved !== null) runSettings.set(ctx(), e.saved);
    return None;
  });
  defineRawMethod(errstateType, '__call__', (s, args) => decorated(s as ErrState, args[0]));
}

export function errstateFunctions(): PyBuiltin[] {
  install();
  return [
    new PyBuiltin('seterr', seterr),
    new PyBuiltin('geterr', (args, kwargs) => {
      bindNative(signature('geterr', ''), args, kwargs);
      return settingsDict(current());
    }),
    new PyBuiltin('errstate', errstate),
  ];
}
