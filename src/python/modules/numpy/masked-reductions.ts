// Reductions with where= and initial=, as numpy's reductions and its _methods.py compute them:
// sum through the engine's masked sum (numpy's order of additions, so the digits match), mean as
// that sum over the count of kept elements, var/std from two masked sums, max/min over the kept
// elements and `initial` (which numpy requires with where=), any/all, and prod with where=.
// Everything is built from recorded engine ops, so gradients reach the kept elements.
import * as E from '../../../engine';
import { Axis, DType, Tensor } from '../../../engine';
import { Unsupported, typeError, valueError } from '../../runtime/errors';
import { None, PyValue } from '../../runtime/object';
import { toTensor } from './coerce';
import { parseDType } from './dtypes';
import type { ReduceArgs, ReductionName } from './reductions';

/** numpy's error when the mask does not broadcast to the array (the reduction's own iterator). */
function iteratorBroadcastError(x: Tensor, mask: Tensor): never {
  if (mask.ndim > x.ndim) throw valueError('input operand has more dimensions than allowed by the axis remapping');
  throw valueError(
    `operands could not be broadcast together with remapped shapes [original->remapped]: ${E.shapeText(x.shape)} ${E.shapeText(mask.shape)} `,
  );
}

/** The where= mask as a bool tensor broadcastable to x (null: keep everything). */
function maskOf(where: PyValue | undefined, x: Tensor, viaBroadcastTo: boolean): Tensor | null {
  if (where === undefined || where === true) return null;
  if (where === None || where === false || typeof where === 'number') return Tensor.scalar(where === None || where === 0 || where === false ? 0 : 1, 'bool');
  const m = toTensor(where);
  if (m.dtype !== 'bool') throw typeError(`Cannot cast array data from dtype('${m.dtype}') to dtype('bool') according to the rule 'safe'`);
  const fits = m.ndim <= x.ndim && m.shape.every((d, i) => d === 1 || d === x.shape[x.ndim - m.ndim + i]);
  if (!fits) {
    if (viaBroadcastTo && m.ndim <= x.ndim) E.broadcastTo(m, x.shape);
    iteratorBroadcastError(x, m);
  }
  return m;
}

function castTo(t: Tensor, d: DType | null): Tensor {
  return d === null || d === t.dtype ? t : E.astype(t, d);
}

/** How many elements the mask keeps in each group (float64, shaped like the result). */
function keptCounts(x: Tensor, mask: Tensor | null, axis: Axis, keepdims: boolean): Tensor {
  const ones = E.broadcastTo(mask ?? Tensor.scalar(1, 'bool'), x.shape);
  return E.astype(E.sum(ones, axis, keepdims), 'float64');
}

/** sum / count, rounded to the sum's dtype as numpy's true_divide(..., casting='unsafe') does. */
function divided(total: Tensor, count: Tensor): Tensor {
  const q = E.div(E.astype(total, 'float64'), count);
  return total.dtype === 'float64' ? q : E.astype(q, total.dtype);
}

/** sum's initial=: a Python float keeps its place on the tape (it gets the gradient of the sum). */
function initialOf(initial: PyValue | undefined): number | Tensor {
  if (initial === undefined || initial === None) return 0;
  const t = toTensor(initial);
  return t.ndim === 0 && E.isFloat(t.dtype) ? t : t.item();
}

/** The float dtype numpy's _mean/_var accumulate in: dtype=, else float64 for ints and bools. */
function meanDType(x: Tensor, dtype: PyValue | undefined): DType | null {
  return parseDType(dtype) ?? (x.dtype === 'int64' || x.dtype === 'bool' ? 'float64' : null);
}

function variance(x: Tensor, mask: Tensor | null, a: ReduceArgs): Tensor {
  const d = meanDType(x, a.dtype);
  const xf = castTo(x, d);
  const mean = divided(E.maskedSum(xf, mask, a.axis, true, 0), keptCounts(x, mask, a.axis, true));
  const dev = E.sub(x, mean);
  const sq = E.mul(dev, dev);
  const total = E.maskedSum(castTo(sq, d), mask, a.axis, a.keepdims, 0);
  const dof = E.maximum(E.sub(keptCounts(x, mask, a.axis, a.keepdims), Tensor.scalar(a.ddof)), Tensor.scalar(0));
  return divided(total, dof);
}

/** A reduction given where= and/or initial=. */
export function maskedReduce(name: ReductionName, x: Tensor, a: ReduceArgs): Tensor {
  const viaBroadcastTo = name === 'mean' || name === 'var' || name === 'std';
  const mask = maskOf(a.where, x, viaBroadcastTo);
  switch (name) {
    case 'sum':
      return E.maskedSum(castTo(x, parseDType(a.dtype)), mask, a.axis, a.keepdims, initialOf(a.initial));
    case 'mean': {
      const d = meanDType(x, a.dtype);
      return divided(E.maskedSum(castTo(x, d), mask, a.axis, a.keepdims, 0), keptCounts(x, mask, a.axis, a.keepdims));
    }
    case 'var':
      return variance(x, mask, a);
    case 'std': {
      const v = variance(x, mask, a);
      return E.sqrt(v);
    }
    case 'prod': {
      if (a.initial !== undefined && a.initial !== None) throw new Unsupported('numpy.prod with initial=');
      const t = castTo(x, parseDType(a.dtype));
      return E.prod(mask === null ? t : E.where(E.broadcastTo(mask, t.shape), t, Tensor.scalar(1, t.dtype)), a.axis, a.keepdims);
    }
    case 'max':
    case 'min':
      return extremum(name, x, mask, a);
    case 'any':
    case 'all': {
      const b = E.astype(x, 'bool');
      const fill = Tensor.scalar(name === 'all' ? 1 : 0, 'bool');
      const kept = mask === null ? b : E.where(E.broadcastTo(mask, b.shape), b, fill);
      const falses = E.sum(name === 'all' ? E.logicalNot(kept) : kept, a.axis, a.keepdims);
      return name === 'any' ? E.greater(falses, Tensor.scalar(0, 'int64')) : E.equal(falses, Tensor.scalar(0, 'int64'));
    }
    default:
      throw new Unsupported(`numpy.${name} with where=/initial=`);
  }
}

function extremum(name: 'max' | 'min', x: Tensor, mask: Tensor | null, a: ReduceArgs): Tensor {
  const ufunc = name === 'max' ? 'maximum' : 'minimum';
  if (a.initial === undefined || a.initial === None) {
    if (mask !== null) throw valueError(`reduction operation '${ufunc}' does not have an identity, so to use a where mask one has to specify 'initial'`);
    return name === 'max' ? E.max(x, a.axis, a.keepdims) : E.min(x, a.axis, a.keepdims);
  }
  const init = E.astype(toTensor(a.initial), x.dtype);
  const pick = name === 'max' ? E.maximum : E.minimum;
  const filled = mask === null ? x : E.where(E.broadcastTo(mask, x.shape), x, init);
  // an empty group holds just the initial value
  if (x.size === 0) return E.broadcastTo(init, E.sum(E.zeros(x.shape, 'bool'), a.axis, a.keepdims).shape);
  return pick(init, name === 'max' ? E.max(filled, a.axis, a.keepdims) : E.min(filled, a.axis, a.keepdims));
}

