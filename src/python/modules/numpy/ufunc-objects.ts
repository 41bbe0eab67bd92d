// np.add, np.exp, ...: ufunc objects. Calling one applies its engine op with NEP 50 promotion
// (and `out=`); `np.add.at(x, idx, v)` accumulates unbuffered through the engine's addAt.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { Unsupported, typeError } from '../../runtime/errors';
import { defineGetter, defineRawMethod } from '../../runtime/native';
import { KwArgs, None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { toTensor, wrap } from './coerce';
import { parseIndex } from './indexing';
import { NDArray } from './ndarray';
import { invert } from './operators';
import { arctan, log10, log2 } from './extra-ops';
import { rint } from './rounding';
import { Binary, Unary, operand, outOfRangeFor, unify, writeOut } from './ufunc';

export const ufuncType = new PyType('ufunc', [objectType], { module: 'numpy', tpName: 'numpy.ufunc' });

export class NpUfunc extends PyObject {
  constructor(
    readonly name: string,
    readonly op: { nin: 1; fn: Unary } | { nin: 2; fn: Binary },
  ) {
    super(ufuncType);
  }

  call(args: PyValue[], kwargs: KwArgs | null): PyValue {
    const nin = this.op.nin;
    let out: PyValue = None;
    if (kwargs !== null)
      for (const [k, v] of kwargs) {
        if (k === 'out') out = v;
        else throw new Unsupported(`numpy.${this.name} with ${k}=`);
      }
    if (args.length === nin + 1) out = args[nin];
    else if (args.length !== nin)
      throw typeError(`${this.name}() takes from ${nin} to ${nin + 1} positional arguments but ${args.length} were given`);
    const ops = args.slice(0, nin).map((a) => {
      const o = operand(a);
      if (o === null) throw new Unsupported(`numpy.${this.name} of a '${(a as PyObject).cls?.name ?? typeof a}' value`);
      return o;
    });
    let r: Tensor;
    if (this.op.nin === 1) r = this.op.fn(ops[0].t);
    else {
      const both = unify(ops[0], ops[1], outOfRangeFor(this.op.fn));
      r = this.op.fn(both[0], both[1]);
    }
    if (out instanceof NDArray) return writeOut(out, this.name, r);
    if (out instanceof PyObject && out.cls.name === 'tuple') {
      const target = (out as unknown as { items: PyValue[] }).items[0];
      if (target instanceof NDArray) return writeOut(target, this.name, r);
    }
    if (out !== None) throw typeError('return arrays must be of ArrayType');
    return wrap(r);
  }
}

const u1 = (name: string, fn: Unary): NpUfunc => new NpUfunc(name, { nin: 1, fn });
const u2 = (name: string, fn: Binary): NpUfunc => new NpUfunc(name, { nin: 2, fn });

/** np.reciprocal: 1/x; for integers C's integer division 1/x (bools as int8), and at 0 what x86's
 *  numpy gives (the smallest int32 or int64, else 0). */
function reciprocal(a: Tensor): Tensor {
  if (E.isFloat(a.dtype)) return E.div(Tensor.scalar(1, a.dtype), a);
  const dtype = a.dtype === 'bool' ? 'int8' : a.dtype;
  const atZero = dtype === 'int32' ? -2147483648 : dtype === 'int64' ? -9223372036854775808 : 0;
  const d = a.data;
  const out = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = d[i] === 0 ? atZero : Math.trunc(1 / d[i]) + 0;
  return a.ndim === 0 ? Tensor.scalar(out[0], dtype) : Tensor.of(out, a.shape, dtype);
}

/** np.rint: integers and bools round to themselves as floats (numpy's float loop for their size). */
function rintUfunc(a: Tensor): Tensor {
  return E.isFloat(a.dtype) ? rint(a) : rint(E.astype(a, E.floatUnaryResult('rint', a.dtype)));
}

export function ufuncObjects(): NpUfunc[] {
  return [
    u2('add', E.add),
    u2('subtract', E.sub),
    u2('multiply', E.mul),
    u2('divide', E.div),
    u2('true_divide', E.div),
    u2('floor_divide', E.floorDivide),
    u2('mod', E.mod),
    u2('remainder', E.mod),
    u2('power', E.pow),
    u2('maximum', E.maximum),
    u2('minimum', E.minimum),
    u2('equal', E.equal),
    u2('not_equal', E.notEqual),
    u2('less', E.less),
    u2('less_equal', E.lessEqual),
    u2('greater', E.greater),
    u2('greater_equal', E.greaterEqual),
    u2('logical_and', E.logicalAnd),
    u2('logical_or', E.logicalOr),
    u2('logical_xor', E.logicalXor),
    u2('matmul', E.matmul),
    u1('negative', E.neg),
    u1('positive', (x) => x),
    u1('exp', E.exp),
    u1('expm1', E.expm1),
    u1('log', E.log),
    u1('log1p', E.log1p),
    u1('log10', log10),
    u1('log2', log2),
    u1('arctan', arctan),
    u1('sqrt', E.sqrt),
    u1('square', E.square),
    u1('absolute', E.abs),
    u1('abs', E.abs),
    u1('fabs', E.abs),
    u1('sign', E.sign),
    u1('tanh', E.tanh),
    u1('sin', E.sin),
    u1('cos', E.cos),
    u1('floor', E.floor),
    u1('ceil', E.ceil),
    u1('rint', rintUfunc),
    u1('reciprocal', reciprocal),
    u1('logical_not', E.logicalNot),
    u1('invert', invert),
    u1('isnan', E.isnan),
    u1('isinf', E.isinf),
    u1('isfinite', E.isfinite),
  ];
}

export function installUfuncType(): void {
  defineRawMethod(ufuncType, '__call__', (self, args, kwargs) => (self as NpUfunc).call(args, kwargs));
  defineRawMethod(ufuncType, '__repr__', (self) => `<ufunc '${(self as NpUfunc).name}'>`);
  defineGetter(ufuncType, '__name__', (self) => (self as NpUfunc).name);
  defineGetter(ufuncType, 'nin', (self) => (self as NpUfunc).op.nin);
  defineRawMethod(ufuncType, 'at', (self, args) => {
    const u = self as NpUfunc;
    if (u.name !== 'add') throw new Unsupported(`numpy.${u.name}.at`);
    const [target, idx, v] = args;
    if (!(target instanceof NDArray)) throw typeError('at() argument 1 must be numpy.ndarray');
    // numpy's np.add.at writes into read-only arrays too
    target.write(E.addAt(target.tensor, parseIndex(idx), toTensor(v ?? None)), null);
    return None;
  });
  for (const m of ['reduce', 'accumulate', 'outer', 'reduceat'])
    defineRawMethod(ufuncType, m, (self) => {
      throw new Unsupported(`numpy.${(self as NpUfunc).name}.${m}`);
    });
}
