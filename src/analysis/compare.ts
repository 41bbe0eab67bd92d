// The verdict on one hand-written gradient: compare it with the engine's exact gradient on every
// element, and confirm with central finite differences on a sample that includes the worst elements.
import { relativeError } from '../engine';
import type { CheckStatus } from './report';
import { unravelIndex } from './values';

export interface Tolerance {
  /** Relative tolerance: pass when |a - e| <= atol + rtol |e| element-wise. */
  rtol: number;
  atol: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { rtol: 1e-5, atol: 1e-7 };

export interface ElementComparison {
  /** Elements where the user's gradient is outside the tolerance of the exact one. */
  mismatched: number[];
  /** The element with the largest relative error (CS231n's measure). */
  worst: number;
  maxRelError: number;
}

/** Element-wise comparison of the user's (analytic) gradient with the exact one. */
export function compareElements(analytic: ArrayLike<number>, exact: ArrayLike<number>, tol: Tolerance): ElementComparison {
  const mismatched: number[] = [];
  let worst = 0;
  let maxRelError = -1;
  for (let i = 0; i < exact.length; i++) {
    const a = analytic[i];
    const e = exact[i];
    const bad = Number.isNaN(a) !== Number.isNaN(e) || Math.abs(a - e) > tol.atol + tol.rtol * Math.abs(e);
    if (bad) mismatched.push(i);
    const rel = Number.isNaN(a) || Number.isNaN(e) ? (Number.isNaN(a) && Number.isNaN(e) ? 0 : Infinity) : relativeError(a, e);
    if (rel > maxRelError) {
      maxRelError = rel;
      worst = i;
    }
  }
  return { mismatched, worst, maxRelError: Math.max(0, maxRelError) };
}

/**
 * The elements to confirm with finite differences: the worst mismatches first, then spread
 * deterministically over the tensor, at most `count` in all.
 */
export function sampleElements(size: number, cmp: ElementComparison, analytic: ArrayLike<number>, exact: ArrayLike<number>, count = 8): number[] {
  const picked = new Set<number>();
  const byError = [...cmp.mismatched].sort(
    (i, j) => relativeError(analytic[j], exact[j]) - relativeError(analytic[i], exact[i]),
  );
  for (const i of byError.slice(0, Math.ceil(count / 2))) picked.add(i);
  picked.add(cmp.worst);
  const step = size / Math.max(1, count - picked.size);
  for (let k = 0; picked.size < Math.min(count, size) && k < size; k++) picked.add(Math.floor(k * step) % size);
  return [...picked].sort((a, b) => a - b);
}

export interface GradientVerdict {
  status: CheckStatus;
  maxRelError: number;
  worstFlat: number;
  worstIndex: number[];
  analytic: number;
  numeric: number;
  exact: number;
  mismatched: number;
  total: number;
}

/**
 * Combines the exact comparison with the sampled finite differences. A mismatch the finite
 * differences cannot confirm because they crossed a kink is `kink`, never `mismatch`.
 */
export function judge(
  analytic: ArrayLike<number>,
  exact: ArrayLike<number>,
  shape: readonly number[],
  numericAt: ReadonlyMap<number, number>,
  kinkAt: ReadonlySet<number>,
  tol: Tolerance,
): GradientVerdict {
  const cmp = compareElements(analytic, exact, tol);
  // Elements that disagree with the exact gradient only where finite differences crossed a kink
  // do not count: there the "exact" gradient is a one-sided choice.
  const realMismatches = cmp.mismatched.filter((i) => !kinkAt.has(i));
  const status: CheckStatus = realMismatches.length > 0 ? 'mismatch' : cmp.mismatched.length > 0 ? 'kink' : 'pass';
  const worst = realMismatches.length > 0 ? worstOf(realMismatches, analytic, exact) : cmp.worst;
  return {
    status,
    maxRelError: realMismatches.length > 0 ? relativeError(analytic[worst], exact[worst]) : cmp.maxRelError,
    worstFlat: worst,
    worstIndex: unravelIndex(worst, shape),
    analytic: analytic[worst],
    numeric: numericAt.get(worst) ?? exact[worst],
    exact: exact[worst],
    mismatched: realMismatches.length,
    total: exact.length,
  };
}

function worstOf(indices: number[], analytic: ArrayLike<number>, exact: ArrayLike<number>): number {
  let best = indices[0];
  let bestErr = -1;
  for (const i of indices) {
    const e = relativeError(analytic[i], exact[i]);
    if (e > bestErr) {
      bestErr = e;
      best = i;
    }
  }
  return best;
}
