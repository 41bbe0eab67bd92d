// What every compiled closure of one run shares: the run context, the module's globals, the
// builtins, the span table (tensor origins index into it), and the scope being compiled.
import type { Scope, Span } from '../ir';
import type { RunContext } from '../runtime/context';
import { Globals } from '../runtime/functions';
import type { PyValue } from '../runtime/object';
import type { Frame } from '../runtime/functions';

/** A compiled expression. */
export type Ev = (f: Frame) => PyValue;
/** A compiled statement: 0 normal, BREAK, CONTINUE or RETURN (value in f.ret). */
export type Ex = (f: Frame) => number;
/** A compiled statement of a generator body. */
export type GEx = (f: Frame) => Generator<PyValue, number, PyValue>;
/** A compiled store into a target. */
export type Store = (f: Frame, v: PyValue) => void;

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export class Unit {
  /** The module has `from __future__ import annotations`: annotations stay source text. */
  futureAnnotations = false;

  constructor(
    readonly rt: RunContext,
    readonly globals: Globals,
    readonly builtins: Map<string, PyValue>,
    readonly filename: string,
  ) {}

  /** Registers a span in the run's span table and returns its id (the tensor origin tag). */
  spanId(span: Span): number {
    this.rt.spans.push(span);
    return this.rt.spans.length - 1;
  }
}

/** Static facts about the scope being compiled: where each name lives. */
export class ScopeInfo {
  readonly slotOf = new Map<string, number>();
  readonly cellNames: Set<string>;
  readonly globalNames: Set<string>;
  readonly freeNames: Set<string>;
  readonly nlocals: number;
  readonly nslots: number;
  constructor(
    readonly scope: Scope,
    readonly parent: ScopeInfo | null,
  ) {
    this.cellNames = new Set(scope.cells);
    this.globalNames = new Set(scope.globals);
    this.freeNames = new Set(scope.free);
    let i = 0;
    if (scope.kind !== 'module' && scope.kind !== 'class') for (const n of scope.locals) this.slotOf.set(n, i++);
    this.nlocals = i;
    for (const n of scope.free) if (!this.slotOf.has(n)) this.slotOf.set(n, i++);
    this.nslots = i;
  }
  get kind(): Scope['kind'] {
    return this.scope.kind;
  }
  get qualname(): string {
    return this.scope.qualname;
  }
  /** The scope name used in bindings ('<module>' or the function's qualname). */
  get bindScope(): string {
    return this.scope.kind === 'module' ? '<module>' : this.scope.qualname;
  }
  /** Local slots holding cells. */
  cellSlots(): number[] {
    if (this.kind === 'module' || this.kind === 'class') return [];
    return this.scope.cells.filter((n) => this.slotOf.has(n) && this.slotOf.get(n)! < this.nlocals).map((n) => this.slotOf.get(n)!);
  }
}

export type NameKind = 'global' | 'local' | 'cell' | 'free' | 'classns' | 'classfree';

/** How name `n` is reached from scope `s`, following CPython's symtable rules. */
export function resolveName(s: ScopeInfo, n: string): NameKind {
  if (s.kind === 'module') return 'global';
  if (s.globalNames.has(n)) return 'global';
  if (s.kind === 'class') {
    if (s.scope.locals.includes(n)) return 'classns';
    if (s.freeNames.has(n) || (n === '__class__')) return 'classfree';
    return 'classns';
  }
  const slot = s.slotOf.get(n);
  if (slot !== undefined) {
    if (slot >= s.nlocals) return 'free';
    return s.cellNames.has(n) ? 'cell' : 'local';
  }
  return 'global';
}
