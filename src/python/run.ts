// The public API of the interpreter: parse, lower, compile and run a Python file under budgets,
// capturing what it prints, its traceback, and the bindings it made.
import { clearHistoryHorizon, historyHorizon, setElementGuard, setOrigin, startScalarTape } from '../engine';
import { compileModule } from './compile';
import type { Span } from './ir';
import { lowerSource } from './lower';
import { loadParser } from './parse';
import { BudgetExceeded, PyExc, SyntaxErrorType, SystemExit, type TraceEntry, Unsupported } from './runtime/errors';
import { None } from './runtime/object';
import { str } from './runtime/protocols';
import { RunContext, setContext } from './runtime/context';
import { toPyException } from './runtime/convert';
import { noteFrame } from './runtime/call';
import { excStr, systemExitCode } from './runtime/misc-types';
import { getBuiltins } from './runtime/setup';
import { librarySourceLine } from './runtime/source-files';
import type { SourceTrees } from './source-trees';
import { PySyntaxError } from './syntax-error';
import { BindingsLog, TeeRecorder, TraceRecorder, hasOwnLog } from './trace';
import type { Frame } from './runtime/functions';
import { type ModuleFiles, directoryOf } from './runtime/module-files';

export async function loadPython(): Promise<void> {
  await loadParser();
}

export interface RunOptions {
  filename: string;
  maxSteps?: number;
  maxSeconds?: number;
  maxElements?: number;
  /** Also run the `# gradlens:` directives after the body (default false: like `python FILE`). */
  runDirectives?: boolean;
  recorder?: TraceRecorder;
  /** Parse incrementally from the previous tree of `filename` kept here (an editor's document). */
  trees?: SourceTrees;
  /** The files `import` may read: the user's own modules beside `filename` (none when absent). */
  moduleFiles?: ModuleFiles;
}

export interface RunError {
  kind: 'exception' | 'syntax' | 'unsupported' | 'budget';
  pyType: string;
  message: string;
  span: Span;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 3;
  error?: RunError;
  log: BindingsLog;
  /** The span table: tensor origins are indices into it. */
  spans: Span[];
  /** The files of the user's own modules the run imported (it depends on their text too). */
  imports: string[];
  /** Tensors with a smaller id may have forgotten how they were made: the memory budget ran low and
   *  the run moved the history horizon (engine/tape.ts). 0: every tensor kept its history. */
  historyHorizon: number;
}

const NO_SPAN: Span = { line: 1, col: 0, endLine: 1, endCol: 0 };

export function runSource(source: string, options: RunOptions): RunResult {
  // A recorder with a log of its own (the analysis's) is the only one: no second log of the same events.
  const own = options.recorder !== undefined && hasOwnLog(options.recorder) ? options.recorder : null;
  const log = own !== null ? own.log : new BindingsLog();
  const recorder: TraceRecorder = own ?? (options.recorder ? new TeeRecorder([log, options.recorder]) : log);
  const spans: Span[] = [NO_SPAN];
  const lines = source.split(/\r\n|\r|\n/);
  // this run's floats: the last run's tape goes with the last of its tensors (before the run
  // context measures the memory it starts from: that tape may hold the last run's whole graph)
  startScalarTape();
  const rt = new RunContext(
    options.filename,
    lines,
    {
      maxSteps: options.maxSteps ?? 50_000_000,
      maxSeconds: options.maxSeconds ?? 10,
      maxElements: options.maxElements ?? 50_000_000,
    },
    recorder,
    spans,
  );
  rt.moduleFiles = options.moduleFiles ?? null;
  rt.modulePath = [directoryOf(options.filename)];
  const prevCtx = setContext(rt);
  const prevOrigin = setOrigin(0);
  const prevGuard = setElementGuard(rt.elementGuard);
  clearHistoryHorizon();
  const result = (exitCode: 0 | 1 | 3, stderr: string, error?: RunError): RunResult => ({
    stdout: rt.out.join(''),
    stderr: rt.err.join('') + stderr,
    exitCode,
    error,
    log,
    spans,
    imports: [...rt.importedFiles],
    historyHorizon: historyHorizon(),
  });
  let frame: Frame | null = null;
  try {
    let mod;
    try {
      mod = lowerSource(source, options.trees ? { trees: options.trees, key: options.filename } : undefined);
    } catch (e) {
      if (e instanceof PySyntaxError) return syntaxResult(result, options.filename, lines, e.pyType === 'TabError' ? 'TabError' : e.pyType, e.message, e.span);
      throw e;
    }
    const compiled = compileModule(mod, rt, getBuiltins(), options.filename);
    frame = compiled.frame;
    compiled.run();
    if (options.runDirectives)
      for (const d of mod.directives) {
        rt.frame = compiled.frame;
        if (d.error) return syntaxResult(result, options.filename, lines, d.error.pyType, d.error.message, d.error.span);
        compiled.compileExtra(d.body)(compiled.frame);
      }
    return result(0, '');
  } catch (e) {
    return failure(e, frame, rt, lines, result);
  } finally {
    setContext(prevCtx);
    setOrigin(prevOrigin);
    setElementGuard(prevGuard);
    clearHistoryHorizon(); // (the analysis's own ops after the run forget nothing)
  }
}

type Make = (exitCode: 0 | 1 | 3, stderr: string, error?: RunError) => RunResult;

function syntaxResult(make: Make, filename: string, lines: string[], pyType: string, message: string, span: Span): RunResult {
  const text = `${syntaxLocation(filename, span.line, lines[span.line - 1] ?? '', span.col)}${pyType}: ${message}\n`;
  return make(1, text, { kind: 'syntax', pyType, message, span });
}

/** CPython's lines for where a SyntaxError is: the file and line, the stripped text, a caret under column `col`. */
function syntaxLocation(filename: string, line: number, src: string, col: number): string {
  const stripped = src.trimStart();
  const indent = src.length - stripped.length;
  const caret = ' '.repeat(Math.max(0, col - indent)) + '^';
  return `  File "${filename}", line ${line}\n    ${stripped.trimEnd()}\n    ${caret}\n`;
}

/** The "Traceback (most recent call last):" block of the frames an exception or stop passed. */
function tracebackEntries(traceback: readonly TraceEntry[], user: UserFile): string {
  if (traceback.length === 0) return '';
  let out = 'Traceback (most recent call last):\n';
  let repeats = 0; // CPython prints a line repeated more than 3 times in a row once more as a count
  const flush = (): void => {
    if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]\n`;
    repeats = 0;
  };
  for (let i = traceback.length - 1; i >= 0; i--) {
    const t = traceback[i];
    const prev = traceback[i + 1];
    if (prev !== undefined && prev.filename === t.filename && prev.line === t.line && prev.name === t.name) repeats++;
    else {
      flush();
      repeats = 1;
    }
    if (repeats > 3) continue;
    out += `  File "${t.filename}", line ${t.line}, in ${t.name}\n`;
    const src = t.filename === user.filename ? user.lines[t.line - 1] : librarySourceLine(t.filename, t.line);
    if (src !== undefined && src.trim() !== '') out += `    ${src.trim()}\n`;
  }
  flush();
  return out;
}

/** For a SyntaxError raised by importing a file that does not parse: its location lines, as CPython
 *  prints them between the traceback and the message (empty for any other exception). */
function syntaxErrorLocation(exc: PyExc): string {
  if (!exc.cls.isSubtypeOf(SyntaxErrorType)) return '';
  const d = exc.dict!;
  const [filename, line, text, offset] = [d.get('filename'), d.get('lineno'), d.get('text'), d.get('offset')];
  if (typeof filename !== 'string' || typeof line !== 'number' || typeof text !== 'string' || typeof offset !== 'number') return '';
  return syntaxLocation(filename, line, text.replace(/\n$/, ''), offset - 1);
}

/** An uncaught exception that stands for a gradlens stop (the ModuleNotFoundError of a module
 *  gradlens cannot provide) as that stop, with the frames it passed; anything else as it is. */
function asStop(err: unknown): unknown {
  if (!(err instanceof PyExc) || err.unsupported === null) return err;
  const stop = new Unsupported(err.unsupported, err.span);
  stop.traceback = err.traceback;
  stop.spanOutsideUserFile = err.spanOutsideUserFile;
  return stop;
}

/** The user's file: its name and its lines, which traceback entries of that file quote. */
interface UserFile {
  filename: string;
  lines: string[];
}

function tracebackText(exc: PyExc, user: UserFile, seen: Set<PyExc>): string {
  seen.add(exc);
  let out = '';
  if (exc.cause !== null && !seen.has(exc.cause))
    out += tracebackText(exc.cause, user, seen) + '\nThe above exception was the direct cause of the following exception:\n\n';
  else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context))
    out += tracebackText(exc.context, user, seen) + '\nDuring handling of the above exception, another exception occurred:\n\n';
  out += tracebackEntries(exc.traceback, user);
  const t = exc.cls;
  const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  const location = syntaxErrorLocation(exc);
  out += location;
  let msg: string;
  try {
    const m = exc.dict!.get('msg');
    msg = location !== '' && typeof m === 'string' ? m : excStr(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  return out + (msg === '' ? `${name}\n` : `${name}: ${msg}\n`);
}

/**
 * `sys.exit(code)` / `raise SystemExit(code)` left uncaught ends the run as `python FILE` ends:
 * no traceback; code None or 0 is success, another int a failure, anything else is printed to
 * stderr and is a failure. (CLI.md's exit codes are 0 and 1 here: 3 means a budget.)
 */
function systemExit(e: PyExc, span: Span, make: Make): RunResult {
  const code = systemExitCode(e);
  if (code === None || code === 0 || code === false) return make(0, '');
  const message = typeof code === 'number' || typeof code === 'bigint' || typeof code === 'boolean' ? '' : str(code);
  return make(1, message === '' ? '' : `${message}\n`, { kind: 'exception', pyType: 'SystemExit', message, span });
}

function failure(e: unknown, frame: Frame | null, rt: RunContext, lines: string[], make: Make): RunResult {
  const err = asStop(toPyException(e));
  const here = (span: Span | null): Span => span ?? frame?.span ?? NO_SPAN;
  if (err instanceof PyExc) {
    if (frame !== null) noteFrame(err, frame);
    if (err.cls.isSubtypeOf(SystemExit)) return systemExit(err, here(err.span), make);
    const text = tracebackText(err, { filename: rt.filename, lines }, new Set());
    let message: string;
    try {
      message = excStr(err);
    } catch {
      message = '';
    }
    return make(1, text, { kind: 'exception', pyType: err.cls.name, message, span: here(err.span) });
  }
  if ((err instanceof BudgetExceeded || err instanceof Unsupported) && frame !== null) noteFrame(err, frame);
  const moduleLine = (line: number): string => {
    const src = lines[line - 1];
    return `Traceback (most recent call last):\n  File "${rt.filename}", line ${line}, in <module>\n` + (src !== undefined && src.trim() !== '' ? `    ${src.trim()}\n` : '');
  };
  const stack = (stop: BudgetExceeded | Unsupported, line: number): string =>
    stop.traceback.length > 0 ? tracebackEntries(stop.traceback, { filename: rt.filename, lines }) : moduleLine(line);
  if (err instanceof BudgetExceeded) {
    const span = here(err.span);
    return make(3, stack(err, span.line) + `gradlens: budget exceeded: ${err.message}\n`, { kind: 'budget', pyType: 'BudgetExceeded', message: err.message, span });
  }
  if (err instanceof Unsupported) {
    const span = here(err.span);
    return make(1, stack(err, span.line) + `NotImplementedError: ${err.message}\n`, { kind: 'unsupported', pyType: 'NotImplementedError', message: err.message, span });
  }
  const span = here(null);
  const message = `gradlens internal error: ${e instanceof Error ? e.message : String(e)}`;
  return make(1, moduleLine(span.line) + `SystemError: ${message}\n`, { kind: 'exception', pyType: 'SystemError', message, span });
}
