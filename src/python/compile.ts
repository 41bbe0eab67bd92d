// IR -> JavaScript closures, once per module: see compile/*.ts. Names resolve statically to frame
// slots, cells or global cells; statements return completion signals; generator bodies become JS
// generators.
import type { Module, Stmt } from './ir';
import { type RunContext, inFrame } from './runtime/context';
import { Frame, Globals } from './runtime/functions';
import { None, type PyValue } from './runtime/object';
import { compileBlock } from './compile/stmt';
import { Ex, ScopeInfo, Unit } from './compile/unit';

export interface CompiledModule {
  /** Runs the module body in a new frame over `globals`. */
  run(): Frame;
  /** Compiles extra top-level statements (directives) against the same globals. */
  compileExtra(body: Stmt[]): Ex;
  frame: Frame;
  globals: Globals;
}

export function compileModule(mod: Module, rt: RunContext, builtins: Map<string, PyValue>, filename: string): CompiledModule {
  const globals = new Globals(filename);
  // what CPython's globals hold for `python FILE` (an imported module changes __name__ and the rest)
  globals.set('__name__', '__main__');
  const first = mod.body[0];
  globals.set('__doc__', first?.kind === 'ExprStmt' && first.value.kind === 'Str' ? first.value.value : None);
  globals.set('__package__', None);
  globals.set('__spec__', None);
  globals.set('__file__', filename);
  const unit = new Unit(rt, globals, builtins, filename);
  unit.futureAnnotations = mod.body.some((st) => st.kind === 'ImportFrom' && st.module === '__future__' && st.names.some((a) => a.name === 'annotations'));
  const scope = new ScopeInfo({ ...mod.scope, kind: 'module', qualname: mod.scope.qualname || '<module>' }, null);
  const body = compileBlock(unit, scope, mod.body);
  const frame = new Frame(null, null, globals, 0);
  return {
    frame,
    globals,
    run: () => {
      inFrame(rt, frame, () => body(frame));
      return frame;
    },
    compileExtra: (stmts) => compileBlock(unit, scope, stmts),
  };
}
