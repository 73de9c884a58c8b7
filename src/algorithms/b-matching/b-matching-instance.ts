/**
 * The bipartite b-matching instance shared by the b-matching solvers (min-cost flow, LP,
 * bottleneck): its types, its validation, and the two reductions every solver applies
 * before calling its core.
 *
 * 1. Pins. A pinned pair must be in the matching, so it is fixed up front: its resident
 *    leaves the instance and its hospital loses one place (and each group limit holding
 *    the resident loses one). The optimum of the rest plus the pins is the optimum of the
 *    pinned problem, because the pins use disjoint residents and their own places.
 * 2. Maximum cardinality first. Weights are rounded to integers `round(w · scale)`; with
 *    `M` the largest absolute integer weight and `ν` an upper bound on the matching size
 *    (min(residents, total capacity)), every edge gets the lifted weight
 *    `K + round(w · scale)` with `K = 2·ν·M + 1`. A matching of size c has lifted weight
 *    `c·K + W` with |W| ≤ ν·M < K/2, so one more edge always outweighs any weight
 *    difference, and among matchings of one size the order is that of W: maximising the
 *    lifted weight maximises the cardinality, then the weight. All sums are integers
 *    below 2^53 (checked), so every comparison is exact.
 *
 * Complexity: O(E + H + R + P + L) for validation and both reductions (P pins, L group
 * limit entries); the phases are in `instance/`.
 * References: Schrijver 2003, Combinatorial Optimization, §21 (b-matchings, total
 * unimodularity of bipartite incidence matrices).
 */
import { IssueList } from "../../errors/issues.js";
import { groupByKey } from "../../internal/csr.js";
import { checkGraph, checkRepeatedPairs } from "./instance/check-graph.js";
import { checkGroupLimits } from "./instance/group-limits.js";
import { liftWeights, placesLeft } from "./instance/lift-weights.js";
import { fixPins } from "./instance/pins.js";
import type { BMatchingOptions, BMatchingResult, BipartiteGraph } from "./types.js";

/** The instance left after fixing the pins, with integer (scaled, maybe lifted) weights. */
export interface PreparedBMatching {
  readonly hospitals: number;
  readonly residents: number;
  /** Places left after pins. */
  readonly capacity: Int32Array;
  /** 1 when the edge may still be chosen (its resident is not pinned, its hospital has a place left). */
  readonly active: Uint8Array;
  /** `round(weight · scale)` of every edge. */
  readonly scaledWeight: Float64Array;
  /** Integer weights the core maximises: lifted when maxCardinality, else scaled. */
  readonly coreWeight: Float64Array;
  /** Pinned edge of each resident, or -1. */
  readonly pinnedEdge: Int32Array;
  /** Places each pin takes from each hospital. */
  readonly pinnedLoad: Int32Array;
  /** Places left in each group limit after pins (one entry per group limit). */
  readonly groupLeft: Int32Array;
  /** Hospital of each group limit. */
  readonly groupHospital: Int32Array;
}

/**
 * Validates `graph` and `options` (collecting every issue, and throwing them together as
 * a `MatchInputError` whose messages start with `fn`) and applies the pin and cardinality
 * reductions described at the top of this file, in five phases:
 * 1. the graph's shape, scalar options, capacities and edges (`instance/check-graph.ts`);
 * 2. the edges grouped by resident (CSR), and no hospital–resident pair twice;
 * 3. the pins (`instance/pins.ts`);
 * 4. the group limits, less what the pins take (`instance/group-limits.ts`);
 * 5. capacities capped and reduced by the pins, then the weights scaled and lifted
 *    (`instance/lift-weights.ts`).
 */
export function prepareBMatching(fn: string, graph: BipartiteGraph, options: BMatchingOptions): PreparedBMatching {
  const issues = new IssueList(fn);
  const checked = checkGraph(issues, graph, options);
  const { hospitals, residents } = checked;
  const byResident = groupByKey(residents, graph.edgeResident);
  checkRepeatedPairs(issues, graph, byResident);
  const { pinnedEdge, pinnedLoad } = fixPins(issues, graph, byResident, options.pins);
  const { groupLeft, groupHospital } = checkGroupLimits(issues, graph, options.groupLimits ?? [], pinnedEdge);
  const capacity = placesLeft(graph, pinnedLoad);
  const { active, scaledWeight, coreWeight } = liftWeights(issues, graph, checked, { pinnedEdge, places: capacity });
  return {
    hospitals,
    residents,
    capacity,
    active,
    scaledWeight,
    coreWeight,
    pinnedEdge,
    pinnedLoad,
    groupLeft,
    groupHospital,
  };
}

/**
 * Turns the core's choice (resident → edge, pinned residents excluded) plus the pins into
 * the public result.
 */
export function bMatchingResult(
  graph: BipartiteGraph,
  prepared: PreparedBMatching,
  coreEdge: Int32Array,
): BMatchingResult {
  const assignment = new Int32Array(graph.residents).fill(-1);
  const edge = new Int32Array(graph.residents).fill(-1);
  let cardinality = 0;
  let totalWeight = 0;
  for (let r = 0; r < graph.residents; r++) {
    const e = prepared.pinnedEdge[r] !== -1 ? prepared.pinnedEdge[r]! : coreEdge[r]!;
    if (e < 0) continue;
    edge[r] = e;
    assignment[r] = graph.edgeHospital[e]!;
    cardinality++;
    totalWeight += graph.edgeWeight[e]!;
  }
  return { assignment, edge, cardinality, totalWeight };
}

/** Active edges grouped by resident. */
export interface ResidentAdjacency {
  /** Edges of resident r: `edges[start[r]..start[r+1]-1]`. */
  readonly start: Int32Array;
  readonly edges: Int32Array;
}

/** Groups the edges with `active[e] === 1` by resident, each resident's in edge order. */
export function residentAdjacency(residents: number, edgeResident: Int32Array, active: Uint8Array): ResidentAdjacency {
  const keys = new Int32Array(active.length);
  for (let e = 0; e < active.length; e++) keys[e] = active[e] === 1 ? edgeResident[e]! : -1;
  const { offsets, entries } = groupByKey(residents, keys);
  return { start: offsets, edges: entries };
}
