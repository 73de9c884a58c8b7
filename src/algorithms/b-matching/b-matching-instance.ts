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
 * Complexity: O(E + H + R) for validation and both reductions.
 * References: Schrijver 2003, Combinatorial Optimization, §21 (b-matchings, total
 * unimodularity of bipartite incidence matrices).
 */
import { MatchInputError, type MatchInputIssue } from "../../errors/match-input-error.js";
import { describeValue } from "../../errors/describe-value.js";

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

/** The instance left after fixing the pins, with integer (scaled, maybe lifted) weights. */
export interface PreparedBMatching {
  readonly hospitals: number;
  readonly residents: number;
  /** Places left after pins. */
  readonly capacity: Int32Array;
  /** 1 when the edge may still be chosen (its resident is not pinned). */
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

const MAX_EXACT = 2 ** 53;

/**
 * Validates `graph` and `options` (collecting every issue) and applies the pin and
 * cardinality reductions described at the top of this file.
 */
export function prepareBMatching(fn: string, graph: BipartiteGraph, options: BMatchingOptions): PreparedBMatching {
  const issues: MatchInputIssue[] = [];
  const { capacity, edgeHospital, edgeResident, edgeWeight } =
    typeof graph === "object" && graph !== null ? graph : ({} as Partial<BipartiteGraph>);
  if (
    typeof graph !== "object" ||
    graph === null ||
    !(capacity instanceof Int32Array) ||
    !(edgeHospital instanceof Int32Array) ||
    !(edgeResident instanceof Int32Array) ||
    !(edgeWeight instanceof Float64Array) ||
    !Number.isInteger(graph.residents) ||
    graph.residents < 0 ||
    graph.residents > 0x7fffffff
  ) {
    issues.push({
      code: "invalid_type",
      path: [],
      message: `${fn}: graph needs a non-negative integer residents count, Int32Array capacity, edgeHospital, edgeResident and a Float64Array edgeWeight`,
    });
    throw new MatchInputError(issues);
  }
  if (typeof options !== "object" || options === null) {
    issues.push({ code: "invalid_type", path: ["options"], message: `${fn}: options must be an object` });
    throw new MatchInputError(issues);
  }
  const hospitals = capacity.length;
  const residents = graph.residents;
  const m = edgeHospital.length;
  const scale = options.scale ?? 1e6;
  if (options.maxCardinality !== undefined && typeof options.maxCardinality !== "boolean") {
    issues.push({
      code: "invalid_type",
      path: ["maxCardinality"],
      message: `${fn}: maxCardinality must be a boolean, got ${describeValue(options.maxCardinality)}`,
    });
  }
  if (!(Number.isFinite(scale) && scale > 0)) {
    issues.push({
      code: "out_of_range",
      path: ["scale"],
      message: `${fn}: scale must be a positive finite number, got ${describeValue(scale)}`,
    });
  }
  if (edgeResident.length !== m || edgeWeight.length !== m) {
    issues.push({
      code: "invalid_edge",
      path: ["edges"],
      message: `${fn}: edgeHospital, edgeResident and edgeWeight must have the same length (${m}, ${edgeResident.length}, ${edgeWeight.length})`,
    });
    throw new MatchInputError(issues);
  }
  for (let h = 0; h < hospitals; h++) {
    if (capacity[h]! < 0)
      issues.push({
        code: "out_of_range",
        path: ["capacity", h],
        message: `${fn}: hospital ${h} has negative capacity ${capacity[h]}`,
      });
  }
  // Edges of each resident, to find duplicates and to look pins up.
  const residentStart = new Int32Array(residents + 1);
  for (let e = 0; e < m; e++) {
    const h = edgeHospital[e]!;
    const r = edgeResident[e]!;
    const w = edgeWeight[e]!;
    if (h < 0 || h >= hospitals || r < 0 || r >= residents) {
      issues.push({
        code: "invalid_edge",
        path: ["edges", e],
        message: `${fn}: edge ${e} joins unknown hospital ${h} or resident ${r}`,
      });
      continue;
    }
    if (!Number.isFinite(w))
      issues.push({ code: "invalid_edge", path: ["edges", e, "weight"], message: `${fn}: edge ${e} has weight ${w}` });
    residentStart[r + 1] = residentStart[r + 1]! + 1;
  }
  if (issues.length > 0) throw new MatchInputError(issues);
  for (let r = 0; r < residents; r++) residentStart[r + 1] = residentStart[r + 1]! + residentStart[r]!;
  const byResident = new Int32Array(m);
  const fill = residentStart.slice(0, residents);
  for (let e = 0; e < m; e++) {
    const r = edgeResident[e]!;
    const slot = fill[r]!;
    byResident[slot] = e;
    fill[r] = slot + 1;
  }
  const edgeOf = new Int32Array(hospitals).fill(-1); // edgeOf[h] = edge to the current resident
  const findEdge = (h: number, r: number): number => {
    for (let i = residentStart[r]!; i < residentStart[r + 1]!; i++) {
      const e = byResident[i]!;
      if (edgeHospital[e] === h) return e;
    }
    return -1;
  };
  for (let r = 0; r < residents; r++) {
    for (let i = residentStart[r]!; i < residentStart[r + 1]!; i++) {
      const e = byResident[i]!;
      const h = edgeHospital[e]!;
      const seen = edgeOf[h]!;
      if (seen >= 0 && edgeResident[seen] === r) {
        issues.push({
          code: "invalid_edge",
          path: ["edges", e],
          message: `${fn}: edges ${seen} and ${e} both join hospital ${h} and resident ${r}`,
        });
      }
      edgeOf[h] = e;
    }
  }

  const pinnedEdge = new Int32Array(residents).fill(-1);
  const pinnedLoad = new Int32Array(hospitals);
  const pins = options.pins ?? [];
  if (!Array.isArray(pins)) {
    issues.push({
      code: "invalid_type",
      path: ["pins"],
      message: `${fn}: pins must be an array of [hospital, resident] pairs`,
    });
    throw new MatchInputError(issues);
  }
  pins.forEach((pin: unknown, i) => {
    const [h, r] = Array.isArray(pin) ? (pin as number[]) : [];
    const e =
      Number.isInteger(h) && Number.isInteger(r) && (r as number) >= 0 && (r as number) < residents
        ? findEdge(h as number, r as number)
        : -1;
    if (e < 0) {
      issues.push({
        code: "invalid_edge",
        path: ["pins", i],
        message: `${fn}: pin ${i} (hospital ${describeValue(h)}, resident ${describeValue(r)}) is not an edge of the graph`,
      });
    } else if (pinnedEdge[r as number] !== -1) {
      issues.push({
        code: "invalid_value",
        path: ["pins", i],
        message: `${fn}: resident ${r} is pinned more than once`,
      });
    } else {
      pinnedEdge[r as number] = e;
      pinnedLoad[h as number] = pinnedLoad[h as number]! + 1;
    }
  });
  for (let h = 0; h < hospitals; h++) {
    if (pinnedLoad[h]! > capacity[h]!) {
      issues.push({
        code: "out_of_range",
        path: ["pins"],
        message: `${fn}: hospital ${h} has ${pinnedLoad[h]} pins but capacity ${capacity[h]}`,
      });
    }
  }
  if (issues.length > 0) throw new MatchInputError(issues);
  const groupLimits = options.groupLimits ?? [];
  const groupLeft = checkGroupLimits(fn, graph, groupLimits, pinnedEdge);
  const groupHospital = Int32Array.from(groupLimits, (limit) => limit.hospital);

  // A hospital never takes more residents than it has edges, so capacities are capped at
  // the degree: same solutions, and the places stay at most m (a capacity of 2^31 - 1 no
  // longer overflows the solvers' place arrays).
  const degree = new Int32Array(hospitals);
  for (let e = 0; e < m; e++) degree[edgeHospital[e]!] = degree[edgeHospital[e]!]! + 1;
  const left = new Int32Array(hospitals);
  let places = 0;
  for (let h = 0; h < hospitals; h++) {
    left[h] = Math.min(capacity[h]!, degree[h]!) - pinnedLoad[h]!;
    places += left[h]!;
  }
  const active = new Uint8Array(m);
  let maxAbs = 0;
  const scaled = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const w = Math.round(edgeWeight[e]! * scale);
    scaled[e] = w;
    if (pinnedEdge[edgeResident[e]!] !== -1 || left[edgeHospital[e]!] === 0) continue;
    active[e] = 1;
    maxAbs = Math.max(maxAbs, Math.abs(w));
  }
  const size = Math.min(residents, places);
  const lift = options.maxCardinality === false ? 0 : 2 * size * maxAbs + 1;
  // Path lengths in the solvers stay below (2·size + 1)·(lift + maxAbs); keep that exact.
  if ((2 * size + 1) * (lift + maxAbs) * 2 >= MAX_EXACT) {
    issues.push({
      code: "out_of_range",
      path: ["scale"],
      message: `${fn}: weights × scale (${maxAbs}) are too large for exact arithmetic on ${size} pairs; lower the scale`,
    });
    throw new MatchInputError(issues);
  }
  const coreWeight = new Float64Array(m);
  for (let e = 0; e < m; e++) if (active[e] === 1) coreWeight[e] = lift + scaled[e]!;
  return {
    hospitals,
    residents,
    capacity: left,
    active,
    scaledWeight: scaled,
    coreWeight,
    pinnedEdge,
    pinnedLoad,
    groupLeft,
    groupHospital,
  };
}

/**
 * Validates the group limits (collecting every issue) and returns each group's max less
 * the pins it already holds.
 */
function checkGroupLimits(
  fn: string,
  graph: BipartiteGraph,
  limits: readonly GroupLimit[],
  pinnedEdge: Int32Array,
): Int32Array {
  const issues: MatchInputIssue[] = [];
  const hospitals = graph.capacity.length;
  if (!Array.isArray(limits)) {
    issues.push({ code: "invalid_type", path: ["groupLimits"], message: `${fn}: groupLimits must be an array` });
    throw new MatchInputError(issues);
  }
  const left = new Int32Array(limits.length);
  const stamp = new Int32Array(graph.residents).fill(-1);
  limits.forEach((limit, g) => {
    if (
      typeof limit !== "object" ||
      limit === null ||
      typeof limit.residents !== "object" ||
      limit.residents === null
    ) {
      issues.push({
        code: "invalid_type",
        path: ["groupLimits", g],
        message: `${fn}: group limit ${g} must be { hospital, residents, max }`,
      });
      return;
    }
    if (!Number.isInteger(limit.hospital) || limit.hospital < 0 || limit.hospital >= hospitals) {
      issues.push({
        code: "invalid_value",
        path: ["groupLimits", g, "hospital"],
        message: `${fn}: group limit ${g} names unknown hospital ${describeValue(limit.hospital)}`,
      });
      return;
    }
    if (!Number.isInteger(limit.max) || limit.max < 0) {
      issues.push({
        code: "out_of_range",
        path: ["groupLimits", g, "max"],
        message: `${fn}: group limit ${g} has max ${describeValue(limit.max)}; it must be an integer ≥ 0`,
      });
      return;
    }
    let pinned = 0;
    for (let i = 0; i < limit.residents.length; i++) {
      const r = limit.residents[i] as number;
      if (!Number.isInteger(r) || r < 0 || r >= graph.residents) {
        issues.push({
          code: "invalid_value",
          path: ["groupLimits", g, "residents", i],
          message: `${fn}: group limit ${g} names unknown resident ${describeValue(r)}`,
        });
        continue;
      }
      if (stamp[r] === g) continue;
      stamp[r] = g;
      const e = pinnedEdge[r]!;
      if (e !== -1 && graph.edgeHospital[e] === limit.hospital) pinned++;
    }
    if (pinned > limit.max) {
      issues.push({
        code: "out_of_range",
        path: ["groupLimits", g],
        message: `${fn}: group limit ${g} allows ${limit.max} but ${pinned} of its residents are pinned to hospital ${limit.hospital}`,
      });
    }
    left[g] = limit.max - pinned;
  });
  if (issues.length > 0) throw new MatchInputError(issues);
  return left;
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

/** Groups the edges with `active[e] === 1` by resident. */
export function residentAdjacency(residents: number, edgeResident: Int32Array, active: Uint8Array): ResidentAdjacency {
  const start = new Int32Array(residents + 1);
  for (let e = 0; e < active.length; e++) {
    if (active[e] === 1) start[edgeResident[e]! + 1] = start[edgeResident[e]! + 1]! + 1;
  }
  for (let r = 0; r < residents; r++) start[r + 1] = start[r + 1]! + start[r]!;
  const edges = new Int32Array(start[residents]!);
  const fill = start.slice(0, residents);
  for (let e = 0; e < active.length; e++) {
    if (active[e] !== 1) continue;
    const r = edgeResident[e]!;
    const i = fill[r]!;
    edges[i] = e;
    fill[r] = i + 1;
  }
  return { start, edges };
}
