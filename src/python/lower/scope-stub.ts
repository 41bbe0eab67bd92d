import type { Scope } from '../ir';

/** A scope whose symbol table scopes.ts fills in after lowering. */
export function emptyScope(kind: Scope['kind']): Scope {
  return {
    kind, qualname: '', locals: [], globals: [], nonlocals: [], free: [], cells: [],
    isGenerator: false, usesClassCell: false,
  };
}
