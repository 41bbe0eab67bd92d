// The Invoker over a finished run: re-enters its context with the recorder muted and a fresh
// step budget, and turns any failure into null (a check then simply lacks that sample).
import { Tensor, setOrigin } from '../../engine';
import { NDArray } from '../../python/modules/numpy/ndarray';
import { wrapArray } from '../../python/modules/numpy/coerce';
import { TorchTensor } from '../../python/modules/torch/tensor';
import { type RunContext, setContext } from '../../python/runtime/context';
import type { PyValue } from '../../python/runtime/object';
import { PyObject } from '../../python/runtime/object';
import { callValue } from '../../python/runtime/protocols';
import type { AnalysisRecorder } from '../recorder';
import type { Invoker } from './invoker';

/** Steps one re-invocation may take. */
const STEPS_PER_CALL = 5_000_000;

export class RunInvoker implements Invoker {
  constructor(
    private readonly context: RunContext,
    private readonly recorder: AnalysisRecorder,
  ) {}

  call(fn: PyValue, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue> | null): PyValue | null {
    return this.inRun(() => callValue(fn, args.slice(), kwargs === null ? null : new Map(kwargs)));
  }

  makeArray(t: Tensor, like: PyValue): PyValue | null {
    if (like instanceof NDArray) return this.inRun(() => wrapArray(t));
    if (like instanceof TorchTensor) {
      const made = new TorchTensor(Tensor.of(Float64Array.from(t.data), t.shape, like.dtype), like.cls);
      if (like.requiresGrad) made.setRequiresGrad(true);
      return made;
    }
    return null;
  }

  /** Runs `fn` inside the finished run's context (muted, fresh budget): engine backward passes through
   *  nodes whose VJP is Python code (a torch autograd.Function's backward) need it. Null if it threw. */
  inContext<T>(fn: () => T): T | null {
    return this.inRun(fn);
  }

  withAttr<T>(obj: PyValue, name: string, value: PyValue, fn: () => T): T {
    if (!(obj instanceof PyObject) || obj.dict === null) return fn();
    const prev = obj.dict.get(name);
    obj.dict.set(name, value);
    try {
      return fn();
    } finally {
      if (prev === undefined) obj.dict.delete(name);
      else obj.dict.set(name, prev);
    }
  }

  private inRun<T>(fn: () => T): T | null {
    const c = this.context;
    const prevCtx = setContext(c);
    const prevOrigin = setOrigin(0);
    const wasMuted = this.recorder.muted;
    const steps = c.steps;
    this.recorder.muted = true;
    c.steps = 0;
    c.nextCheck = Math.min(STEPS_PER_CALL, 4096);
    const saveMax = c.budgets.maxSteps;
    (c.budgets as { maxSteps: number }).maxSteps = STEPS_PER_CALL;
    try {
      return fn();
    } catch {
      return null;
    } finally {
      (c.budgets as { maxSteps: number }).maxSteps = saveMax;
      c.steps = steps;
      this.recorder.muted = wasMuted;
      setOrigin(prevOrigin);
      setContext(prevCtx);
    }
  }
}
