/**
 * Augmentation, the update phase of the min-cost-flow solver: pushes one unit along the
 * shortest path of the last round (read back from the sink through `pred`, state.ts),
 * which matches one more resident.
 *
 * Walking back from the sink: a resident takes its path edge; from that edge's owner the
 * path climbs through group and hospital arcs (h → g adds one to g's load, g → h takes
 * one away) until either S, where the hospital gains a resident, or a resident, who hands
 * its place on and takes its own path edge in turn. Owners that fill up, and residents
 * that change mate, get their free-place entries refreshed (free-places.ts).
 *
 * Complexity: O(path length) plus the refreshes.
 * References: Ahuja, Magnanti & Orlin 1993, Network Flows, §9.7.
 */
import { ownerFilled, refreshBestFree } from "./free-places.js";
import type { FlowNetwork, FlowState } from "./state.js";

/** Augments along the path to the sink found by the last `shortestPathRound`. */
export function augment(network: FlowNetwork, state: FlowState): void {
  const { firstGroup, firstResident, sink, capacity, groupLeft, edgeOwner } = network;
  const { pred, mateEdge, load, groupLoad } = state;
  let r = pred[sink]! - firstResident;
  for (let moving = true; moving; ) {
    const e = pred[firstResident + r]!;
    mateEdge[r] = e;
    refreshBestFree(network, state, r);
    let x = edgeOwner[e]!;
    for (;;) {
      const from = pred[x]!;
      if (from === -1) {
        load[x] = load[x]! + 1;
        if (load[x] === capacity[x]) ownerFilled(network, state, x);
        moving = false;
        break;
      }
      if (from >= firstResident) {
        r = from - firstResident;
        break;
      }
      if (x >= firstGroup) {
        const g = x - firstGroup;
        groupLoad[g] = groupLoad[g]! + 1;
        if (groupLoad[g] === groupLeft[g]) ownerFilled(network, state, x);
      } else {
        const g = from - firstGroup;
        groupLoad[g] = groupLoad[g]! - 1;
      }
      x = from;
    }
  }
}
