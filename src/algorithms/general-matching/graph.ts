/**
 * Puts edges in canonical order, finds repeated pairs, and builds the compressed
 * adjacency (CSR) the blossom core runs on.
 *
 * The passes over the edges run once per solve, so V8 optimises each of them while it
 * runs (on-stack replacement), before any code after the loop has run. Code after the
 * loop in the same function then lacks type feedback, and the optimised loop bails out
 * there on every later solve as well. So each pass is a function of its own with one
 * loop and nothing after it: this file's helpers, `scale.ts` and `input.ts` follow
 * that rule.
 *
 * Complexity: O(n + m) time and memory.
 *
 * References: van Rantwijk, mwmatching.py (the endpoint numbering, see state.ts).
 */
import { groupByKey } from "../../internal/csr.js";
import type { CoreGraph } from "./state.js";

/**
 * CSR graph over all edges; `weight2[k]` must already be the doubled integer weight.
 * Besides the remote endpoint of each adjacency slot, the neighbour and the edge weight
 * are stored in the slot itself (`adjVertex`, `adjWeight`): the solver's scans then
 * read three arrays in order instead of gathering `endpoint[p]` and `weight[p >> 1]`
 * from all over memory, which is most of the cost of a scan on a large graph.
 */
export function buildCoreGraph(n: number, from: Int32Array, to: Int32Array, weight2: Float64Array): CoreGraph {
  const m = from.length;
  const endpoint = new Int32Array(2 * m);
  writeEndpoints(from, to, endpoint);
  // Group the endpoints by their vertex (groupByKey keeps edge order within a vertex);
  // slot i of vertex u then holds the remote endpoint p ^ 1, its vertex and the weight.
  const { offsets: adjStart, entries: adj } = groupByKey(n, endpoint);
  const adjVertex = new Int32Array(2 * m);
  const adjWeight = new Float64Array(2 * m);
  fillSlots(endpoint, weight2, adj, adjVertex, adjWeight);
  return { n, endpoint, weight: weight2, adjStart, adj, adjVertex, adjWeight };
}

/** Writes the endpoints 2k, 2k+1 of every edge k. */
function writeEndpoints(from: Int32Array, to: Int32Array, endpoint: Int32Array): void {
  for (let k = 0; k < from.length; k++) {
    endpoint[2 * k] = from[k]!;
    endpoint[2 * k + 1] = to[k]!;
  }
}

/**
 * Turns each slot's own endpoint p (as grouped) into the remote endpoint p ^ 1 (vertex
 * endpoint[2k] sees 2k+1, and the other way round), with its vertex and edge weight.
 */
function fillSlots(
  endpoint: Int32Array,
  weight2: Float64Array,
  adj: Int32Array,
  adjVertex: Int32Array,
  adjWeight: Float64Array,
): void {
  for (let i = 0; i < adj.length; i++) {
    const remote = adj[i]! ^ 1;
    adj[i] = remote;
    adjVertex[i] = endpoint[remote]!;
    adjWeight[i] = weight2[remote >> 1]!;
  }
}

/**
 * The edges listed in `order`, each with its smaller end first: the canonical numbering
 * the solver runs on.
 */
export function renumberEdges(
  from: Int32Array,
  to: Int32Array,
  weight: Float64Array,
  order: Int32Array,
): { from: Int32Array; to: Int32Array; weight: Float64Array } {
  const m = order.length;
  const sorted = { from: new Int32Array(m), to: new Int32Array(m), weight: new Float64Array(m) };
  copyInOrder(from, to, weight, order, sorted.from, sorted.to, sorted.weight);
  return sorted;
}

function copyInOrder(
  from: Int32Array,
  to: Int32Array,
  weight: Float64Array,
  order: Int32Array,
  sortedFrom: Int32Array,
  sortedTo: Int32Array,
  sortedWeight: Float64Array,
): void {
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    const u = from[k]!;
    const v = to[k]!;
    sortedFrom[i] = Math.min(u, v);
    sortedTo[i] = Math.max(u, v);
    sortedWeight[i] = weight[k]!;
  }
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
