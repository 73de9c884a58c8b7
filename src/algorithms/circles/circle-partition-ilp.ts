/**
 * The circle partition as an integer program over every candidate circle, solved by
 * javascript-lp-solver (branch and bound): a binary x_C per circle C, and for each unit
 * u, Σ_{C ∋ u} x_C ≤ 1, maximising
 *
 *   Σ_C x_C · (A·|C| − B·broken(C) + v(C)),   B > Σ_C v(C) of any partition, A > B · (most broken rules),
 *
 * so the order of goals (most people placed, then fewest broken rules, then the largest
 * objective) is one weighted objective. (Solving the levels one after another, each
 * fixed by a constraint, made the branch and bound far slower.) Facilitator rules depend
 * on the number of circles and are not modelled, nor is `fair`.
 *
 * This is the independent certificate of `circlePartition` for small instances (the
 * tests compare both up to 16 people with circles of 4–5 and several hundred columns;
 * a complete 16-person instance, 6,188 columns, runs for minutes); it is
 * the only circle module that loads the LP solver, through `peermatch/algorithms/lp`.
 *
 * Complexity: branch and bound on a dense simplex tableau of (units + 2) rows and one
 * column per circle; practical up to about a thousand circles.
 * References: Balas & Padberg 1976 (set partitioning); Dantzig 1963 (simplex method).
 */
import solver from "javascript-lp-solver";
import { inputError } from "../../errors/issues.js";
import type { CircleInstance } from "./circle-instance.js";
import { circleScore, circleValue, prepareCircles } from "./circle-instance.js";
import { enumerateCircles } from "./enumerate-circles.js";

/**
 * The optimum of {@link circlePartitionIlp}.
 *
 * @example
 * ```ts
 * const { placed, violations, objective } = circlePartitionIlp(instance);
 * ```
 */
export interface CircleIlpResult {
  /** People of each chosen circle, ascending; circles ordered by their first person. */
  readonly circles: readonly Int32Array[];
  /** People in circles (the maximum). */
  readonly placed: number;
  /** Broken noLone / maxShared rules (the minimum given `placed`). */
  readonly violations: number;
  /** Σ size × score (the maximum given both). */
  readonly objective: number;
  /** Candidate circles (columns) of the model. */
  readonly columns: number;
}

/** Most candidate circles the model accepts. */
const COLUMN_LIMIT = 20_000;

/**
 * Solves `instance` exactly as an integer program (see the file header). Throws
 * `MatchInputError` for a malformed instance, an instance with facilitators, or one with
 * more than 20,000 candidate circles.
 *
 * @example
 * ```ts
 * import { circlePartitionIlp } from "peermatch/algorithms/lp";
 *
 * const n = 8;
 * const weight = new Float64Array(n * n).fill(0.5);
 * circlePartitionIlp({ n, weight, minSize: 4, maxSize: 4 }).objective; // 4
 * ```
 */
export function circlePartitionIlp(instance: CircleInstance): CircleIlpResult {
  const fn = "circlePartitionIlp";
  const prepared = prepareCircles(fn, instance);
  if (prepared.facilitators > 0) {
    throw inputError(fn, "invalid_value", ["facilitator"], "facilitator rules are not modelled");
  }
  const candidates = enumerateCircles(prepared, COLUMN_LIMIT);
  if (candidates === null) {
    throw inputError(fn, "out_of_range", [], `more than ${COLUMN_LIMIT} candidate circles`);
  }
  const { count, offsets, units, people, pairSum, violations } = candidates;
  const value = Float64Array.from(pairSum, (sum, c) => circleValue(sum, people[c]!));
  // B exceeds any partition's objective (each person adds at most her best weight);
  // A exceeds B times any partition's broken rules.
  let objectiveCap = 0;
  for (let i = 0; i < prepared.n; i++) {
    let best = 0;
    for (let j = 0; j < prepared.n; j++) if (j !== i) best = Math.max(best, instance.weight[i * prepared.n + j]! || 0);
    objectiveCap += best;
  }
  let brokenCap = 0;
  for (let c = 0; c < count; c++) brokenCap = Math.max(brokenCap, violations[c]!);
  const B = Math.ceil(objectiveCap) + 1;
  const A = B * (brokenCap * prepared.n + 1) + 1;
  const variables: Record<string, Record<string, number>> = {};
  const binaries: Record<string, 1> = {};
  for (let c = 0; c < count; c++) {
    const column: Record<string, number> = { goal: A * people[c]! - B * violations[c]! + value[c]! };
    for (let k = offsets[c]!; k < offsets[c + 1]!; k++) column[`u${units[k]}`] = 1;
    variables[`c${c}`] = column;
    binaries[`c${c}`] = 1;
  }
  const constraints: Record<string, { max: number }> = {};
  for (let u = 0; u < prepared.m; u++) constraints[`u${u}`] = { max: 1 };
  const solution =
    count === 0
      ? {}
      : (solver.Solve({ optimize: "goal", opType: "max", constraints, variables, binaries }) as unknown as Record<
          string,
          number
        >);
  const chosen: number[] = [];
  for (let c = 0; c < count; c++) if ((solution[`c${c}`] ?? 0) > 0.5) chosen.push(c);
  const circles = chosen
    .map((c) => {
      const members: number[] = [];
      for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
        const u = units[k]!;
        for (let p = prepared.unitOffsets[u]!; p < prepared.unitOffsets[u + 1]!; p++)
          members.push(prepared.unitPeople[p]!);
      }
      return Int32Array.from(members).sort();
    })
    .sort((a, b) => a[0]! - b[0]!);
  let objective = 0;
  let placed = 0;
  let broken = 0;
  for (const c of chosen) {
    objective += people[c]! * circleScore(pairSum[c]!, people[c]!);
    placed += people[c]!;
    broken += violations[c]!;
  }
  return { circles, placed, violations: broken, objective, columns: count };
}
