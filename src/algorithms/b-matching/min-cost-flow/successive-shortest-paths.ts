/**
 * The min-cost-flow core of `maxWeightBMatching`: a maximum-`coreWeight` b-matching of
 * the active edges, by successive shortest paths on the network of state.ts. Phases:
 * 1. network construction (network.ts) and the feasible starting potentials
 *    (potentials.ts);
 * 2. rounds: Dijkstra with potentials finds a cheapest S–sink path (dijkstra.ts), the
 *    potentials advance (potentials.ts), and one unit is pushed along the path
 *    (augment.ts), matching one more resident;
 * 3. extraction: the flow is kept as each resident's matched edge, which is the answer
 *    (`bMatchingResult` in b-matching-instance.ts adds the pins).
 * After k rounds the flow is a maximum-weight matching of size k, so rounds stop when
 * no path is left (maximum cardinality, through the lifted weights of
 * b-matching-instance.ts) or when the best path no longer gains weight. In debug mode the
 * final potentials are checked as an optimality certificate (certificate.ts).
 *
 * Complexity: O(ν · (E + V) log V) for ν matched residents, E edges, V = H + G + R nodes,
 * in the worst case; rounds are usually much cheaper, since owners with room are never
 * scanned (free-places.ts) and Dijkstra stops at the sink. Memory O(E + V).
 *
 * References: Edmonds & Karp 1972 and Tomizawa 1971 (successive shortest paths with
 * potentials); Ahuja, Magnanti & Orlin 1993, Network Flows, §9.7.
 */
import { debugChecks, invariant } from "../../../internal/debug.js";
import type { PreparedBMatching } from "../b-matching-instance.js";
import type { BipartiteGraph } from "../types.js";
import { augment } from "./augment.js";
import { reducedCostsOptimal } from "./certificate.js";
import { shortestPathRound } from "./dijkstra.js";
import { refreshBestFree } from "./free-places.js";
import { buildFlowNetwork } from "./network.js";
import { advancePotentials, initialPotentials } from "./potentials.js";
import { createFlowState } from "./state.js";

/**
 * Resident → chosen active edge (or -1) of a maximum `coreWeight` b-matching, with the
 * group of each edge given by `edgeGroup` (-1 for none; groups of one hospital disjoint).
 */
export function successiveShortestPaths(
  graph: BipartiteGraph,
  prepared: PreparedBMatching,
  edgeGroup: Int32Array,
): Int32Array {
  const network = buildFlowNetwork(graph, prepared, edgeGroup);
  const state = createFlowState(network, initialPotentials(network));
  for (let r = 0; r < network.residents; r++) refreshBestFree(network, state, r);
  const { sink } = network;
  while (shortestPathRound(network, state)) {
    const sinkDist = state.dist[sink]!;
    // The path's real cost (pot[S] = 0); stop once it no longer adds weight.
    if (sinkDist + state.pot[sink]! >= 0) break;
    advancePotentials(state, sinkDist);
    augment(network, state);
  }
  invariant(
    !debugChecks.enabled || reducedCostsOptimal(graph, prepared, edgeGroup, state),
    () => "maxWeightBMatching: final potentials are not an optimality certificate",
  );
  return state.mateEdge;
}
