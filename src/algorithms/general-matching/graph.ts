/**
 * Puts edges in canonical order, finds repeated pairs, and builds the compressed
 * adjacency (CSR) the blossom core runs on.
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
    const u = from[k]!;
    const v = to[k]!;
    endpoint[2 * k] = u;
    endpoint[2 * k + 1] = v;
    adjStart[u + 1] = adjStart[u + 1]! + 1;
    adjStart[v + 1] = adjStart[v + 1]! + 1;
  }
  for (let v = 0; v < n; v++) adjStart[v + 1] = adjStart[v + 1]! + adjStart[v]!;
  const fill = adjStart.slice(0, n);
  const adj = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    // Vertex endpoint[2k] sees the remote endpoint 2k+1, and the other way round.
    const u = endpoint[2 * k]!;
    const v = endpoint[2 * k + 1]!;
    const iu = fill[u]!;
    const iv = fill[v]!;
    adj[iu] = 2 * k + 1;
    adj[iv] = 2 * k;
    fill[u] = iu + 1;
    fill[v] = iv + 1;
  }
  return { n, endpoint, weight: weight2, adjStart, adj };
}

/**
 * The edges in canonical order: by smaller end, then larger end, then input position
 * (a stable two-pass counting sort). Numbering edges this way makes the solver's work,
 * and so its choice among equally good matchings, independent of the order and
 * orientation in which the edges were given.
 */
export function canonicalOrder(n: number, from: Int32Array, to: Int32Array): Int32Array {
  const m = from.length;
  const byHigh = new Int32Array(m);
  const order = new Int32Array(m);
  const count = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const high = Math.max(from[k]!, to[k]!);
    count[high + 1] = count[high + 1]! + 1;
  }
  for (let v = 0; v < n; v++) count[v + 1] = count[v + 1]! + count[v]!;
  for (let k = 0; k < m; k++) {
    const high = Math.max(from[k]!, to[k]!);
    const at = count[high]!;
    byHigh[at] = k;
    count[high] = at + 1;
  }
  count.fill(0);
  for (let k = 0; k < m; k++) {
    const low = Math.min(from[k]!, to[k]!);
    count[low + 1] = count[low + 1]! + 1;
  }
  for (let v = 0; v < n; v++) count[v + 1] = count[v + 1]! + count[v]!;
  for (let i = 0; i < m; i++) {
    const k = byHigh[i]!;
    const low = Math.min(from[k]!, to[k]!);
    const at = count[low]!;
    order[at] = k;
    count[low] = at + 1;
  }
  return order;
}

/**
 * Whether the edges are already in canonical order with the smaller end first and no
 * pair repeated (strictly increasing (from, to)): then there is nothing to renumber.
 */
export function isCanonical(from: Int32Array, to: Int32Array): boolean {
  let lastFrom = -1;
  let lastTo = -1;
  for (let k = 0; k < from.length; k++) {
    const u = from[k]!;
    const v = to[k]!;
    if (u >= v || u < lastFrom || (u === lastFrom && v <= lastTo)) return false;
    lastFrom = u;
    lastTo = v;
  }
  return true;
}

/**
 * Input positions of edges that repeat an earlier edge {u, v} (either orientation), in
 * increasing order. In canonical order equal pairs are adjacent, first occurrence first.
 */
export function findRepeatedEdges(from: Int32Array, to: Int32Array, order: Int32Array): number[] {
  const repeated: number[] = [];
  let lastLow = -1;
  let lastHigh = -1;
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    const low = Math.min(from[k]!, to[k]!);
    const high = Math.max(from[k]!, to[k]!);
    if (low === lastLow && high === lastHigh) repeated.push(k);
    lastLow = low;
    lastHigh = high;
  }
  return repeated.sort((a, b) => a - b);
}
