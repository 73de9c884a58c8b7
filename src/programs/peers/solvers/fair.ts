/**
 * `solver: "fair"`: the largest possible smallest pair weight among maximum-cardinality
 * matchings, then the maximum total weight subject to it. A reduction over the blossom
 * core: binary search over the distinct weights for the highest threshold whose
 * subgraph still has a matching of maximum cardinality (cardinality only grows as the
 * threshold falls), then one weighted solve on that subgraph.
 */
import type { PeerGraph } from "../peer-graph.js";
import { edgesAtLeast } from "../peer-graph.js";
import { maximumCardinality, solveOptimal } from "./optimal.js";

/** Mate array over solver positions. */
export function solveFair(graph: PeerGraph): Int32Array {
  const target = maximumCardinality(graph);
  const thresholds = Float64Array.from(new Set(graph.weight)).sort().reverse();
  // Invariant: the threshold thresholds[high] keeps the maximum cardinality (the
  // smallest weight keeps every edge); thresholds[low - 1] does not.
  let low = 0;
  let high = thresholds.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (maximumCardinality(edgesAtLeast(graph, thresholds[middle]!)) === target) high = middle;
    else low = middle + 1;
  }
  return solveOptimal(thresholds.length === 0 ? graph : edgesAtLeast(graph, thresholds[low]!));
}
