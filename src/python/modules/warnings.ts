// `warnings`: its Python body (stdlib/warnings-source.ts) plus the native parts - `warn` and
// `warn_explicit` (as in CPython, C functions: no frame of theirs in a traceback; `warn` reads the
// caller's file, line and module `stacklevel` frames up), the source line a warning quotes, and
// the filter patterns' matching.
import { ctx } from '../runtime/context';
import { PyExc, Unsupported, Warning, UserWarning, typeError } from '../runtime/errors';
import type { PyModule } from '../runtime/functions';
import { builtinFunction, toIndex } from '../runtime/native';
import { None, PyType, PyValue, typeName } from '../runtime/object';
import { callValue } from '../runtime/protocols';
import { librarySourceLine } from '../runtime/source-files';
import { registerPythonModule } from './python-source';
import { registerModule } from './registry';
import { WARNINGS_SOURCE } from './stdlib/warnings-source';

/** Line `line` of a file the run knows (the script, a library or user module), or ''. */
function sourceLine(filename: string, line: number): string {
  const c = ctx();
  const text = filename === c.filename ? c.sourceLines[line - 1] : librarySourceLine(filename, line);
  return text ?? '';
}

/** re.match(pattern, text) for a filter's pattern: JavaScript's regular expressions agree with
 *  Python's on the patterns filters use (literal text, `.*`, classes); the rest is unsupported. */
function patternMatches(pattern: string, text: string, ignoreCase: boolean): boolean {
  if (/\(\?(?![:=!]|<[=!])|\\[AZ]/.test(pattern)) throw new Unsupported(`the warnings filter pattern ${JSON.stringify(pattern)}`);
  let re: RegExp;
  try {
    re = new RegExp(pattern, ignoreCase ? 'iy' : 'y');
  } catch {
    throw new Unsupported(`the warnings filter pattern ${JSON.stringify(pattern)}`);
  }
  return re.test(text);
}

registerModule('_gradlens_warnings', (m) => {
  m.dict!.set('source_line', builtinFunction('source_line', 'filename, lineno, /', ([f, n]) => sourceLine(String(f), toIndex(n!))));
  m.dict!.set('match', builtinFunction('match', 'pattern, text, ignorecase, /', ([p, t, ic]) => patternMatches(String(p), String(t), ic === true)));
  m.dict!.set('unsupported', builtinFunction('unsupported', 'what, /', ([what]) => {
    throw new Unsupported(String(what));
  }));
});

/** The category of warn(message, category): the message's class for a Warning instance. */
function warningCategory(message: PyValue, category: PyValue): PyValue {
  if (message instanceof PyExc && message.cls.isSubtypeOf(Warning)) return message.cls;
  const cat = category === None ? UserWarning : category;
  if (!(cat instanceof PyType && cat.isSubtypeOf(Warning))) throw typeError(`category must be a Warning subclass, not '${typeName(cat)}'`);
  return cat;
}

/** Calls one of the module's Python halves; a returned exception (the 'error' action) is raised here. */
function raiseReturned(m: PyModule, fn: string, args: PyValue[]): PyValue {
  const error = callValue(m.dict!.get(fn)!, args, null);
  if (error instanceof PyExc) throw error;
  return None;
}

function addNativeWarn(m: PyModule): void {
  m.dict!.set('warn', builtinFunction('warn', 'message, category=None, stacklevel=1, source=None', ([message, category, stacklevel, source]) => {
    const cat = warningCategory(message!, category!);
    let f = ctx().frame;
    for (let level = toIndex(stacklevel!); level > 1 && f !== null; level--) f = f.back;
    // beyond the outermost frame CPython reports sys:1
    const filename = f === null ? 'sys' : f.globals.filename;
    const lineno = f === null ? 1 : f.line;
    const module = f === null ? 'sys' : (f.globals.get('__name__') ?? '<string>');
    return raiseReturned(m, '_warn_at', [message!, cat, filename, lineno, module, source!]);
  }));
  m.dict!.set('warn_explicit', builtinFunction('warn_explicit', 'message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None', ([message, category, filename, lineno, module, registry, , source]) =>
    raiseReturned(m, '_warn_explicit', [message!, category!, filename!, lineno!, module!, registry!, source!]),
  ));
}

registerPythonModule({ name: 'warnings', filename: 'warnings.py', partial: true, liveGlobals: true, source: WARNINGS_SOURCE, extend: addNativeWarn });
