/**
 * One round of Dijkstra with potentials, the search phase of the min-cost-flow solver:
 * the shortest S–sink path in the residual network (state.ts), by reduced costs, which
 * the potentials keep non-negative.
 *
 * The round starts with every owner that has room settled straight from S and every
 * resident at the distance its `bestFree` edge gives it (free-places.ts); only full
 * owners are then scanned. It stops as soon as the sink is settled.
 *
 * Complexity: O((E' + V) log V) per round, for the E' arcs of the owners scanned.
 * References: Dijkstra 1959; Edmonds & Karp 1972 and Tomizawa 1971 (reduced costs);
 * Ahuja, Magnanti & Orlin 1993, Network Flows, §9.7.
 */
import { clearHeap, popMin, pushOrDecrease } from "../../../internal/indexed-min-heap.js";
import type { FlowNetwork, FlowState } from "./state.js";

/**
 * Runs the next round (advancing `state.round`); afterwards `dist`, `reached`, `done`
 * and `pred` describe it. Returns whether the sink was reached, that is whether the
 * matching can still grow.
 */
export function shortestPathRound(network: FlowNetwork, state: FlowState): boolean {
  const { firstGroup, firstResident, sink, weight, edgeOwner, groupHospital, groupLeft } = network;
  const { arcStart, arcEdge, arcResident, arcWeight } = network;
  const { offsets: groupStart, entries: groupList } = network.groupsOf;
  const { pot, mateEdge, groupLoad, bestFree, dist, reached, done, pred, heap } = state;
  const round = ++state.round;

  settleOwnersWithRoom(network, state);
  for (let r = 0; r < network.residents; r++) {
    const e = bestFree[r]!;
    if (e !== -1) relax(state, firstResident + r, -weight[e]! - pot[firstResident + r]!, e);
  }
  while (heap.size > 0) {
    const u = popMin(heap);
    done[u] = round;
    if (u === sink) break;
    const du = dist[u]!;
    if (u < firstResident) {
      // A full owner: its arcs to residents, then its hospital ↔ group arcs.
      const base = du + pot[u]!;
      for (let i = arcStart[u]!; i < arcStart[u + 1]!; i++) {
        const v = arcResident[i]!;
        const e = arcEdge[i]!;
        if (done[v] === round || mateEdge[v - firstResident] === e) continue;
        const d = base - arcWeight[i]! - pot[v]!;
        if (reached[v] !== round || d < dist[v]!) {
          reached[v] = round;
          dist[v] = d;
          pred[v] = e;
          pushOrDecrease(heap, v, d);
        }
      }
      if (u < firstGroup) {
        // h → g while g has room.
        for (let k = groupStart[u]!; k < groupStart[u + 1]!; k++) {
          const g = groupList[k]!;
          const node = firstGroup + g;
          if (done[node] !== round && groupLoad[g]! < groupLeft[g]!) relax(state, node, base - pot[node]!, u);
        }
      } else {
        // g → h while g holds someone.
        const g = u - firstGroup;
        const h = groupHospital[g]!;
        if (done[h] !== round && groupLoad[g]! > 0) relax(state, h, base - pot[h]!, u);
      }
    } else {
      // A resident: on to the sink when free, else back to the owner of its edge.
      const e = mateEdge[u - firstResident]!;
      if (e === -1) {
        relax(state, sink, du + pot[u]! - pot[sink]!, u);
      } else {
        const o = edgeOwner[e]!;
        if (done[o] !== round) relax(state, o, du + weight[e]! + pot[u]! - pot[o]!, u);
      }
    }
  }
  clearHeap(heap);
  return done[sink] === round;
}

/** Settles each hospital with a free place, and each of its groups with room, straight from S. */
function settleOwnersWithRoom(network: FlowNetwork, state: FlowState): void {
  const { hospitals, firstGroup, capacity, groupLeft } = network;
  const { offsets: groupStart, entries: groupList } = network.groupsOf;
  const { load, groupLoad, pot, round, reached, done, dist, pred } = state;
  for (let h = 0; h < hospitals; h++) {
    if (load[h]! >= capacity[h]!) continue;
    reached[h] = round;
    done[h] = round;
    dist[h] = -pot[h]!;
    pred[h] = -1;
    for (let k = groupStart[h]!; k < groupStart[h + 1]!; k++) {
      const g = groupList[k]!;
      if (groupLoad[g]! >= groupLeft[g]!) continue;
      const node = firstGroup + g;
      reached[node] = round;
      done[node] = round;
      dist[node] = -pot[node]!;
      pred[node] = h;
    }
  }
}

/** Lowers v's tentative distance to d (reached from `from`, see `pred`) if that is shorter. */
function relax(state: FlowState, v: number, d: number, from: number): void {
  const { round, reached, dist } = state;
  if (reached[v] !== round || d < dist[v]!) {
    reached[v] = round;
    dist[v] = d;
    state.pred[v] = from;
    pushOrDecrease(state.heap, v, d);
  }
}
