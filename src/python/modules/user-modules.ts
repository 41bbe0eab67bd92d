// The user's own modules: `import layers`, `from cs231n.layers import *`, `from .util import f`
// read Python files beside the run's file (runtime/module-files.ts finds them) and run them the way
// CPython's import does: once per run, on first import, under their dotted name, in a namespace
// that is their globals; a package's submodules become its attributes; a failed import leaves no
// module behind. They run as library code (python-source.ts): the bindings log and the span table
// are the run's file's, so their assignments are not bindings and their tensors carry no line of it.
import { lowerSource } from '../lower';
import { type CompiledModule, compileModule } from '../compile';
import { ctx } from '../runtime/context';
import { IndentationErrorType, ModuleNotFoundError, PyExc, SyntaxErrorType, TabErrorType, pyErr } from '../runtime/errors';
import { leaveFrame } from '../runtime/call';
import { Globals, GlobalsNamespace, type PyModule } from '../runtime/functions';
import { findModule, type FoundModule, UNSHADOWED_MODULES } from '../runtime/module-files';
import { None } from '../runtime/object';
import { PyList, tuple } from '../runtime/collections';
import { getBuiltins } from '../runtime/setup';
import { registerSourceText } from '../runtime/source-files';
import { PySyntaxError } from '../syntax-error';
import { compileAsLibrary } from './library-compile';
import { setUserModuleImporter } from './registry';
import { UserModule } from './user-module';

/**
 * The user's module `name`, imported now if the run's files have it (parents first, as CPython
 * does); null when the files have no such module (the caller then tries the modules gradlens
 * provides). A missing submodule of a user package is a ModuleNotFoundError, as in CPython.
 */
function importUserModule(name: string, importParent: (name: string) => PyModule): PyModule | null {
  const c = ctx();
  if (c.moduleFiles === null) return null;
  const dot = name.lastIndexOf('.');
  if (dot < 0) {
    if (UNSHADOWED_MODULES.has(name)) return null;
    const found = findModule(c.moduleFiles, searchPath(), name);
    return found === null ? null : loadUserModule(name, found, null);
  }
  const top = name.slice(0, name.indexOf('.'));
  if (UNSHADOWED_MODULES.has(top)) return null;
  if (!(importParent(top) instanceof UserModule)) return null; // numpy.random of the numpy gradlens provides
  const parent = importParent(name.slice(0, dot));
  const cached = c.modules.get(name); // the parent's own code may have imported it
  if (cached !== undefined) return cached;
  const notFound = (): PyExc => pyErr(ModuleNotFoundError, `No module named '${name}'${parent instanceof UserModule && parent.searchPath.length === 0 ? `; '${parent.name}' is not a package` : ''}`);
  if (!(parent instanceof UserModule) || parent.searchPath.length === 0) throw notFound();
  const found = findModule(c.moduleFiles, parent.searchPath, name.slice(dot + 1));
  if (found === null) throw notFound();
  return loadUserModule(name, found, parent);
}

/** Where a top-level module is looked for: `sys.path` once the program imported sys (it may have
 *  added a folder: `sys.path.append('..')`), else the run's file's folder. */
function searchPath(): readonly string[] {
  const c = ctx();
  const path = c.modules.get('sys')?.dict?.get('path');
  if (!(path instanceof PyList)) return c.modulePath;
  return path.items.filter((p): p is string => typeof p === 'string');
}

function loadUserModule(name: string, found: FoundModule, parent: PyModule | null): PyModule {
  const c = ctx();
  const file = found.kind === 'namespace' ? null : found; // a namespace package has no code
  const dir = found.kind === 'module' ? null : found.dir; // a package's submodules are found here
  const code = file === null ? null : compileUserModule(file.filename, file.source);
  const globals = code !== null ? code.globals : new Globals(dir as string);
  const m = new UserModule(name, new GlobalsNamespace(globals), file?.filename ?? null, dir === null ? [] : [dir]);
  globals.set('__name__', name);
  globals.set('__file__', file?.filename ?? None);
  globals.set('__package__', dir === null ? (parent?.name ?? '') : name);
  if (dir !== null) globals.set('__path__', new PyList([dir]));
  c.modules.set(name, m); // before its body runs: a circular import sees the module as it is so far
  if (code !== null) {
    m.initializing = true;
    try {
      code.run();
    } catch (e) {
      c.modules.delete(name);
      throw leaveFrame(e, code.frame);
    } finally {
      m.initializing = false;
    }
  }
  if (parent !== null) parent.dict!.set(name.slice(name.lastIndexOf('.') + 1), m);
  return m;
}

/** A module file's body compiled as library code, its text registered for tracebacks; a file that
 *  does not parse raises the SyntaxError CPython's import raises. */
function compileUserModule(filename: string, source: string): CompiledModule {
  const c = ctx();
  c.importedFiles.push(filename);
  registerSourceText(filename, source);
  let body;
  try {
    body = lowerSource(source);
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorOf(e, filename, source);
    throw e;
  }
  return compileAsLibrary(c, () => compileModule(body, c, getBuiltins(), filename));
}

/**
 * The SyntaxError an import of a file that does not parse raises: CPython's attributes (msg,
 * filename, lineno, offset, text) and args, so the traceback can show the line and its caret.
 */
function syntaxErrorOf(e: PySyntaxError, filename: string, source: string): PyExc {
  const type = e.pyType === 'TabError' ? TabErrorType : e.pyType === 'IndentationError' ? IndentationErrorType : SyntaxErrorType;
  const exc = new PyExc(type);
  const text = source.split(/\r\n|\r|\n/)[e.span.line - 1] ?? '';
  const offset = e.span.col + 1;
  exc.args = [e.message, tuple([filename, e.span.line, offset, `${text}\n`, e.span.endLine, e.span.endCol + 1])];
  const d = exc.dict!;
  d.set('msg', e.message);
  d.set('filename', filename);
  d.set('lineno', e.span.line);
  d.set('offset', offset);
  d.set('text', `${text}\n`);
  d.set('end_lineno', e.span.endLine);
  d.set('end_offset', e.span.endCol + 1);
  return exc;
}

setUserModuleImporter(importUserModule);
