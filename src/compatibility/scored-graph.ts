/**
 * The scored pairs of a cohort as a sparse graph, the one structure every peer
 * programme reads: an edge list in increasing (from, to) order with both directional
 * scores, plus neighbour lists (rows sorted by neighbour) for lookups and walks.
 *
 * - `"dense"`: every feasible pair is an edge (`complete`), as the exact solvers need.
 * - `"candidates"`: each person's best candidates (see `candidates/`), with `bound[i]`
 *   an upper bound on the weight of every feasible pair of i that is not an edge.
 *
 * Memory: 32 bytes per edge (edge list 16, neighbour lists 16) plus O(n).
 * Lookup of a pair: O(log degree) by binary search in the row.
 * References: none.
 */
import type { Adjacency } from "../internal/adjacency.js";
import { adjacencyOf } from "../internal/adjacency.js";

/** Which graph the solvers ran on (reported as `stats.graph`). */
export type GraphKind = "dense" | "candidates";

/** Scored pairs of a cohort of `n` people. */
export interface ScoredGraph {
  readonly kind: GraphKind;
  readonly n: number;
  /** Number of edges. */
  readonly m: number;
  /** Edge e joins from[e] < to[e]; edges in increasing (from, to) order. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** sIJ[e] = s(from → to), sJI[e] = s(to → from), as stored (float32). */
  readonly sIJ: Float32Array;
  readonly sJI: Float32Array;
  /** Neighbour lists over the edges; each row sorted by neighbour. */
  readonly adjacency: Adjacency;
  /** True when every feasible pair is an edge (the dense graph, or candidate lists that hold everyone's partners). */
  readonly complete: boolean;
  /**
   * bound[i] ≥ w(i, j) for every feasible pair {i, j} that is not an edge; -Infinity
   * when every feasible partner of i is a neighbour (always so on the dense graph).
   */
  readonly bound: Float64Array;
  /** Candidates kept per person (the lists' capacity); n − 1 on the dense graph. */
  readonly candidatesPerPerson: number;
}

/** The edge between i and j, or -1. */
export function edgeBetween(graph: ScoredGraph, i: number, j: number): number {
  const { offsets, neighbour, edge } = graph.adjacency;
  let low = offsets[i]!;
  let high = offsets[i + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const v = neighbour[middle]!;
    if (v === j) return edge[middle]!;
    if (v < j) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** s(i→j) on edge e (which joins i and j). */
export function edgeScore(graph: ScoredGraph, e: number, i: number): number {
  return graph.from[e] === i ? graph.sIJ[e]! : graph.sJI[e]!;
}

/** Number of neighbours of i. */
export function degree(graph: ScoredGraph, i: number): number {
  return graph.adjacency.offsets[i + 1]! - graph.adjacency.offsets[i]!;
}

/** Edges appended in increasing (from, to) order, grown by doubling, then frozen into a `ScoredGraph`. */
export class EdgeBuffer {
  #m = 0;
  #from = new Int32Array(1024);
  #to = new Int32Array(1024);
  #sIJ = new Float32Array(1024);
  #sJI = new Float32Array(1024);

  get size(): number {
    return this.#m;
  }

  push(from: number, to: number, sIJ: number, sJI: number): void {
    if (this.#m === this.#from.length) this.#grow();
    const e = this.#m++;
    this.#from[e] = from;
    this.#to[e] = to;
    this.#sIJ[e] = sIJ;
    this.#sJI[e] = sJI;
  }

  #grow(): void {
    const capacity = this.#from.length * 2;
    const from = new Int32Array(capacity);
    const to = new Int32Array(capacity);
    const sIJ = new Float32Array(capacity);
    const sJI = new Float32Array(capacity);
    from.set(this.#from);
    to.set(this.#to);
    sIJ.set(this.#sIJ);
    sJI.set(this.#sJI);
    this.#from = from;
    this.#to = to;
    this.#sIJ = sIJ;
    this.#sJI = sJI;
  }

  /** The graph of the pushed edges (which must be in increasing (from, to) order, from < to). */
  finish(n: number, kind: GraphKind, complete: boolean, bound: Float64Array, candidatesPerPerson: number): ScoredGraph {
    const m = this.#m;
    const from = this.#from.slice(0, m);
    const to = this.#to.slice(0, m);
    return {
      kind,
      n,
      m,
      from,
      to,
      sIJ: this.#sIJ.slice(0, m),
      sJI: this.#sJI.slice(0, m),
      adjacency: adjacencyOf(n, from, to, m),
      complete,
      bound,
      candidatesPerPerson,
    };
  }
}

/** The subgraph without the edges `drop(e)` rejects (bounds unchanged: dropping edges never raises a weight). */
export function withoutEdges(graph: ScoredGraph, drop: (e: number) => boolean): ScoredGraph {
  const buffer = new EdgeBuffer();
  for (let e = 0; e < graph.m; e++) {
    if (!drop(e)) buffer.push(graph.from[e]!, graph.to[e]!, graph.sIJ[e]!, graph.sJI[e]!);
  }
  return buffer.finish(graph.n, graph.kind, graph.complete, graph.bound, graph.candidatesPerPerson);
}
