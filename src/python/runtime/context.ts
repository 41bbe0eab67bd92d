// The state of one run: output, budgets, recorder, loaded modules, the exception being handled.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type ElementGuard, moveHistoryHorizon, scalarTapeSize } from '../../engine';
import type { Span } from '../ir';
import type { TraceRecorder } from '../trace';
import { BudgetExceeded } from './errors';
import type { PyExc } from './errors';
import type { Frame, PyModule } from './functions';
import type { ModuleFiles } from './module-files';

export interface Budgets {
  maxSteps: number;
  maxSeconds: number;
  maxElements: number;
}

const CHECK_EVERY = 4096;
/** The least external memory (bytes) a run started with: the parser's wasm memory and the like. */
let externalFloor = Infinity;

export class RunContext {
  readonly out: string[] = [];
  steps = 0;
  /** Next step count at which `check` must run (the step limit or the next periodic check). */
  nextCheck: number;
  private readonly deadline: number;
  private checks = 0;
  /** V8's external memory when the run started: the memory budget counts what the run adds. */
  private readonly externalBefore: number;
  depth = 0;
  readonly maxDepth = 1000;
  /** Exceptions currently being handled (innermost last): bare `raise` and __context__. */
  readonly handling: PyExc[] = [];
  readonly modules = new Map<string, PyModule>();
  /** The span of the call being made (for the recorder's call events). */
  callSpan: Span | null = null;
  /** The innermost running frame of a module, class body, function or generator (see `enterFrame`). */
  frame: Frame | null = null;
  /** Where the user's own modules are read from (null: the run imports none), and the directories
   *  searched for a top-level one (sys.path as `python FILE` starts it: FILE's directory). */
  moduleFiles: ModuleFiles | null = null;
  modulePath: readonly string[] = [];
  /** The files of the user's modules this run read, in import order (what its results depend on). */
  readonly importedFiles: string[] = [];

  constructor(
    readonly filename: string,
    readonly sourceLines: string[],
    readonly budgets: Budgets,
    readonly recorder: TraceRecorder,
    /** Span table: tensor origins are indices into it. */
    readonly spans: Span[],
  ) {
    this.deadline = Date.now() + budgets.maxSeconds * 1000;
    // (an earlier run's arrays, garbage now, would count against this run once collected: when
    // what the process holds beyond the least seen is over a quarter of the budget, collect first)
    const external = getHeapStatistics().external_memory;
    externalFloor = Math.min(externalFloor, external);
    if (external - externalFloor > budgets.maxElements * 2) collectGarbage();
    this.externalBefore = getHeapStatistics().external_memory;
    this.nextCheck = Math.min(budgets.maxSteps, CHECK_EVERY);
  }

  /** Called when `steps` reaches `nextCheck`: enforces the step, time and memory budgets. */
  check(span: Span | null): void {
    if (this.steps >= this.budgets.maxSteps) throw new BudgetExceeded('steps', span);
    if (Date.now() > this.deadline) throw new BudgetExceeded('time', span);
    // reading the heap's statistics costs about a microsecond: look at memory on every 16th check only.
    if ((++this.checks & 15) === 0) {
      try {
        this.elementGuard(0);
      } catch (e) {
        if (e instanceof BudgetExceeded) e.span = span;
        throw e;
      }
    }
    this.nextCheck = Math.min(this.budgets.maxSteps, this.steps + CHECK_EVERY);
  }

  /** Live elements when the history horizon last moved, or the least seen since (garbage collected). */
  private liveAtHorizon = 0;
  /** Live elements after the last garbage collection the guard asked for. */
  private liveAfterCollecting = 0;

  /** The engine's check before (or as) it makes a large array, and the periodic one: the memory
   *  budget, counted now, and the time budget (a loop of a few slow array statements reaches no
   *  periodic check in time). Past half the memory budget, the history horizon moves to now, so a
   *  long loop's earlier steps can be freed; it moves again only after a quarter of the budget more. */
  readonly elementGuard: ElementGuard = (elements) => {
    const max = this.budgets.maxElements;
    let live = liveElements(this.externalBefore) + elements;
    // garbage arrays count until V8 collects them, which it does only as external memory grows by
    // tens of MB: before acting on the count (moving the horizon, stopping) collect once, and not
    // again until an eighth of the budget more was made
    if (live > max / 2 && live > this.liveAfterCollecting + max / 8 && collectGarbage()) {
      live = liveElements(this.externalBefore) + elements;
      this.liveAfterCollecting = live;
    }
    if (live < this.liveAtHorizon) this.liveAtHorizon = live;
    if (live > max / 2 && live > this.liveAtHorizon + max / 4) {
      moveHistoryHorizon();
      this.liveAtHorizon = live;
    }
    if (live > max) throw new BudgetExceeded('memory', null);
    if (Date.now() > this.deadline) throw new BudgetExceeded('time', null);
  };

  write(s: string): void {
    this.out.push(s);
  }

  /** What the program wrote to sys.stderr (before any traceback). */
  readonly err: string[] = [];

  writeErr(s: string): void {
    this.err.push(s);
  }
}

/** Makes `f` the running frame (its `back` the one running until now) for the duration of `body`. */
export function inFrame<T>(c: RunContext, f: Frame, body: () => T): T {
  const back = c.frame;
  f.back = back;
  c.frame = f;
  try {
    return body();
  } finally {
    c.frame = back;
  }
}

/** Tensor elements alive: array storage (8 bytes an element) plus the scalar tape's entries, one each. */
function liveElements(externalBefore: number): number {
  const tape = scalarTapeSize();
  // the bytes of array buffers (V8's external memory: their backing stores) added since the run
  // started (not the parser's wasm memory, nor arrays an earlier run's report keeps), less the tape's
  return Math.max(0, getHeapStatistics().external_memory - externalBefore - tape.bytes) / 8 + tape.entries;
}

/** A full garbage collection (V8's gc(), exposed at the first use); false where it cannot be had. */
function collectGarbage(): boolean {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  if (gc === null) return false;
  // V8 frees the collected arrays' memory in a sweep it finishes at the next collection: only
  // after a second one does external memory drop
  gc();
  gc();
  return true;
}
let gc: (() => void) | null | undefined;

let current: RunContext | null = null;

/** One step of native work that may run long (a range consumed by sum, sorted, ...): the step,
 *  time and memory budgets hold inside it too. */
export function nativeStep(): void {
  const c = current;
  if (c !== null && ++c.steps >= c.nextCheck) c.check(null);
}

/** The running context (set by runSource for the duration of a run). */
export function ctx(): RunContext {
  if (current === null) throw new Error('no Python run in progress');
  return current;
}

/** The running context, or null between runs (a report reading values after its run ended). */
export function runContextOrNull(): RunContext | null {
  return current;
}

export function setContext(c: RunContext | null): RunContext | null {
  const prev = current;
  current = c;
  return prev;
}
