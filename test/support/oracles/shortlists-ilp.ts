/**
 * Integer-programming oracle for shortlists (javascript-lp-solver, branch and bound),
 * independent of the flow code: one binary variable per directed feasible pair
 * "i suggests j", out-degree ≤ k and in-degree ≤ maxExposure per person, the fixed
 * entries forced to 1. First the largest number of entries, then, with that many fixed,
 * the largest total of round(w · 1e6). Plus the limit checker the shortlist tests use.
 */
import solver from "javascript-lp-solver";

interface LpResult {
  readonly feasible: boolean;
  readonly result: number;
}

/** A directed feasible pair with its integer weight. */
export interface DirectedPair {
  readonly from: string;
  readonly to: string;
  readonly weight: number;
}

function solve(
  ids: readonly string[],
  pairs: readonly DirectedPair[],
  limits: { k: number; maxExposure: number },
  fixed: ReadonlySet<string>,
  objective: (pair: DirectedPair) => number,
  entries: number | null,
): { value: number; count: number } {
  const constraints: Record<string, { max?: number; equal?: number }> = {};
  for (const id of ids) {
    constraints[`out:${id}`] = { max: limits.k };
    constraints[`in:${id}`] = { max: limits.maxExposure };
  }
  if (entries !== null) constraints.count = { equal: entries };
  const variables: Record<string, Record<string, number>> = {};
  const binaries: Record<string, 1> = {};
  pairs.forEach((pair, x) => {
    const key = `${pair.from}\u0000${pair.to}`;
    const variable: Record<string, number> = {
      objective: objective(pair),
      [`out:${pair.from}`]: 1,
      [`in:${pair.to}`]: 1,
      count: 1,
    };
    if (fixed.has(key)) {
      variable[`fix${x}`] = 1;
      constraints[`fix${x}`] = { equal: 1 };
    }
    variables[`e${x}`] = variable;
    binaries[`e${x}`] = 1;
  });
  if (pairs.length === 0) return { value: 0, count: 0 };
  const model = { optimize: "objective", opType: "max" as const, constraints, variables, binaries };
  const solved = solver.Solve(model) as LpResult & Record<string, unknown>;
  if (!solved.feasible) throw new Error("shortlistsIlp: infeasible model");
  let count = 0;
  pairs.forEach((_, x) => {
    const value = solved[`e${x}`];
    if (typeof value === "number" && value > 0.5) count++;
  });
  return { value: solved.result, count };
}

/** The most entries, then the largest total integer weight, with `fixed` ("from\0to") entries forced. */
export function shortlistsIlp(
  ids: readonly string[],
  pairs: readonly DirectedPair[],
  limits: { k: number; maxExposure: number },
  fixed: ReadonlySet<string>,
): { entries: number; weight: number } {
  const most = solve(ids, pairs, limits, fixed, () => 1, null);
  const entries = Math.round(most.value);
  const best = solve(ids, pairs, limits, fixed, (pair) => pair.weight, entries);
  return { entries, weight: best.value };
}

/** Every list within k, every person in at most maxExposure lists, nobody on her own list or twice on one. */
export function shortlistLimitsHold(
  lists: readonly { id: string; suggestions: readonly { id: string }[] }[],
  limits: { k: number; maxExposure: number },
): boolean {
  const shown = new Map<string, number>();
  for (const list of lists) {
    if (list.suggestions.length > limits.k) return false;
    const seen = new Set<string>();
    for (const { id } of list.suggestions) {
      if (id === list.id || seen.has(id)) return false;
      seen.add(id);
      shown.set(id, (shown.get(id) ?? 0) + 1);
    }
  }
  return [...shown.values()].every((count) => count <= limits.maxExposure);
}
