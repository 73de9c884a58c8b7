/**
 * Circle partition: split people into circles of `minSize`..`maxSize` (see
 * `circle-instance.ts` for the value of a circle) leaving out as few people as possible,
 * then breaking as few composition rules as possible, then maximising the objective
 * Σ size × score (`sum`), or first the smallest circle score and then the objective
 * (`fair`).
 *
 * Up to `exactUnits` units (16 by default) the answer is exact (dynamic programming over
 * subsets, `exact-circle-partition.ts`). Above, it is a seeded local search: a greedy
 * construction (hardest units first), repairs that place left-out units (insertions and
 * ejection chains), then simulated annealing with moves and swaps; `fair` then raises a
 * threshold on circle scores step by step, re-annealing with a penalty on circles below
 * it. `upperBound` is a proven bound on the objective (`circle-upper-bound.ts`).
 *
 * Complexity: exact O(2^m · c); local search O(effort · m · s · (1 + S/32)) for circles of
 * s units, plus the bound's budget.
 * References: Held & Karp 1962; Kirkpatrick et al. 1983; see the files of each part.
 */
import { seededRandom } from "../../internal/random.js";
import type { Random } from "../../internal/random.js";
import { annealCircles } from "./anneal-circles.js";
import type { CircleInstance, PreparedCircles } from "./circle-instance.js";
import { circleScore, prepareCircles } from "./circle-instance.js";
import { circleFacilitators, circleViolations, facilitatorPenalty } from "./circle-rules.js";
import type { CircleState } from "./circle-state.js";
import { checkTotals, cloneState, copyState, createState, resyncTotals } from "./circle-state.js";
import { constructRound, insertLeftovers } from "./construct-circles.js";
import { enumerateCircles } from "./enumerate-circles.js";
import { exactCirclePartition } from "./exact-circle-partition.js";
import { repairPlacement } from "./repair-circles.js";
import { circleUpperBound } from "./circle-upper-bound.js";

/**
 * Options of {@link circlePartition}.
 *
 * @example
 * ```ts
 * const options: CirclePartitionOptions = { objective: "fair", seed: 7 };
 * ```
 */
export interface CirclePartitionOptions {
  /**
   * `"sum"`: the largest Σ size × score. `"fair"`: the largest smallest circle score, then the largest sum.
   * @defaultValue `"sum"`
   */
  readonly objective?: "sum" | "fair";
  /**
   * Seed of the tie-breaking order and of the local search.
   * @defaultValue 0
   */
  readonly seed?: number;
  /**
   * Multiplies the local search's proposals (1 ≈ 1,000 evaluated per unit).
   * @defaultValue 1
   */
  readonly effort?: number;
  /**
   * Largest number of units solved exactly (at most 20).
   * @defaultValue 16
   */
  readonly exactUnits?: number;
  /**
   * Compute `upperBound` (the local search's proof of quality).
   * @defaultValue true
   */
  readonly bound?: boolean;
}

/**
 * A circle partition and its quality.
 *
 * @example
 * ```ts
 * const { circles, objective, upperBound } = circlePartition(instance);
 * ```
 */
export interface CirclePartition {
  /** Per person, the circle number (index into `circles`), or -1 when left out. */
  readonly circle: Int32Array;
  /** People of each circle, ascending; circles ordered by their first person. */
  readonly circles: readonly Int32Array[];
  /** People left out. */
  readonly unplaced: number;
  /** Broken composition rules. */
  readonly violations: number;
  /** Σ size × score. */
  readonly objective: number;
  /** Smallest circle score (0 without circles). */
  readonly minScore: number;
  /**
   * A proven upper bound on the objective of any partition that leaves out no more
   * people and breaks no more rules (the exact optimum when `exact`; `Infinity` when
   * `bound` is false and the search is not exact).
   */
  readonly upperBound: number;
  /** True when the answer is the exact lexicographic optimum. */
  readonly exact: boolean;
}

/** Threshold steps of `fair` (a bisection between the smallest and the largest circle score). */
const FAIR_STEPS = 8;
/** Proposals per unit at effort 1. */
const PROPOSALS_PER_UNIT = 1000;
/** Most candidate circles the exact solver enumerates. */
const EXACT_CIRCLE_LIMIT = 2_000_000;

/**
 * Partitions `instance` into circles (see the file header for the order of goals).
 * Throws `MatchInputError` for a malformed instance or a together group that can never
 * form a circle.
 *
 * @example
 * ```ts
 * const n = 8;
 * const weight = new Float64Array(n * n).fill(0.5);
 * const result = circlePartition({ n, weight, minSize: 4, maxSize: 4 });
 * result.circles.length; // 2
 * ```
 */
export function circlePartition(instance: CircleInstance, options: CirclePartitionOptions = {}): CirclePartition {
  const prepared = prepareCircles("circlePartition", instance);
  const objective = options.objective ?? "sum";
  const rng = seededRandom(options.seed ?? 0);
  const order = seededUnitOrder(prepared.m, rng);
  const exactUnits = Math.min(20, options.exactUnits ?? 16);
  if (prepared.m <= exactUnits) {
    const candidates = enumerateCircles(prepared, EXACT_CIRCLE_LIMIT);
    if (candidates !== null) {
      const exact = exactCirclePartition(prepared, candidates, order, objective);
      const chosen = exact.chosen.map((c) =>
        candidates.units.subarray(candidates.offsets[c]!, candidates.offsets[c + 1]!),
      );
      return answer(prepared, chosen, exact.bestObjective, true);
    }
  }
  const state = searchPartition(prepared, order, rng, objective, options.effort ?? 1);
  const chosen = circlesOf(state, 0);
  const result = answer(prepared, chosen, Number.POSITIVE_INFINITY, false);
  if (options.bound === false) return result;
  const bound = circleUpperBound(prepared, chosen, result.objective);
  return { ...result, upperBound: bound };
}

/** The local search for one round (see the file header). */
export function searchPartition(
  prepared: PreparedCircles,
  order: Int32Array,
  rng: Random,
  objective: "sum" | "fair",
  effort: number,
): CircleState {
  const rank = new Int32Array(prepared.m);
  order.forEach((u, position) => {
    rank[u] = position;
  });
  const slots = Math.max(1, Math.floor(prepared.n / prepared.minSize));
  const state = createState(prepared, 1, slots);
  constructRound(state, 0, rank);
  repairPlacement(state, 0, rank);
  const iterations = Math.round(effort * PROPOSALS_PER_UNIT * prepared.m);
  annealCircles(state, rng, iterations);
  insertLeftovers(state, 0);
  resyncTotals(state);
  checkTotals(state);
  if (objective === "fair") raiseFloor(state, rng, iterations);
  return state;
}

/**
 * `fair` on top of a `sum` solution: try thresholds between the current smallest score
 * and the best circle score, keeping a re-annealed state whenever it lifts every circle
 * to the threshold without leaving out more people or breaking more rules.
 */
function raiseFloor(state: CircleState, rng: Random, iterations: number): void {
  let low = smallestScore(state);
  let high = largestScore(state);
  for (let step = 0; step < FAIR_STEPS && high - low > 1e-4; step++) {
    const target = (low + high) / 2;
    const saved = cloneState(state);
    state.threshold = target;
    resyncTotals(state);
    annealCircles(state, rng, Math.max(1000, Math.round(iterations / 4)));
    state.threshold = Number.NEGATIVE_INFINITY;
    const lifted = smallestScore(state) >= target;
    resyncTotals(state);
    if (lifted && state.unplaced <= saved.unplaced && state.ruleViolations <= saved.ruleViolations) {
      low = smallestScore(state);
    } else {
      copyState(saved, state);
      high = target;
    }
  }
}

function smallestScore(state: CircleState): number {
  let low = Number.POSITIVE_INFINITY;
  for (let c = 0; c < state.slots; c++) {
    if (state.people[c]! >= state.prepared.minSize)
      low = Math.min(low, circleScore(state.pairSum[c]!, state.people[c]!));
  }
  return low === Number.POSITIVE_INFINITY ? 0 : low;
}

function largestScore(state: CircleState): number {
  let high = 0;
  for (let c = 0; c < state.slots; c++) {
    if (state.people[c]! >= state.prepared.minSize)
      high = Math.max(high, circleScore(state.pairSum[c]!, state.people[c]!));
  }
  return high;
}

/** Unit lists of the valid circles of round r, each ascending. */
export function circlesOf(state: CircleState, r: number): Int32Array[] {
  const out: Int32Array[] = [];
  for (let c = 0; c < state.slots; c++) {
    const index = r * state.slots + c;
    if (state.people[index]! < state.prepared.minSize) continue;
    const base = index * state.cap;
    out.push(state.members.slice(base, base + state.count[index]!).sort());
  }
  return out;
}

/** A seeded permutation of 0..m-1 (Fisher–Yates). */
function seededUnitOrder(m: number, rng: Random): Int32Array {
  const order = Int32Array.from({ length: m }, (_, u) => u);
  for (let k = m - 1; k > 0; k--) {
    const j = rng.below(k + 1);
    const t = order[k]!;
    order[k] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** The public answer for circles given as unit lists. */
function answer(
  prepared: PreparedCircles,
  unitCircles: readonly Int32Array[],
  upperBound: number,
  exact: boolean,
): CirclePartition {
  const { n, m, unitOffsets, unitPeople, unitWeight, innerWeight, unitSize } = prepared;
  const circles = unitCircles
    .map((units) => {
      const people: number[] = [];
      for (const u of units) for (let p = unitOffsets[u]!; p < unitOffsets[u + 1]!; p++) people.push(unitPeople[p]!);
      return Int32Array.from(people).sort();
    })
    .sort((a, b) => a[0]! - b[0]!);
  const circle = new Int32Array(n).fill(-1);
  circles.forEach((people, c) => {
    for (const p of people) circle[p] = c;
  });
  let objective = 0;
  let minScore = Number.POSITIVE_INFINITY;
  let placed = 0;
  for (const units of unitCircles) {
    let sum = 0;
    let people = 0;
    for (let a = 0; a < units.length; a++) {
      sum += innerWeight[units[a]!]!;
      people += unitSize[units[a]!]!;
      for (let b = 0; b < a; b++) sum += unitWeight[units[a]! * m + units[b]!]!;
    }
    placed += people;
    objective += people * circleScore(sum, people);
    minScore = Math.min(minScore, circleScore(sum, people));
  }
  const violations = countViolations(prepared, unitCircles);
  return {
    circle,
    circles,
    unplaced: n - placed,
    violations,
    objective,
    minScore: unitCircles.length === 0 ? 0 : minScore,
    upperBound: exact ? Math.max(upperBound, objective) : upperBound,
    exact,
  };
}

function countViolations(prepared: PreparedCircles, unitCircles: readonly Int32Array[]): number {
  let total = 0;
  let without = 0;
  let extra = 0;
  for (const units of unitCircles) {
    total += circleViolations(prepared, units, units.length);
    const f = circleFacilitators(prepared, units, units.length);
    if (f === 0) without++;
    extra += Math.max(0, f - 1);
  }
  return total + facilitatorPenalty(prepared.facilitators, unitCircles.length, without, extra);
}
