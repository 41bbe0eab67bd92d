// What the checks need to know from the source itself: for each function (by __qualname__), its
// return statements with the names they return, and the statements that store into `d[key]`
// (`grads['W1'] = ...`), so that a wrong gradient is reported on the line that assigned it.
import type { Expr, FunctionDef, Module, Span, Stmt, Target } from '../python/ir';

export interface ReturnInfo {
  span: Span;
  /** For `return a, b, c`: the name of each element (null where it is not a plain name). */
  names: (string | null)[];
}

export interface KeyedStore {
  /** `grads` in `grads['W1'] = ...` (or `self.grads`). */
  container: string;
  key: string;
  span: Span;
}

export interface FunctionInfo {
  def: FunctionDef;
  returns: ReturnInfo[];
  keyedStores: KeyedStore[];
}

export type StaticIndex = Map<string, FunctionInfo>;

export function indexFunctions(module: Module): StaticIndex {
  const index: StaticIndex = new Map();
  const visitBody = (body: Stmt[], fn: FunctionInfo | null): void => {
    for (const s of body) visitStmt(s, fn);
  };
  const visitStmt = (s: Stmt, fn: FunctionInfo | null): void => {
    switch (s.kind) {
      case 'FunctionDef': {
        const info: FunctionInfo = { def: s, returns: [], keyedStores: [] };
        index.set(s.scope.qualname, info);
        visitBody(s.body, info);
        return;
      }
      case 'ClassDef':
        visitBody(s.body, null);
        return;
      case 'Return':
        if (fn !== null) fn.returns.push({ span: s.span, names: returnedNames(s.value) });
        return;
      case 'Assign':
        if (fn !== null) for (const t of s.targets) noteKeyedStore(t, s.span, fn);
        return;
      case 'AugAssign':
        if (fn !== null) noteKeyedStore(s.target, s.span, fn);
        return;
      case 'If':
      case 'While':
      case 'For':
        visitBody(s.body, fn);
        visitBody(s.orelse, fn);
        return;
      case 'With':
        visitBody(s.body, fn);
        return;
      case 'Try':
        visitBody(s.body, fn);
        for (const h of s.handlers) visitBody(h.body, fn);
        visitBody(s.orelse, fn);
        visitBody(s.finalbody, fn);
        return;
      default:
        return;
    }
  };
  visitBody(module.body, null);
  return index;
}

function returnedNames(value: Expr | null): (string | null)[] {
  if (value === null) return [];
  const elts = value.kind === 'Tuple' ? value.elts : [value];
  return elts.map((e) => (e.kind === 'Name' ? e.id : null));
}

function noteKeyedStore(t: Target, span: Span, fn: FunctionInfo): void {
  if (t.kind !== 'SubscriptTarget' || t.index.kind !== 'Str') return;
  const container = dottedName(t.value);
  if (container !== null) fn.keyedStores.push({ container, key: t.index.value, span });
}

function dottedName(e: Expr): string | null {
  if (e.kind === 'Name') return e.id;
  if (e.kind === 'Attribute') {
    const base = dottedName(e.value);
    return base === null ? null : `${base}.${e.attr}`;
  }
  return null;
}
