/**
 * Pricing the pairs a candidate graph leaves out against a dual solution of the
 * matching LP on the graph (the blossom's y): the raise each person's dual needs so that
 * every feasible pair {i, j} left out satisfies y(i) + y(j) ≥ w(i, j), which makes the
 * dual feasible on the full graph and so proves an upper bound on its optimum.
 *
 * The pairs are visited through `visitLeftOut` (the candidate scan's blocking, then a
 * pair is skipped without scoring when min(bound[i], bound[j]) or its per-feature bound
 * is at most y(i) + y(j), so it cannot violate its constraint). A pair found violated
 * by v = w − y(i) − y(j) > 0 raises both duals to at least v / 2.
 *
 * Complexity: that of one visit of the pairs left out.
 * References: Dantzig & Wolfe 1960 (pricing out the columns a restricted LP leaves
 * out); Edmonds 1965 (the matching polytope and its dual).
 */
import type { LeftOutVisit } from "./left-out.js";

/**
 * For `dual[i]` (participant index, pair-weight units), the raise per person that makes
 * dual + raise cover every feasible pair the graph leaves out. Throws `MatchInputError`
 * when a custom feature returned an invalid score.
 */
export function priceLeftOut(visit: LeftOutVisit, dual: Float64Array): Float64Array {
  const raise = new Float64Array(dual.length);
  visit({
    cut: (i, j) => dual[i]! + dual[j]!,
    take(i, j, w) {
      const violation = w - dual[i]! - dual[j]!;
      if (violation <= 0) return;
      // A relative margin for the float rounding of the sum.
      const half = violation / 2 + 1e-9 * (1 + Math.abs(w));
      if (raise[i]! < half) raise[i] = half;
      if (raise[j]! < half) raise[j] = half;
    },
  });
  return raise;
}
