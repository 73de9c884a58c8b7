/**
 * Integer-programming oracle for maximum-weight matching, via javascript-lp-solver
 * (branch and bound): one binary variable per edge, at most one chosen edge per vertex.
 * With `maxCardinality`, first the largest number of edges is found, then the weight is
 * maximised with that many edges fixed. Independent of the blossom code.
 */
import solver from "javascript-lp-solver";
import type { BruteForceOptimum } from "./brute-force-matching.js";

interface LpResult {
  readonly feasible: boolean;
  readonly result: number;
}

function solveIlp(
  n: number,
  edges: readonly (readonly [number, number, number])[],
  objective: (w: number) => number,
  exactSize: number | null,
): { value: number; size: number } {
  const constraints: Record<string, { max?: number; equal?: number }> = {};
  for (let v = 0; v < n; v++) constraints[`v${v}`] = { max: 1 };
  if (exactSize !== null) constraints.size = { equal: exactSize };
  const variables: Record<string, Record<string, number>> = {};
  const binaries: Record<string, 1> = {};
  edges.forEach(([u, v, w], k) => {
    variables[`e${k}`] = { objective: objective(w), [`v${u}`]: 1, [`v${v}`]: 1, size: 1, count: 1 };
    binaries[`e${k}`] = 1;
  });
  const model = { optimize: "objective", opType: "max" as const, constraints, variables, binaries };
  const solved = solver.Solve(model) as LpResult & Record<string, unknown>;
  if (!solved.feasible) throw new Error("lpMaxWeightMatching: infeasible model");
  let size = 0;
  edges.forEach((_, k) => {
    const x = solved[`e${k}`];
    if (typeof x === "number" && x > 0.5) size++;
  });
  return { value: edges.length === 0 ? 0 : solved.result, size };
}

/** Same contract as `bruteForceMaxWeightMatching`, solved as an integer program. */
export function lpMaxWeightMatching(
  n: number,
  edges: readonly (readonly [number, number, number])[],
  options: { readonly maxCardinality?: boolean } = {},
): BruteForceOptimum {
  if (options.maxCardinality !== true) {
    const { value, size } = solveIlp(n, edges, (w) => w, null);
    return { weight: value, size };
  }
  const { size } = solveIlp(n, edges, () => 1, null);
  const { value } = solveIlp(n, edges, (w) => w, size);
  return { weight: value, size };
}
