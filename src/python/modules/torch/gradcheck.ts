// torch.autograd.gradcheck with torch's signature, return value and failure message: the analytical
// Jacobian (the recorded backward - a custom Function's own, through its node) against central
// differences. Each completed comparison is kept for the analysis (GradcheckRecord), with the worst
// entry and its value in the engine's exact Jacobian.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { PyTuple } from '../../runtime/collections';
import { BudgetExceeded, PyExc, RuntimeError, pyErr } from '../../runtime/errors';
import { toNumber } from '../../runtime/native';
import { PyType, PyValue } from '../../runtime/object';
import { callValue, truthy } from '../../runtime/protocols';
import { ctx as runContext } from '../../runtime/context';
import type { Span } from '../../ir';
import { tensorRepr } from './format';
import { applyMode, functionCalls, withGradMode } from './function';
import { TorchTensor } from './tensor';

export const gradcheckErrorType = new PyType('GradcheckError', [RuntimeError], { module: 'torch.autograd.gradcheck', make: (cls) => new PyExc(cls) });

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
  /** The engine's gradient of the function with every Function replaced by its forward; null if unavailable (see GradcheckRecord.exactOf). */
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
  /**
   * Computes `worst.exact` (calls the function again, so it is left to the analysis, which runs it
   * muted after the program: the program's own output stays torch's).
   */
  exactOf: () => number | null;
}

export const gradcheckRecords: GradcheckRecord[] = [];

/** The outputs of func(*inputs) as a list of tensors. */
function outputsOf(func: PyValue, inputs: PyValue[]): TorchTensor[] {
  const out = callValue(func, inputs, null);
  const items = out instanceof PyTuple ? out.items : [out];
  return items.filter((x): x is TorchTensor => x instanceof TorchTensor);
}

function jacobianText(values: Float64Array, rows: number, cols: number): string {
  return tensorRepr({ t: new Tensor(values, [rows, cols], 'float64'), gradFn: null, requiresGrad: false, isParameter: false, subclassName: null });
}

const FAILED_NONDET_MSG = `

NOTE: If your op relies on non-deterministic operations i.e., it is listed here:
https://pytorch.org/docs/stable/generated/torch.use_deterministic_algorithms.html
this failure might be expected.

If you are adding a new operator, please file an issue and then use one of the
workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck.
If the test
- manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck
  with \`nondet_tol=<tol>\` as a keyword argument.
- is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo for the test
  to have \`gradcheck_nondet_tol=<tol>\`.
- is a Module test (e.g., in common_nn.py), then modify the corresponding
  module_test entry to have \`gradcheck_nondet_tol=<tol>\`
`;

/** A float64 Jacobian block: rows are input elements, columns output elements (torch's layout). */
type Block = Float64Array;

/**
 * torch.autograd.gradcheck (slow mode) in torch 1.13's order, so a forward or backward that prints
 * prints what it prints under torch: one call of func, the numerical Jacobians (func at x - eps and
 * x + eps per input element), per differentiable output the analytical rows twice (one backward per
 * output element; the two must agree), then backward with zero output gradients (must give zero
 * input gradients) and the undefined-gradient check (func again, backward with zeros).
 */
export function gradcheck(func: PyValue, inputsArg: PyValue, eps: number, atol: number, rtol: number, raiseException: boolean): boolean {
  const span = runContext().callSpan;
  const inputs = inputsArg instanceof PyTuple ? inputsArg.items : inputsArg instanceof TorchTensor ? [inputsArg] : (inputsArg as PyTuple).items;
  const diffIdx = inputs.flatMap((x, i) => (x instanceof TorchTensor && x.requiresGrad ? [i] : []));
  if (diffIdx.length === 0) throw pyErr('ValueError', 'gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.');
  const diffInputs = diffIdx.map((i) => inputs[i] as TorchTensor);
  const firstCall = functionCalls.length;
  applyMode.gradcheckDepth++;
  let record: GradcheckRecord | null = null;
  const fail = (message: string): false => {
    if (!raiseException) return false;
    throw pyErr(gradcheckErrorType, message);
  };
  try {
    const funcOut = withGradMode(true, () => outputsOf(func, inputs));
    const diffOut = funcOut.flatMap((o, oi) => (o.requiresGrad ? [oi] : []));
    const numerical = numericalJacobians(func, inputs, diffInputs, funcOut.map((o) => o.t.size), eps);
    let worst: { entry: GradcheckEntry; ratio: number } | null = null;
    let total = 0;
    for (let i = 0; i < diffOut.length; i++) {
      const oi = diffOut[i];
      const o = funcOut[oi];
      const analytical = analyticalRows(o, diffInputs);
      const again = analyticalRows(o, diffInputs);
      if (!analytical.every((a, j) => a.every((v, q) => Object.is(v, again[j][q]))))
        return fail(`Backward is not reentrant, i.e., running backward with same input and grad_output multiple times gives different values, although analytical gradient matches numerical gradient.The tolerance for nondeterminism was 0.0.${FAILED_NONDET_MSG}`);
      for (let j = 0; j < diffInputs.length; j++) {
        const a = analytical[j];
        const num = numerical[j][oi];
        const n = diffInputs[j].t.size;
        const m = o.t.size;
        let bad = 0;
        let blockWorst: { entry: GradcheckEntry; ratio: number } | null = null;
        for (let q = 0; q < n * m; q++) {
          const allowed = atol + rtol * Math.abs(num[q]);
          if (!(Math.abs(a[q] - num[q]) <= allowed)) bad++;
          const ratio = Number.isNaN(a[q] - num[q]) ? Infinity : Math.abs(a[q] - num[q]) / allowed;
          if (blockWorst === null || ratio > blockWorst.ratio)
            blockWorst = { ratio, entry: { output: oi, input: diffIdx[j], inputElement: Math.floor(q / m), outputElement: q % m, analytical: a[q], numerical: num[q], exact: null } };
        }
        total += n * m;
        if (blockWorst !== null && (worst === null || blockWorst.ratio > worst.ratio || bad > 0)) worst = blockWorst;
        if (bad > 0) {
          record = { span, passed: false, eps, atol, rtol, classes: [], worst: worst!.entry, mismatched: bad, total: n * m, exactOf: () => null };
          return fail(`Jacobian mismatch for output ${i} with respect to input ${j},\nnumerical:${jacobianText(num, n, m)}\nanalytical:${jacobianText(a, n, m)}\n`);
        }
      }
    }
    if (worst !== null) record = { span, passed: true, eps, atol, rtol, classes: [], worst: worst.entry, mismatched: 0, total, exactOf: () => null };
    if (diffOut.length === 0) return true;
    if (!zeroUpstreamGivesZero(diffOut.map((oi) => funcOut[oi]), diffInputs)) return fail('backward not multiplied by grad_output');
    // torch's undefined-gradient check: func again, every output gradient undefined (zeros here), then
    // with several outputs one undefined at a time
    const undefinedRuns = diffOut.length > 1 ? 1 + diffOut.length : 1;
    const runs = Array.from({ length: undefinedRuns }, () => withGradMode(true, () => outputsOf(func, inputs)).filter((x) => x.requiresGrad));
    for (const outs of runs) {
      if (!zeroUpstreamGivesZero(outs, diffInputs))
        return fail(
          'Expected all input grads to be undefined or zero when all output grads are undefined or zero. Please look at "Notes about undefined output gradients" in "tools/autograd/derivatives.yaml"',
        );
    }
    return true;
  } finally {
    applyMode.gradcheckDepth--;
    if (record !== null) {
      record.classes = [...new Set(functionCalls.slice(firstCall).map((c) => c.cls))];
      const worstEntry = record.worst;
      record.exactOf = () => exactEntry(func, inputs, worstEntry);
      gradcheckRecords.push(record);
    }
  }
}

/** [input][output] Jacobian blocks by central differences (func at x - eps, then x + eps, per element of each input). */
function numericalJacobians(func: PyValue, inputs: PyValue[], diffInputs: readonly TorchTensor[], outSizes: readonly number[], eps: number): Block[][] {
  return diffInputs.map((x) => {
    const original = x.t;
    const n = original.size;
    const blocks = outSizes.map((m) => new Float64Array(n * m));
    for (let j = 0; j < n; j++) {
      const shifted = (delta: number): Float64Array[] => {
        const d = Float64Array.from(original.data);
        d[j] += delta;
        x.replaceData(Tensor.of(d, original.shape, original.dtype));
        try {
          return withGradMode(true, () => outputsOf(func, inputs)).map((o) => Float64Array.from(o.t.data));
        } finally {
          x.replaceData(original);
        }
      };
      const minus = shifted(-eps);
      const plus = shifted(eps);
      blocks.forEach((b, oi) => {
        const m = outSizes[oi];
        for (let k = 0; k < m; k++) b[j * m + k] = (plus[oi][k] - minus[oi][k]) / (2 * eps);
      });
    }
    return blocks;
  });
}

/** Per input, the Jacobian block of output o from its recorded backward (the user's, through a Function's node): one pass per output element. */
function analyticalRows(o: TorchTensor, diffInputs: readonly TorchTensor[]): Block[] {
  const m = o.t.size;
  const blocks = diffInputs.map((x) => new Float64Array(x.t.size * m));
  for (let k = 0; k < m; k++) {
    const seed = new Float64Array(m);
    seed[k] = 1;
    const grads = E.withoutRecording(() => E.backward(o.t, new Tensor(o.t.ndim === 0 ? seed[0] : seed, o.shape, 'float64')));
    diffInputs.forEach((x, j) => {
      const g = grads.get(x.t);
      if (g !== undefined) for (let i = 0; i < x.t.size; i++) blocks[j][i * m + k] = g.data[i];
    });
  }
  return blocks;
}

/** One backward pass from all outputs with zero upstream gradients: whether every input gradient is zero. */
function zeroUpstreamGivesZero(outs: readonly TorchTensor[], diffInputs: readonly TorchTensor[]): boolean {
  if (outs.length === 0) return true;
  const root = withGradMode(true, () => outs.map((o) => E.sum(E.mul(o.t, E.zeros(o.shape, o.dtype)))).reduce((a, b) => E.add(a, b)));
  const grads = E.withoutRecording(() => E.backward(root));
  return diffInputs.every((x) => {
    const g = grads.get(x.t);
    return g === undefined || g.data.every((v) => v === 0);
  });
}

/** The entry's value in the engine's own Jacobian, every Function's backward replaced by the gradient of its forward. */
function exactEntry(func: PyValue, inputs: PyValue[], e: GradcheckEntry): number | null {
  const x = inputs[e.input] as TorchTensor;
  const prev = applyMode.functionsAsForward;
  applyMode.functionsAsForward = true;
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
    applyMode.functionsAsForward = prev;
  }
}

export function gradcheckArgs(kwargs: Map<string, PyValue> | null): { eps: number; atol: number; rtol: number; raise: boolean } {
  const get = (k: string, d: number): number => (kwargs?.has(k) ? toNumber(kwargs.get(k)!) : d);
  return { eps: get('eps', 1e-6), atol: get('atol', 1e-5), rtol: get('rtol', 1e-3), raise: kwargs?.has('raise_exception') ? truthy(kwargs.get('raise_exception')!) : true };
}
