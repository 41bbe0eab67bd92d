// Numeric health: where a NaN or Inf first came out of finite inputs. What merely propagates a
// non-finite value is not reported.
import { type Tensor, hasNonFinite, reachableNonFinite } from '../engine';

export interface NonFiniteOrigin {
  tensor: Tensor;
  op: string;
  /** 'nan' or 'inf', whichever came out first in C order. */
  kind: 'nan' | 'inf';
}

/** Tensors made by an op from finite inputs that hold NaN or Inf, one per origin tag. */
export function findNonFiniteOrigins(starts: Iterable<Tensor>): NonFiniteOrigin[] {
  const out = new Map<number, NonFiniteOrigin>();
  // the engine's walk, which makes no object for a finite scalar (most of a scalar program's tape)
  for (const t of reachableNonFinite([...starts])) {
    const node = t.node;
    if (node === null || !node.inputs.every((x) => !hasNonFinite(x))) continue;
    const d = t.data;
    let kind: 'nan' | 'inf' = 'nan';
    for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) {
      kind = Number.isNaN(d[i]) ? 'nan' : 'inf';
      break;
    }
    const prev = out.get(t.origin);
    if (prev === undefined || prev.tensor.id > t.id) out.set(t.origin, { tensor: t, op: node.op, kind });
  }
  return [...out.values()].sort((a, b) => a.tensor.id - b.tensor.id);
}
