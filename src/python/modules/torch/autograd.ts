// Autograd on the engine's tape: tensor.backward() and torch.autograd.grad run the engine's backward
// from the root and hand the gradients to the tensors torch would give them to (leaves requiring
// grad accumulate into .grad, retain_grad tensors too); torch's errors for the usual mistakes, for
// saved tensors written in place and for a second backward through a freed graph (saved.ts).
// With create_graph=True the pass is itself recorded (higher-order.ts), so the gradients have a
// grad_fn and can be differentiated again.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { tuple } from '../../runtime/collections';
import { pyErr, typeError } from '../../runtime/errors';
import { toArray } from '../../runtime/iter';
import { tensorArg } from './args';
import { None, PyValue } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { backwardWithGraph, dependsOn, savingNodesSince } from './higher-order';
import { NodeState, freeNodes, inspectNode, track } from './saved';
import { cut, gradOwner, TorchTensor, torchState } from './tensor';

const runtimeError = (m: string): ReturnType<typeof pyErr> => pyErr('RuntimeError', m);

function seedFor(root: TorchTensor, gradient: PyValue | undefined, index = 0): Tensor {
  if (gradient === undefined || gradient === None) {
    if (root.t.size !== 1) throw runtimeError('grad can be implicitly created only for scalar outputs');
    return E.full(root.shape, 1);
  }
  if (!(gradient instanceof TorchTensor)) throw pyErr('TypeError', `gradient must be a Tensor, not ${typeof gradient}`);
  const g = gradient.t;
  if (g.size !== root.t.size || (g.ndim !== root.t.ndim && g.size !== 1))
    throw runtimeError(`Mismatch in shape: grad_output[${index}] has a shape of torch.Size([${g.shape.join(', ')}]) and output[${index}] has a shape of torch.Size([${root.shape.join(', ')}]).`);
  const seed = E.withoutRecording(() => (g.dtype === 'float64' ? g : E.astype(g, 'float64')));
  return seed.ndim === root.t.ndim ? cut(seed) : E.reshape(cut(seed), root.shape);
}

function checkRoot(root: TorchTensor, index = 0): void {
  if (!root.requiresGrad) throw runtimeError(`element ${index} of tensors does not require grad and does not have a grad_fn`);
}

/** Options of one backward pass (torch's retain_graph defaults to create_graph). */
export interface PassOptions {
  retainGraph: boolean;
  createGraph: boolean;
}

export function passOptions(retainGraph: PyValue | undefined, createGraph: boolean): PassOptions {
  return { retainGraph: retainGraph === undefined || retainGraph === None ? createGraph : truthy(retainGraph), createGraph };
}

/** One pass's gradients and the tensors it reached (reverse creation order). */
interface Pass {
  grads: ReadonlyMap<Tensor, Tensor>;
  reached: readonly Tensor[];
}

/**
 * The gradients of one pass from `root`, after torch's checks of the nodes it went through. Only the
 * gradients asked for are read (the engine may leave leaves' gradients to when they are read).
 */
function pass(root: TorchTensor, seed: Tensor, opts: PassOptions, visited: NodeState[]): Pass {
  // tensor ids grow with creation: the next one marks where the nodes a recorded pass makes begin
  const firstId = new Tensor(0, []).id;
  const grads: ReadonlyMap<Tensor, Tensor> = opts.createGraph
    ? withCreateGraph(() => backwardWithGraph(root.t, seed))
    : E.withoutRecording(() => E.backward(root.t, seed));
  if (opts.createGraph) for (const t of savingNodesSince(grads.values(), firstId)) track(t, [], true);
  const reached = E.reachable(root.t);
  for (const t of reached) {
    if (t.node === null || !grads.has(t)) continue;
    const s = inspectNode(t);
    if (s !== undefined) visited.push(s);
  }
  return { grads, reached };
}

/** Runs a recorded pass: grad mode on (custom Functions' backward then records too). */
function withCreateGraph<T>(fn: () => T): T {
  const prev = torchState.gradEnabled;
  const prevCreate = torchState.createGraph;
  torchState.gradEnabled = true;
  torchState.createGraph = true;
  try {
    return fn();
  } finally {
    torchState.gradEnabled = prev;
    torchState.createGraph = prevCreate;
  }
}

/** A gradient as the torch tensor torch hands back (x's dtype and shape; with history under create_graph). */
function gradientTensor(g: Tensor, x: TorchTensor, createGraph: boolean): TorchTensor {
  if (!createGraph) {
    const cast = E.withoutRecording(() => (g.dtype === x.dtype ? cut(g) : E.astype(g, x.dtype)));
    return new TorchTensor(cast.ndim === x.t.ndim ? cast : E.reshape(cast, x.shape));
  }
  const cast = g.dtype === x.dtype ? g : E.astype(g, x.dtype);
  const shaped = cast.ndim === x.t.ndim ? cast : E.reshape(cast, x.shape);
  const out = new TorchTensor(shaped);
  if (dependsOn(shaped, (t) => gradOwner(t) !== undefined && gradOwner(t)!.isLeaf)) {
    out.requiresGrad = true;
    out.gradFn = gradFnOfGradient(shaped);
  }
  return out;
}

/** A torch-like grad_fn name for a gradient made by a recorded pass (torch's own composition may differ). */
function gradFnOfGradient(t: Tensor): string {
  let x = t;
  while (x.node !== null && (x.node.op === 'astype' || x.node.op === 'reshape')) x = x.node.inputs[0];
  const op = x.node?.op ?? '';
  const names: Record<string, string> = { add: 'AddBackward0', sub: 'SubBackward0', mul: 'MulBackward0', div: 'DivBackward0', neg: 'NegBackward0', reshape: 'ViewBackward0', matmul: 'MmBackward0', astype: 'ToCopyBackward0', where: 'WhereBackward0', broadcast_to: 'ExpandBackward0' };
  return names[op] ?? 'AddBackward0';
}

/** Adds g into x.grad (torch accumulates into the same .grad tensor; out of place under create_graph). */
function accumulate(x: TorchTensor, g: Tensor, createGraph: boolean): void {
  const add = gradientTensor(g, x, createGraph);
  if (x.grad === null) x.grad = add;
  else if (createGraph) {
    const sum = new TorchTensor(E.add(x.grad.t, add.t));
    if (x.grad.requiresGrad || add.requiresGrad) {
      sum.requiresGrad = true;
      sum.gradFn = 'AddBackward0';
    }
    x.grad = sum;
  } else x.grad.write(E.withoutRecording(() => E.add(x.grad!.t, add.t)), false);
}

/** The `inputs=` of backward: null for none, a tensor or a sequence of tensors (torch 1.13 takes
 *  len() of it first, so a 0-d tensor on its own is its TypeError). */
export function backwardInputs(v: PyValue | undefined): TorchTensor[] | null {
  if (v === undefined || v === None) return null;
  if (v instanceof TorchTensor) {
    if (v.t.ndim === 0) throw typeError('len() of a 0-d tensor');
    return [v];
  }
  return toArray(v).map((x) => tensorArg(x, 'backward', 'inputs'));
}

/** tensor.backward(gradient=None, retain_graph=None, create_graph=False, inputs=None). With
 *  `inputs`, only those tensors' .grad accumulate (leaves or not), the rest of the graph's untouched. */
export function backwardFrom(root: TorchTensor, gradient: PyValue | undefined, opts: PassOptions, inputs: TorchTensor[] | null = null): void {
  checkRoot(root);
  if (inputs !== null) {
    if (inputs.length === 0) throw runtimeError("'inputs' argument to backward() cannot be empty.");
    // torch 1.13 retains the inputs' grads first, which fails on one without requires_grad
    if (inputs.some((x) => !x.requiresGrad)) throw runtimeError("can't retain_grad on Tensor that has requires_grad=False");
  }
  const visited: NodeState[] = [];
  const { grads, reached } = pass(root, seedFor(root, gradient), opts, visited);
  if (inputs !== null) {
    for (const x of new Set(inputs)) {
      const g = grads.get(x.t);
      if (g !== undefined) accumulate(x, g, opts.createGraph);
    }
    if (!opts.retainGraph) freeNodes(visited);
    return;
  }
  const collected = new Map<TorchTensor, Tensor>();
  for (const t of reached) {
    const owner = gradOwner(t);
    if (owner === undefined) continue;
    const g = grads.get(t);
    if (g === undefined) continue;
    const prev = collected.get(owner);
    collected.set(owner, prev === undefined ? g : opts.createGraph ? E.add(prev, g) : E.withoutRecording(() => E.add(prev, g)));
  }
  for (const [owner, g] of collected) accumulate(owner, g, opts.createGraph);
  if (!opts.retainGraph) freeNodes(visited);
}

/** torch.autograd.grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, ..., allow_unused=False). */
export function autogradGrad(outputs: TorchTensor[], inputs: TorchTensor[], gradOutputs: PyValue[] | null, opts: PassOptions, allowUnused: boolean): PyValue {
  const sums = new Map<Tensor, Tensor>();
  const visited: NodeState[] = [];
  outputs.forEach((out, i) => {
    checkRoot(out, i);
    const { grads } = pass(out, seedFor(out, gradOutputs?.[i], i), opts, visited);
    for (const x of inputs) {
      const g = grads.get(x.t);
      if (g === undefined) continue;
      const prev = sums.get(x.t);
      sums.set(x.t, prev === undefined ? g : opts.createGraph ? E.add(prev, g) : E.withoutRecording(() => E.add(prev, g)));
    }
  });
  for (const x of inputs) {
    if (!x.requiresGrad) throw runtimeError(`One of the differentiated Tensors does not require grad`);
    if (!sums.has(x.t) && !allowUnused)
      throw runtimeError(`One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.`);
  }
  if (!opts.retainGraph) freeNodes(visited);
  return tuple(
    inputs.map((x) => {
      const g = sums.get(x.t);
      return g === undefined ? None : gradientTensor(g, x, opts.createGraph);
    }),
  );
}
