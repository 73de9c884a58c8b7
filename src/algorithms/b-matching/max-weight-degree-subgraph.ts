/**
 * Maximum-weight degree-constrained subgraph of a bipartite graph with capacities on both
 * sides: choose edges between tails `0..outCapacity.length-1` and heads
 * `0..inCapacity.length-1` so that tail u has at most `outCapacity[u]` chosen edges and
 * head v at most `inCapacity[v]`; among such choices, the most edges first, then the
 * largest total weight (or only the largest weight with `maxCardinality: false`). Exact
 * on the integer weights `round(w · scale)`.
 *
 * Reduction to the hospital–resident b-matching of `max-weight-b-matching.ts` (residents
 * take one place each, so the tails' capacities become copies): tail u becomes
 * `min(outCapacity[u], degree(u))` residents, its *slots*; head v becomes hospital v with
 * capacity `inCapacity[v]`; each edge (u, v, w) becomes an edge (v, s, w) for every slot s
 * of u. Two slots of u on the same head would choose the edge twice, so a group limit
 * "hospital v takes at most 1 of u's slots" closes every edge of a tail with two slots or
 * more. The groups of one hospital belong to different tails and are disjoint, as the
 * min-cost-flow core needs. A b-matching of the copies maps back to a subgraph with the
 * same number of edges and the same weight and the other way round, so the optimum of one
 * is the optimum of the other (maximum cardinality first through the same exact integer
 * lift).
 *
 * Complexity: the copies have R = Σ slots ≤ Σ outCapacity residents and Σ_u slots(u) ·
 * degree(u) edges; then the min-cost-flow core's O(ν · (E' + V) log V).
 * References: Schrijver 2003, Combinatorial Optimization, §21 (b-matchings, degree-
 * constrained subgraphs); Ahuja, Magnanti & Orlin 1993, Network Flows, §9.7.
 */
import { describeValue } from "../../errors/describe-value.js";
import { IssueList } from "../../errors/issues.js";
import { groupByKey } from "../../internal/csr.js";
import { maxWeightBMatching } from "./max-weight-b-matching.js";
import type { GroupLimit } from "./types.js";

/**
 * A bipartite graph with a capacity on each side: edge e goes from tail `edgeTail[e]` to
 * head `edgeHead[e]` with weight `edgeWeight[e]`; at most one edge per (tail, head).
 *
 * @example
 * ```ts
 * // person 0 may suggest up to 2 people, each person may be suggested once
 * const graph: DegreeGraph = {
 *   outCapacity: Int32Array.from([2, 1]),
 *   inCapacity: Int32Array.from([1, 1, 1]),
 *   edgeTail: Int32Array.from([0, 0, 1]),
 *   edgeHead: Int32Array.from([1, 2, 0]),
 *   edgeWeight: Float64Array.from([0.9, 0.5, 0.7]),
 * };
 * ```
 */
export interface DegreeGraph {
  /** `outCapacity[u] ≥ 0`: most edges tail u may keep; its length is the number of tails. */
  readonly outCapacity: Int32Array;
  /** `inCapacity[v] ≥ 0`: most edges head v may keep; its length is the number of heads. */
  readonly inCapacity: Int32Array;
  readonly edgeTail: Int32Array;
  readonly edgeHead: Int32Array;
  /** Finite weights (any sign). */
  readonly edgeWeight: Float64Array;
}

/**
 * Options of {@link maxWeightDegreeSubgraph}.
 *
 * @example
 * ```ts
 * const options: DegreeSubgraphOptions = { scale: 1e4 };
 * ```
 */
export interface DegreeSubgraphOptions {
  /**
   * The most edges first, then the total weight; when false, only the total weight.
   * @defaultValue `true`
   */
  readonly maxCardinality?: boolean;
  /**
   * Weights are compared as `round(weight · scale)`.
   * @defaultValue `1e6`
   */
  readonly scale?: number;
}

/**
 * The chosen subgraph.
 *
 * @example
 * ```ts
 * const { chosen, cardinality } = maxWeightDegreeSubgraph(graph);
 * chosen[0]; // 1 when edge 0 is kept
 * ```
 */
export interface DegreeSubgraphResult {
  /** `chosen[e]` is 1 when edge e is kept, else 0. */
  readonly chosen: Uint8Array;
  /** Number of edges kept. */
  readonly cardinality: number;
  /** Sum of the (unrounded) weights of the edges kept. */
  readonly totalWeight: number;
}

/**
 * The degree-constrained subgraph with the most edges and then the largest weight, by
 * reduction to {@link maxWeightBMatching} (see the file header).
 *
 * @throws {@link MatchInputError} for a malformed graph (`invalid_type`, `invalid_edge`,
 *   `out_of_range`) or weights too large for exact arithmetic at `scale` (`out_of_range`)
 *
 * @example
 * ```ts
 * const graph = {
 *   outCapacity: Int32Array.from([2, 1]),
 *   inCapacity: Int32Array.from([1, 1, 1]),
 *   edgeTail: Int32Array.from([0, 0, 1]),
 *   edgeHead: Int32Array.from([1, 2, 0]),
 *   edgeWeight: Float64Array.from([0.9, 0.5, 0.7]),
 * };
 * maxWeightDegreeSubgraph(graph).cardinality; // 3
 * ```
 */
export function maxWeightDegreeSubgraph(graph: DegreeGraph, options: DegreeSubgraphOptions = {}): DegreeSubgraphResult {
  const fn = "maxWeightDegreeSubgraph";
  checkDegreeGraph(fn, graph);
  const { outCapacity, inCapacity, edgeTail, edgeHead, edgeWeight } = graph;
  const tails = outCapacity.length;
  const m = edgeTail.length;
  const byTail = groupByKey(tails, edgeTail);
  // slotStart[u]..slotStart[u+1]-1 are the residents standing for tail u.
  const slotStart = new Int32Array(tails + 1);
  for (let u = 0; u < tails; u++) {
    const degree = byTail.offsets[u + 1]! - byTail.offsets[u]!;
    slotStart[u + 1] = slotStart[u]! + Math.min(outCapacity[u]!, degree);
  }
  let copies = 0;
  for (let e = 0; e < m; e++) {
    const u = edgeTail[e]!;
    copies += slotStart[u + 1]! - slotStart[u]!;
  }
  const edgeHospital = new Int32Array(copies);
  const edgeResident = new Int32Array(copies);
  const copyWeight = new Float64Array(copies);
  const origin = new Int32Array(copies);
  const groupLimits: GroupLimit[] = [];
  let c = 0;
  for (let e = 0; e < m; e++) {
    const u = edgeTail[e]!;
    const first = slotStart[u]!;
    const last = slotStart[u + 1]!;
    for (let s = first; s < last; s++) {
      edgeHospital[c] = edgeHead[e]!;
      edgeResident[c] = s;
      copyWeight[c] = edgeWeight[e]!;
      origin[c] = e;
      c++;
    }
    if (last - first >= 2) groupLimits.push({ hospital: edgeHead[e]!, residents: slotsOf(first, last), max: 1 });
  }
  const solved = maxWeightBMatching(
    { residents: slotStart[tails]!, capacity: inCapacity, edgeHospital, edgeResident, edgeWeight: copyWeight },
    { maxCardinality: options.maxCardinality !== false, scale: options.scale ?? 1e6, groupLimits },
  );
  const chosen = new Uint8Array(m);
  let cardinality = 0;
  let totalWeight = 0;
  for (let r = 0; r < solved.edge.length; r++) {
    const copy = solved.edge[r]!;
    if (copy === -1) continue;
    const e = origin[copy]!;
    chosen[e] = 1;
    cardinality++;
    totalWeight += edgeWeight[e]!;
  }
  return { chosen, cardinality, totalWeight };
}

function slotsOf(first: number, last: number): Int32Array {
  const slots = new Int32Array(last - first);
  for (let s = first; s < last; s++) slots[s - first] = s;
  return slots;
}

/** Shape, capacities, edge ends, finite weights and no repeated (tail, head); every issue collected. */
function checkDegreeGraph(fn: string, graph: DegreeGraph): void {
  const issues = new IssueList(fn);
  const { outCapacity, inCapacity, edgeTail, edgeHead, edgeWeight } =
    typeof graph === "object" && graph !== null ? graph : ({} as Partial<DegreeGraph>);
  if (
    !(outCapacity instanceof Int32Array) ||
    !(inCapacity instanceof Int32Array) ||
    !(edgeTail instanceof Int32Array) ||
    !(edgeHead instanceof Int32Array) ||
    !(edgeWeight instanceof Float64Array)
  ) {
    issues.add(
      "invalid_type",
      [],
      "graph needs Int32Array outCapacity, inCapacity, edgeTail, edgeHead and a Float64Array edgeWeight",
    );
    issues.throwIfAny();
    return;
  }
  const m = edgeTail.length;
  if (edgeHead.length !== m || edgeWeight.length !== m) {
    issues.add("invalid_edge", ["edges"], `edgeTail, edgeHead and edgeWeight must have the same length`);
    issues.throwIfAny();
  }
  outCapacity.forEach((cap, u) => {
    if (cap < 0) issues.add("out_of_range", ["outCapacity", u], `tail ${u} has negative capacity ${cap}`);
  });
  inCapacity.forEach((cap, v) => {
    if (cap < 0) issues.add("out_of_range", ["inCapacity", v], `head ${v} has negative capacity ${cap}`);
  });
  const tails = outCapacity.length;
  const heads = inCapacity.length;
  let valid = true;
  for (let e = 0; e < m; e++) {
    const u = edgeTail[e]!;
    const v = edgeHead[e]!;
    if (u < 0 || u >= tails || v < 0 || v >= heads) {
      issues.add("invalid_edge", ["edges", e], `edge ${e} joins unknown tail ${u} or head ${v}`);
      valid = false;
    }
    if (!Number.isFinite(edgeWeight[e]!)) {
      issues.add("invalid_edge", ["edges", e, "weight"], `edge ${e} has weight ${describeValue(edgeWeight[e])}`);
    }
  }
  if (valid) {
    const byTail = groupByKey(tails, edgeTail);
    // lastTail[v] = the last tail seen with an edge to v; a repeat shows within one row.
    const lastEdge = new Int32Array(heads).fill(-1);
    for (let u = 0; u < tails; u++) {
      for (let i = byTail.offsets[u]!; i < byTail.offsets[u + 1]!; i++) {
        const e = byTail.entries[i]!;
        const v = edgeHead[e]!;
        const seen = lastEdge[v]!;
        if (seen >= 0 && edgeTail[seen] === u) {
          issues.add("invalid_edge", ["edges", e], `edges ${seen} and ${e} both join tail ${u} and head ${v}`);
        }
        lastEdge[v] = e;
      }
    }
  }
  issues.throwIfAny();
}
