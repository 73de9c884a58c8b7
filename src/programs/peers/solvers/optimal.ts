/**
 * `solver: "optimal"`: among the matchings of maximum cardinality on the feasible
 * graph, one of maximum total weight (exact, Edmonds' blossom on integer weights).
 * Also the cardinality helpers the other solvers share.
 */
import { maxWeightMatchingArrays } from "../../../algorithms/index.js";
import type { CardinalityMatching } from "../../../algorithms/cardinality-matching/max-cardinality-matching.js";
import { maxCardinalityMatching } from "../../../algorithms/cardinality-matching/max-cardinality-matching.js";
import { adjacencyOf } from "../../../internal/adjacency.js";
import type { PeerGraph } from "../peer-graph.js";

/** Mate array over solver positions. */
export function solveOptimal(graph: PeerGraph): Int32Array {
  return maxWeightMatchingArrays(graph.n, graph.from, graph.to, graph.weight, { maxCardinality: true });
}

/**
 * A maximum-cardinality matching of `graph` (weights ignored, greedy start in edge
 * order) with the Gallai–Edmonds set: who some maximum matching leaves single.
 */
export function cardinalityMatching(graph: PeerGraph): CardinalityMatching {
  const { offsets, neighbour } = adjacencyOf(graph.n, graph.from, graph.to, graph.m);
  return maxCardinalityMatching(graph.n, offsets, neighbour, graph.from, graph.to);
}

/** The number of pairs in a maximum-cardinality matching of `graph`. */
export function maximumCardinality(graph: PeerGraph): number {
  return cardinalityMatching(graph).size;
}

export function countPairs(mate: Int32Array): number {
  let matched = 0;
  for (let v = 0; v < mate.length; v++) if (mate[v]! > v) matched++;
  return matched;
}
