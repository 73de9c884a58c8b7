/**
 * The feasible pairs of a scored cohort as typed-array edges for the solvers, with
 * vertices numbered in the seeded solver order and weights scaled to integers.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { kthLargest } from "../../internal/kth-largest.js";
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
 * Every feasible pair of `compatibility`, optionally only among `members` (participant
 * indices), with `keepBonus` added to previous pairs.
 */
export function buildPeerGraph(
  compatibility: Compatibility,
  seeded: SeededOrder,
  members?: readonly number[],
  keepBonus?: KeepBonus,
): PeerGraph {
  const { n } = compatibility;
  const positions =
    members === undefined
      ? Int32Array.from({ length: n }, (_, p) => p)
      : Int32Array.from(members.map((i) => seeded.position[i]!)).sort();
  const cut = topKCuts(compatibility, seeded, positions);
  let m = 0;
  let capacity = 1024;
  let from = new Int32Array(capacity);
  let to = new Int32Array(capacity);
  let weight = new Float64Array(capacity);
  for (let a = 0; a < positions.length; a++) {
    const pa = positions[a]!;
    const i = seeded.order[pa]!;
    const previousPartner = keepBonus?.partner[i] ?? -1;
    const cutI = cut[a]!;
    for (let b = a + 1; b < positions.length; b++) {
      const pb = positions[b]!;
      const j = seeded.order[pb]!;
      const w = compatibility.pairWeight(i, j);
      if (Number.isNaN(w)) continue;
      if (w < cutI && w < cut[b]! && previousPartner !== j) continue;
      if (m === capacity) {
        capacity *= 2;
        from = grow(from, capacity);
        to = grow(to, capacity);
        const wider = new Float64Array(capacity);
        wider.set(weight);
        weight = wider;
      }
      from[m] = pa;
      to[m] = pb;
      weight[m] = Math.round(w * WEIGHT_SCALE) + (previousPartner === j ? (keepBonus?.bonus ?? 0) : 0);
      m++;
    }
  }
  return { n, m, from: from.subarray(0, m), to: to.subarray(0, m), weight: weight.subarray(0, m) };
}

/**
 * With `options.topK = k`, each member's cut: the k-th largest weight among her
 * feasible partners (a pair is kept when it reaches the cut of either member, so every
 * member keeps at least her k best). -Infinity for everyone when `topK` is not set or
 * she has at most k partners. Indexed like `positions`.
 */
function topKCuts(compatibility: Compatibility, seeded: SeededOrder, positions: Int32Array): Float64Array {
  const cut = new Float64Array(positions.length).fill(-Infinity);
  const k = compatibility.options.topK;
  if (k === undefined || k >= positions.length - 1) return cut;
  const row = new Float64Array(positions.length);
  for (let a = 0; a < positions.length; a++) {
    const i = seeded.order[positions[a]!]!;
    let count = 0;
    for (let b = 0; b < positions.length; b++) {
      const w = b === a ? Number.NaN : compatibility.pairWeight(i, seeded.order[positions[b]!]!);
      if (!Number.isNaN(w)) row[count++] = w;
    }
    if (count > k) cut[a] = kthLargest(row, count, k);
  }
  return cut;
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

function grow(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(capacity);
  wider.set(array);
  return wider;
}
