// torch.Tensor's attributes, methods and operators (the shared op table from ops.ts plus what only
// tensors have: autograd state, conversions, in-place ops, indexing, printing).
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyList, PyTuple, tuple, tupleType } from '../../runtime/collections';
import { Unsupported, pyErr, typeError } from '../../runtime/errors';
import { SeqIterator, tupleIteratorType } from '../../runtime/iter';
import { defineGetter, defineMethod, defineRawMethod, toIndex } from '../../runtime/native';
import { None, NotImplemented, PyObject, PyType, PyValue, objectId, objectType, pyFloat } from '../../runtime/object';
import { str } from '../../runtime/protocols';
import { formatNumber } from '../../format';
import { NDArray } from '../numpy';
import { boolArg, sizeArgs, tensorArg } from './args';
import { backwardFrom, backwardInputs, passOptions } from './autograd';
import { operand } from './coerce';
import { elementSize, parseDType, tensorTypeName, torchDType } from './dtypes';
import { BINARY, binary } from './elementwise';
import { tensorRepr } from './format';
import { getItem, setItem } from './indexing';
import { inplace, inplaceBinary } from './inplace';
import { nodeName } from './saved';
import { chunk, narrow, select, split, unbind } from './split';
import { TENSOR_OPS } from './ops';
import { checkBroadcast, dimIndex, runtimeError } from './shape-ops';
import { cut, graded, parameterType, tensorType, TorchTensor, torchState } from './tensor';

const sameShape = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((d, i) => d === b[i]);

export const sizeType = new PyType('Size', [tupleType], { module: 'torch', make: (cls) => new PyTuple([], cls) });
export const deviceType = new PyType('device', [objectType], { module: 'torch' });
export const CPU = new PyObject(deviceType);

export function torchSize(shape: readonly number[]): PyTuple {
  return new PyTuple([...shape], sizeType);
}

const T = (v: PyValue): TorchTensor => v as TorchTensor;

/** The Python value of one element (.item()): floats are fresh Python floats, as torch's item() detaches. */
export function itemValue(t: Tensor, v: number): PyValue {
  if (t.dtype === 'bool') return v !== 0;
  if (t.dtype === 'int64') return v;
  return pyFloat(v);
}

function toList(t: Tensor): PyValue {
  const d = t.data;
  if (t.ndim === 0) return itemValue(t, d[0]);
  let pos = 0;
  const make = (axis: number): PyValue => {
    const out: PyValue[] = [];
    for (let i = 0; i < t.shape[axis]; i++) out.push(axis === t.ndim - 1 ? itemValue(t, d[pos++]) : make(axis + 1));
    return new PyList(out);
  };
  return make(0);
}

function convert(x: TorchTensor, d: DType): TorchTensor {
  if (x.dtype === d) return x;
  const out = new TorchTensor(graded(() => E.astype(x.t, d)));
  if (torchState.gradEnabled && x.requiresGrad && (d === 'float32' || d === 'float64')) {
    out.requiresGrad = true;
    out.gradFn = 'ToCopyBackward0';
  }
  return out;
}

function oneElement(x: TorchTensor, what: string): number {
  if (x.t.size !== 1) throw pyErr(what === 'bool' ? 'RuntimeError' : 'ValueError', what === 'bool' ? 'Boolean value of Tensor with more than one value is ambiguous' : 'only one element tensors can be converted to Python scalars');
  return x.t.data[0];
}

export function printable(x: TorchTensor): Parameters<typeof tensorRepr>[0] {
  const isParameter = x.cls === parameterType;
  const plain = x.cls === tensorType || isParameter;
  return { t: x.t, gradFn: x.gradFn, requiresGrad: x.requiresGrad, isParameter, subclassName: plain ? null : x.cls.name };
}

/** The object tensor.grad_fn returns: its type is named like torch's node class. */
const gradFnTypes = new Map<string, PyType>();
const nodeType = new PyType('Node', [objectType], { module: 'torch.autograd.graph' });
export class GradFnNode extends PyObject {
  constructor(readonly of: TorchTensor, name: string) {
    let t = gradFnTypes.get(name);
    if (t === undefined) {
      t = new PyType(name, [nodeType], { module: 'builtins' });
      gradFnTypes.set(name, t);
    }
    super(t);
  }
}

let installed = false;
export function installTensorMethods(): void {
  if (installed) return;
  installed = true;
  const t = tensorType;
  for (const [name, op] of Object.entries(TENSOR_OPS)) defineMethod(t, name, op.spec, (self, a) => op.impl(T(self), a));

  defineRawMethod(nodeType, 'name', (self) => nodeName((self as PyObject).cls.name));
  defineRawMethod(nodeType, '__repr__', (self) => `<${(self as PyObject).cls.name} object at 0x${(0x7f0000000000 + (objectId(self) % 2 ** 32) * 16).toString(16)}>`);
  defineRawMethod(sizeType, '__repr__', (self) => `torch.Size([${(self as PyTuple).items.map((v) => str(v)).join(', ')}])`);
  defineRawMethod(sizeType, 'numel', (self) => (self as PyTuple).items.reduce((p: number, d) => p * (d as number), 1));
  defineRawMethod(deviceType, '__repr__', () => "device(type='cpu')");
  defineRawMethod(deviceType, '__str__', () => 'cpu');
  defineGetter(deviceType, 'type', () => 'cpu');

  // attributes
  defineGetter(t, 'shape', (self) => torchSize(T(self).shape));
  defineGetter(t, 'dtype', (self) => torchDType(T(self).dtype));
  defineGetter(t, 'device', () => CPU);
  defineGetter(t, 'ndim', (self) => T(self).t.ndim);
  defineGetter(t, 'is_leaf', (self) => T(self).isLeaf);
  defineGetter(t, '_version', (self) => T(self).version);
  defineGetter(t, 'grad_fn', (self) => (T(self).gradFn === null ? None : new GradFnNode(T(self), T(self).gradFn!)));
  defineGetter(
    t,
    'requires_grad',
    (self) => T(self).requiresGrad,
    (self, v) => setRequiresGrad(T(self), boolArg(v)),
  );
  defineGetter(
    t,
    'grad',
    (self) => T(self).grad ?? None,
    (self, v) => {
      if (v === None) T(self).grad = null;
      else if (v instanceof TorchTensor) T(self).grad = v;
      else throw typeError(`assigned grad expected to be a Tensor or None but got grad of type ${(v as PyObject).cls?.name ?? typeof v}`);
    },
  );
  defineGetter(
    t,
    'data',
    (self) => T(self).alias(false),
    (self, v) => {
      if (!(v instanceof TorchTensor)) throw typeError('data must be a Tensor');
      if (!sameShape(v.shape, T(self).shape)) throw new Unsupported('x.data = y with y of another shape');
      T(self).replaceData(E.withoutRecording(() => (v.dtype === T(self).dtype ? cut(v.t) : E.astype(cut(v.t), T(self).dtype))));
    },
  );
  defineGetter(t, 'T', (self) => TENSOR_OPS.permute.impl(T(self), [new PyTuple(Array.from({ length: T(self).t.ndim }, (_, i) => T(self).t.ndim - 1 - i))]));
  defineGetter(t, 'mT', (self) => TENSOR_OPS.transpose.impl(T(self), [-2, -1]));

  // sizes and conversions
  defineMethod(t, 'size', 'dim=None', (self, [d]) => (d === undefined || d === None ? torchSize(T(self).shape) : T(self).shape[dimIndex(toIndex(d), T(self).t.ndim)]));
  defineMethod(t, 'dim', '', (self) => T(self).t.ndim);
  defineMethod(t, 'ndimension', '', (self) => T(self).t.ndim);
  defineMethod(t, 'numel', '', (self) => T(self).t.size);
  defineMethod(t, 'nelement', '', (self) => T(self).t.size);
  defineMethod(t, 'element_size', '', (self) => elementSize(T(self).dtype));
  defineMethod(t, 'is_contiguous', 'memory_format=None', (self) => T(self).isContiguous);
  defineMethod(t, 'stride', 'dim=None', (self, [d]) => {
    const s = T(self).layout.strides;
    return d === undefined || d === None ? tuple(s) : s[dimIndex(toIndex(d), T(self).t.ndim)];
  });
  defineMethod(t, 'storage_offset', '', (self) => T(self).layout.offset);
  defineMethod(t, 'is_floating_point', '', (self) => T(self).dtype === 'float32' || T(self).dtype === 'float64');
  defineMethod(t, 'item', '', (self) => itemValue(T(self).t, oneElement(T(self), 'item')));
  defineMethod(t, 'tolist', '', (self) => toList(T(self).t));
  defineMethod(t, 'numpy', '*, force=False', (self) => {
    if (T(self).requiresGrad) throw runtimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
    return NDArray.view(T(self).storage.numpyRoot(), T(self).layout);
  });
  defineMethod(t, 'float', '', (self) => convert(T(self), 'float32'));
  defineMethod(t, 'double', '', (self) => convert(T(self), 'float64'));
  defineMethod(t, 'long', '', (self) => convert(T(self), 'int64'));
  defineMethod(t, 'bool', '', (self) => convert(T(self), 'bool'));
  defineMethod(t, 'int', '', () => {
    throw new Unsupported('torch.int32 tensors (Tensor.int())');
  });
  defineMethod(t, 'half', '', () => {
    throw new Unsupported('torch.float16 tensors (Tensor.half())');
  });
  defineMethod(t, 'cpu', '', (self) => self);
  defineRawMethod(t, 'to', (self, args, kwargs) => {
    const dt = kwargs?.get('dtype') ?? args.find((a) => !(typeof a === 'string') && !(a instanceof PyObject && a.cls === deviceType) && !(a instanceof TorchTensor));
    const like = args.find((a) => a instanceof TorchTensor);
    if (like instanceof TorchTensor) return convert(T(self), like.dtype);
    const d = parseDType(dt);
    return d === null ? self : convert(T(self), d);
  });
  defineMethod(t, 'type', 'dtype=None', (self, [d]) => {
    if (d === undefined || d === None) return tensorTypeName(T(self).dtype);
    return convert(T(self), parseDType(d)!);
  });
  defineMethod(t, 'view_as', 'other', (self, [o]) => TENSOR_OPS.view.impl(T(self), [new PyTuple([...tensorArg(o, 'view_as', 'other').shape])]));
  defineMethod(t, 'reshape_as', 'other', (self, [o]) => TENSOR_OPS.reshape.impl(T(self), [new PyTuple([...tensorArg(o, 'reshape_as', 'other').shape])]));
  defineMethod(t, 'expand_as', 'other', (self, [o]) => TENSOR_OPS.expand.impl(T(self), [new PyTuple([...tensorArg(o, 'expand_as', 'other').shape])]));

  // autograd
  defineMethod(t, 'requires_grad_', 'requires_grad=True', (self, [v]) => {
    setRequiresGrad(T(self), boolArg(v, true));
    return self;
  });
  defineMethod(t, 'retain_grad', '', (self) => {
    if (!T(self).requiresGrad) throw runtimeError("can't retain_grad on Tensor that has requires_grad=False");
    if (!T(self).isLeaf) T(self).retainGrad();
    return None;
  });
  defineMethod(t, 'backward', 'gradient=None, retain_graph=None, create_graph=False, inputs=None', (self, [g, rg, cg, inputs]) => {
    const only = backwardInputs(inputs);
    backwardFrom(T(self), g, passOptions(rg, boolArg(cg)), only);
    return None;
  });
  defineMethod(t, 'detach', '', (self) => T(self).alias(true));
  defineMethod(t, 'detach_', '', (self) => {
    T(self).replaceData(cut(T(self).t));
    T(self).gradFn = null;
    T(self).requiresGrad = false;
    return self;
  });
  defineMethod(t, 'clone', '*, memory_format=None', (self) => cloneOf(T(self), 'CloneBackward0'));
  defineMethod(t, 'contiguous', 'memory_format=None', (self) => (T(self).isContiguous ? self : cloneOf(T(self), 'CloneBackward0')));
  defineMethod(t, 'split', 'split_size, dim=0', (self, [s, d]) => split(T(self), s!, toIndex(d ?? 0)));
  defineMethod(t, 'chunk', 'chunks, dim=0', (self, [c, d]) => chunk(T(self), toIndex(c!), toIndex(d ?? 0)));
  defineMethod(t, 'unbind', 'dim=0', (self, [d]) => unbind(T(self), toIndex(d ?? 0)));
  defineMethod(t, 'narrow', 'dim, start, length', (self, [d, s, n]) => narrow(T(self), toIndex(d!), toIndex(s!), toIndex(n!)));
  defineMethod(t, 'select', 'dim, index', (self, [d, i]) => select(T(self), toIndex(d!), toIndex(i!)));

  // in-place ops
  for (const [name, gradFn] of [
    ['add', 'AddBackward0'],
    ['sub', 'SubBackward0'],
    ['mul', 'MulBackward0'],
    ['div', 'DivBackward0'],
    ['pow', 'PowBackward0'],
  ] as const) {
    const op = inplaceBinary(name, gradFn);
    defineMethod(t, `${name}_`, 'other, *, alpha=1', (self, [other, alpha]) => {
      const scaled = alpha === undefined || alpha === 1 ? other! : binary(BINARY.mul, other!, alpha);
      const r = op(self, [scaled]);
      if (r === NotImplemented) throw typeError(`${name}_(): argument 'other' must be Tensor or Number`);
      return r;
    });
    defineRawMethod(t, `__i${name === 'div' ? 'truediv' : name}__`, (self, args) => op(self, args));
  }
  defineMethod(t, 'zero_', '', (self) => inplace(T(self), E.zeros(T(self).shape, T(self).dtype), 'ZeroBackward0', []));
  defineMethod(t, 'fill_', 'value', (self, [v]) => {
    const o = operand(v!);
    if (o === null) throw typeError('fill_(): argument \'value\' must be Number');
    return inplace(T(self), graded(() => E.broadcastTo(E.astype(o.t, T(self).dtype), T(self).shape)), 'FillBackward0', o.source ? [o.source] : []);
  });
  defineMethod(t, 'copy_', 'src, non_blocking=False', (self, [src]) => {
    const s = tensorArg(src, 'copy_', 'src');
    checkBroadcast(T(self).shape, s.shape);
    return inplace(T(self), graded(() => E.broadcastTo(E.astype(s.t, T(self).dtype), T(self).shape)), 'CopyBackwards', [s]);
  });
  defineMethod(t, 'clamp_', 'min=None, max=None', (self, a) => {
    const r = T(TENSOR_OPS.clamp.impl(T(self), a));
    return inplace(T(self), r.t, 'ClampBackward1', [], r);
  });
  for (const name of ['exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'relu', 'abs', 'neg'] as const)
    defineMethod(t, `${name}_`, '', (self) => {
      const r = T(TENSOR_OPS[name].impl(T(self), []));
      return inplace(T(self), r.t, r.gradFn ?? '', [], r);
    });
  defineMethod(t, 'masked_fill_', 'mask, value', (self, a) => inplace(T(self), T(TENSOR_OPS.masked_fill.impl(T(self), a)).t, 'MaskedFillBackward0', []));

  // operators
  const dunder = (name: string, spec: keyof typeof BINARY, reflected = false): void =>
    defineRawMethod(t, name, (self, [o]) => {
      const other = operand(o);
      if (other !== null && other.source !== null) checkBroadcast(T(self).shape, other.t.shape);
      return binary(BINARY[spec], self, o, reflected);
    });
  dunder('__add__', 'add');
  dunder('__radd__', 'add', true);
  dunder('__sub__', 'sub');
  dunder('__rsub__', 'sub', true);
  dunder('__mul__', 'mul');
  dunder('__rmul__', 'mul', true);
  dunder('__truediv__', 'div');
  dunder('__rtruediv__', 'div', true);
  dunder('__pow__', 'pow');
  dunder('__rpow__', 'pow', true);
  dunder('__eq__', 'eq');
  dunder('__ne__', 'ne');
  dunder('__lt__', 'lt');
  dunder('__le__', 'le');
  dunder('__gt__', 'gt');
  dunder('__ge__', 'ge');
  defineRawMethod(t, '__matmul__', (self, [o]) => (o instanceof TorchTensor ? TENSOR_OPS.matmul.impl(T(self), [o]) : NotImplemented));
  defineRawMethod(t, '__rmatmul__', (self, [o]) => (o instanceof TorchTensor ? TENSOR_OPS.matmul.impl(o, [self]) : NotImplemented));
  defineRawMethod(t, '__neg__', (self) => TENSOR_OPS.neg.impl(T(self), []));
  defineRawMethod(t, '__pos__', (self) => self);
  defineRawMethod(t, '__abs__', (self) => TENSOR_OPS.abs.impl(T(self), []));
  defineRawMethod(t, '__invert__', (self) => {
    if (T(self).dtype !== 'bool') throw new Unsupported('bitwise not of integer torch tensors');
    return new TorchTensor(E.logicalNot(T(self).t));
  });
  defineRawMethod(t, '__and__', (self, [o]) => logical(E.logicalAnd, self, o));
  defineRawMethod(t, '__or__', (self, [o]) => logical(E.logicalOr, self, o));
  defineRawMethod(t, '__getitem__', (self, [k]) => getItem(T(self), k));
  defineRawMethod(t, '__setitem__', (self, [k, v]) => {
    setItem(T(self), k, v);
    return None;
  });
  defineRawMethod(t, '__len__', (self) => {
    if (T(self).t.ndim === 0) throw typeError('len() of a 0-d tensor');
    return T(self).shape[0];
  });
  defineRawMethod(t, '__iter__', (self) => {
    const x = T(self);
    if (x.t.ndim === 0) throw typeError('iteration over a 0-d tensor');
    return new SeqIterator(unbind(x, 0).items, tupleIteratorType);
  });
  defineRawMethod(t, '__bool__', (self) => oneElement(T(self), 'bool') !== 0);
  defineRawMethod(t, '__float__', (self) => pyFloat(oneElement(T(self), 'float')));
  defineRawMethod(t, '__int__', (self) => Math.trunc(oneElement(T(self), 'int')));
  defineRawMethod(t, '__index__', (self) => {
    if (T(self).dtype !== 'int64' || T(self).t.size !== 1) throw typeError('only integer tensors of a single element can be converted to an index');
    return T(self).t.data[0];
  });
  defineRawMethod(t, '__hash__', (self) => objectId(self));
  defineRawMethod(t, '__repr__', (self) => tensorRepr(printable(T(self))));
  defineRawMethod(t, '__format__', (self, [spec]) => {
    const x = T(self);
    if (x.t.ndim === 0 && spec !== '') {
      const v = x.t.data[0];
      return formatNumber(v, x.dtype === 'bool' ? 'bool' : x.dtype === 'int64' ? 'int' : 'float', String(spec));
    }
    return tensorRepr(printable(x));
  });
  t.construct = (args) => {
    if (args.length === 1 && (args[0] instanceof PyList || args[0] instanceof PyTuple) && (args[0] as PyList).items.some((v) => !(typeof v === 'number')))
      throw new Unsupported('torch.Tensor(data) (use torch.tensor)');
    const shape = args.length === 0 ? [0] : sizeArgs(args);
    return new TorchTensor(E.zeros(shape, torchState.defaultFloat));
  };
  parameterType.construct = (args, kwargs) => {
    const data = args[0] ?? kwargs?.get('data');
    const rg = args[1] ?? kwargs?.get('requires_grad') ?? true;
    const base = data === undefined || data === None ? E.zeros([0], torchState.defaultFloat) : tensorArg(data, 'Parameter', 'data').t;
    const p = new TorchTensor(cut(base), parameterType);
    p.setRequiresGrad(boolArg(rg, true));
    return p;
  };
}

function logical(fn: (a: Tensor, b: Tensor) => Tensor, self: PyValue, o: PyValue): PyValue {
  const other = operand(o);
  if (other === null) return NotImplemented;
  if (T(self).dtype !== 'bool' || other.t.dtype !== 'bool') throw new Unsupported('bitwise and/or of integer torch tensors');
  return new TorchTensor(fn(T(self).t, other.t));
}

function setRequiresGrad(x: TorchTensor, flag: boolean): void {
  if (!x.isLeaf) {
    if (!flag)
      throw runtimeError(
        "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().",
      );
    return;
  }
  if (flag && x.dtype !== 'float32' && x.dtype !== 'float64') throw runtimeError('only Tensors of floating point and complex dtype can require gradients');
  x.setRequiresGrad(flag);
}

function cloneOf(x: TorchTensor, gradFn: string): TorchTensor {
  const out = new TorchTensor(graded(() => E.reshape(x.t, x.shape)));
  if (torchState.gradEnabled && x.requiresGrad) {
    out.requiresGrad = true;
    out.gradFn = gradFn;
  }
  return out;
}
