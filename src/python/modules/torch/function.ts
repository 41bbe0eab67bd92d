// torch.autograd.Function (forward/backward written by the user, ctx.save_for_backward,
// ctx.saved_tensors, ctx.needs_input_grad, Function.apply) and torch.autograd.gradcheck.
// apply runs forward with grad mode off and records one tape node whose VJP calls the user's
// backward, so the engine's backward (and .grad) go through the user's gradient code - which is
// what the analysis compares against the engine's own gradient of forward (see `functionCalls`).
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { PyTuple, tuple } from '../../runtime/collections';
import { PyExc, RuntimeError, Unsupported, pyErr } from '../../runtime/errors';
import { defineGetter, defineRawMethod, toNumber } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { callValue, getAttr, truthy } from '../../runtime/protocols';
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
  ctx: FunctionCtx;
  output: TorchTensor;
}

export const functionCalls: FunctionCall[] = [];

const runtimeError = (m: string): PyExc => pyErr('RuntimeError', m);

function withGradMode<T>(on: boolean, fn: () => T): T {
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
  const out = withGradMode(false, () => callValue(forward, [ctx, ...args], kwargs));
  if (!(out instanceof TorchTensor)) {
    if (out instanceof PyTuple) throw new Unsupported('autograd.Function with several outputs');
    return out;
  }
  if (!torchState.gradEnabled || !needs.some((n) => n)) return out;
  const name = `${cls.name}Backward`;
  const positions = args.flatMap((a, i) => (a instanceof TorchTensor ? [i] : []));
  const inputs = positions.map((i) => (args[i] as TorchTensor).t);
  const outT = E.record(cut(out.t), `autograd.Function ${cls.name}`, inputs, (g) => {
    const gradOut = new TorchTensor(g.dtype === out.dtype ? cut(g) : E.astype(g, out.dtype));
    const res = withGradMode(false, () => callValue(backward, [ctx, gradOut], null));
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
  functionCalls.push({ cls, args, ctx, output: r });
  return r;
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
  const inputs = inputsArg instanceof PyTuple ? inputsArg.items : inputsArg instanceof TorchTensor ? [inputsArg] : (inputsArg as PyTuple).items;
  const diffIdx = inputs.flatMap((x, i) => (x instanceof TorchTensor && x.requiresGrad ? [i] : []));
  if (diffIdx.length === 0) throw pyErr('ValueError', 'gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.');
  const base = withGradMode(false, () => outputsOf(func, inputs));
  for (let oi = 0; oi < base.length; oi++) {
    const out = base[oi];
    for (const ii of diffIdx) {
      const x = inputs[ii] as TorchTensor;
      const n = x.t.size;
      const m = out.t.size;
      const numerical = new Float64Array(n * m);
      const original = x.t;
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
        for (let k = 0; k < m; k++) numerical[j * m + k] = (plus[k] - minus[k]) / (2 * eps);
      }
      const analytical = new Float64Array(n * m);
      for (let k = 0; k < m; k++) {
        const outs = withGradMode(true, () => outputsOf(func, inputs));
        const o = outs[oi];
        if (!o.requiresGrad) continue;
        const seed = new Float64Array(m);
        seed[k] = 1;
        const grads = E.withoutRecording(() => E.backward(o.t, new Tensor(seed, o.shape, 'float64')));
        const g = grads.get(x.t);
        if (g !== undefined) for (let j = 0; j < n; j++) analytical[j * m + k] = g.data[j];
      }
      let ok = true;
      for (let q = 0; q < n * m; q++) if (!(Math.abs(analytical[q] - numerical[q]) <= atol + rtol * Math.abs(numerical[q]))) ok = false;
      if (!ok) {
        if (!raiseException) return false;
        throw pyErr(
          gradcheckErrorType,
          `Jacobian mismatch for output ${oi} with respect to input ${ii},\nnumerical:${jacobianText(numerical, n, m)}\nanalytical:${jacobianText(analytical, n, m)}\n`,
        );
      }
    }
  }
  return true;
}

export function gradcheckArgs(kwargs: Map<string, PyValue> | null): { eps: number; atol: number; rtol: number; raise: boolean } {
  const get = (k: string, d: number): number => (kwargs?.has(k) ? toNumber(kwargs.get(k)!) : d);
  return { eps: get('eps', 1e-6), atol: get('atol', 1e-5), rtol: get('rtol', 1e-3), raise: kwargs?.has('raise_exception') ? truthy(kwargs.get('raise_exception')!) : true };
}
