/**
 * `solver: "stable"`: Irving's stable roommates on preferences ranked by s(i→j),
 * exact ties broken by the seeded solver order. When no stable matching exists, Tan's
 * maximum stable matching is kept and the people it leaves out are matched optimally
 * among themselves, so nobody is left alone to buy stability.
 */
import { stableRoommatesIndexed } from "../../../algorithms/index.js";
import { adjacencyOf } from "../../../internal/adjacency.js";
import type { Compatibility } from "../../../compatibility/compatibility.js";
import type { PeerGraph } from "../peer-graph.js";
import { buildPeerGraph, mateToParticipants } from "../peer-graph.js";
import type { SeededOrder } from "../../shared/seeded-order.js";
import { solveOptimal } from "./optimal.js";

export interface StableSolution {
  /** Mate array over participant indices. */
  readonly mate: Int32Array;
  /** Whether the cohort has a stable matching (before odd-count handling). */
  readonly stable: boolean;
}

export function solveStable(compatibility: Compatibility, graph: PeerGraph, seeded: SeededOrder): StableSolution {
  const { offsets, entries } = preferenceLists(compatibility, graph, seeded);
  const roommates = stableRoommatesIndexed(graph.n, offsets, entries);
  const mate = mateToParticipants(roommates.mate, seeded);
  if (!roommates.stable) {
    const leftOut: number[] = [];
    for (let i = 0; i < mate.length; i++) if (mate[i] === -1) leftOut.push(i);
    const rest = mateToParticipants(solveOptimal(buildPeerGraph(compatibility, seeded, leftOut)), seeded);
    for (const i of leftOut) mate[i] = rest[i]!;
  }
  return { mate, stable: roommates.stable };
}

/**
 * Each solver position's feasible partners, most preferred first by s(i→j); equal
 * scores keep the seeded position order. CSR layout over solver positions.
 */
function preferenceLists(
  compatibility: Compatibility,
  graph: PeerGraph,
  seeded: SeededOrder,
): { offsets: Int32Array; entries: Int32Array } {
  const { offsets, neighbour: entries } = adjacencyOf(graph.n, graph.from, graph.to, graph.m);
  const score = new Float64Array(graph.n);
  for (let p = 0; p < graph.n; p++) {
    const i = seeded.order[p]!;
    const list = entries.subarray(offsets[p]!, offsets[p + 1]!);
    for (const q of list) score[q] = compatibility.score(i, seeded.order[q]!);
    list.sort((q, r) => score[r]! - score[q]! || q - r);
  }
  return { offsets, entries };
}
