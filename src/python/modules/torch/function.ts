// torch.autograd.Function (forward/backward written by the user, ctx.save_for_backward,
// ctx.saved_tensors, ctx.needs_input_grad, Function.apply) and torch.autograd.gradcheck.
// apply runs forward with grad mode off and records one tape node whose VJP calls the user's
// backward, so the engine's backward (and .grad) go through the user's gradient code - which is
// what the analysis compares against the engine's own gradient of forward (see `functionCalls`).
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { PyTuple, tuple } from '../../runtime/collections';
import { BudgetExceeded, PyExc, RuntimeError, Unsupported, pyErr } from '../../runtime/errors';
import { defineGetter, defineRawMethod, toNumber } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { callValue, getAttr, truthy } from '../../runtime/protocols';
import { type RunContext, ctx as runContext, setContext } from '../../runtime/context';
import type { Span } from '../../ir';
import { tensorRepr } from './format';
import { cut, result, TorchTensor, torchState } from './tensor';

export const functionCtxType = new PyType('FunctionCtx', [objectType], { module: 'torch.autograd.function' });
export const gradcheckErrorType = new PyType('GradcheckError', [RuntimeError], { module: 'torch.autograd.gradcheck', make: (cls) => new PyExc(cls) });

export class FunctionCtx extends PyObject {
  saved: PyValue[] = [];
  needsInputGrad: PyTuple = tuple([]);
  constructor() {
    super(functionCtxType, new Map());
  }
}

/** One call of a Function subclass's apply: what the analysis needs to check its backward. */
export interface FunctionCall {
  cls: PyType;
  args: PyValue[];
  kwargs: Map<string, PyValue> | null;
  /** Each argument's engine tensor when apply was called (null for non-tensors): the inputs as they were. */
  inputs: (Tensor | null)[];
  /** ctx.needs_input_grad of the call. */
  needs: boolean[];
  ctx: FunctionCtx;
  output: TorchTensor;
  /** Made by torch.autograd.gradcheck's own evaluations (judged through its record instead). */
  inGradcheck: boolean;
}

export const functionCalls: FunctionCall[] = [];

/** One Jacobian entry of a gradcheck comparison. */
export interface GradcheckEntry {
  output: number;
  input: number;
  /** Flat index of the input element (row of torch's printed Jacobian). */
  inputElement: number;
  /** Flat index of the output element (column). */
  outputElement: number;
  analytical: number;
  numerical: number;
  /** The engine's gradient of the function with every Function replaced by its forward; null if unavailable. */
  exact: number | null;
}

/** One completed torch.autograd.gradcheck comparison, as the program saw it. */
export interface GradcheckRecord {
  /** The span of the gradcheck call. */
  span: Span | null;
  passed: boolean;
  eps: number;
  atol: number;
  rtol: number;
  /** Function subclasses applied while gradcheck evaluated the function, in first-use order. */
  classes: PyType[];
  /** The entry furthest outside the tolerance (on failure: the first failing block's). */
  worst: GradcheckEntry;
  mismatched: number;
  total: number;
}

export const gradcheckRecords: GradcheckRecord[] = [];

/** While > 0, Function.apply is inside gradcheck. */
let gradcheckDepth = 0;
/** While true, Function.apply runs forward on the tape instead of recording the user's backward. */
let functionsAsForward = false;

const runtimeError = (m: string): PyExc => pyErr('RuntimeError', m);

export function withGradMode<T>(on: boolean, fn: () => T): T {
  const prev = torchState.gradEnabled;
  torchState.gradEnabled = on;
  try {
    return on ? fn() : E.withoutRecording(fn);
  } finally {
    torchState.gradEnabled = prev;
  }
}

export function functionApply(cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const forward = getAttr(cls, 'forward');
  const backward = getAttr(cls, 'backward');
  const ctx = new FunctionCtx();
  const needs = args.map((a) => a instanceof TorchTensor && a.requiresGrad);
  ctx.needsInputGrad = tuple(needs);
  if (functionsAsForward) return callValue(forward, [ctx, ...args], kwargs);
  const inputs0 = args.map((a) => (a instanceof TorchTensor ? a.t : null));
  const out = withGradMode(false, () => callValue(forward, [ctx, ...args], kwargs));
  if (!(out instanceof TorchTensor)) {
    if (out instanceof PyTuple) throw new Unsupported('autograd.Function with several outputs');
    return out;
  }
  if (!torchState.gradEnabled || !needs.some((n) => n)) return out;
  const name = `${cls.name}Backward`;
  const positions = args.flatMap((a, i) => (a instanceof TorchTensor ? [i] : []));
  const inputs = positions.map((i) => (args[i] as TorchTensor).t);
  const applyContext = runContext();
  const outT = E.record(cut(out.t), `autograd.Function ${cls.name}`, inputs, (g) => {
    const gradOut = new TorchTensor(g.dtype === out.dtype ? cut(g) : E.astype(g, out.dtype));
    const res = withGradMode(false, () => inRunContext(applyContext, () => callValue(backward, [ctx, gradOut], null)));
    const grads = res instanceof PyTuple ? res.items : [res];
    if (grads.length !== args.length)
      throw runtimeError(`function ${name} returned an incorrect number of gradients (expected ${args.length}, got ${grads.length})`);
    return positions.map((i) => {
      const gi = grads[i];
      if (gi === None || !needs[i]) return null;
      if (!(gi instanceof TorchTensor)) throw runtimeError(`function ${name} returned a gradient different than None at position ${i + 1}, but the corresponding forward input was not a Variable`);
      const want = (args[i] as TorchTensor).shape;
      const same = gi.shape.length === want.length && gi.shape.every((d, k) => d === want[k]);
      if (!same && gi.t.size !== (args[i] as TorchTensor).t.size)
        throw runtimeError(`Function ${name} returned an invalid gradient at index ${i} - got [${gi.shape.join(', ')}] but expected shape compatible with [${want.join(', ')}]`);
      const gt = gi.dtype === 'float64' ? gi.t : E.astype(gi.t, 'float64');
      return same ? gt : E.reshape(gt, want);
    });
  });
  const r = result(outT, name, positions.map((i) => args[i] as TorchTensor));
  functionCalls.push({ cls, args, kwargs, inputs: inputs0, needs, ctx, output: r, inGradcheck: gradcheckDepth > 0 });
  return r;
}

/** Runs fn in the run's context when no run is in progress (a backward pass started after the run). */
function inRunContext<T>(c: RunContext, fn: () => T): T {
  if (hasRunContext()) return fn();
  const prev = setContext(c);
  try {
    return fn();
  } finally {
    setContext(prev);
  }
}

function hasRunContext(): boolean {
  try {
    runContext();
    return true;
  } catch {
    return false;
  }
}

let installed = false;
export function installFunctionCtx(): void {
  if (installed) return;
  installed = true;
  const self = (v: PyValue): FunctionCtx => v as FunctionCtx;
  defineRawMethod(functionCtxType, 'save_for_backward', (v, args) => {
    self(v).saved = args;
    return None;
  });
  defineGetter(functionCtxType, 'saved_tensors', (v) => tuple(self(v).saved));
  defineGetter(functionCtxType, 'needs_input_grad', (v) => self(v).needsInputGrad);
  defineRawMethod(functionCtxType, 'mark_non_differentiable', () => None);
  defineRawMethod(functionCtxType, 'set_materialize_grads', () => None);
  defineRawMethod(functionCtxType, 'mark_dirty', () => None);
}

/** The outputs of func(*inputs) as a list of tensors. */
function outputsOf(func: PyValue, inputs: PyValue[]): TorchTensor[] {
  const out = callValue(func, inputs, null);
  const items = out instanceof PyTuple ? out.items : [out];
  return items.filter((x): x is TorchTensor => x instanceof TorchTensor);
}

function jacobianText(values: Float64Array, rows: number, cols: number): string {
  return tensorRepr({ t: new Tensor(values, [rows, cols], 'float64'), gradFn: null, requiresGrad: false, isParameter: false, subclassName: null });
}

/** torch.autograd.gradcheck: analytical (backward) vs numerical (central differences) Jacobians. */
export function gradcheck(func: PyValue, inputsArg: PyValue, eps: number, atol: number, rtol: number, raiseException: boolean): boolean {
  const span = runContext().callSpan;
  const inputs = inputsArg instanceof PyTuple ? inputsArg.items : inputsArg instanceof TorchTensor ? [inputsArg] : (inputsArg as PyTuple).items;
  const diffIdx = inputs.flatMap((x, i) => (x instanceof TorchTensor && x.requiresGrad ? [i] : []));
  if (diffIdx.length === 0) throw pyErr('ValueError', 'gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.');
  const firstCall = functionCalls.length;
  gradcheckDepth++;
  let record: GradcheckRecord | null = null;
  try {
    const base = withGradMode(false, () => outputsOf(func, inputs));
    let worst: { entry: GradcheckEntry; ratio: number } | null = null;
    let total = 0;
    for (let oi = 0; oi < base.length; oi++) {
      for (const ii of diffIdx) {
        const x = inputs[ii] as TorchTensor;
        const m = base[oi].t.size;
        const n = x.t.size;
        const numerical = numericalJacobian(func, inputs, x, oi, eps);
        const analytical = analyticalJacobian(func, inputs, x, oi);
        let bad = 0;
        let blockWorst: { entry: GradcheckEntry; ratio: number } | null = null;
        for (let q = 0; q < n * m; q++) {
          const a = analytical[q];
          const num = numerical[q];
          const allowed = atol + rtol * Math.abs(num);
          if (!(Math.abs(a - num) <= allowed)) bad++;
          const ratio = Number.isNaN(a - num) ? Infinity : Math.abs(a - num) / allowed;
          if (blockWorst === null || ratio > blockWorst.ratio)
            blockWorst = { ratio, entry: { output: oi, input: ii, inputElement: Math.floor(q / m), outputElement: q % m, analytical: a, numerical: num, exact: null } };
        }
        total += n * m;
        if (blockWorst !== null && (worst === null || blockWorst.ratio > worst.ratio || bad > 0)) worst = blockWorst;
        if (bad > 0) {
          record = { span, passed: false, eps, atol, rtol, classes: [], worst: worst!.entry, mismatched: bad, total: n * m };
          if (!raiseException) return false;
          throw pyErr(
            gradcheckErrorType,
            `Jacobian mismatch for output ${oi} with respect to input ${ii},\nnumerical:${jacobianText(numerical, n, m)}\nanalytical:${jacobianText(analytical, n, m)}\n`,
          );
        }
      }
    }
    if (worst !== null) record = { span, passed: true, eps, atol, rtol, classes: [], worst: worst.entry, mismatched: 0, total };
    return true;
  } finally {
    gradcheckDepth--;
    if (record !== null) {
      record.classes = [...new Set(functionCalls.slice(firstCall).map((c) => c.cls))];
      record.worst.exact = exactEntry(func, inputs, record.worst);
      gradcheckRecords.push(record);
    }
  }
}

function numericalJacobian(func: PyValue, inputs: PyValue[], x: TorchTensor, oi: number, eps: number): Float64Array {
  const original = x.t;
  const n = original.size;
  let numerical: Float64Array | null = null;
  for (let j = 0; j < n; j++) {
    const shifted = (delta: number): Float64Array => {
      const d = Float64Array.from(original.data);
      d[j] += delta;
      x.replaceData(Tensor.of(d, original.shape, original.dtype));
      try {
        return Float64Array.from(withGradMode(false, () => outputsOf(func, inputs))[oi].t.data);
      } finally {
        x.replaceData(original);
      }
    };
    const plus = shifted(eps);
    const minus = shifted(-eps);
    const m = plus.length;
    numerical ??= new Float64Array(n * m);
    for (let k = 0; k < m; k++) numerical[j * m + k] = (plus[k] - minus[k]) / (2 * eps);
  }
  return numerical ?? new Float64Array(0);
}

/** Rows of the Jacobian from the recorded backward (the user's, through a Function's node), one output element at a time. */
function analyticalJacobian(func: PyValue, inputs: PyValue[], x: TorchTensor, oi: number): Float64Array {
  const n = x.t.size;
  let analytical: Float64Array | null = null;
  for (let k = 0, m = 1; k < m; k++) {
    const o = withGradMode(true, () => outputsOf(func, inputs))[oi];
    m = o.t.size;
    analytical ??= new Float64Array(n * m);
    if (!o.requiresGrad) continue;
    const seed = new Float64Array(m);
    seed[k] = 1;
    const g = E.withoutRecording(() => E.backward(o.t, new Tensor(seed, o.shape, 'float64'))).get(x.t);
    if (g !== undefined) for (let j = 0; j < n; j++) analytical[j * m + k] = g.data[j];
  }
  return analytical ?? new Float64Array(0);
}

/** The entry's value in the engine's own Jacobian, every Function's backward replaced by the gradient of its forward. */
function exactEntry(func: PyValue, inputs: PyValue[], e: GradcheckEntry): number | null {
  const x = inputs[e.input] as TorchTensor;
  const prev = functionsAsForward;
  functionsAsForward = true;
  try {
    const o = withGradMode(true, () => outputsOf(func, inputs))[e.output];
    if (o === undefined || !o.requiresGrad) return 0;
    const seed = new Float64Array(o.t.size);
    seed[e.outputElement] = 1;
    const g = E.withoutRecording(() => E.backward(o.t, new Tensor(seed, o.shape, 'float64'))).get(x.t);
    return g === undefined ? 0 : g.data[e.inputElement];
  } catch (e) {
    if (e instanceof BudgetExceeded) throw e;
    return null;
  } finally {
    functionsAsForward = prev;
  }
}

export function gradcheckArgs(kwargs: Map<string, PyValue> | null): { eps: number; atol: number; rtol: number; raise: boolean } {
  const get = (k: string, d: number): number => (kwargs?.has(k) ? toNumber(kwargs.get(k)!) : d);
  return { eps: get('eps', 1e-6), atol: get('atol', 1e-5), rtol: get('rtol', 1e-3), raise: kwargs?.has('raise_exception') ? truthy(kwargs.get('raise_exception')!) : true };
}
