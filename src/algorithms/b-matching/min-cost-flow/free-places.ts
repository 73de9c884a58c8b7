/**
 * The free-place shortcut of the min-cost-flow solver. A hospital with a free place is
 * reached straight from S (the arc S → h is residual), and so is each of its groups with
 * room; through such an owner, resident r along edge e is at reduced distance
 * `−weight[e] − pot[r]`, whatever the owner's potential. So the solver never scans those
 * owners' arcs: each resident keeps its heaviest edge to such an owner (`bestFree`,
 * state.ts), and each round starts every resident at the distance that edge gives it.
 *
 * The entry stays right with few refreshes because an edge only ever stops being free:
 * a hospital's load never falls (no shortest path uses h → S), and a group of a hospital
 * with a free place never loses a member (its hospital is settled from S, so no path
 * takes g → h). It is refreshed when the resident changes mate, and for every resident
 * pointing at a hospital or group when that fills up.
 *
 * Complexity: O(degree(r)) per resident refresh; O(R + Σ degrees refreshed) when an
 * owner fills up.
 * References: none beyond state.ts (a bookkeeping device of this implementation).
 */
import type { FlowNetwork, FlowState } from "./state.js";

/** Recomputes `bestFree[r]` from r's active edges. */
export function refreshBestFree(network: FlowNetwork, state: FlowState, r: number): void {
  const { edgeHospital, edgeGroup, weight, capacity, groupLeft } = network;
  const { start, edges } = network.edgesOf;
  const { mateEdge, load, groupLoad } = state;
  let best = -1;
  let bestWeight = -Infinity;
  for (let i = start[r]!; i < start[r + 1]!; i++) {
    const e = edges[i]!;
    if (e === mateEdge[r] || weight[e]! <= bestWeight) continue;
    const h = edgeHospital[e]!;
    const g = edgeGroup[e]!;
    if (load[h]! >= capacity[h]! || (g >= 0 && groupLoad[g]! >= groupLeft[g]!)) continue;
    best = e;
    bestWeight = weight[e]!;
  }
  state.bestFree[r] = best;
}

/** Refreshes every resident whose `bestFree` edge belongs to owner node o, which just filled up. */
export function ownerFilled(network: FlowNetwork, state: FlowState, o: number): void {
  const { edgeHospital, edgeGroup, firstGroup, residents } = network;
  const { bestFree } = state;
  for (let r = 0; r < residents; r++) {
    const b = bestFree[r]!;
    if (b !== -1 && (o < firstGroup ? edgeHospital[b] === o : edgeGroup[b] === o - firstGroup)) {
      refreshBestFree(network, state, r);
    }
  }
}
