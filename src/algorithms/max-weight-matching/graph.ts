/**
 * Builds the compressed adjacency (CSR) the blossom core runs on, from parallel edge
 * arrays, and finds repeated edges on the way.
 *
 * Complexity: O(n + m) time and memory.
 *
 * References: van Rantwijk, mwmatching.py (the endpoint numbering, see state.ts).
 */
import type { CoreGraph } from "./solve.js";

/** CSR graph over all edges; `weight2[k]` must already be the doubled integer weight. */
export function buildCoreGraph(n: number, from: Int32Array, to: Int32Array, weight2: Float64Array): CoreGraph {
  const m = from.length;
  const endpoint = new Int32Array(2 * m);
  const adjStart = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const u = from[k] as number;
    const v = to[k] as number;
    endpoint[2 * k] = u;
    endpoint[2 * k + 1] = v;
    adjStart[u + 1] = (adjStart[u + 1] as number) + 1;
    adjStart[v + 1] = (adjStart[v + 1] as number) + 1;
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
  return { n, endpoint, weight: weight2, adjStart, adj };
}

/**
 * Indices of edges that repeat an earlier edge {u, v} (either orientation), in
 * increasing order. Each vertex's adjacency lists its edges in input order, so the
 * first occurrence of a pair is met first.
 */
export function findRepeatedEdges(graph: CoreGraph): number[] {
  const { n, endpoint, adjStart, adj } = graph;
  const seenFrom = new Int32Array(n).fill(-1);
  const repeated: number[] = [];
  for (let v = 0; v < n; v++) {
    const end = adjStart[v + 1] as number;
    for (let a = adjStart[v] as number; a < end; a++) {
      const p = adj[a] as number;
      const w = endpoint[p] as number;
      if (seenFrom[w] !== v) seenFrom[w] = v;
      else if (v < w) repeated.push(p >> 1);
    }
  }
  return repeated.sort((a, b) => a - b);
}
