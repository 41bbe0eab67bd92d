import { EngineError } from './errors';
import { ScalarTensor, type Tensor, forgetScalarHistoryBefore, newScalar, newScalarOp, nextTensorId } from './tensor';

/**
 * Vector-Jacobian product of one op: given the upstream gradient (shaped like the op's
 * output), the downstream gradient for each input (shaped like that input), or null where
 * the op passes no gradient to an input.
 */
export type Vjp = (upstream: Tensor) => ReadonlyArray<Tensor | null>;

/** One recorded operation: the tape is the graph of these, reached through `Tensor.node`. */
export interface Node {
  readonly op: string;
  readonly inputs: readonly Tensor[];
  readonly vjp: Vjp;
  /** For ops with non-differentiable points: whether some input lies within eps of one. */
  readonly nearKink?: (eps: number) => boolean;
  /** What the op was called with, for display (axis, exponent, index...). */
  readonly attrs?: Readonly<Record<string, unknown>>;
  /** The VJP for one input alone, where the op offers it (see `NodeExtra.gradientOf`). */
  readonly gradientOf?: GradientOf;
}

/**
 * The gradient for input `input` alone: bit for bit `vjp(upstream)[input]`, which must never be
 * null. Lets backward leave a leaf's gradient to when it is read (an op whose inputs' gradients
 * cost real work each: the matrix products).
 */
export type GradientOf = (upstream: Tensor, input: number) => Tensor;

/**
 * An op's VJP written against its node instead of captured in a closure: one Rule serves every
 * node of the op, so recording allocates no function - the bulk of a tape of scalar ops.
 */
export interface Rule {
  readonly vjp: (upstream: Tensor, inputs: readonly Tensor[], out: Tensor) => ReadonlyArray<Tensor | null>;
  /**
   * The same VJP on numbers, for a 0-d node (0-d inputs) and a float64 upstream gradient `g`:
   * writes the gradients of the first k inputs into d[0..k) and returns k (the other inputs get
   * none, as where `vjp` gives null) - bit for bit what `vjp` gives (tests check this).
   */
  readonly scalar?: (g: number, inputs: readonly Tensor[], out: Tensor, d: Float64Array) => number;
  readonly nearKink?: (eps: number, inputs: readonly Tensor[], out: Tensor) => boolean;
}

/**
 * A Rule that knows its op's name, registered under a small code: what a scalar op records
 * inline (`recordRule1`, `recordRule2`; a ScalarTensor's tape keeps the code).
 */
export interface NamedRule extends Rule {
  readonly name: string;
  readonly code: number;
}

/** Every named rule, at its code (code 0 stands for no rule). */
export const namedRules: (NamedRule | null)[] = [null];

/** Registers an op's rule under the next code (at most 254 of them: codes stay below the tape's GENERAL, 255). */
export function namedRule(rule: Omit<NamedRule, 'code'>): NamedRule {
  const code = namedRules.length;
  if (code > 254) throw new EngineError('ValueError', 'too many named rules');
  const named: NamedRule = { ...rule, code };
  namedRules.push(named);
  return named;
}

/** What some ops record besides their VJP. */
export interface NodeExtra {
  readonly nearKink?: (eps: number) => boolean;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly gradientOf?: GradientOf;
}

/** The tape's node: its VJP a closure (`record`) or a shared Rule (`recordRule`). */
export class TapeNode implements Node {
  constructor(
    readonly op: string,
    readonly inputs: readonly Tensor[],
    /** The tensor this node made. */
    readonly out: Tensor,
    private readonly backward: Vjp | Rule,
    private readonly extra: NodeExtra | undefined,
  ) {}

  get attrs(): Readonly<Record<string, unknown>> | undefined {
    return this.extra?.attrs;
  }

  get gradientOf(): GradientOf | undefined {
    return this.extra?.gradientOf;
  }

  get rule(): Rule | null {
    return typeof this.backward === 'function' ? null : this.backward;
  }

  get vjp(): Vjp {
    const b = this.backward;
    if (typeof b === 'function') return b;
    return (g) => b.vjp(g, this.inputs, this.out);
  }

  get nearKink(): ((eps: number) => boolean) | undefined {
    const b = this.backward;
    if (typeof b === 'function' || b.nearKink === undefined) return this.extra?.nearKink;
    const test = b.nearKink;
    return (eps) => test(eps, this.inputs, this.out);
  }
}

let recording = true;
let origin = 0;

/** Whether new ops are being recorded (off inside backward and `withoutRecording`). */
export function isRecording(): boolean {
  return recording;
}

export function withoutRecording<T>(fn: () => T): T {
  const prev = recording;
  recording = false;
  try {
    return fn();
  } finally {
    recording = prev;
  }
}

/** Sets the opaque tag stamped on every tensor made from now on; returns the previous one. A
 *  negative tag changes nothing (code with no place of its own: its tensors keep its caller's tag). */
export function setOrigin(tag: number): number {
  const prev = origin;
  if (tag >= 0) origin = tag;
  return prev;
}

export function currentOrigin(): number {
  return origin;
}

// ---- the history horizon --------------------------------------------------------------------
// A long run would keep the graph of everything it ever computed: in a training loop the weights of
// step t are made from those of step t-1, so the last loss reaches back through every step. When the
// memory budget runs low, the run moves the horizon to now (`moveHistoryHorizon`): from then on an
// op that reads a tensor made before the horizon first makes that tensor a leaf, so the graph behind
// it - the earlier steps - is garbage once nothing else holds it. Values stay; gradients flow back
// to the horizon and no further. (A scalar tape's inline entries are columns kept for the whole
// run: only their general nodes are forgotten.)
let horizon = 0;

/** Tensors made before now forget how they were made when an op reads them. */
export function moveHistoryHorizon(): void {
  horizon = nextTensorId();
  forgetScalarHistoryBefore(horizon); // (read already, so pinned by the run-long tape)
}

/** No horizon: every tensor keeps its history (a run starts so). */
export function clearHistoryHorizon(): void {
  horizon = 0;
}

/** The id below which tensors forget their history when read (0: none do). */
export function historyHorizon(): number {
  return horizon;
}

function forgetBeforeHorizon(inputs: readonly Tensor[]): void {
  for (let i = 0; i < inputs.length; i++) if (inputs[i].id < horizon) inputs[i].forgetHistory();
}

/** Attaches a node to a freshly made output tensor (when recording) and returns the tensor. */
export function record(
  out: Tensor,
  op: string,
  inputs: readonly Tensor[],
  vjp: Vjp,
  extra?: NodeExtra,
): Tensor {
  if (!recording) return out;
  if (horizon !== 0) forgetBeforeHorizon(inputs);
  out.node = new TapeNode(op, inputs, out, vjp, extra);
  return out;
}

/** Attaches a node with a shared VJP rule to a freshly made output tensor (when recording). */
export function recordRule(
  out: Tensor,
  op: string,
  inputs: readonly Tensor[],
  rule: Rule,
  attrs?: Readonly<Record<string, unknown>>,
): Tensor {
  if (!recording) return out;
  if (horizon !== 0) forgetBeforeHorizon(inputs);
  out.node = new TapeNode(op, inputs, out, rule, attrs === undefined ? undefined : { attrs });
  return out;
}

/**
 * A new float64 0-d tensor of value v that `rule` made from the 0-d float64 tensors a and b
 * (b null for a one-input rule): the scalar ops' fast path, creation and recording in one step.
 */
export function scalarOp(v: number, rule: NamedRule, a: Tensor, b: Tensor | null): Tensor {
  return recording ? newScalarOp(v, rule.code, a, b) : newScalar(v);
}

/** `recordRule(out, rule.name, [a], rule)` without the inputs array a ScalarTensor does not need. */
export function recordRule1(out: Tensor, a: Tensor, rule: NamedRule): Tensor {
  if (!recording) return out;
  // inline only from scalars: an array input would be held by the run-long tape (see tensor.ts's
  // `generals`), where a node keeps it only as long as the result is reachable
  if (out instanceof ScalarTensor && a instanceof ScalarTensor) out.recordInline(rule, a, null);
  else {
    if (horizon !== 0) forgetBeforeHorizon([a]);
    out.node = new TapeNode(rule.name, [a], out, rule, undefined);
  }
  return out;
}

/** `recordRule(out, rule.name, [a, b], rule)` without the inputs array a ScalarTensor does not need. */
export function recordRule2(out: Tensor, a: Tensor, b: Tensor, rule: NamedRule): Tensor {
  if (!recording) return out;
  if (out instanceof ScalarTensor && a instanceof ScalarTensor && b instanceof ScalarTensor) out.recordInline(rule, a, b);
  else {
    if (horizon !== 0) forgetBeforeHorizon([a, b]);
    out.node = new TapeNode(rule.name, [a, b], out, rule, undefined);
  }
  return out;
}
