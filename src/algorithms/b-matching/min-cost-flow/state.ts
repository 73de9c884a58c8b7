/**
 * The residual network of the min-cost-flow b-matching solver and its state, and the
 * node numbering every file in this folder shares. It is stated once, here:
 *
 * - Owners first. Hospital h is node `h` (`0..hospitals-1`); group limit g is node
 *   `firstGroup + g` (`firstGroup = hospitals`). The *owner* of an active edge is its
 *   group's node when the edge's resident is in one of its hospital's groups, else its
 *   hospital's node. Nodes below `firstResident` are owners.
 * - Resident r is node `firstResident + r` (`firstResident = hospitals + groups`).
 * - The sink is node `sink = firstResident + residents`; there are `sink + 1` nodes.
 *   The source S is implicit: it has potential 0 throughout.
 *
 * Arcs, each with its residual twin: S → hospital h (capacity `capacity[h]`, cost 0);
 * hospital → its group g (capacity `groupLeft[g]`, cost 0); owner → resident along an
 * active edge e (capacity 1, cost `−weight[e]`); resident → sink (capacity 1, cost 0).
 * The flow is kept as the matching itself (`mateEdge`) and the loads it puts on
 * hospitals and groups, from which every residual arc can be read:
 * - S → h is residual while `load[h] < capacity[h]`, h → S while `load[h] > 0`;
 * - h → g while `groupLoad[g] < groupLeft[g]`, g → h while `groupLoad[g] > 0`;
 * - owner → r along e while `mateEdge[r] !== e`, r → owner of `mateEdge[r]` otherwise;
 * - r → sink while r is unmatched, sink → r once it is matched.
 *
 * ## Potentials
 * `pot[v]` are node potentials keeping every residual arc's reduced cost
 * `cost(u, v) + pot[u] − pot[v]` non-negative, so each round's shortest paths can be
 * found by Dijkstra (see potentials.ts). With `pot[S] = 0`, a path's real cost is its
 * reduced length plus `pot[sink]`.
 *
 * Complexity: `createFlowState` is O(V) time and memory for V nodes.
 *
 * References: Ahuja, Magnanti & Orlin 1993, Network Flows, §9.7 (successive shortest
 * paths, reduced costs).
 */
import type { Csr } from "../../../internal/csr.js";
import { createHeap, type IndexedMinHeap } from "../../../internal/indexed-min-heap.js";
import type { ResidentAdjacency } from "../b-matching-instance.js";

/** The network: fixed for the whole solve. */
export interface FlowNetwork {
  /** Number of hospitals; hospital h is node h. */
  readonly hospitals: number;
  /** Number of group limits. */
  readonly groups: number;
  /** Number of residents. */
  readonly residents: number;
  /** Node of group 0 (= hospitals). */
  readonly firstGroup: number;
  /** Node of resident 0 (= hospitals + groups); the nodes below it are owners. */
  readonly firstResident: number;
  /** Node of the sink (= firstResident + residents). */
  readonly sink: number;
  /** Number of nodes (= sink + 1). */
  readonly nodes: number;

  /** `capacity[h]`: places hospital h has for the solver (after pins). */
  readonly capacity: Int32Array;
  /** `groupLeft[g]`: residents group limit g still admits (after pins). */
  readonly groupLeft: Int32Array;
  /** `groupHospital[g]`: the hospital of group limit g. */
  readonly groupHospital: Int32Array;
  /** `edgeHospital[e]`: the hospital of edge e. */
  readonly edgeHospital: Int32Array;
  /** `edgeGroup[e]`: the group limit edge e counts towards, or -1. */
  readonly edgeGroup: Int32Array;
  /** `edgeOwner[e]`: the owner node of active edge e; -1 for an inactive edge. */
  readonly edgeOwner: Int32Array;
  /** `weight[e]`: the integer weight the solver maximises (arc cost is its negation). */
  readonly weight: Float64Array;

  /**
   * Arcs owner → resident by owner: for owner o, `arcEdge[arcStart[o]..arcStart[o+1]-1]`
   * are its active edges in edge order, with `arcResident[i]` the resident *node* of arc
   * i and `arcWeight[i] = weight[arcEdge[i]]` (side by side, read sequentially).
   */
  readonly arcStart: Int32Array;
  readonly arcEdge: Int32Array;
  readonly arcResident: Int32Array;
  readonly arcWeight: Float64Array;
  /** Group limits of each hospital: `entries[offsets[h]..offsets[h+1]-1]`. */
  readonly groupsOf: Csr;
  /** Active edges of each resident: `edges[start[r]..start[r+1]-1]`, in edge order. */
  readonly edgesOf: ResidentAdjacency;
}

/** The flow, the potentials, and the scratch of one Dijkstra round. */
export interface FlowState {
  /** `mateEdge[r]` is the edge matching resident r, or -1. */
  readonly mateEdge: Int32Array;
  /** `load[h]` is the number of residents matched to hospital h. */
  readonly load: Int32Array;
  /** `groupLoad[g]` is the number of residents of group g matched to g's hospital. */
  readonly groupLoad: Int32Array;
  /** Node potentials (see the top of this file); `pot[v] = 0` for a node no arc reaches. */
  readonly pot: Float64Array;
  /**
   * `bestFree[r]` is r's heaviest active edge, other than `mateEdge[r]`, whose hospital
   * has a free place and whose group (if any) has room; -1 when there is none. Kept by
   * free-places.ts: such owners sit at distance 0 from S and are never scanned.
   */
  readonly bestFree: Int32Array;

  /** Number of the current Dijkstra round. */
  round: number;
  /** `dist[v]` is v's reduced distance from S this round; valid only when `reached[v] === round`. */
  readonly dist: Float64Array;
  /** `reached[v] === round` once v has a tentative distance this round. */
  readonly reached: Int32Array;
  /** `done[v] === round` once v's distance is final this round. */
  readonly done: Int32Array;
  /**
   * `pred[v]`, valid when v was reached this round: for a resident node, the edge it was
   * reached along; for the sink, the resident node before it; for an owner, the node it
   * was reached from, or -1 when straight from S.
   */
  readonly pred: Int32Array;
  /** Nodes reached but not yet settled this round, keyed by `dist`. */
  readonly heap: IndexedMinHeap;
}

/** The empty flow (nothing matched) on `network`, with the given initial potentials. */
export function createFlowState(network: FlowNetwork, pot: Float64Array): FlowState {
  const { nodes } = network;
  return {
    mateEdge: new Int32Array(network.residents).fill(-1),
    load: new Int32Array(network.hospitals),
    groupLoad: new Int32Array(network.groups),
    pot,
    bestFree: new Int32Array(network.residents).fill(-1),
    round: 0,
    dist: new Float64Array(nodes),
    reached: new Int32Array(nodes).fill(-1),
    done: new Int32Array(nodes).fill(-1),
    pred: new Int32Array(nodes),
    heap: createHeap(nodes),
  };
}
