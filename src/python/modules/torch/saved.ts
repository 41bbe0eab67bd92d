// What torch's autograd nodes save for backward, and the two errors that follow from it: a saved
// tensor written in place since ("one of the variables needed for gradient computation has been
// modified by an inplace operation ...") and a second backward through a graph whose saved tensors
// were freed by the first ("Trying to backward through the graph a second time ..."). The engine
// keeps every value it needs (its tensors are immutable), so these are bookkeeping on the outputs of
// torch ops: which torch tensors each saved, at which version, and whether a backward freed them.
import { type Tensor, pinTensor } from '../../../engine';
import { pyErr } from '../../runtime/errors';
import type { PyExc } from '../../runtime/errors';
import { tensorTypeName } from './dtypes';
import { savedWrites } from './storage';
import type { TorchTensor } from './tensor';

interface SavedRecord {
  tensor: TorchTensor;
  version: number;
  /** For a node's own output it saved: that node's name (torch names it, not the tensor's grad_fn now). */
  outputOf: string | null;
}

interface NodeState {
  saved: SavedRecord[];
  /** Whether the node saves anything (a Python scalar operand counts: torch saves it as a tensor). */
  savesAny: boolean;
  freed: boolean;
}

const states = new WeakMap<Tensor, NodeState>();

type SaveRule = (inputs: readonly TorchTensor[], out: TorchTensor) => TorchTensor[];

/** mul, mm, ...: each operand is saved when the other one needs a gradient. */
const eachForTheOther: SaveRule = ([a, b]) => (b === undefined ? [] : [...(b.requiresGrad ? [a] : []), ...(a.requiresGrad ? [b] : [])]);
const inputs: SaveRule = (xs) => [...xs];
const output: SaveRule = (_, out) => [out];
const inputsAndOutput: SaveRule = (xs, out) => [...xs, out];
const nothingTracked: SaveRule = () => [];

/** torch 1.13's nodes that save something (derivatives.yaml), by grad_fn name. Nodes not listed save nothing. */
const SAVES: Record<string, SaveRule> = {
  MulBackward0: eachForTheOther,
  MmBackward0: eachForTheOther,
  MvBackward0: eachForTheOther,
  DotBackward0: eachForTheOther,
  BmmBackward0: eachForTheOther,
  AddmmBackward0: ([x, w]) => eachForTheOther([x, w], x),
  DivBackward0: ([a, b]) => (b === undefined ? [] : [...(b.requiresGrad ? [a] : []), b]),
  PowBackward0: inputs,
  PowBackward1: inputsAndOutput,
  LogBackward0: inputs,
  Log1PBackward0: inputs,
  SinBackward0: inputs,
  CosBackward0: inputs,
  AbsBackward0: inputs,
  ClampBackward1: inputs,
  MaximumBackward0: inputs,
  MinimumBackward0: inputs,
  VarBackward0: inputs,
  StdBackward0: inputsAndOutput,
  ProdBackward0: inputsAndOutput,
  ProdBackward1: inputsAndOutput,
  MaxBackward1: inputsAndOutput,
  MinBackward1: inputsAndOutput,
  AmaxBackward0: inputsAndOutput,
  MseLossBackward0: inputs,
  BinaryCrossEntropyBackward0: inputs,
  BinaryCrossEntropyWithLogitsBackward0: inputs,
  GeluBackward0: inputs,
  NativeLayerNormBackward0: inputs,
  ExpBackward0: output,
  TanhBackward0: output,
  SigmoidBackward0: output,
  SqrtBackward0: output,
  ReluBackward0: output,
  SoftmaxBackward0: output,
  LogSoftmaxBackward0: output,
  MaxBackward0: nothingTracked,
  MinBackward0: nothingTracked,
  NllLossBackward0: nothingTracked,
  WhereBackward0: nothingTracked,
  MaskedFillBackward0: nothingTracked,
  IndexBackward0: nothingTracked,
  EmbeddingBackward0: nothingTracked,
};

/** Records what the node that made `out` saves (called for every op result that requires grad). */
export function noteSaved(gradFn: string, ins: readonly TorchTensor[], out: TorchTensor): void {
  const rule = SAVES[gradFn];
  if (rule !== undefined) track(out.t, rule(ins, out), true, out, gradFn);
}

/** Records that the node of engine tensor `t` saves `tensors` (at their current versions). */
export function track(t: Tensor, tensors: readonly TorchTensor[], savesAny: boolean, out?: TorchTensor, gradFn?: string): void {
  const saved = tensors.map((x) => {
    x.counter.saved = true;
    return { tensor: x, version: x.counter.value, outputOf: x === out ? gradFn ?? null : null };
  });
  pinTensor(t); // states are keyed by object: walks must meet this one
  states.set(t, { saved, savesAny: savesAny || saved.length > 0, freed: false });
}

/** An in-place op's node saved `temp` (its out-of-place result) or the target itself: it saved the target as written. */
export function adoptSaved(t: Tensor, temp: TorchTensor, target: TorchTensor): void {
  const s = states.get(t);
  if (s === undefined) return;
  s.saved = s.saved.map((r) => (r.tensor === temp || r.tensor === target ? { tensor: target, version: target.counter.value, outputOf: r.outputOf } : r));
  target.counter.saved = true;
}

function typeName(x: TorchTensor): string {
  return tensorTypeName(x.dtype);
}

/** A grad_fn's name as torch's Node.name() gives it. */
export function nodeName(gradFn: string): string {
  return gradFn === 'CopySlices' ? 'torch::autograd::CopySlices' : gradFn;
}

export const SECOND_BACKWARD =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

function modifiedError(r: SavedRecord): PyExc {
  const x = r.tensor;
  const node = r.outputOf ?? x.gradFn;
  const which = node === null ? '' : `, which is output 0 of ${nodeName(node)},`;
  return pyErr(
    'RuntimeError',
    `one of the variables needed for gradient computation has been modified by an inplace operation: [${typeName(x)} [${x.shape.join(', ')}]]${which} is at version ${x.counter.value}; expected version ${r.version} instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).`,
  );
}

/**
 * Checks the node of engine tensor `t`, reached by a backward pass: raises torch's error if its
 * saved tensors were freed or written since; returns its state (to free after the pass), if any.
 */
export function inspectNode(t: Tensor): NodeState | undefined {
  const s = states.get(t);
  if (s === undefined) return undefined;
  if (s.freed && s.savesAny) throw pyErr('RuntimeError', SECOND_BACKWARD);
  if (savedWrites.any) for (const r of s.saved) if (r.tensor.counter.value !== r.version) throw modifiedError(r);
  return s;
}

/** Frees the saved tensors of the nodes a pass went through (backward without retain_graph). */
export function freeNodes(nodes: readonly NodeState[]): void {
  for (const s of nodes) s.freed = true;
}

export type { NodeState };
