// Argument helpers shared by torch's tensor methods and functions.
import { PyList, PyTuple } from '../../runtime/collections';
import { typeError } from '../../runtime/errors';
import { toIndex } from '../../runtime/native';
import { None, PyValue, typeName } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { TorchTensor } from './tensor';

/** `*size` arguments: ints, or one tuple/list/torch.Size of ints. */
export function sizeArgs(args: readonly PyValue[]): number[] {
  if (args.length === 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList)) return (args[0] as PyTuple).items.map(toIndex);
  return args.map(toIndex);
}

export function boolArg(v: PyValue | undefined, dflt = false): boolean {
  return v === undefined ? dflt : truthy(v);
}

export function intOr(v: PyValue | undefined, dflt: number): number {
  return v === undefined || v === None ? dflt : toIndex(v);
}

export function tensorArg(v: PyValue | undefined, fname: string, name = 'input'): TorchTensor {
  if (v instanceof TorchTensor) return v;
  throw typeError(`${fname}(): argument '${name}' (position 1) must be Tensor, not ${v === undefined ? 'None' : typeName(v)}`);
}

export function tensorList(v: PyValue | undefined, fname: string): TorchTensor[] {
  if (!(v instanceof PyList || v instanceof PyTuple)) throw typeError(`${fname}(): argument 'tensors' (position 1) must be tuple of Tensors, not ${v === undefined ? 'None' : typeName(v)}`);
  return v.items.map((x, i) => {
    if (x instanceof TorchTensor) return x;
    throw typeError(`expected Tensor as element ${i} in argument 0, but got ${typeName(x)}`);
  });
}
