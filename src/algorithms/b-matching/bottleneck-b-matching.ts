/**
 * Fair (bottleneck) b-matching: among the maximum-cardinality b-matchings, one whose
 * smallest edge weight is as large as possible, and among those one of maximum total
 * weight. A reduction over two cores, never a separate solver:
 *
 * 1. ν = the maximum cardinality on all edges (Hopcroft–Karp, `max-cardinality-b-matching.ts`).
 * 2. Binary search over the sorted distinct (scaled) weights for the largest threshold t
 *    such that the edges of weight ≥ t still carry a matching of size ν (feasibility is
 *    monotone: raising t only removes edges).
 * 3. One weighted solve (min-cost flow, maximum cardinality first) on the edges of weight
 *    ≥ b, where b = t, or the smallest pinned weight if that is lower (pins are in every
 *    feasible matching, so with a pin below t the smallest weight is that pin's and every
 *    edge at or above it may be used).
 *
 * Complexity: O(E·√(R + P) · log E) for the search plus one weighted solve.
 * References: Gabow & Tarjan 1988 (bottleneck matching by threshold search); Hopcroft &
 * Karp 1973.
 */
import { inputError } from "../../errors/issues.js";
import { bMatchingResult, prepareBMatching, residentAdjacency } from "./b-matching-instance.js";
import type { BMatchingOptions, BMatchingResult, BipartiteGraph } from "./types.js";
import { maxCardinalityAtLeast } from "./max-cardinality-b-matching.js";
import { successiveShortestPaths } from "./min-cost-flow/successive-shortest-paths.js";

/**
 * Options of {@link bottleneckBMatching}: pins and the weight scale (cardinality always
 * comes first; group limits are not supported).
 *
 * @example
 * ```ts
 * const options: BottleneckBMatchingOptions = { pins: [[0, 1]] };
 * ```
 */
export type BottleneckBMatchingOptions = Omit<BMatchingOptions, "maxCardinality" | "groupLimits">;

/**
 * A fair b-matching and its smallest weight.
 *
 * @example
 * ```ts
 * const { bottleneck } = bottleneckBMatching(graph);
 * bottleneck; // smallest matched weight, or null when nothing is matched
 * ```
 */
export interface BottleneckBMatchingResult extends BMatchingResult {
  /** The smallest weight of a matched edge (unrounded), or null when nothing is matched. */
  readonly bottleneck: number | null;
}

/**
 * Among maximum-cardinality b-matchings, maximises the smallest matched weight, then the
 * total weight (weights compared as `round(w · scale)`).
 *
 * @throws {@link MatchInputError} as {@link maxWeightBMatching}
 *
 * @example
 * ```ts
 * const graph = {
 *   residents: 2,
 *   capacity: Int32Array.from([1, 1]),
 *   edgeHospital: Int32Array.from([0, 0, 1, 1]),
 *   edgeResident: Int32Array.from([0, 1, 0, 1]),
 *   edgeWeight: Float64Array.from([1.0, 0.5, 0.4, 0.1]),
 * };
 * // optimal takes 1.0 + 0.1; fair takes 0.5 + 0.4 (smallest 0.4 instead of 0.1)
 * const { assignment, bottleneck } = bottleneckBMatching(graph);
 * // assignment: Int32Array [1, 0]; bottleneck: 0.4
 * ```
 */
export function bottleneckBMatching(
  graph: BipartiteGraph,
  options: BottleneckBMatchingOptions = {},
): BottleneckBMatchingResult {
  const fn = "bottleneckBMatching";
  if (typeof options === "object" && options !== null && (options as BMatchingOptions).groupLimits !== undefined) {
    throw inputError(
      fn,
      "invalid_value",
      ["groupLimits"],
      "group limits are not supported; use maxWeightBMatching or maxWeightBMatchingLp",
    );
  }
  const prepared = prepareBMatching(
    fn,
    graph,
    typeof options === "object" && options !== null ? { ...options, maxCardinality: true } : options,
  );
  const { active, scaledWeight, capacity, residents, pinnedEdge } = prepared;
  const adjacency = residentAdjacency(residents, graph.edgeResident, active);
  const feasible = (t: number) => maxCardinalityAtLeast(adjacency, graph.edgeHospital, capacity, scaledWeight, t);
  const target = feasible(-Infinity);

  const levels = Float64Array.from(new Set(Array.from(adjacency.edges, (e) => scaledWeight[e]!))).sort();
  // Invariant: levels[lo] is feasible (or lo = -1: every level is infeasible, only when
  // target = 0), levels[hi] is not (or hi = levels.length).
  let lo = -1;
  let hi = levels.length;
  if (target > 0) {
    lo = 0;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (feasible(levels[mid]!) === target) lo = mid;
      else hi = mid;
    }
  }
  let floor = lo >= 0 ? levels[lo]! : Infinity;
  for (let r = 0; r < residents; r++) {
    const e = pinnedEdge[r]!;
    if (e !== -1) floor = Math.min(floor, scaledWeight[e]!);
  }
  const kept = active.slice();
  for (let e = 0; e < kept.length; e++) if (scaledWeight[e]! < floor) kept[e] = 0;
  const result = bMatchingResult(
    graph,
    prepared,
    successiveShortestPaths(graph, { ...prepared, active: kept }, new Int32Array(kept.length).fill(-1)),
  );
  let bottleneck: number | null = null;
  for (let r = 0; r < residents; r++) {
    const e = result.edge[r]!;
    if (e !== -1) bottleneck = Math.min(bottleneck ?? Infinity, graph.edgeWeight[e]!);
  }
  return { ...result, bottleneck };
}
