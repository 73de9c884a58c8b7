/**
 * `solver: "greedy"`: the fast baseline. Takes the heaviest remaining feasible pair
 * whose members are both free, until none is left. O(m log m); not optimal and not
 * maximum-cardinality, and reported as such.
 */
import type { PeerGraph } from "../peer-graph.js";

/** Mate array over solver positions. Equal weights are taken in solver (seeded) order. */
export function solveGreedy(graph: PeerGraph): Int32Array {
  const mate = new Int32Array(graph.n).fill(-1);
  for (const e of heaviestFirst(graph)) {
    const u = graph.from[e]!;
    const v = graph.to[e]!;
    if (mate[u] !== -1 || mate[v] !== -1) continue;
    mate[u] = v;
    mate[v] = u;
  }
  return mate;
}

/** 2^32: edge indices fit below it, so a key can carry the index in its low part. */
const INDEX_SPAN = 4294967296;

/**
 * Edge indices by weight descending, ties by index. Integer weights within a span of
 * 2^20 are packed with the index into one exact double key and sorted natively (no
 * comparator calls); other weights fall back to a comparator sort.
 */
function heaviestFirst(graph: PeerGraph): Int32Array {
  let low = Infinity;
  let high = -Infinity;
  for (const w of graph.weight) {
    low = Math.min(low, w);
    high = Math.max(high, w);
  }
  if (!(high - low < 2 ** 20) || !graph.weight.every(Number.isInteger)) {
    return Int32Array.from({ length: graph.m }, (_, e) => e).sort(
      (e, f) => graph.weight[f]! - graph.weight[e]! || e - f,
    );
  }
  const keys = new Float64Array(graph.m);
  for (let e = 0; e < graph.m; e++) keys[e] = (high - graph.weight[e]!) * INDEX_SPAN + e;
  keys.sort();
  return Int32Array.from(keys, (key) => key % INDEX_SPAN);
}
