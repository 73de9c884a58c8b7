/**
 * Undirected edge lists as neighbour lists (CSR): vertex v's neighbours are
 * `neighbour[offsets[v]] .. neighbour[offsets[v + 1] - 1]`, and `edge[k]` is the index
 * of the edge that slot k comes from. Within a row, slots follow the edge order, so edges
 * given in increasing (from, to) order with from < to give rows sorted by neighbour.
 * The one count / prefix-sum / fill loop of the code base.
 *
 * Complexity: O(n + m) time and memory.
 */

/** Neighbour lists of an undirected graph; each edge appears in both of its rows. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly neighbour: Int32Array;
  readonly edge: Int32Array;
}

/** Neighbour lists of the `m` edges `from[e]`–`to[e]` on vertices 0..n-1. */
export function adjacencyOf(n: number, from: Int32Array, to: Int32Array, m: number = from.length): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[from[e]! + 1]!++;
    offsets[to[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const neighbour = new Int32Array(offsets[n]!);
  const edge = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    const u = from[e]!;
    const v = to[e]!;
    const su = fill[u]!++;
    neighbour[su] = v;
    edge[su] = e;
    const sv = fill[v]!++;
    neighbour[sv] = u;
    edge[sv] = e;
  }
  return { offsets, neighbour, edge };
}
