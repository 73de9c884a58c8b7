/**
 * Pricing the pairs a candidate graph leaves out against a dual solution of the
 * matching LP on the graph (the blossom's y): the raise each person's dual needs so that
 * every feasible pair {i, j} left out satisfies y(i) + y(j) ≥ w(i, j), which makes the
 * dual feasible on the full graph and so proves an upper bound on its optimum; and the
 * most violated pairs, for the solver to add to its graph and solve again (column
 * generation).
 *
 * The pairs are visited through `visitLeftOut` (the candidate scan's blocking, then a
 * pair is skipped without scoring when min(bound[i], bound[j]) or its per-feature bound
 * is at most y(i) + y(j), so it cannot violate its constraint). A pair found violated
 * by v = w − y(i) − y(j) > 0 raises both duals to at least v / 2. The pairs returned are,
 * for each person, her `PRICED_PER_PERSON` most violated ones (ties: the other's index).
 *
 * Complexity: that of one visit of the pairs left out, plus O(V log V) for V violated pairs.
 * References: Dantzig & Wolfe 1960 (pricing out the columns a restricted LP leaves
 * out); Edmonds 1965 (the matching polytope and its dual).
 */
import type { LeftOutVisit } from "./left-out.js";

/** Violated pairs returned per person at most. */
export const PRICED_PER_PERSON = 4;

/** What pricing found: the raise per person, and the violated pairs to add. */
export interface PricedDuals {
  /** raise[i] ≥ 0 per participant index, in pair-weight units. */
  readonly raise: Float64Array;
  /** Violated pairs (participant indices, i < j), each with its pair weight; sorted by (i, j). */
  readonly pairs: { readonly i: Int32Array; readonly j: Int32Array; readonly weight: Float64Array };
}

/**
 * For `dual[i]` (participant index, pair-weight units), the raise per person that makes
 * dual + raise cover every feasible pair the graph leaves out, and the most violated
 * pairs. Throws `MatchInputError` when a custom feature returned an invalid score.
 */
export function priceLeftOut(visit: LeftOutVisit, dual: Float64Array): PricedDuals {
  const n = dual.length;
  const raise = new Float64Array(n);
  const found: { i: number; j: number; w: number; violation: number }[] = [];
  visit({
    cut: (i, j) => dual[i]! + dual[j]!,
    take(i, j, w) {
      const violation = w - dual[i]! - dual[j]!;
      if (violation <= 0) return;
      // A relative margin for the float rounding of the sum.
      const half = violation / 2 + 1e-9 * (1 + Math.abs(w));
      if (raise[i]! < half) raise[i] = half;
      if (raise[j]! < half) raise[j] = half;
      found.push(i < j ? { i, j, w, violation } : { i: j, j: i, w, violation });
    },
  });
  // Keep a pair when it is among the most violated of either of its people.
  found.sort((x, y) => y.violation - x.violation || x.i - y.i || x.j - y.j);
  const taken = new Int32Array(n);
  const kept = found.filter(({ i, j }) => {
    const keep = taken[i]! < PRICED_PER_PERSON || taken[j]! < PRICED_PER_PERSON;
    if (keep) {
      taken[i]!++;
      taken[j]!++;
    }
    return keep;
  });
  kept.sort((x, y) => x.i - y.i || x.j - y.j);
  return {
    raise,
    pairs: {
      i: Int32Array.from(kept, (pair) => pair.i),
      j: Int32Array.from(kept, (pair) => pair.j),
      weight: Float64Array.from(kept, (pair) => pair.w),
    },
  };
}
