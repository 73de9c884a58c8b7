/**
 * The feasible pairs a candidate graph leaves out, visited without scoring all of them:
 * the candidate scan's blocking and per-feature bounds (`visitPairs`), plus the graph's
 * own bound (no pair left out weighs more than min(bound[i], bound[j]), the k-th
 * weights of the two lists), and the graph's edges filtered out before they are handed on.
 *
 * Complexity: the scan's blocking over all pairs, O(1) per pair it keeps, the bound and
 * the kernel only for the pairs whose bounds reach the visitor's cut.
 * References: none.
 */
import type { ScoringState } from "../compatibility.js";
import type { ScoredGraph } from "../scored-graph.js";
import { edgeBetween } from "../scored-graph.js";
import type { PairScope, PairVisitor, ScanCounts } from "./candidate-scan.js";
import { visitPairs } from "./candidate-scan.js";

/** Visits the feasible pairs left out of a graph whose weight may exceed `visitor.cut`. */
export type LeftOutVisit = (visitor: PairVisitor) => ScanCounts;

/** The visit of the pairs left out of `graph` (see the module header). */
export function leftOutVisit(state: ScoringState, scope: PairScope, graph: ScoredGraph): LeftOutVisit {
  const { bound } = graph;
  return (visitor) =>
    visitPairs(state, scope, {
      cut(i, j) {
        const cut = visitor.cut(i, j);
        return Math.min(bound[i]!, bound[j]!) <= cut ? Number.POSITIVE_INFINITY : cut;
      },
      take(i, j, w, out, back) {
        if (edgeBetween(graph, i, j) < 0) visitor.take(i, j, w, out, back);
      },
    });
}
