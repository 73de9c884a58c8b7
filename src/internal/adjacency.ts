/**
 * Undirected edge lists as neighbour lists (CSR): vertex v's neighbours are
 * `neighbour[offsets[v]] .. neighbour[offsets[v + 1] - 1]`, and `edge[k]` is the index
 * of the edge that slot k comes from. Within a row, slots follow the edge order, so edges
 * given in increasing (from, to) order with from < to give rows sorted by neighbour.
 * Built on `groupByKey` (internal/csr.ts).
 *
 * Complexity: O(n + m) time and memory.
 */
import { groupByKey } from "./csr.js";

/** Neighbour lists of an undirected graph; each edge appears in both of its rows. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly neighbour: Int32Array;
  readonly edge: Int32Array;
}

/** Neighbour lists of the `m` edges `from[e]`–`to[e]` on vertices 0..n-1. */
export function adjacencyOf(n: number, from: Int32Array, to: Int32Array, m: number = from.length): Adjacency {
  // End 2e of edge e is at from[e], end 2e + 1 at to[e]; each row lists ends in edge order.
  const ends = new Int32Array(2 * m);
  const otherEnd = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    ends[2 * e] = from[e]!;
    ends[2 * e + 1] = to[e]!;
    otherEnd[2 * e] = to[e]!;
    otherEnd[2 * e + 1] = from[e]!;
  }
  const { offsets, entries } = groupByKey(n, ends);
  const neighbour = new Int32Array(entries.length);
  const edge = new Int32Array(entries.length);
  for (let slot = 0; slot < entries.length; slot++) {
    const end = entries[slot]!;
    neighbour[slot] = otherEnd[end]!;
    edge[slot] = end >> 1;
  }
  return { offsets, neighbour, edge };
}
