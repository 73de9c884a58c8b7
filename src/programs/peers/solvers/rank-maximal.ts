/**
 * `wishes: { mode: "rank-maximal" }` (solver `"optimal"`): among the matchings of
 * maximum cardinality on the feasible graph, the most first choices granted, then the
 * most second choices, …, then the greatest total weight — exact. Choices count per
 * person: a pair where each is the other's first choice grants two first choices.
 *
 * Each edge's level r is the number of its two members whose wish of rank r the other
 * is (0, 1 or 2); the last level is the integer pair weight. The lexicographic solve
 * runs in phases on the exact blossom core (algorithms/lexicographic-matching).
 *
 * Complexity: O(m + total wishes) for the levels, plus one blossom solve per rank that
 * someone can be granted, and one for the weights.
 *
 * References: Irving, Kavitha, Mehlhorn, Michail and Paluch 2006; Michail 2007.
 */
import { lexicographicMatching } from "../../../algorithms/lexicographic-matching/lexicographic-matching.js";
import type { Compatibility } from "../../../compatibility/compatibility.js";
import { adjacencyOf } from "../../../internal/adjacency.js";
import type { SeededOrder } from "../../shared/seeded-order.js";
import type { PeerGraph } from "../peer-graph.js";

/** The rank levels (one per wish rank, up to `wishes.max`) of the edges of `graph`, solver positions. */
export function wishLevels(compatibility: Compatibility, graph: PeerGraph, seeded: SeededOrder): Float64Array[] {
  const { wishOffsets, wishIndex } = compatibility.cohort;
  const levels = Array.from({ length: compatibility.options.wishes.max }, () => new Float64Array(graph.m));
  const { offsets, neighbour, edge } = adjacencyOf(graph.n, graph.from, graph.to, graph.m);
  const rankOf = new Int32Array(graph.n).fill(-1);
  for (let i = 0; i < compatibility.n; i++) {
    const first = wishOffsets[i]!;
    const last = wishOffsets[i + 1]!;
    if (first === last) continue;
    for (let k = first; k < last; k++) rankOf[seeded.position[wishIndex[k]!]!] = k - first;
    const p = seeded.position[i]!;
    for (let slot = offsets[p]!; slot < offsets[p + 1]!; slot++) {
      const rank = rankOf[neighbour[slot]!]!;
      if (rank === -1) continue;
      const level = levels[rank]!;
      level[edge[slot]!] = level[edge[slot]!]! + 1;
    }
    for (let k = first; k < last; k++) rankOf[seeded.position[wishIndex[k]!]!] = -1;
  }
  return levels;
}

/** Mate array over solver positions: the rank-maximal matching of `graph`. */
export function solveRankMaximal(compatibility: Compatibility, graph: PeerGraph, seeded: SeededOrder): Int32Array {
  const levels = wishLevels(compatibility, graph, seeded);
  levels.push(graph.weight);
  return lexicographicMatching("matchPeers", graph.n, graph.from, graph.to, levels).mate;
}
