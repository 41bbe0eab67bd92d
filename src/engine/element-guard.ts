// A run's memory budget as the engine sees it. The interpreter installs a guard for the length of a
// run; arrays of GUARDED_FROM elements or more ask it before they are made (`reserveElements`) or
// as they become tensors, so one statement cannot allocate far past the budget between the
// interpreter's periodic checks. Smaller arrays are left to those checks: asking costs ~1 us.

/** Throws (the interpreter's budget stop) when `elements` more would not fit the budget. */
export type ElementGuard = (elements: number) => void;

export const GUARDED_FROM = 1 << 16;

let guard: ElementGuard | null = null;

/** Installs `g` (null: none); returns the guard it replaces. */
export function setElementGuard(g: ElementGuard | null): ElementGuard | null {
  const prev = guard;
  guard = g;
  return prev;
}

/** About to allocate storage of n elements. */
export function reserveElements(n: number): void {
  if (n >= GUARDED_FROM && guard !== null) guard(n);
}

/** Storage of n elements was just made (it is counted already). */
export function madeElements(n: number): void {
  if (n >= GUARDED_FROM && guard !== null) guard(0);
}
