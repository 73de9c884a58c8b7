/**
 * Network construction, the first phase of the min-cost-flow solver: numbers the nodes
 * (state.ts), finds each active edge's owner, and lays out the arcs owner → resident,
 * the group limits of each hospital and the active edges of each resident as CSR.
 *
 * Complexity: O(E + H + G + R) time and memory.
 * References: Ahuja, Magnanti & Orlin 1993, Network Flows, ch. 9 (minimum cost flows).
 */
import { groupByKey } from "../../../internal/csr.js";
import { residentAdjacency, type PreparedBMatching } from "../b-matching-instance.js";
import type { BipartiteGraph } from "../types.js";
import type { FlowNetwork } from "./state.js";

/**
 * The network of `prepared`'s active edges, with `edgeGroup[e]` the group limit of edge
 * e or -1 (the groups of one hospital must be disjoint).
 */
export function buildFlowNetwork(
  graph: BipartiteGraph,
  prepared: PreparedBMatching,
  edgeGroup: Int32Array,
): FlowNetwork {
  const { hospitals, residents, capacity, active, coreWeight: weight, groupLeft, groupHospital } = prepared;
  const { edgeHospital, edgeResident } = graph;
  const groups = groupLeft.length;
  const firstGroup = hospitals;
  const firstResident = hospitals + groups;
  const sink = firstResident + residents;

  const edgeOwner = new Int32Array(active.length);
  for (let e = 0; e < active.length; e++) {
    if (active[e] !== 1) edgeOwner[e] = -1;
    else edgeOwner[e] = edgeGroup[e]! >= 0 ? firstGroup + edgeGroup[e]! : edgeHospital[e]!;
  }
  const { offsets: arcStart, entries: arcEdge } = groupByKey(firstResident, edgeOwner);
  const arcResident = new Int32Array(arcEdge.length);
  const arcWeight = new Float64Array(arcEdge.length);
  for (let i = 0; i < arcEdge.length; i++) {
    const e = arcEdge[i]!;
    arcResident[i] = firstResident + edgeResident[e]!;
    arcWeight[i] = weight[e]!;
  }
  return {
    hospitals,
    groups,
    residents,
    firstGroup,
    firstResident,
    sink,
    nodes: sink + 1,
    capacity,
    groupLeft,
    groupHospital,
    edgeHospital,
    edgeGroup,
    edgeOwner,
    weight,
    arcStart,
    arcEdge,
    arcResident,
    arcWeight,
    groupsOf: groupByKey(hospitals, groupHospital),
    edgesOf: residentAdjacency(residents, edgeResident, active),
  };
}
