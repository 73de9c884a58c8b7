/**
 * `solver: "optimal"`: among the matchings of maximum cardinality on the feasible
 * graph, one of maximum total weight (exact, Edmonds' blossom on integer weights).
 */
import { maxWeightMatchingArrays } from "../../../algorithms/index.js";
import type { PeerGraph } from "../peer-graph.js";

/** Mate array over solver positions. */
export function solveOptimal(graph: PeerGraph): Int32Array {
  return maxWeightMatchingArrays(graph.n, graph.from, graph.to, graph.weight, { maxCardinality: true });
}

/** The number of pairs in a maximum-cardinality matching of `graph`. */
export function maximumCardinality(graph: PeerGraph): number {
  const unit = new Float64Array(graph.m).fill(1);
  return countPairs(maxWeightMatchingArrays(graph.n, graph.from, graph.to, unit, { maxCardinality: true }));
}

export function countPairs(mate: Int32Array): number {
  let matched = 0;
  for (let v = 0; v < mate.length; v++) if (mate[v]! > v) matched++;
  return matched;
}
