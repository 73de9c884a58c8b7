/**
 * `solver: "stable"`: a stable matching that never buys stability with loneliness.
 *
 * 1. Irving's stable roommates on preferences ranked by s(i→j), exact ties broken by the
 *    seeded solver order: a stable matching S when one exists, else Tan's maximum
 *    stable matching S (one person of each odd party left out).
 * 2. S can leave people alone that a larger matching would pair (on the path a–b–c–d
 *    where b and c are each other's favourites, S = {b–c}). Among the matchings of
 *    maximum cardinality, take one that keeps the most pairs of S, then has the largest
 *    total weight: one exact maximum-weight matching in which every pair of S carries a
 *    bonus larger than any total weight (so keeping one more pair of S always wins).
 *    The pairs this changes may create blocking pairs; the result reports them.
 *
 * With `strictStable`, step 2 is skipped: S is returned as it is.
 *
 * Complexity: O(total length of the preference lists) for step 1, one blossom solve
 * for step 2.
 * References: Irving 1985; Tan 1991 (stable partitions, maximum stable matching);
 * Gusfield & Irving 1989, ch. 4; Edmonds 1965 (the weighted solve).
 */
import { stableRoommatesIndexed } from "../../../algorithms/index.js";
import { adjacencyOf } from "../../../internal/adjacency.js";
import type { Compatibility } from "../../../compatibility/compatibility.js";
import type { PeerGraph } from "../peer-graph.js";
import { mateToParticipants } from "../peer-graph.js";
import type { SeededOrder } from "../../shared/seeded-order.js";
import { solveOptimal } from "./optimal.js";

export interface StableSolution {
  /** Mate array over participant indices. */
  readonly mate: Int32Array;
  /** Whether the cohort has a stable matching (by Irving's algorithm under the seed's tie-breaking). */
  readonly stableMatchingExists: boolean;
}

export function solveStable(compatibility: Compatibility, graph: PeerGraph, seeded: SeededOrder): StableSolution {
  const { offsets, entries } = preferenceLists(compatibility, graph, seeded);
  const roommates = stableRoommatesIndexed(graph.n, offsets, entries);
  const positions = compatibility.options.strictStable ? roommates.mate : keepMostPairs(graph, roommates.mate);
  return { mate: mateToParticipants(positions, seeded), stableMatchingExists: roommates.stable };
}

/**
 * A maximum-cardinality matching of `graph` that keeps the most pairs of `base`, then
 * has the largest total weight (mate arrays over solver positions).
 */
function keepMostPairs(graph: PeerGraph, base: Int32Array): Int32Array {
  let heaviest = 0;
  for (let e = 0; e < graph.m; e++) heaviest = Math.max(heaviest, graph.weight[e]!);
  // More than any matching's total weight: ⌊n/2⌋ pairs of at most `heaviest` each.
  const bonus = Math.floor(graph.n / 2) * heaviest + 1;
  const weight = new Float64Array(graph.m);
  for (let e = 0; e < graph.m; e++) {
    weight[e] = graph.weight[e]! + (base[graph.from[e]!] === graph.to[e]! ? bonus : 0);
  }
  return solveOptimal({ ...graph, weight });
}

/**
 * Each solver position's feasible partners, most preferred first by s(i→j); equal
 * scores keep the seeded position order. CSR layout over solver positions.
 */
function preferenceLists(
  compatibility: Compatibility,
  graph: PeerGraph,
  seeded: SeededOrder,
): { offsets: Int32Array; entries: Int32Array } {
  const { offsets, neighbour: entries } = adjacencyOf(graph.n, graph.from, graph.to, graph.m);
  const score = new Float64Array(graph.n);
  for (let p = 0; p < graph.n; p++) {
    const i = seeded.order[p]!;
    const list = entries.subarray(offsets[p]!, offsets[p + 1]!);
    for (const q of list) score[q] = compatibility.score(i, seeded.order[q]!);
    list.sort((q, r) => score[r]! - score[q]! || q - r);
  }
  return { offsets, entries };
}
