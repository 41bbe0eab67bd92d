// A run's memory budget as the engine sees it. The interpreter installs a guard for the length of a
// run; arrays of GUARDED_FROM elements or more ask it before they are made (`reserveElements`),
// and the guard is asked again each time GUARDED_FROM more elements have become tensors, so
// neither one statement nor a loop of few statements over mid-sized arrays (a training loop that
// reaches no periodic step check) gets far past the budget. Asking costs ~1 us.

/** Throws (the interpreter's budget stop) when `elements` more would not fit the budget. */
export type ElementGuard = (elements: number) => void;

export const GUARDED_FROM = 1 << 16;

let guard: ElementGuard | null = null;
/** Elements made into tensors since the guard was last asked. */
let madeSinceAsked = 0;

/** Installs `g` (null: none); returns the guard it replaces. */
export function setElementGuard(g: ElementGuard | null): ElementGuard | null {
  const prev = guard;
  guard = g;
  madeSinceAsked = 0;
  return prev;
}

/** About to allocate storage of n elements. */
export function reserveElements(n: number): void {
  if (n >= GUARDED_FROM && guard !== null) guard(n);
}

/** Storage of n elements was just made into a tensor (it is counted already). */
export function madeElements(n: number): void {
  madeSinceAsked += n;
  if (madeSinceAsked >= GUARDED_FROM && guard !== null) {
    madeSinceAsked = 0;
    guard(0);
  }
}
