// np.linalg: norm (vector 2-norm of the flattened array, Frobenius, along axes; ord 1, 2, inf
// for vectors), computed through engine ops so the norm has its gradient; inv, solve and det of
// matrices (the engine's, src/engine/ops/linalg.ts, with their VJPs); LinAlgError.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { LinAlgError, Unsupported } from '../../runtime/errors';
import { PyBuiltin, PyModule } from '../../runtime/functions';
import { builtinFunction, isNone } from '../../runtime/native';
import { PyValue } from '../../runtime/object';
import { toTensor, wrap } from './coerce';
import { axisArg, keepdimsArg } from './reductions';

function ordArg(v: PyValue | undefined): number | 'fro' | null {
  if (isNone(v)) return null;
  if (v === 'fro') return 'fro';
  if (typeof v === 'number') return v;
  if (v instanceof Tensor) return v.item();
  throw new Unsupported(`numpy.linalg.norm with ord=${String(v)}`);
}

export function norm(x: Tensor, ord: number | 'fro' | null, axis: E.Axis, keepdims: boolean): Tensor {
  const t = E.isFloat(x.dtype) ? x : E.astype(x, 'float64');
  const vector = axis === null ? t.ndim === 1 : typeof axis === 'number' || axis.length === 1;
  if (ord === null || (ord === 'fro' && !vector) || (ord === 2 && vector)) {
    if (axis === null && !keepdims) {
      const flat = E.reshape(t, [t.size]);
      return E.sqrt(E.dot(flat, flat));
    }
    return E.sqrt(E.sum(E.mul(t, t), axis, keepdims));
  }
  if (vector && ord === 1) return E.sum(E.abs(t), axis, keepdims);
  if (vector && ord === Infinity) return E.max(E.abs(t), axis, keepdims);
  throw new Unsupported(`numpy.linalg.norm with ord=${String(ord)}${vector ? '' : ' on matrices'}`);
}

export function linalgFunctions(): PyBuiltin[] {
  return [
    builtinFunction('inv', 'a', (a) => wrap(E.inv(toTensor(a[0]!)))),
    builtinFunction('solve', 'a, b', (a) => wrap(E.solve(toTensor(a[0]!), toTensor(a[1]!)))),
    builtinFunction('det', 'a', (a) => wrap(E.det(toTensor(a[0]!)))),
    builtinFunction('norm', 'x, ord=None, axis=None, keepdims=False', (a) =>
      wrap(norm(toTensor(a[0]!), ordArg(a[1]), axisArg(a[2]), keepdimsArg(a[3]))),
    ),
  ];
}

export function fillLinalgModule(m: PyModule): void {
  for (const fn of linalgFunctions()) m.dict!.set(fn.name, fn);
  m.dict!.set('LinAlgError', LinAlgError);
}
