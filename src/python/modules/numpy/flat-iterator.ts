// The numpy.flatiter object of `a.flat`: a cursor over an array's elements in C order. Kept apart
// from its methods (index-iterators.ts) so that coerce.ts can read one as the 1-d array it stands
// for (np.array(a.flat)) without importing them.
import * as E from '../../../engine';
import { PyIterator } from '../../runtime/iter';
import { PyType, PyValue, objectType } from '../../runtime/object';
import { NDArray } from './ndarray';
import { npScalar } from './scalar';

export const flatiterType = new PyType('flatiter', [objectType], { module: 'numpy', tpName: 'numpy.flatiter' });

export class FlatIter extends PyIterator {
  /** Flat (C-order) position of the next element. */
  pos = 0;
  constructor(readonly array: NDArray) {
    super(flatiterType);
  }

  next(): PyValue | undefined {
    if (this.pos >= this.array.size) return undefined;
    return this.elementAt(this.pos++);
  }

  /** The element at flat position `pos` as a numpy scalar (one gather, so it stays on the tape). */
  elementAt(pos: number): PyValue {
    const t = this.array.tensor;
    if (t.ndim === 0) return npScalar(t);
    return npScalar(E.gather(t, this.coords(pos).map((index) => ({ kind: 'int' as const, index }))));
  }

  /** The multi-index of flat position `pos` (the first axis not wrapped, as numpy's coords). */
  coords(pos: number): number[] {
    const shape = this.array.shape;
    const out = new Array<number>(shape.length);
    let rest = pos;
    for (let ax = shape.length - 1; ax > 0; ax--) {
      out[ax] = rest % shape[ax];
      rest = Math.floor(rest / shape[ax]);
    }
    if (shape.length > 0) out[0] = rest;
    return out;
  }
}
