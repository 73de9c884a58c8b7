/**
 * `solver: "greedy"`: the fast baseline. Takes the heaviest remaining feasible pair
 * whose members are both free, until none is left. O(m log m); not optimal and not
 * maximum-cardinality, and reported as such.
 */
import type { PeerGraph } from "../peer-graph.js";

/** Mate array over solver positions. Equal weights are taken in solver (seeded) order. */
export function solveGreedy(graph: PeerGraph): Int32Array {
  const edges = Int32Array.from({ length: graph.m }, (_, e) => e)
    .sort((e, f) => (graph.weight[f] ?? 0) - (graph.weight[e] ?? 0) || e - f);
  const mate = new Int32Array(graph.n).fill(-1);
  for (const e of edges) {
    const u = graph.from[e] ?? 0;
    const v = graph.to[e] ?? 0;
    if (mate[u] !== -1 || mate[v] !== -1) continue;
    mate[u] = v;
    mate[v] = u;
  }
  return mate;
}
