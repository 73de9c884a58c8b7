/**
 * The public shape of a bipartite b-matching problem: the graph, the options and the
 * result every b-matching solver shares. Types only; validation and the reductions are
 * in `b-matching-instance.ts`.
 */
/**
 * A bipartite graph between hospitals `0..capacity.length-1` (hospital h takes at most
 * `capacity[h]` residents) and residents `0..residents-1` (each takes at most one hospital).
 * Edge e joins `edgeHospital[e]` and `edgeResident[e]` with weight `edgeWeight[e]`; at most
 * one edge per pair.
 *
 * @example
 * ```ts
 * // two hospitals (capacities 2 and 1), three residents
 * const graph: BipartiteGraph = {
 *   residents: 3,
 *   capacity: Int32Array.from([2, 1]),
 *   edgeHospital: Int32Array.from([0, 0, 1, 1]),
 *   edgeResident: Int32Array.from([0, 1, 1, 2]),
 *   edgeWeight: Float64Array.from([0.9, 0.4, 0.8, 0.3]),
 * };
 * ```
 */
export interface BipartiteGraph {
  /** Number of residents. */
  readonly residents: number;
  /** `capacity[h] ≥ 0` for each hospital; its length is the number of hospitals. */
  readonly capacity: Int32Array;
  /** Hospital end of each edge. */
  readonly edgeHospital: Int32Array;
  /** Resident end of each edge. */
  readonly edgeResident: Int32Array;
  /** Weight of each edge (finite; any sign). */
  readonly edgeWeight: Float64Array;
}

/**
 * A per-hospital group limit: `hospital` takes at most `max` of `residents` (for example
 * at most one mentee from the mentor's own organisation). The LP solver accepts any
 * groups; the min-cost-flow solver needs the groups of one hospital to be disjoint.
 *
 * @example
 * ```ts
 * const limit: GroupLimit = { hospital: 0, residents: [2, 5, 7], max: 1 };
 * ```
 */
export interface GroupLimit {
  /** The hospital the limit applies to. */
  readonly hospital: number;
  /** Resident ids in the group (repeats are ignored). */
  readonly residents: ArrayLike<number>;
  /** Integer ≥ 0. */
  readonly max: number;
}

/**
 * Options shared by the b-matching solvers.
 *
 * @example
 * ```ts
 * const options: BMatchingOptions = { pins: [[0, 2]], scale: 1000 };
 * ```
 */
export interface BMatchingOptions {
  /**
   * Maximise the number of matched residents first, then the total weight. When false,
   * only the total weight (edges of weight ≤ 0 are then never worth taking).
   * @defaultValue `true`
   */
  readonly maxCardinality?: boolean;
  /**
   * Weights are compared as the integers `round(weight · scale)`, so the solvers are exact
   * on those; two weights closer than `1 / scale` may compare equal.
   * @defaultValue `1e6`
   */
  readonly scale?: number;
  /** Pairs `[hospital, resident]` that must be in the matching; each must be an edge. */
  readonly pins?: readonly (readonly [hospital: number, resident: number])[];
  /** Per-hospital limits on how many residents of a group it takes (pins count). */
  readonly groupLimits?: readonly GroupLimit[];
}

/**
 * A b-matching: which hospital, through which edge, each resident is assigned to.
 *
 * @example
 * ```ts
 * const { assignment, cardinality, totalWeight } = maxWeightBMatching(graph);
 * assignment[0]; // hospital of resident 0, or -1
 * ```
 */
export interface BMatchingResult {
  /** `assignment[r]` = hospital of resident r, or -1 when unmatched. */
  readonly assignment: Int32Array;
  /** `edge[r]` = index of the edge matching r, or -1. */
  readonly edge: Int32Array;
  /** Number of matched residents. */
  readonly cardinality: number;
  /** Sum of the (unrounded) weights of the matched edges. */
  readonly totalWeight: number;
}
