/**
 * The optimality certificate of the min-cost-flow solver, checked in debug mode: every
 * residual arc (state.ts) has a non-negative reduced cost under the final potentials,
 * which proves the flow cheapest among flows of its value. It reads the arcs from the
 * matching and the instance directly, not from the solver's arc lists.
 *
 * Complexity: O(E + V).
 * References: Ahuja, Magnanti & Orlin 1993, Network Flows, Thm 9.3 (reduced cost
 * optimality conditions).
 */
import type { PreparedBMatching } from "../b-matching-instance.js";
import type { BipartiteGraph } from "../types.js";
import type { FlowState } from "./state.js";

/** Whether `state.pot` certifies `state`'s flow optimal on `prepared` with groups `edgeGroup`. */
export function reducedCostsOptimal(
  graph: BipartiteGraph,
  prepared: PreparedBMatching,
  edgeGroup: Int32Array,
  state: FlowState,
): boolean {
  const { hospitals, capacity, active, coreWeight, groupLeft, groupHospital } = prepared;
  const { mateEdge, load, groupLoad, pot } = state;
  const firstResident = hospitals + groupLeft.length;
  const sink = firstResident + prepared.residents;
  for (let h = 0; h < hospitals; h++) {
    // S→h is residual while h has a free place, h→S once it holds someone.
    if (load[h]! < capacity[h]! && pot[h]! > 0) return false;
    if (load[h]! > 0 && pot[h]! < 0) return false;
  }
  for (let g = 0; g < groupLeft.length; g++) {
    // h→g is residual while g has room, g→h once it holds someone.
    const reduced = pot[groupHospital[g]!]! - pot[hospitals + g]!;
    if (groupLoad[g]! < groupLeft[g]! && reduced < 0) return false;
    if (groupLoad[g]! > 0 && reduced > 0) return false;
  }
  for (let e = 0; e < active.length; e++) {
    if (active[e] !== 1) continue;
    const o = edgeGroup[e]! >= 0 ? hospitals + edgeGroup[e]! : graph.edgeHospital[e]!;
    const v = firstResident + graph.edgeResident[e]!;
    const reduced = -coreWeight[e]! + pot[o]! - pot[v]!;
    if (mateEdge[v - firstResident] === e ? reduced > 0 : reduced < 0) return false;
  }
  for (let r = 0; r < prepared.residents; r++) {
    // r→sink is residual while r is free, sink→r once it is matched.
    const v = firstResident + r;
    if (mateEdge[r] === -1 ? pot[v]! < pot[sink]! : pot[v]! > pot[sink]!) return false;
  }
  return true;
}
