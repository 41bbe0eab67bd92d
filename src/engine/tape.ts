import type { Tensor } from './tensor';

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

/** Sets the opaque tag stamped on every tensor made from now on; returns the previous one. */
export function setOrigin(tag: number): number {
  const prev = origin;
  origin = tag;
  return prev;
}

export function currentOrigin(): number {
  return origin;
}

/** Attaches a node to a freshly made output tensor (when recording) and returns the tensor. */
export function record(
  out: Tensor,
  op: string,
  inputs: readonly Tensor[],
  vjp: Vjp,
  extra?: { nearKink?: (eps: number) => boolean; attrs?: Readonly<Record<string, unknown>> },
): Tensor {
  if (recording) out.node = { op, inputs, vjp, nearKink: extra?.nearKink, attrs: extra?.attrs };
  return out;
}
