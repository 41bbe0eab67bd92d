// torch.autograd.Function (forward/backward written by the user, ctx.save_for_backward,
// ctx.saved_tensors, ctx.needs_input_grad, ctx.mark_non_differentiable, ctx.set_materialize_grads,
// Function.apply with one output or a tuple of them); gradcheck is in gradcheck.ts.
// apply runs forward with grad mode off and records one tape node (see packOutputs for several outputs) whose VJP calls the user's
// backward, so the engine's backward (and .grad) go through the user's gradient code - which is
// what the analysis compares against the engine's own gradient of forward (see `functionCalls`).
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { PyTuple, tuple } from '../../runtime/collections';
import { PyExc, pyErr } from '../../runtime/errors';
import { defineGetter, defineRawMethod } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { callValue, getAttr, truthy } from '../../runtime/protocols';
import { type RunContext, ctx as runContext, setContext } from '../../runtime/context';
import { track } from './saved';
import { cut, result, TorchTensor, torchState } from './tensor';

export const functionCtxType = new PyType('FunctionCtx', [objectType], { module: 'torch.autograd.function' });

export class FunctionCtx extends PyObject {
  saved: PyValue[] = [];
  needsInputGrad: PyTuple = tuple([]);
  /** Outputs marked with ctx.mark_non_differentiable. */
  nonDifferentiable = new Set<TorchTensor>();
  /** ctx.set_materialize_grads: unused outputs' gradients reach backward as zeros (else None). */
  materializeGrads = true;
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
  /** What apply returned (a tensor, or a tuple of outputs). */
  outputs: PyValue;
  /** Made by torch.autograd.gradcheck's own evaluations (judged through its record instead). */
  inGradcheck: boolean;
}

export const functionCalls: FunctionCall[] = [];


/** What torch.autograd.gradcheck (gradcheck.ts) tells Function.apply. */
export const applyMode = {
  /** While > 0, Function.apply is inside gradcheck. */
  gradcheckDepth: 0,
  /** While true, Function.apply runs forward on the tape instead of recording the user's backward. */
  functionsAsForward: false,
};

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
  if (applyMode.functionsAsForward) return callValue(forward, [ctx, ...args], kwargs);
  const inputs0 = args.map((a) => (a instanceof TorchTensor ? a.t : null));
  const out = withGradMode(false, () => callValue(forward, [ctx, ...args], kwargs));
  const multi = out instanceof PyTuple;
  const items = multi ? out.items : [out];
  if (!items.some((o) => o instanceof TorchTensor)) return out;
  if (!torchState.gradEnabled || !needs.some((n) => n)) return out;
  const name = `${cls.name}Backward`;
  const positions = args.flatMap((a, i) => (a instanceof TorchTensor ? [i] : []));
  const inputs = positions.map((i) => (args[i] as TorchTensor).t);
  const sources = positions.map((i) => args[i] as TorchTensor);
  const applyContext = runContext();
  const differentiable = items.map((o) => o instanceof TorchTensor && !ctx.nonDifferentiable.has(o) && (o.dtype === 'float32' || o.dtype === 'float64'));

  /** The user's backward on one gradient per output (null: the output got none), as engine gradients per input. */
  const callBackward = (perOutput: readonly (Tensor | null)[]): (Tensor | null)[] => {
    const gradOuts = items.map((o, k) => {
      if (!(o instanceof TorchTensor)) return None;
      const g = perOutput[k];
      if (g === null) return ctx.materializeGrads ? new TorchTensor(E.zeros(o.shape, o.dtype)) : None;
      if (torchState.createGraph) return new TorchTensor(g.dtype === o.dtype ? g : E.astype(g, o.dtype));
      return new TorchTensor(E.withoutRecording(() => (g.dtype === o.dtype ? cut(g) : E.astype(g, o.dtype))));
    });
    const res = withGradMode(torchState.createGraph, () => inRunContext(applyContext, () => callValue(backward, [ctx, ...gradOuts], null)));
    return inputGradients(name, args, needs, positions, res instanceof PyTuple ? res.items : [res]);
  };

  let wrapped: PyValue;
  let node: Tensor;
  if (!multi) {
    const o = out as TorchTensor;
    if (!differentiable[0]) return out;
    node = E.record(cut(o.t), `autograd.Function ${cls.name}`, inputs, (g) => callBackward([g]));
    wrapped = result(node, name, sources);
  } else {
    const packed = packOutputs(cls, items, differentiable, inputs, callBackward);
    node = packed.node;
    wrapped = tuple(items.map((o, k) => (packed.outputs[k] === null ? o : result(packed.outputs[k]!, name, sources))));
  }
  track(node, ctx.saved.filter((v): v is TorchTensor => v instanceof TorchTensor), ctx.saved.length > 0);
  functionCalls.push({ cls, args, kwargs, inputs: inputs0, needs, ctx, outputs: wrapped, inGradcheck: applyMode.gradcheckDepth > 0 });
  return wrapped;
}

/**
 * A Function with several outputs on the single-output tape: one node of all differentiable outputs'
 * values (float64, flat) whose VJP calls backward once, and each output a node on it that hands its
 * gradient over (null when the pass did not reach it, for set_materialize_grads(False)).
 */
function packOutputs(
  cls: PyType,
  items: readonly PyValue[],
  differentiable: readonly boolean[],
  inputs: readonly Tensor[],
  callBackward: (perOutput: readonly (Tensor | null)[]) => (Tensor | null)[],
): { node: Tensor; outputs: (Tensor | null)[] } {
  const sizes = items.map((o, k) => (differentiable[k] ? (o as TorchTensor).t.size : 0));
  const total = sizes.reduce((a, b) => a + b, 0);
  const values = new Float64Array(total);
  let at = 0;
  items.forEach((o, k) => {
    if (differentiable[k]) values.set((o as TorchTensor).t.data, at);
    at += sizes[k];
  });
  const received: (Tensor | null)[] = items.map(() => null);
  const node = E.record(new Tensor(values, [total], 'float64'), `autograd.Function ${cls.name}`, inputs, () => {
    const perOutput = received.slice();
    received.fill(null);
    return callBackward(perOutput);
  });
  let offset = 0;
  const outputs = items.map((o, k) => {
    const start = offset;
    offset += sizes[k];
    if (!differentiable[k]) return null;
    const n = sizes[k];
    return E.record(cut((o as TorchTensor).t), `autograd.Function ${cls.name} output ${k}`, [node], (g) => {
      received[k] = g;
      const flat = E.reshape(g, [n]);
      return [E.concatenate([E.zeros([start]), flat, E.zeros([total - start - n])], 0)];
    });
  });
  return { node, outputs };
}

/** The gradients backward returned, checked as torch checks them, as float64 engine tensors per tensor input. */
function inputGradients(name: string, args: readonly PyValue[], needs: readonly boolean[], positions: readonly number[], grads: readonly PyValue[]): (Tensor | null)[] {
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
  defineRawMethod(functionCtxType, 'mark_non_differentiable', (v, args) => {
    for (const a of args) if (a instanceof TorchTensor) self(v).nonDifferentiable.add(a);
    return None;
  });
  defineRawMethod(functionCtxType, 'set_materialize_grads', (v, [value]) => {
    self(v).materializeGrads = value === undefined ? true : truthy(value);
    return None;
  });
  defineRawMethod(functionCtxType, 'mark_dirty', () => None);
}
