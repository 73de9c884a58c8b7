/**
 * Maximum-weight bipartite b-matching with capacities by min-cost flow: among the
 * matchings of residents to hospitals within capacities, one with the most residents
 * matched and, among those, the largest total weight (or only the largest total weight
 * with `maxCardinality: false`). Exact on the integer weights `round(w · scale)`.
 *
 * Network: source S → hospital h (capacity `capacity[h]`, cost 0), h → resident r
 * (capacity 1, cost −w), r → sink T (capacity 1, cost 0). A group limit of hospital h
 * becomes a node g between them: h → g (capacity `max`, cost 0), and the edges of h to
 * the group's residents leave from g instead of h. That is a network only when the
 * groups of one hospital are disjoint (overlapping groups need the LP), which this file
 * checks before handing the instance to the successive-shortest-paths core in
 * `min-cost-flow/` (numbering and state in `min-cost-flow/state.ts`).
 *
 * Complexity: O(ν · (E + V) log V) for ν matched residents, E edges, V = H + G + R nodes
 * in the worst case (see `min-cost-flow/successive-shortest-paths.ts`). Memory O(E + V).
 *
 * References: Edmonds & Karp 1972 and Tomizawa 1971 (successive shortest paths with
 * potentials); Ahuja, Magnanti & Orlin 1993, Network Flows, §9.7.
 */
import { inputError } from "../../errors/issues.js";
import { bMatchingResult, prepareBMatching, residentAdjacency, type PreparedBMatching } from "./b-matching-instance.js";
import type { GroupLimit, BMatchingOptions, BMatchingResult, BipartiteGraph } from "./types.js";
import { successiveShortestPaths } from "./min-cost-flow/successive-shortest-paths.js";

/**
 * Maximum-weight b-matching (maximum cardinality first by default) by successive
 * shortest paths. Fast on large cohorts. Supports pins, and group limits as long as the
 * groups of each hospital are disjoint (use `maxWeightBMatchingLp` from
 * `peermatch/algorithms/lp` for overlapping groups).
 *
 * @throws {@link MatchInputError} for malformed graphs (codes `invalid_type`,
 *   `invalid_edge`, `out_of_range`), impossible pins or group limits (`invalid_edge`,
 *   `invalid_value`, `out_of_range`), or overlapping groups at one hospital (`invalid_value`)
 *
 * @example
 * ```ts
 * const graph = {
 *   residents: 3,
 *   capacity: Int32Array.from([2, 1]),
 *   edgeHospital: Int32Array.from([0, 0, 1, 1]),
 *   edgeResident: Int32Array.from([0, 1, 1, 2]),
 *   edgeWeight: Float64Array.from([0.9, 0.4, 0.8, 0.3]),
 * };
 * const { assignment, totalWeight } = maxWeightBMatching(graph);
 * // assignment: Int32Array [0, 0, 1]; totalWeight ≈ 1.6 (all three matched)
 * ```
 */
export function maxWeightBMatching(graph: BipartiteGraph, options: BMatchingOptions = {}): BMatchingResult {
  const prepared = prepareBMatching("maxWeightBMatching", graph, options);
  const edgeGroup = disjointEdgeGroups("maxWeightBMatching", graph, prepared, options.groupLimits ?? []);
  return bMatchingResult(graph, prepared, successiveShortestPaths(graph, prepared, edgeGroup));
}

/**
 * The group of each active edge under disjoint group limits (-1 when none).
 * @throws MatchInputError when two groups of one hospital share a resident.
 */
function disjointEdgeGroups(
  fn: string,
  graph: BipartiteGraph,
  prepared: PreparedBMatching,
  limits: readonly GroupLimit[],
): Int32Array {
  const edgeGroup = new Int32Array(prepared.active.length).fill(-1);
  if (limits.length === 0) return edgeGroup;
  // Groups are visited hospital by hospital; mark[r] = the last group that listed r.
  const mark = new Int32Array(graph.residents).fill(-1);
  const byHospital = new Map<number, number[]>();
  limits.forEach((limit, g) => {
    const groups = byHospital.get(limit.hospital);
    if (groups === undefined) byHospital.set(limit.hospital, [g]);
    else groups.push(g);
  });
  const { start, edges } = residentAdjacency(graph.residents, graph.edgeResident, prepared.active);
  for (const [h, groups] of byHospital) {
    for (const g of groups) {
      const members = limits[g]!.residents;
      for (let i = 0; i < members.length; i++) {
        const r = members[i]!;
        const other = mark[r]!;
        if (other !== -1 && other !== g && limits[other]!.hospital === h) {
          throw inputError(
            fn,
            "invalid_value",
            ["groupLimits", g],
            `group limits ${other} and ${g} of hospital ${h} share resident ${r}; overlapping groups need maxWeightBMatchingLp`,
          );
        }
        mark[r] = g;
        for (let k = start[r]!; k < start[r + 1]!; k++) {
          const e = edges[k]!;
          if (graph.edgeHospital[e] === h) edgeGroup[e] = g;
        }
      }
    }
  }
  return edgeGroup;
}
