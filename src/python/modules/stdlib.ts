// The standard-library modules code people write imports alongside numpy: `__future__` and
// `builtins` (CS231n files start with them), `typing`, `abc`, `bisect`, `collections`, `contextlib`,
// `copy`, `dataclasses`, `functools`, `heapq`, `itertools`, `operator`, `keyword`, `string`, `sys`
// (Python source run by our interpreter, see python-source.ts) and `time` (native: a clock; `sleep`
// advances it without waiting, so a run never blocks). `warnings` and `statistics` have native
// halves of their own (warnings.ts, statistics.ts).
import { None, PyValue, pyFloat } from '../runtime/object';
import { builtinFunction, toNumber } from '../runtime/native';
import { valueError } from '../runtime/errors';
import { getBuiltins } from '../runtime/setup';
import { importModule, registerModule } from './registry';
import { registerPythonModule } from './python-source';
import { ABC_SOURCE } from './stdlib/abc-source';
import { BISECT_SOURCE } from './stdlib/bisect-source';
import { COLLECTIONS_SOURCE } from './stdlib/collections-source';
import { CONTEXTLIB_SOURCE } from './stdlib/contextlib-source';
import { COPY_SOURCE } from './stdlib/copy-source';
import { DATACLASSES_SOURCE } from './stdlib/dataclasses-source';
import { FUNCTOOLS_SOURCE } from './stdlib/functools-source';
import { FUTURE_SOURCE } from './stdlib/future-source';
import { HEAPQ_SOURCE } from './stdlib/heapq-source';
import { ITERTOOLS_SOURCE } from './stdlib/itertools-source';
import { KEYWORD_SOURCE } from './stdlib/keyword-source';
import { OPERATOR_SOURCE } from './stdlib/operator-source';
import { TYPING_SOURCE } from './stdlib/typing-source';
import { OS_SOURCE, PICKLE_SOURCE, POSIXPATH_SOURCE } from './stdlib/os-source';
import { STRING_SOURCE } from './stdlib/string-source';
import { SYS_SOURCE } from './stdlib/sys-source';
import { ctx } from '../runtime/context';
import { PyList } from '../runtime/collections';
import { abcMetaType } from '../runtime/class-setup';

registerPythonModule({ name: 'abc', filename: 'abc.py', partial: true, source: ABC_SOURCE });
registerPythonModule({ name: '__future__', filename: '__future__.py', partial: true, source: FUTURE_SOURCE });
registerPythonModule({ name: 'bisect', filename: 'bisect.py', partial: true, source: BISECT_SOURCE });
registerPythonModule({ name: 'collections', filename: 'collections/__init__.py', partial: true, source: COLLECTIONS_SOURCE });
registerPythonModule({ name: 'dataclasses', filename: 'dataclasses.py', partial: true, source: DATACLASSES_SOURCE });
registerPythonModule({ name: 'contextlib', filename: 'contextlib.py', partial: true, source: CONTEXTLIB_SOURCE });
registerPythonModule({ name: 'copy', filename: 'copy.py', partial: true, source: COPY_SOURCE });
registerPythonModule({ name: 'functools', filename: 'functools.py', partial: true, source: FUNCTOOLS_SOURCE });
registerPythonModule({ name: 'heapq', filename: 'heapq.py', partial: true, source: HEAPQ_SOURCE });
registerPythonModule({ name: 'itertools', filename: 'itertools.py', partial: true, source: ITERTOOLS_SOURCE });
registerPythonModule({ name: 'keyword', filename: 'keyword.py', partial: true, source: KEYWORD_SOURCE });
registerPythonModule({ name: 'operator', filename: 'operator.py', partial: true, source: OPERATOR_SOURCE });
registerPythonModule({ name: 'string', filename: 'string.py', partial: true, source: STRING_SOURCE });
registerPythonModule({ name: 'sys', filename: 'sys.py', partial: true, source: SYS_SOURCE });
registerPythonModule({ name: 'typing', filename: 'typing.py', partial: true, source: TYPING_SOURCE });
registerPythonModule({ name: 'posixpath', filename: 'posixpath.py', partial: true, source: POSIXPATH_SOURCE });
registerPythonModule({ name: 'os', filename: 'os.py', partial: true, source: OS_SOURCE });
registerPythonModule({ name: 'pickle', filename: 'pickle.py', partial: true, source: PICKLE_SOURCE });
// `import os.path`: the posixpath module, as os's `path` attribute is
registerModule('os.path', (m) => {
  for (const [k, v] of importModule('posixpath', null).dict!) m.dict!.set(k, v);
  m.cls = importModule('posixpath', null).cls;
});

/** The native half of 'sys': the script's name and the run's output streams. */
registerModule('_gradlens_sys', (m) => {
  m.dict!.set('script_name', builtinFunction('script_name', '', () => ctx().filename));
  // sys.path: where `import` looks for the user's modules (the script's folder); changes to it count
  m.dict!.set('search_path', builtinFunction('search_path', '', () => new PyList([...ctx().modulePath])));
  m.dict!.set('write_stdout', builtinFunction('write_stdout', 's, /', ([s]) => (ctx().write(s as string), None)));
  m.dict!.set('write_stderr', builtinFunction('write_stderr', 's, /', ([s]) => (ctx().writeErr(s as string), None)));
});

registerModule('_gradlens_abc', (m) => {
  m.dict!.set('ABCMeta', abcMetaType);
});

registerModule('builtins', (m) => {
  for (const [name, value] of getBuiltins()) m.dict!.set(name, value);
});

registerModule('time', (m) => {
  let slept = 0; // seconds `sleep` added to this run's clocks
  const origin = performance.now();
  const seconds = (): number => (performance.now() - origin) / 1000 + slept;
  const add = (name: string, spec: string, impl: (a: (PyValue | undefined)[]) => PyValue): void => {
    m.dict!.set(name, builtinFunction(name, spec, impl));
  };
  add('time', '', () => pyFloat(Date.now() / 1000 + slept));
  add('time_ns', '', () => Math.round(Date.now() * 1e6 + slept * 1e9));
  add('perf_counter', '', () => pyFloat(seconds()));
  add('perf_counter_ns', '', () => Math.round(seconds() * 1e9));
  add('monotonic', '', () => pyFloat(seconds()));
  add('process_time', '', () => pyFloat(seconds()));
  add('sleep', 'secs, /', ([secs]) => {
    const s = toNumber(secs!, 'must be real number');
    if (s < 0) throw valueError('sleep length must be non-negative');
    slept += s;
    return None;
  });
});
