// How library code - modules written in Python that are not the run's file (micrograd, the
// standard library's Python modules, the user's own modules beside the file) - is compiled. It is not
// the code the editor shows, so its compilation differs in two ways:
// - its assignments are not reported as bindings (its spans are lines of the library's own text,
//   and the bindings log, hover and roots read every binding as a place in the user's file);
// - its spans get the span id -1, which leaves the origin as it is (engine `setOrigin`), so the
//   tensors it makes carry the place in the user's file that called into it (the line of
//   `out, cache = affine_forward(x, w, b)`: the graph groups the layer's ops under that call).
// The compiler reads the recorder and registers span ids while compiling (not while running), so
// both are done by compiling against the run context with a silent recorder and a span sink in
// place; test/interpreter/micrograd-module.test.ts checks that this stays true.
import type { Span } from '../ir';
import type { RunContext } from '../runtime/context';
import type { PyValue } from '../runtime/object';
import type { TraceRecorder } from '../trace';

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

/** A span table that registers nothing: every span id handed out is -1 ("the caller's place"). */
function spanSink(): Span[] {
  const sink: Span[] = [];
  sink.push = (): number => 0;
  return sink;
}

/** The run context's fields the compiler reads while compiling, writable for the library compile. */
interface CompileTimeFields {
  recorder: TraceRecorder;
  spans: Span[];
}

/** Runs `compile` with the run's recorder and span table replaced by their library versions. */
export function compileAsLibrary<T>(rt: RunContext, compile: () => T): T {
  const fields = rt as unknown as CompileTimeFields;
  const { recorder, spans } = fields;
  fields.recorder = new LibraryRecorder(recorder);
  fields.spans = spanSink();
  try {
    return compile();
  } finally {
    fields.recorder = recorder;
    fields.spans = spans;
  }
}
