/**
 * The last two phases of `prepareBMatching`: capacities capped at the degree and reduced
 * by the pins, then the integer core weights, lifted for maximum cardinality first (the
 * lift `K = 2·ν·M + 1` is explained in `b-matching-instance.ts`), with a check that
 * every sum the solvers form stays an exact integer.
 *
 * Complexity: O(E + H).
 * References: Schrijver 2003, Combinatorial Optimization, §21 (b-matchings).
 */
import type { IssueList } from "../../../errors/issues.js";
import type { BipartiteGraph } from "../types.js";
import type { CheckedGraph } from "./check-graph.js";

const MAX_EXACT = 2 ** 53;

/**
 * Places each hospital has left for the solvers: `min(capacity, degree) − pins`. A
 * hospital never takes more residents than it has edges, so capping at the degree keeps
 * the same solutions and bounds the places by E (a capacity of 2^31 − 1 no longer
 * overflows the solvers' place arrays).
 */
export function placesLeft(graph: BipartiteGraph, pinnedLoad: Int32Array): Int32Array {
  const { capacity, edgeHospital } = graph;
  const degree = new Int32Array(capacity.length);
  for (let e = 0; e < edgeHospital.length; e++) degree[edgeHospital[e]!] = degree[edgeHospital[e]!]! + 1;
  const left = new Int32Array(capacity.length);
  for (let h = 0; h < capacity.length; h++) left[h] = Math.min(capacity[h]!, degree[h]!) - pinnedLoad[h]!;
  return left;
}

/** What the pins leave to the solvers. */
export interface AfterPins {
  /** `pinnedEdge[r]` is the edge resident r is pinned to, or -1. */
  readonly pinnedEdge: Int32Array;
  /** `places[h]` is what {@link placesLeft} leaves hospital h. */
  readonly places: Int32Array;
}

/** The edges the solvers may still choose, with their integer weights. */
export interface CoreWeights {
  /** `active[e]` is 1 when edge e may still be chosen (its resident is unpinned, its hospital has a place left). */
  readonly active: Uint8Array;
  /** `scaledWeight[e] = round(weight[e] · scale)` for every edge. */
  readonly scaledWeight: Float64Array;
  /** `coreWeight[e]` is the lifted (maxCardinality) or scaled weight of an active edge, 0 for the others. */
  readonly coreWeight: Float64Array;
}

/**
 * Scales, lifts and checks the weights; throws (`out_of_range` on `scale`) when the
 * solvers' path lengths could leave the exact integers.
 */
export function liftWeights(
  issues: IssueList,
  graph: BipartiteGraph,
  checked: CheckedGraph,
  { pinnedEdge, places }: AfterPins,
): CoreWeights {
  let totalPlaces = 0;
  for (let h = 0; h < places.length; h++) totalPlaces += places[h]!;
  const { scale, maxCardinality } = checked;
  const { edgeHospital, edgeResident, edgeWeight } = graph;
  const m = edgeHospital.length;
  const active = new Uint8Array(m);
  const scaledWeight = new Float64Array(m);
  let maxAbs = 0;
  for (let e = 0; e < m; e++) {
    const w = Math.round(edgeWeight[e]! * scale);
    scaledWeight[e] = w;
    if (pinnedEdge[edgeResident[e]!] !== -1 || places[edgeHospital[e]!] === 0) continue;
    active[e] = 1;
    maxAbs = Math.max(maxAbs, Math.abs(w));
  }
  const size = Math.min(graph.residents, totalPlaces);
  const lift = maxCardinality ? 2 * size * maxAbs + 1 : 0;
  // Path lengths in the solvers stay below (2·size + 1)·(lift + maxAbs); keep that exact.
  if ((2 * size + 1) * (lift + maxAbs) * 2 >= MAX_EXACT) {
    issues.add(
      "out_of_range",
      ["scale"],
      `weights × scale (${maxAbs}) are too large for exact arithmetic on ${size} pairs; lower the scale`,
    );
    issues.throwIfAny();
  }
  const coreWeight = new Float64Array(m);
  for (let e = 0; e < m; e++) if (active[e] === 1) coreWeight[e] = lift + scaledWeight[e]!;
  return { active, scaledWeight, coreWeight };
}
