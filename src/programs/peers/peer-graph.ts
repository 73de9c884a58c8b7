/**
 * The feasible pairs of a scored cohort as typed-array edges for the solvers, with
 * vertices numbered in the seeded solver order and weights scaled to integers.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { combineScores } from "../../compatibility/reciprocity.js";
import type { SeededOrder } from "../shared/seeded-order.js";
import { WEIGHT_SCALE } from "../shared/weight-scale.js";

/**
 * Edges `from[e]`–`to[e]` (solver positions, `from < to`) with integer weight
 * `weight[e]`, for the `m` feasible pairs, in increasing (from, to) order.
 */
export interface PeerGraph {
  readonly n: number;
  readonly m: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

/**
 * A bonus added to the integer weight of each participant's previous pair when
 * re-matching: `partner[i]` is i's previous partner (participant index) or -1.
 */
export interface KeepBonus {
  readonly partner: Int32Array;
  readonly bonus: number;
}

/**
 * Every scored pair of `compatibility` (every feasible pair on the dense graph, the
 * candidate edges on the candidate graph, where `topK` applies), optionally only among `members` (participant indices),
 * with `keepBonus` added to previous pairs. Edges in increasing (from, to) position
 * order. O(m + Σ deg log deg).
 */
export function buildPeerGraph(
  compatibility: Compatibility,
  seeded: SeededOrder,
  members?: readonly number[],
  keepBonus?: KeepBonus,
): PeerGraph {
  const { n, graph } = compatibility;
  const { reciprocity } = compatibility.options;
  const isMember = new Uint8Array(n).fill(members === undefined ? 1 : 0);
  if (members !== undefined) for (const i of members) isMember[i] = 1;
  const { offsets, neighbour, edge } = graph.adjacency;
  let m = 0;
  const from = new Int32Array(graph.m);
  const to = new Int32Array(graph.m);
  const weight = new Float64Array(graph.m);
  const rowEdge = new Float64Array(n);
  for (let pa = 0; pa < n; pa++) {
    const i = seeded.order[pa]!;
    if (isMember[i] === 0) continue;
    // The later positions among i's neighbours, in position order (key: position·2^32 + edge).
    let count = 0;
    for (let slot = offsets[i]!; slot < offsets[i + 1]!; slot++) {
      const j = neighbour[slot]!;
      const pb = seeded.position[j]!;
      if (pb > pa && isMember[j] === 1) rowEdge[count++] = pb * 4294967296 + edge[slot]!;
    }
    const sorted = rowEdge.subarray(0, count).sort();
    const previousPartner = keepBonus?.partner[i] ?? -1;
    for (let k = 0; k < count; k++) {
      const key = sorted[k]!;
      const e = key % 4294967296;
      const pb = (key - e) / 4294967296;
      const j = seeded.order[pb]!;
      const w = combineScores(reciprocity, graph.sIJ[e]!, graph.sJI[e]!);
      from[m] = pa;
      to[m] = pb;
      weight[m] = Math.round(w * WEIGHT_SCALE) + (previousPartner === j ? (keepBonus?.bonus ?? 0) : 0);
      m++;
    }
  }
  return { n, m, from: from.slice(0, m), to: to.slice(0, m), weight: weight.slice(0, m) };
}

/** The subgraph of edges whose weight is at least `threshold`. */
export function edgesAtLeast(graph: PeerGraph, threshold: number): PeerGraph {
  let m = 0;
  for (let e = 0; e < graph.m; e++) if (graph.weight[e]! >= threshold) m++;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  let k = 0;
  for (let e = 0; e < graph.m; e++) {
    const w = graph.weight[e]!;
    if (w < threshold) continue;
    from[k] = graph.from[e]!;
    to[k] = graph.to[e]!;
    weight[k] = w;
    k++;
  }
  return { n: graph.n, m, from, to, weight };
}

/** Converts a mate array over solver positions into one over participant indices. */
export function mateToParticipants(matePositions: Int32Array, seeded: SeededOrder): Int32Array {
  const mate = new Int32Array(matePositions.length).fill(-1);
  for (let p = 0; p < matePositions.length; p++) {
    const q = matePositions[p]!;
    if (q >= 0) mate[seeded.order[p]!] = seeded.order[q]!;
  }
  return mate;
}
