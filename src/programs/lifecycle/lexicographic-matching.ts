/**
 * A matching ranked by several criteria in order, solved exactly as one maximum-weight
 * matching of maximum cardinality:
 *
 *   1. the most pairs (the solver's `maxCardinality`);
 *   2. the most priority vertices matched;
 *   3. the most "keep" edges in the matching (intact pairs of a previous result);
 *   4. the largest total weight.
 *
 * Each criterion dominates the next through its bonus: with at most p = ⌊n/2⌋ pairs and
 * integer weights ≤ W, a keep edge carries B = p·W + 1 (more than any total weight),
 * and a priority vertex adds P = k·B + p·W + 1 to each of its edges, k = the most keep
 * edges a matching can hold (more than any total of the lower criteria). The blossom
 * core is exact while the largest weight times n + 2 stays below 2^49; past that it
 * rounds the weights (see `scale.ts`), which can only blur criterion 4.
 *
 * Complexity: one blossom solve, O(n + m) besides it.
 * References: Edmonds 1965; the bonus construction is the usual reduction of a
 * lexicographic objective to one weighted matching.
 */
import { maxWeightMatchingArrays } from "../../algorithms/index.js";

/** Edges `from[e]`–`to[e]` over vertices 0..n-1 with integer weights (e.g. a `PeerGraph`). */
export interface WeightedEdges {
  readonly n: number;
  readonly m: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

/** What to favour after cardinality. */
export interface LexicographicCriteria {
  /** priority[v] = 1 for a vertex to match when any maximum matching can. */
  readonly priority?: Uint8Array;
  /** keep[e] = 1 for an edge to keep when possible. */
  readonly keep?: Uint8Array;
}

/** The mate array (over the edges' vertices) of the best matching by the criteria above. */
export function lexicographicMatching(edges: WeightedEdges, criteria: LexicographicCriteria = {}): Int32Array {
  const { n, m, from, to, weight } = edges;
  let heaviest = 0;
  for (let e = 0; e < m; e++) heaviest = Math.max(heaviest, weight[e]!);
  const pairs = Math.floor(n / 2);
  const keep = criteria.keep;
  let keepEdges = 0;
  if (keep !== undefined) for (let e = 0; e < m; e++) keepEdges += keep[e]!;
  const keepBonus = keepEdges > 0 ? pairs * heaviest + 1 : 0;
  const priority = criteria.priority;
  let prioritised = false;
  if (priority !== undefined) for (let v = 0; v < n; v++) if (priority[v] === 1) prioritised = true;
  const priorityBonus = prioritised ? Math.min(keepEdges, pairs) * keepBonus + pairs * heaviest + 1 : 0;
  if (keepBonus === 0 && priorityBonus === 0)
    return maxWeightMatchingArrays(n, from, to, weight, { maxCardinality: true });
  const combined = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const u = from[e]!;
    const v = to[e]!;
    const ends = priority === undefined ? 0 : priority[u]! + priority[v]!;
    combined[e] = weight[e]! + (keep?.[e] === 1 ? keepBonus : 0) + ends * priorityBonus;
  }
  return maxWeightMatchingArrays(n, from, to, combined, { maxCardinality: true });
}
