/**
 * Builds the compressed adjacency (CSR) the blossom core runs on, from parallel edge
 * arrays, and finds repeated edges on the way.
 *
 * Complexity: O(n + m) time and memory.
 */
import type { CoreGraph } from "./solve.js";

/**
 * CSR graph over the edges `keep` selects (all when null). `weight2[k]` must already be
 * the doubled integer weight. Edge indices in the result are positions in the kept list.
 */
export function buildCoreGraph(
  n: number,
  from: Int32Array,
  to: Int32Array,
  weight2: Float64Array,
  keep: Uint8Array | null,
): CoreGraph {
  let m = 0;
  for (let k = 0; k < from.length; k++) if (keep === null || keep[k] === 1) m++;
  const endpoint = new Int32Array(2 * m);
  const weight = new Float64Array(m);
  const adjStart = new Int32Array(n + 1);
  let e = 0;
  for (let k = 0; k < from.length; k++) {
    if (keep !== null && keep[k] !== 1) continue;
    const u = from[k] as number;
    const v = to[k] as number;
    endpoint[2 * e] = u;
    endpoint[2 * e + 1] = v;
    weight[e] = weight2[k] as number;
    adjStart[u + 1] = (adjStart[u + 1] as number) + 1;
    adjStart[v + 1] = (adjStart[v + 1] as number) + 1;
    e++;
  }
  for (let v = 0; v < n; v++) adjStart[v + 1] = (adjStart[v + 1] as number) + (adjStart[v] as number);
  const fill = adjStart.slice(0, n);
  const adj = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    // Vertex endpoint[2k] sees the remote endpoint 2k+1, and the other way round.
    const u = endpoint[2 * k] as number;
    const v = endpoint[2 * k + 1] as number;
    const iu = fill[u] as number;
    const iv = fill[v] as number;
    adj[iu] = 2 * k + 1;
    adj[iv] = 2 * k;
    fill[u] = iu + 1;
    fill[v] = iv + 1;
  }
  return { n, endpoint, weight, adjStart, adj };
}

/**
 * Indices of edges that repeat an earlier edge {u, v} (either orientation), in input
 * order. Assumes every endpoint is a valid vertex in `0..n-1`.
 */
export function findRepeatedEdges(n: number, from: Int32Array, to: Int32Array): number[] {
  const m = from.length;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const low = Math.min(from[k] as number, to[k] as number);
    start[low + 1] = (start[low + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const byLow = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const low = Math.min(from[k] as number, to[k] as number);
    const at = fill[low] as number;
    byLow[at] = k;
    fill[low] = at + 1;
  }
  const seenBy = new Int32Array(n).fill(-1);
  const repeated: number[] = [];
  for (let low = 0; low < n; low++) {
    const end = start[low + 1] as number;
    // Edges were bucketed in input order, so the first occurrence is met first.
    for (let i = start[low] as number; i < end; i++) {
      const k = byLow[i] as number;
      const high = Math.max(from[k] as number, to[k] as number);
      if (seenBy[high] === low) repeated.push(k);
      else seenBy[high] = low;
    }
  }
  return repeated.sort((a, b) => a - b);
}
