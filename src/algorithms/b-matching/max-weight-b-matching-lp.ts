/**
 * Maximum-weight bipartite b-matching (maximum cardinality first by default) as a linear
 * program solved by javascript-lp-solver, with optional side constraints: pins and
 * per-hospital group limits.
 *
 * LP: maximise Σ w'(e)·x(e) subject to Σ_{e at h} x(e) ≤ places(h) for each hospital,
 * Σ_{e at r} x(e) ≤ 1 for each resident, Σ_{e at h, r ∈ group} x(e) ≤ max for each group
 * limit, x ≥ 0, where w' are the integer (lifted) weights of `b-matching-instance.ts` and
 * pins have been fixed beforehand. Without group limits the constraint matrix is the
 * incidence matrix of a bipartite graph, which is totally unimodular, so every vertex is
 * integral and the simplex optimum is a matching. Group limits can break that (for
 * instance three residents of one hospital in three pairwise groups of max 1 give the
 * fractional vertex ½, ½, ½), so the solution is checked and, when a value is fractional,
 * the same model is solved again in the solver's integer mode (branch and cut).
 *
 * This module is the only one that imports the LP solver; it is published through the
 * `peermatch/algorithms/lp` entry so that `peermatch/algorithms` does not load it.
 *
 * Complexity: the simplex on a dense tableau, O(E · (H + R + G)) memory and, in practice,
 * a superlinear number of pivots: use {@link maxWeightBMatching} (min-cost flow) for large
 * cohorts, also with group limits when the groups of each hospital are disjoint.
 *
 * References: Schrijver 2003, Combinatorial Optimization, §19–21 (total unimodularity,
 * b-matching polytope); Dantzig 1963 (simplex method).
 */
import solver from "javascript-lp-solver";
import { bMatchingResult, prepareBMatching } from "./b-matching-instance.js";
import type { BMatchingOptions, BMatchingResult, BipartiteGraph, GroupLimit } from "./types.js";
import { debugChecks, invariant } from "../../internal/debug.js";

/**
 * A b-matching found by the LP, and whether the LP relaxation was already integral.
 *
 * @example
 * ```ts
 * const { assignment, integral } = maxWeightBMatchingLp(graph);
 * integral; // true without group limits (total unimodularity)
 * ```
 */
export interface BMatchingLpResult extends BMatchingResult {
  /** True when the simplex vertex was integral; false when the integer mode was needed. */
  readonly integral: boolean;
}

const INTEGRALITY_TOLERANCE = 1e-6;

/**
 * Maximum-weight b-matching with capacities (maximum cardinality first by default) by
 * linear programming, with optional pins and per-hospital group limits. Same result shape
 * and same optimum as `maxWeightBMatching` (min-cost flow, in `peermatch/algorithms`).
 *
 * @throws `MatchInputError` for malformed graphs, pins or group limits (codes
 *   `invalid_type`, `invalid_edge`, `invalid_value`, `out_of_range`)
 *
 * @example
 * ```ts
 * const graph = {
 *   residents: 3,
 *   capacity: Int32Array.from([2, 1]),
 *   edgeHospital: Int32Array.from([0, 0, 0, 1]),
 *   edgeResident: Int32Array.from([0, 1, 2, 2]),
 *   edgeWeight: Float64Array.from([0.9, 0.8, 0.7, 0.2]),
 * };
 * // hospital 0 takes at most one of residents 0 and 1
 * const result = maxWeightBMatchingLp(graph, { groupLimits: [{ hospital: 0, residents: [0, 1], max: 1 }] });
 * // result.assignment: Int32Array [0, -1, 0]
 * ```
 */
export function maxWeightBMatchingLp(graph: BipartiteGraph, options: BMatchingOptions = {}): BMatchingLpResult {
  const fn = "maxWeightBMatchingLp";
  const prepared = prepareBMatching(fn, graph, options);
  const { hospitals, residents, capacity, active, coreWeight, groupLeft } = prepared;
  const limits = options.groupLimits ?? [];

  const variables: Record<string, Record<string, number>> = {};
  const names: string[] = [];
  const edgeOfName: number[] = [];
  for (let e = 0; e < active.length; e++) {
    if (active[e] !== 1) continue;
    const name = `x${e}`;
    variables[name] = {
      weight: coreWeight[e]!,
      [`h${graph.edgeHospital[e]}`]: 1,
      [`r${graph.edgeResident[e]}`]: 1,
    };
    names.push(name);
    edgeOfName.push(e);
  }
  const constraints: Record<string, { max: number }> = {};
  for (let h = 0; h < hospitals; h++) constraints[`h${h}`] = { max: capacity[h]! };
  for (let r = 0; r < residents; r++) constraints[`r${r}`] = { max: 1 };
  // Group g adds coefficient 1 to the edges of its hospital towards its residents.
  const edgeAt = new Map<number, number>();
  for (let e = 0; e < active.length; e++)
    if (active[e] === 1) edgeAt.set(graph.edgeHospital[e]! * residents + graph.edgeResident[e]!, e);
  limits.forEach((limit, g) => {
    constraints[`g${g}`] = { max: groupLeft[g]! };
    for (let i = 0; i < limit.residents.length; i++) {
      const e = edgeAt.get(limit.hospital * residents + limit.residents[i]!);
      if (e !== undefined) variables[`x${e}`]![`g${g}`] = 1;
    }
  });

  const model = { optimize: "weight", opType: "max" as const, constraints, variables };
  let solution = solver.Solve(model) as Record<string, unknown>;
  const integral = names.every((name) => isNearInteger(solution[name]));
  if (!integral) {
    solution = solver.Solve({ ...model, ints: Object.fromEntries(names.map((name) => [name, 1 as const])) }) as Record<
      string,
      unknown
    >;
  }
  invariant(
    solution.feasible === true,
    () => `${fn}: the LP solver reports an infeasible model, but choosing nothing is feasible`,
  );
  const coreEdge = new Int32Array(residents).fill(-1);
  names.forEach((name, i) => {
    const value = solution[name];
    if (typeof value === "number" && value > 0.5) coreEdge[graph.edgeResident[edgeOfName[i]!]!] = edgeOfName[i]!;
  });
  const result = bMatchingResult(graph, prepared, coreEdge);
  invariant(
    !debugChecks.enabled || withinLimits(graph, result.assignment, limits),
    () => `${fn}: the solution breaks a capacity or group limit`,
  );
  return { ...result, integral };
}

function isNearInteger(value: unknown): boolean {
  if (value === undefined) return true; // the solver omits variables at zero
  return typeof value === "number" && Math.abs(value - Math.round(value)) <= INTEGRALITY_TOLERANCE;
}

/** Debug check: capacities and group limits hold for `assignment`. */
function withinLimits(graph: BipartiteGraph, assignment: Int32Array, limits: readonly GroupLimit[]): boolean {
  const load = new Int32Array(graph.capacity.length);
  assignment.forEach((h) => {
    if (h >= 0) load[h] = load[h]! + 1;
  });
  if (load.some((l, h) => l > graph.capacity[h]!)) return false;
  return limits.every((limit) => {
    const members = new Set(Array.from(limit.residents));
    let count = 0;
    members.forEach((r) => {
      if (assignment[r] === limit.hospital) count++;
    });
    return count <= limit.max;
  });
}
