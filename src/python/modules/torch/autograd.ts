// Autograd on the engine's tape: tensor.backward() and torch.autograd.grad run the engine's backward
// from the root and hand the gradients to the tensors torch would give them to (leaves requiring
// grad accumulate into .grad, retain_grad tensors too); torch's errors for the usual mistakes.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { tuple } from '../../runtime/collections';
import { Unsupported, pyErr } from '../../runtime/errors';
import { None, PyValue } from '../../runtime/object';
import { cut, gradOwner, TorchTensor } from './tensor';

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
  const seed = g.dtype === 'float64' ? g : E.astype(g, 'float64');
  return seed.ndim === root.t.ndim ? cut(seed) : E.reshape(cut(seed), root.shape);
}

function checkRoot(root: TorchTensor, index = 0): void {
  if (!root.requiresGrad) throw runtimeError(`element ${index} of tensors does not require grad and does not have a grad_fn`);
}

function engineBackward(root: TorchTensor, seed: Tensor): E.Gradients {
  return E.withoutRecording(() => E.backward(root.t, seed));
}

/** Adds g into x.grad (torch accumulates into the same .grad tensor). */
function accumulate(x: TorchTensor, g: Tensor): void {
  const cast = E.withoutRecording(() => (g.dtype === x.dtype ? cut(g) : E.astype(g, x.dtype)));
  if (x.grad === null) x.grad = new TorchTensor(cast.ndim === x.t.ndim ? cast : E.reshape(cast, x.shape));
  else x.grad.replace(E.withoutRecording(() => E.add(x.grad!.t, cast)));
}

/** tensor.backward(gradient=None, retain_graph=None, create_graph=False, inputs=None). */
export function backwardFrom(root: TorchTensor, gradient: PyValue | undefined, createGraph: boolean): void {
  if (createGraph) throw new Unsupported('backward(create_graph=True) (higher-order gradients)');
  checkRoot(root);
  const grads = engineBackward(root, seedFor(root, gradient));
  const collected = new Map<TorchTensor, Tensor>();
  for (const [t, g] of grads) {
    const owner = gradOwner(t);
    if (owner === undefined) continue;
    const prev = collected.get(owner);
    collected.set(owner, prev === undefined ? g : E.withoutRecording(() => E.add(prev, g)));
  }
  for (const [owner, g] of collected) accumulate(owner, g);
}

/** torch.autograd.grad(outputs, inputs, grad_outputs=None, ..., allow_unused=False). */
export function autogradGrad(
  outputs: TorchTensor[],
  inputs: TorchTensor[],
  gradOutputs: PyValue[] | null,
  createGraph: boolean,
  allowUnused: boolean,
): PyValue {
  if (createGraph) throw new Unsupported('torch.autograd.grad(create_graph=True) (higher-order gradients)');
  const sums = new Map<Tensor, Tensor>();
  outputs.forEach((out, i) => {
    checkRoot(out, i);
    const grads = engineBackward(out, seedFor(out, gradOutputs?.[i], i));
    for (const x of inputs) {
      const g = grads.get(x.t);
      if (g === undefined) continue;
      const prev = sums.get(x.t);
      sums.set(x.t, prev === undefined ? g : E.withoutRecording(() => E.add(prev, g)));
    }
  });
  inputs.forEach((x, i) => {
    if (!x.requiresGrad) throw runtimeError(`One of the differentiated Tensors does not require grad`);
    if (!sums.has(x.t) && !allowUnused)
      throw runtimeError(`One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.`);
    void i;
  });
  return tuple(
    inputs.map((x) => {
      const g = sums.get(x.t);
      if (g === undefined) return None;
      const cast = E.withoutRecording(() => (g.dtype === x.dtype ? cut(g) : E.astype(g, x.dtype)));
      return new TorchTensor(cast.ndim === x.t.ndim ? cast : E.reshape(cast, x.shape));
    }),
  );
}
