/**
 * Puts edges in canonical order, finds repeated pairs, and builds the compressed
 * adjacency (CSR) the blossom core runs on.
 *
 * Complexity: O(n + m) time and memory.
 *
 * References: van Rantwijk, mwmatching.py (the endpoint numbering, see state.ts).
 */
import { groupByKey } from "../../internal/csr.js";
import type { CoreGraph } from "./solve.js";

/** CSR graph over all edges; `weight2[k]` must already be the doubled integer weight. */
export function buildCoreGraph(n: number, from: Int32Array, to: Int32Array, weight2: Float64Array): CoreGraph {
  const m = from.length;
  const endpoint = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    endpoint[2 * k] = from[k]!;
    endpoint[2 * k + 1] = to[k]!;
  }
  // Group the endpoints by their vertex, then turn each into the remote endpoint p ^ 1:
  // vertex endpoint[2k] sees 2k+1, and the other way round.
  const { offsets: adjStart, entries: adj } = groupByKey(n, endpoint);
  for (let i = 0; i < adj.length; i++) adj[i] = adj[i]! ^ 1;
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
  const low = new Int32Array(m);
  const high = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    low[k] = Math.min(from[k]!, to[k]!);
    high[k] = Math.max(from[k]!, to[k]!);
  }
  const byHigh = groupByKey(n, high).entries;
  return groupByKey(n, low, { items: byHigh }).entries;
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
