// Python exceptions as Python objects, the builtin exception hierarchy, and gradlens's own
// stops (budget exceeded, unsupported) that Python code cannot catch.
import type { Span } from '../ir';
import { PyObject, PyType, PyValue, builtinType, objectType } from './object';

/** One line of a traceback: where a frame was when the exception passed through it. */
export interface TraceEntry {
  filename: string;
  line: number;
  name: string;
  /** Id of the frame (one entry per frame, even when caught and re-raised there). */
  frame: number;
}

/** An instance of BaseException or a subclass. Thrown as is (JS `throw`) by raising code. */
export class PyExc extends PyObject {
  args: PyValue[] = [];
  traceback: TraceEntry[] = [];
  cause: PyExc | null = null;
  context: PyExc | null = null;
  suppressContext = false;
  /** Span of the statement that raised it first in the user's file (for diagnostics). */
  span: Span | null = null;
  /** Whether `span` is a line of a library module (it is replaced by the first user-file frame). */
  spanOutsideUserFile = false;
  /** Set on the ModuleNotFoundError of a module gradlens cannot provide (`import tqdm`): the
   *  program may catch it as under a CPython without that module, but left uncaught the run stops
   *  as unsupported, naming it (the user's Python may well have it). */
  unsupported: string | null = null;
  constructor(cls: PyType) {
    super(cls, new Map());
  }
}

const makeExc = (cls: PyType): PyObject => new PyExc(cls);
export const excTypes = new Map<string, PyType>();

function exc(name: string, base: PyType | null): PyType {
  const t = new PyType(name, [base ?? objectType], { make: makeExc });
  excTypes.set(name, t);
  return t;
}

export const BaseException = exc('BaseException', null);
export const SystemExit = exc('SystemExit', BaseException);
export const KeyboardInterrupt = exc('KeyboardInterrupt', BaseException);
export const GeneratorExit = exc('GeneratorExit', BaseException);
export const Exception = exc('Exception', BaseException);
export const StopIteration = exc('StopIteration', Exception);
export const ArithmeticError = exc('ArithmeticError', Exception);
export const ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError);
export const OverflowError = exc('OverflowError', ArithmeticError);
export const FloatingPointError = exc('FloatingPointError', ArithmeticError);
export const AssertionError = exc('AssertionError', Exception);
export const AttributeError = exc('AttributeError', Exception);
export const LookupError = exc('LookupError', Exception);
export const IndexError = exc('IndexError', LookupError);
export const KeyError = exc('KeyError', LookupError);
export const NameError = exc('NameError', Exception);
export const UnboundLocalError = exc('UnboundLocalError', NameError);
export const RuntimeError = exc('RuntimeError', Exception);
export const NotImplementedError = exc('NotImplementedError', RuntimeError);
export const RecursionError = exc('RecursionError', RuntimeError);
export const TypeError = exc('TypeError', Exception);
export const ValueError = exc('ValueError', Exception);
export const UnicodeError = exc('UnicodeError', ValueError);
export const ImportError = exc('ImportError', Exception);
export const ModuleNotFoundError = exc('ModuleNotFoundError', ImportError);
export const OSError = exc('OSError', Exception);
export const FileNotFoundError = exc('FileNotFoundError', OSError);
export const EOFError = exc('EOFError', Exception);
export const MemoryError = exc('MemoryError', Exception);
export const SyntaxErrorType = exc('SyntaxError', Exception);
export const IndentationErrorType = exc('IndentationError', SyntaxErrorType);
export const TabErrorType = exc('TabError', IndentationErrorType);
export const Warning = exc('Warning', Exception);
export const UserWarning = exc('UserWarning', Warning);
export const RuntimeWarning = exc('RuntimeWarning', Warning);
export const DeprecationWarning = exc('DeprecationWarning', Warning);
export const PendingDeprecationWarning = exc('PendingDeprecationWarning', Warning);
export const FutureWarning = exc('FutureWarning', Warning);
export const SyntaxWarning = exc('SyntaxWarning', Warning);
export const ImportWarning = exc('ImportWarning', Warning);
export const UnicodeWarning = exc('UnicodeWarning', Warning);
export const BytesWarning = exc('BytesWarning', Warning);
export const ResourceWarning = exc('ResourceWarning', Warning);
export const EncodingWarning = exc('EncodingWarning', Warning);
// numpy's AxisError derives from both ValueError and IndexError.
export const AxisError = new PyType('AxisError', [ValueError, IndexError], { make: makeExc, module: 'numpy.exceptions' });
excTypes.set('AxisError', AxisError);
/** numpy.linalg.LinAlgError (a ValueError): singular or non-square matrices. */
export const LinAlgError = new PyType('LinAlgError', [ValueError], { make: makeExc, module: 'numpy.linalg' });
excTypes.set('LinAlgError', LinAlgError);

/** Makes (does not throw) an exception of a builtin class with one message argument. */
export function pyErr(cls: PyType | string, message?: PyValue): PyExc {
  const t = typeof cls === 'string' ? excTypes.get(cls) ?? RuntimeError : cls;
  const e = new PyExc(t);
  e.args = message === undefined ? [] : [message];
  return e;
}

/** Longest list or tuple gradlens makes: V8 aborts the process (no exception) on arrays far longer. */
export const MAX_SEQUENCE_LENGTH = 100_000_000;

/** A sequence that would be longer than MAX_SEQUENCE_LENGTH: CPython's MemoryError when malloc fails. */
export function checkSequenceLength(n: number): void {
  if (n > MAX_SEQUENCE_LENGTH) throw pyErr(MemoryError);
}

export const typeError = (m: string): PyExc => pyErr(TypeError, m);
export const valueError = (m: string): PyExc => pyErr(ValueError, m);
export const indexError = (m: string): PyExc => pyErr(IndexError, m);
export const attributeError = (m: string): PyExc => pyErr(AttributeError, m);
export const zeroDivision = (m: string): PyExc => pyErr(ZeroDivisionError, m);

/** The run hit a budget; everything recorded so far stays. Not catchable by Python code. */
/** What passes through frames and leaves a traceback: a Python exception or a gradlens stop. */
export interface Traced {
  traceback: TraceEntry[];
  span: Span | null;
  spanOutsideUserFile: boolean;
}

export class BudgetExceeded implements Traced {
  traceback: TraceEntry[] = [];
  spanOutsideUserFile = false;
  constructor(
    readonly budget: 'steps' | 'time' | 'memory',
    public span: Span | null,
  ) {}
  get message(): string {
    switch (this.budget) {
      case 'steps':
        return 'the step budget ran out';
      case 'time':
        return 'the time budget ran out';
      case 'memory':
        return 'the memory budget (live tensor elements) ran out';
    }
  }
}

/** Something outside the supported subset was reached. Not catchable by Python code. */
export class Unsupported implements Traced {
  traceback: TraceEntry[] = [];
  spanOutsideUserFile = false;
  constructor(
    readonly what: string,
    public span: Span | null = null,
    /** When set, the full message (otherwise "<what> is not supported by gradlens yet"). */
    readonly text: string | null = null,
  ) {}
  get message(): string {
    return this.text ?? `${this.what} is not supported by gradlens yet`;
  }
}

export { builtinType };
