/**
 * Node potentials of the min-cost-flow solver (state.ts): the feasible start, and the
 * update after each Dijkstra round that keeps every residual arc's reduced cost
 * non-negative.
 *
 * Start (no flow): owners 0 (the arcs S → h and h → g cost 0); resident r at minus its
 * best arc weight, so every arc owner → r has reduced cost `−w + 0 − pot[r] ≥ 0`; a
 * resident no arc reaches at 0; the sink at the smallest resident potential (or 0), so
 * every arc r → sink has `pot[r] − pot[sink] ≥ 0`.
 *
 * Update: with `dist` the reduced distances of the round and `d` the sink's, every node
 * gains `min(dist[v], d)` (nodes not reached this round gain `d`). Arcs between nodes
 * settled before the sink keep reduced cost ≥ 0 by the triangle inequality, the arcs of
 * the shortest path get reduced cost 0, so reversing them on augmentation keeps every
 * residual arc non-negative.
 *
 * Complexity: O(V + E) for the start, O(V) per update.
 * References: Edmonds & Karp 1972; Tomizawa 1971; Ahuja, Magnanti & Orlin 1993, Network
 * Flows, §9.7.
 */
import type { FlowNetwork, FlowState } from "./state.js";

/** Potentials that make every arc of the empty flow's residual network non-negative. */
export function initialPotentials(network: FlowNetwork): Float64Array {
  const { firstResident, sink, arcResident, arcWeight } = network;
  const pot = new Float64Array(network.nodes);
  pot.fill(Infinity, firstResident, sink);
  for (let i = 0; i < arcResident.length; i++) {
    const v = arcResident[i]!;
    pot[v] = Math.min(pot[v]!, -arcWeight[i]!);
  }
  let sinkPot = 0;
  for (let v = firstResident; v < sink; v++) {
    if (pot[v] === Infinity) pot[v] = 0;
    else sinkPot = Math.min(sinkPot, pot[v]!);
  }
  pot[sink] = sinkPot;
  return pot;
}

/** Adds this round's distances, capped at the sink's (`sinkDist`), to the potentials. */
export function advancePotentials(state: FlowState, sinkDist: number): void {
  const { pot, reached, dist, round } = state;
  for (let v = 0; v < pot.length; v++)
    pot[v] = pot[v]! + (reached[v] === round ? Math.min(dist[v]!, sinkDist) : sinkDist);
}
