// Modules whose body is Python source (e.g. micrograd): lowered once per process, then compiled and
// run as a module body - in its own globals, under the module's `__name__` - in the current run, so
// its functions are ordinary Python functions (their calls reach the recorder, their float ops the
// tape, their statements the step budget).
//
// Library code is not the user's code: it is compiled by `compileAsLibrary` (library-compile.ts).
import type { Module } from '../ir';
import { lowerSource } from '../lower';
import { compileModule } from '../compile';
import { ctx } from '../runtime/context';
import { GlobalsNamespace, PyModule } from '../runtime/functions';
import { getBuiltins } from '../runtime/setup';
import { registerSourceText } from '../runtime/source-files';
import { PySyntaxError } from '../syntax-error';
import { compileAsLibrary } from './library-compile';
import { registerModule, unsupportedAttributes } from './registry';

/** A module body written in Python, with the file name its functions report in tracebacks. */
export interface PythonSourceModule {
  name: string;
  filename: string;
  source: string;
  /** A part of a bigger module (the standard library's): its missing attributes are unsupported
   *  features (registry.ts, unsupportedAttributes), not AttributeErrors. */
  partial?: boolean;
  /** The module's attributes are its globals (`warnings.showwarning = f` is seen by its functions),
   *  not a copy made when its body has run. */
  liveGlobals?: boolean;
  /** Adds native attributes once the body has run. */
  extend?: (m: PyModule) => void;
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
export function runPythonModuleBody(m: PyModule, body: Module, filename: string, liveGlobals = false): void {
  const rt = ctx();
  const compiled = compileAsLibrary(rt, () => compileModule(body, rt, getBuiltins(), filename));
  compiled.globals.set('__name__', m.name);
  compiled.globals.set('__file__', filename);
  if (liveGlobals) m.dict = new GlobalsNamespace(compiled.globals);
  compiled.run();
  if (!liveGlobals) for (const [name, cell] of compiled.globals.cells) if (cell.v !== undefined) m.dict!.set(name, cell.v);
}

/** Registers a module whose body is Python source (lowered on first import, run once per run). */
export function registerPythonModule(spec: PythonSourceModule): void {
  registerSourceText(spec.filename, spec.source);
  let lowered: Module | null = null;
  registerModule(spec.name, (m) => {
    lowered ??= lowerLibrary(spec);
    runPythonModuleBody(m, lowered, spec.filename, spec.liveGlobals);
    spec.extend?.(m);
    if (spec.partial) m.cls = unsupportedAttributes(spec.name);
  });
}
