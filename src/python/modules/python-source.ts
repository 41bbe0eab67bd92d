// Modules whose body is Python source (e.g. micrograd): lowered once per process, then compiled and
// run as a module body - in its own globals, under the module's `__name__` - in the current run, so
// its functions are ordinary Python functions (their calls reach the recorder, their float ops the
// tape, their statements the step budget).
//
// Library code is not the user's code, so its compilation differs in two ways:
// - its assignments are not reported as bindings (its spans are lines of the library's own text,
//   and the bindings log, hover and roots read every binding as a place in the user's file);
// - its spans get the span id 0, "no source location", so tensors it makes are not attributed to a
//   line of the user's file.
// The compiler reads the recorder and registers span ids while compiling (not while running), so
// both are done by compiling against the run context with a silent recorder and a span sink in
// place; test/interpreter/micrograd-module.test.ts checks that this stays true.
import type { Module, Span } from '../ir';
import { lowerSource } from '../lower';
import { compileModule } from '../compile';
import { ctx, type RunContext } from '../runtime/context';
import { PyModule } from '../runtime/functions';
import { PyType, type PyValue } from '../runtime/object';
import { getBuiltins } from '../runtime/setup';
import { registerSourceText } from '../runtime/source-files';
import { PySyntaxError } from '../syntax-error';
import type { TraceRecorder } from '../trace';
import { registerModule, unsupportedAttributes } from './registry';

/** Forwards calls and returns (so e.g. `.backward()` on a library object is seen) but no bindings. */
class LibraryRecorder implements TraceRecorder {
  constructor(private readonly user: TraceRecorder) {}
  bind(): void {}
  call(frame: number, qualname: string, fn: PyValue, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue> | null, span: Span): void {
    this.user.call(frame, qualname, fn, args, kwargs, span);
  }
  return(frame: number, value: PyValue, span: Span): void {
    this.user.return(frame, value, span);
  }
}

/** A span table that registers nothing: every span id handed out is 0 ("no source location"). */
function spanSink(first: Span): Span[] {
  const sink: Span[] = [first];
  sink.push = (): number => sink.length;
  return sink;
}

/** The run context's fields the compiler reads while compiling, writable for the library compile. */
interface CompileTimeFields {
  recorder: TraceRecorder;
  spans: Span[];
}

/** Runs `compile` with the run's recorder and span table replaced by their library versions. */
function compileAsLibrary<T>(rt: RunContext, compile: () => T): T {
  const fields = rt as unknown as CompileTimeFields;
  const { recorder, spans } = fields;
  fields.recorder = new LibraryRecorder(recorder);
  fields.spans = spanSink(spans[0]);
  try {
    return compile();
  } finally {
    fields.recorder = recorder;
    fields.spans = spans;
  }
}

/** A module body written in Python, with the file name its functions report in tracebacks. */
export interface PythonSourceModule {
  name: string;
  filename: string;
  source: string;
  /** A part of a bigger module (the standard library's): its missing attributes are unsupported
   *  features (registry.ts, unsupportedAttributes), not AttributeErrors. */
  partial?: boolean;
}

function lowerLibrary(spec: PythonSourceModule): Module {
  try {
    return lowerSource(spec.source);
  } catch (e) {
    // The source is ours: a syntax error in it is a bug in gradlens, not in the user's program.
    if (e instanceof PySyntaxError) throw new Error(`${spec.filename}:${e.span.line}: ${e.pyType}: ${e.message}`);
    throw e;
  }
}

/** Compiles and runs `body` as the body of module `m` in the current run; its globals become m's attributes. */
export function runPythonModuleBody(m: PyModule, body: Module, filename: string): void {
  const rt = ctx();
  const compiled = compileAsLibrary(rt, () => compileModule(body, rt, getBuiltins(), filename));
  compiled.globals.set('__name__', m.name);
  compiled.globals.set('__file__', filename);
  compiled.run();
  for (const [name, cell] of compiled.globals.cells) {
    if (cell.v === undefined) continue;
    if (cell.v instanceof PyType) claimClass(cell.v, m.name);
    m.dict!.set(name, cell.v);
  }
}

/** A class the module body defined (the compiler names every class's module '__main__') belongs to
 *  the module: `__module__`, `<class 'micrograd.engine.Value'>`, and a way for the analysis to tell
 *  library classes from the user's. Classes imported from elsewhere already carry their module. */
function claimClass(cls: PyType, moduleName: string): void {
  if (!cls.isUserClass || cls.module !== '__main__') return;
  cls.module = moduleName;
  cls.dict!.set('__module__', moduleName);
}

/** Registers a module whose body is Python source (lowered on first import, run once per run). */
export function registerPythonModule(spec: PythonSourceModule): void {
  registerSourceText(spec.filename, spec.source);
  let lowered: Module | null = null;
  registerModule(spec.name, (m) => {
    lowered ??= lowerLibrary(spec);
    runPythonModuleBody(m, lowered, spec.filename);
    if (spec.partial) m.cls = unsupportedAttributes(spec.name);
  });
}
