// Calling a Python function: a new frame, arguments bound to slots, cells made for captured
// locals, the body run; tracebacks grow as exceptions leave the frame.
import { Cell, KwArgs, PyValue } from './object';
import { Frame, PyFunction, bindArguments } from './functions';
import { ctx } from './context';
import { BudgetExceeded, PyExc, RecursionError, type Traced, Unsupported, pyErr } from './errors';
import { PyGenerator } from './iter';
import { toPyException } from './convert';

export function callFunction(fn: PyFunction, args: PyValue[], kwargs: KwArgs | null): PyValue {
  const code = fn.code;
  const c = ctx();
  const f = new Frame(code, fn, fn.globals, code.nslots);
  const slots = f.slots;
  bindArguments(fn, slots, args, kwargs);
  const cellSlots = code.cellSlots;
  for (let i = 0; i < cellSlots.length; i++) slots[cellSlots[i]] = new Cell(slots[cellSlots[i]] as PyValue | undefined);
  const closure = fn.closure;
  for (let i = 0; i < closure.length; i++) slots[code.nlocals + i] = closure[i];
  if (++c.steps >= c.nextCheck) c.check(code.span);
  c.recorder.call(f.id, code.qualname, fn, args, kwargs, c.callSpan ?? code.span);
  recordParams(f, fn);
  if (code.isGenerator) return makeGenerator(f, fn);
  if (c.depth >= c.maxDepth) throw pyErr(RecursionError, 'maximum recursion depth exceeded');
  c.depth++;
  const back = c.frame;
  f.back = back;
  c.frame = f;
  try {
    code.body(f);
  } catch (e) {
    throw leaveFrame(e, f);
  } finally {
    c.depth--;
    c.frame = back;
  }
  c.recorder.return(f.id, f.ret, c.callSpan ?? code.span);
  return f.ret;
}

/** Reports each parameter binding to the recorder. */
function recordParams(f: Frame, fn: PyFunction): void {
  const code = fn.code;
  const hook = code.paramBinds;
  if (hook !== null) hook(f);
}

/** Adds this frame to the traceback of a Python exception leaving it (converting JS errors). */
export function leaveFrame(e: unknown, f: Frame): unknown {
  const exc = toPyException(e);
  if (exc instanceof PyExc || exc instanceof Unsupported || exc instanceof BudgetExceeded) noteFrame(exc, f);
  return exc;
}

/**
 * Records that the exception (or gradlens stop) passed through (or was caught in) frame f, once per
 * frame, under the file the frame's code comes from (a library module's own file, e.g.
 * micrograd/engine.py or the user's layers.py). Its span is the innermost line of the user's file
 * it passed: where the user sees it.
 */
export function noteFrame(exc: Traced, f: Frame): void {
  const filename = f.globals.filename;
  const inUserFile = filename === ctx().filename;
  if (exc.span === null || (exc.spanOutsideUserFile && inUserFile)) {
    exc.span = f.span;
    exc.spanOutsideUserFile = !inUserFile;
  } else if (exc.traceback.length === 0) exc.spanOutsideUserFile = !inUserFile; // raised with a span of this frame's file
  const tb = exc.traceback;
  if (tb.length > 0 && tb[tb.length - 1].frame === f.id) return;
  tb.push({ filename, line: f.line, name: f.code !== null ? f.code.name : f.label, frame: f.id });
}

function makeGenerator(f: Frame, fn: PyFunction): PyGenerator {
  const code = fn.code;
  const body = code.genBody!(f);
  const g: PyGenerator = new PyGenerator(wrapBody(), code.name, code.qualname, (gen, step) => {
    const c = ctx();
    if (c.depth >= c.maxDepth) throw pyErr(RecursionError, 'maximum recursion depth exceeded');
    c.depth++;
    const back = c.frame;
    f.back = back;
    c.frame = f;
    try {
      return step();
    } catch (e) {
      throw leaveFrame(e, f);
    } finally {
      c.depth--;
      c.frame = back;
      f.back = null; // a suspended generator keeps no caller alive (CPython's f_back is NULL there)
    }
    void gen;
  });
  function* wrapBody(): Generator<PyValue, number, PyValue> {
    const r = yield* body;
    g.returnValue = f.ret;
    return r;
  }
  return g;
}
