// Errors from outside the Python world (the engine, the formatter, the JS stack) become Python
// exceptions with the right class and message.
import { EngineError } from '../../engine';
import { FormatError } from '../format';
import { RandomError } from '../random';
import { BudgetExceeded, MemoryError, PyExc, RecursionError, Unsupported, excTypes, pyErr } from './errors';

/** The Python exception for a thrown value; gradlens stops and unknown errors pass unchanged. */
export function toPyException(e: unknown): unknown {
  if (e instanceof PyExc || e instanceof BudgetExceeded || e instanceof Unsupported) return e;
  if (e instanceof EngineError && e.kind === 'Unsupported') return new Unsupported(e.message);
  if (e instanceof EngineError) return pyErr(excTypes.get(e.kind) ?? excTypes.get('ValueError')!, e.message);
  if (e instanceof FormatError) return pyErr(e.pyType, e.message);
  if (e instanceof RandomError) return pyErr(excTypes.get(e.kind) ?? excTypes.get('ValueError')!, e.message);
  if (e instanceof RangeError) {
    if (/call stack/i.test(e.message)) return pyErr(RecursionError, 'maximum recursion depth exceeded');
    // storage JavaScript cannot make at all: an array is the memory budget's, a list or str is Python's
    if (/typed array length|array buffer allocation/i.test(e.message)) return new BudgetExceeded('memory', null);
    if (/invalid (array|string) length/i.test(e.message)) return pyErr(MemoryError);
  }
  return e;
}

/** Alias used by the compiler's catch sites. */
export const convertError = toPyException;
