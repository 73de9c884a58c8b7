/**
 * `solver: "fair"`: the largest possible smallest pair weight among maximum-cardinality
 * matchings, then the maximum total weight subject to it. A reduction over the blossom
 * core: binary search over the distinct weights for the highest threshold whose
 * subgraph still has a matching of maximum cardinality (cardinality only grows as the
 * threshold falls), then one weighted solve on that subgraph.
 *
 * The threshold checks are unweighted: the edges sorted once by weight, each check a
 * cardinality matching (greedy start heaviest first, then Edmonds' augmenting searches)
 * on a prefix of that order, so the search costs about log₂(distinct weights) near-linear
 * passes rather than as many weighted solves.
 * Complexity: O(m log m + log(m) · cardinality matching) + one weighted solve.
 */
import { maxCardinalityMatching } from "../../../algorithms/cardinality-matching/max-cardinality-matching.js";
import { adjacencyOf } from "../../../internal/adjacency.js";
import type { PeerGraph } from "../peer-graph.js";
import { edgesAtLeast } from "../peer-graph.js";
import { solveOptimal } from "./optimal.js";

/** Mate array over solver positions. */
export function solveFair(graph: PeerGraph): Int32Array {
  const order = Int32Array.from({ length: graph.m }, (_, e) => e).sort(
    (e, f) => graph.weight[f]! - graph.weight[e]! || e - f,
  );
  const from = Int32Array.from(order, (e) => graph.from[e]!);
  const to = Int32Array.from(order, (e) => graph.to[e]!);
  const weight = Float64Array.from(order, (e) => graph.weight[e]!);
  /** Pairs in a maximum matching of the `count` heaviest edges. */
  const cardinality = (count: number): number => {
    const { offsets, neighbour } = adjacencyOf(graph.n, from, to, count);
    return maxCardinalityMatching(graph.n, offsets, neighbour, from.subarray(0, count), to.subarray(0, count)).size;
  };
  const target = cardinality(graph.m);
  // ends[k]: the number of edges of weight at least the k-th largest distinct weight.
  const ends: number[] = [];
  for (let e = 0; e < graph.m; e++) if (e + 1 === graph.m || weight[e + 1]! !== weight[e]!) ends.push(e + 1);
  // Invariant: ends[high] (every edge) keeps the maximum cardinality; ends[low - 1] does not.
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cardinality(ends[middle]!) === target) high = middle;
    else low = middle + 1;
  }
  return solveOptimal(ends.length === 0 ? graph : edgesAtLeast(graph, weight[ends[low]! - 1]!));
}
