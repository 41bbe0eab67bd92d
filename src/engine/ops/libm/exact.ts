// The rounding errors of one addition and one multiplication, exactly (error-free
// transformations): fl(a + b) + sumError = a + b (Knuth's two-sum), fl(a * b) + productError =
// a * b (Dekker's product, by splitting each factor in halves of 26 bits).

const SPLITTER = 134217729; // 2^27 + 1

/** a + b - s exactly, for s = fl(a + b). */
export function sumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

/** a * b - p exactly, for p = fl(a * b) (barring overflow). */
export function productError(a: number, b: number, p: number): number {
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}
