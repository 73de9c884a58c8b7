/**
 * The two-sided solvers on a scored mentor program: the feasible mentor × mentee pairs
 * become a bipartite graph (mentors are the hospitals, mentees the residents), both
 * sides numbered in the seeded order, so equal answers are decided by the seed and never
 * by the input order. Then:
 *
 * - `optimal`: maximum number of mentees matched, then maximum total pair weight, by
 *   min-cost flow (`maxWeightBMatching`, which takes pins and group limits as long as the
 *   groups of each mentor are disjoint, as they are for a single limit); when two groups
 *   of one mentor share a mentee, the LP the caller passes (`options.lpSolver`:
 *   `maxWeightBMatchingLp` from `peermatch/algorithms/lp`, never imported here, so the
 *   LP solver stays out of bundles that do not need it) solves it. Both are exact on the
 *   weights rounded to 1e-6 and agree on the optimum (tested); the flow is much faster on
 *   large programs (figures in docs/mentors.md).
 * - `fair`: among maximum matchings, the largest smallest pair weight, then the total
 *   (`bottleneckBMatching`, pins allowed).
 * - `stable`: hospitals/residents by deferred acceptance on preferences ranked by the
 *   directional scores (mentee by s(mentee→mentor), mentor by s(mentor→mentee)), exact
 *   ties broken by the seeded order; mentee-optimal or mentor-optimal.
 */
import { bottleneckBMatching } from "../../algorithms/b-matching/bottleneck-b-matching.js";
import type { BipartiteGraph } from "../../algorithms/b-matching/types.js";
import { hospitalsResidents } from "../../algorithms/hospitals-residents/hospitals-residents.js";
import type { GroupLimit } from "../../algorithms/b-matching/types.js";
import { inputError } from "../../errors/issues.js";
import type { MatchInputError } from "../../errors/match-input-error.js";
import { invariant } from "../../internal/debug.js";
import type { MentorLpSolver } from "../../model/mentor-options-schema.js";
import { maxWeightBMatching } from "../../algorithms/b-matching/max-weight-b-matching.js";
import type { PreferenceLists } from "../../algorithms/hospitals-residents/two-sided-preferences.js";
import type { TwoSidedCompatibility } from "../../compatibility/two-sided.js";
import type { MentorGroup } from "./limits.js";
import { WEIGHT_SCALE } from "../shared/weight-scale.js";
import { seededOrder } from "../shared/seeded-order.js";
import { groupByKey } from "../../internal/csr.js";

/**
 * Which algorithm produced a mentor matching (reported in `stats.algorithm`).
 *
 * @example
 * ```ts
 * const algorithm: MentorAlgorithm = matchMentors(mentors, mentees, { limits }).stats.algorithm; // "linear-program"
 * ```
 */
export type MentorAlgorithm = "min-cost-flow" | "linear-program" | "bottleneck" | "deferred-acceptance";

/** The feasible pairs as a b-matching instance over seeded positions. */
export interface MentorGraph {
  readonly graph: BipartiteGraph;
  /** mentorAt[h] = mentor (side index) at hospital position h; hospitalOf is its inverse. */
  readonly mentorAt: Int32Array;
  readonly hospitalOf: Int32Array;
  /** menteeAt[r] = mentee (side index) at resident position r; residentOf is its inverse. */
  readonly menteeAt: Int32Array;
  readonly residentOf: Int32Array;
}

/** Builds the b-matching instance of a scored program (edges by resident, then hospital position). */
export function buildMentorGraph(scored: TwoSidedCompatibility, capacity: Int32Array): MentorGraph {
  const { cohort, mentors, mentees, weight } = scored;
  const seed = scored.options.seed;
  const M = mentors.length;
  const N = mentees.length;
  const mentorOrder = seededOrder(
    Array.from(mentors, (i) => cohort.ids[i]!),
    seed,
  );
  const menteeOrder = seededOrder(
    Array.from(mentees, (j) => cohort.ids[j]!),
    seed,
  );
  let m = 0;
  for (let k = 0; k < weight.length; k++) if (!Number.isNaN(weight[k])) m++;
  const edgeHospital = new Int32Array(m);
  const edgeResident = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  let e = 0;
  for (let r = 0; r < N; r++) {
    const b = menteeOrder.order[r]!;
    for (let h = 0; h < M; h++) {
      const w = weight[mentorOrder.order[h]! * N + b]!;
      if (Number.isNaN(w)) continue;
      edgeHospital[e] = h;
      edgeResident[e] = r;
      edgeWeight[e] = w;
      e++;
    }
  }
  // A mentor can take at most every mentee: capping there changes no solution and keeps the solvers' capacity sums in range.
  const hospitalCapacity = Int32Array.from(mentorOrder.order, (a) => Math.min(capacity[a]!, N));
  return {
    graph: { residents: N, capacity: hospitalCapacity, edgeHospital, edgeResident, edgeWeight },
    mentorAt: mentorOrder.order,
    hospitalOf: mentorOrder.position,
    menteeAt: menteeOrder.order,
    residentOf: menteeOrder.position,
  };
}

/**
 * How `solveMentorGraph` solves `optimal`: `"auto"` takes the min-cost flow unless two
 * limit groups of one mentor overlap (then the LP, which must be given); `"flow"` requires
 * disjoint groups per mentor; `"lp"` always takes the LP (which must be given).
 */
export type OptimalPath = "auto" | "flow" | "lp";

/** What the solvers need besides the graph. */
export interface MentorSolveOptions {
  readonly solver: "optimal" | "fair" | "stable";
  readonly stableSide: "mentees" | "mentors";
  /** [mentor a, mentee b] side indices. */
  readonly pins: readonly (readonly [number, number])[];
  readonly groups: readonly MentorGroup[];
  /** @defaultValue `"auto"` */
  readonly path?: OptimalPath;
  /** The LP for overlapping limits (the caller's `options.lpSolver`). */
  readonly lpSolver?: MentorLpSolver;
  /** The public function, for the error when overlapping limits come without an LP. @defaultValue `"matchMentors"` */
  readonly caller?: string;
}

/** A matching of mentees to mentors and the algorithm that found it. */
export interface MentorSolution {
  /** assignment[b] = mentor (side index) of mentee b, or -1. */
  readonly assignment: Int32Array;
  readonly algorithm: MentorAlgorithm;
}

/** Solves the program's graph with its solver. */
export function solveMentorGraph(
  scored: TwoSidedCompatibility,
  mentorGraph: MentorGraph,
  options: MentorSolveOptions,
): MentorSolution {
  const { graph, hospitalOf, residentOf } = mentorGraph;
  const pins = options.pins.map(([a, b]) => [hospitalOf[a]!, residentOf[b]!] as const);
  let positions: Int32Array;
  let algorithm: MentorAlgorithm;
  if (options.solver === "stable") {
    const { residentPrefs, hospitalPrefs } = preferenceLists(scored, mentorGraph);
    positions = hospitalsResidents(residentPrefs, hospitalPrefs, graph.capacity, {
      optimal: options.stableSide === "mentees" ? "residents" : "hospitals",
    }).assignment;
    algorithm = "deferred-acceptance";
  } else if (options.solver === "fair") {
    positions = bottleneckBMatching(graph, { pins, scale: WEIGHT_SCALE }).assignment;
    algorithm = "bottleneck";
  } else {
    const path = options.path ?? "auto";
    const overlap = overlapPerMentor(options.groups, graph.residents);
    const groupLimits: GroupLimit[] = options.groups.map((group) => ({
      hospital: hospitalOf[group.mentor]!,
      residents: group.mentees.map((b) => residentOf[b]!),
      max: group.max,
    }));
    if (path === "lp" || (path === "auto" && overlap !== null)) {
      const lpSolver = options.lpSolver;
      if (lpSolver === undefined) throw missingLpSolver(scored, overlap, options.caller ?? "matchMentors");
      positions = lpSolver(graph, { pins, groupLimits, scale: WEIGHT_SCALE }).assignment;
      algorithm = "linear-program";
    } else {
      invariant(
        overlap === null,
        () => "solveMentorGraph: the flow path needs the groups of each mentor to be disjoint",
      );
      positions = maxWeightBMatching(graph, { pins, groupLimits, scale: WEIGHT_SCALE }).assignment;
      algorithm = "min-cost-flow";
    }
  }
  const assignment = new Int32Array(positions.length).fill(-1);
  for (let r = 0; r < positions.length; r++) {
    const h = positions[r]!;
    if (h >= 0) assignment[mentorGraph.menteeAt[r]!] = mentorGraph.mentorAt[h]!;
  }
  return { assignment, algorithm };
}

/**
 * Both sides' preference lists over positions: each mentee's feasible mentors by
 * s(mentee→mentor), each mentor's feasible mentees by s(mentor→mentee), best first,
 * equal scores in position (seeded) order.
 */
function preferenceLists(
  scored: TwoSidedCompatibility,
  mentorGraph: MentorGraph,
): { residentPrefs: PreferenceLists; hospitalPrefs: PreferenceLists } {
  const { graph, mentorAt, menteeAt } = mentorGraph;
  const { mentorScore, menteeScore } = scored;
  const N = menteeAt.length;
  const H = mentorAt.length;
  // Edges grouped by each side, each listed by the agent at its other end.
  const { offsets: rOffsets, entries: rEntries } = groupByKey(N, graph.edgeResident, { values: graph.edgeHospital });
  const { offsets: hOffsets, entries: hEntries } = groupByKey(H, graph.edgeHospital, { values: graph.edgeResident });
  for (let r = 0; r < N; r++) {
    const row = menteeAt[r]!;
    rEntries
      .subarray(rOffsets[r]!, rOffsets[r + 1]!)
      .sort((h1, h2) => menteeScore[mentorAt[h2]! * N + row]! - menteeScore[mentorAt[h1]! * N + row]! || h1 - h2);
  }
  for (let h = 0; h < H; h++) {
    const base = mentorAt[h]! * N;
    hEntries
      .subarray(hOffsets[h]!, hOffsets[h + 1]!)
      .sort((r1, r2) => mentorScore[base + menteeAt[r2]!]! - mentorScore[base + menteeAt[r1]!]! || r1 - r2);
  }
  return {
    residentPrefs: { offsets: rOffsets, entries: rEntries },
    hospitalPrefs: { offsets: hOffsets, entries: hEntries },
  };
}

/** Two groups of one mentor that share a mentee. */
interface GroupOverlap {
  readonly first: MentorGroup;
  readonly second: MentorGroup;
  /** A mentee (side index) in both. */
  readonly mentee: number;
}

/** The first mentee found in two groups of the same mentor, or null when each mentor's groups are disjoint (then the flow can express the limits). */
function overlapPerMentor(groups: readonly MentorGroup[], mentees: number): GroupOverlap | null {
  // Groups mentor by mentor; owner[b] and seenIn[b] are the mentor and the group (sorted
  // index) that last listed mentee b, so a second group of the same mentor listing b overlaps.
  const byMentor = [...groups].sort((x, y) => x.mentor - y.mentor);
  const owner = new Int32Array(mentees).fill(-1);
  const seenIn = new Int32Array(mentees).fill(-1);
  for (let g = 0; g < byMentor.length; g++) {
    const group = byMentor[g]!;
    for (const b of group.mentees) {
      if (owner[b] === group.mentor && seenIn[b] !== g)
        return { first: byMentor[seenIn[b]!]!, second: group, mentee: b };
      owner[b] = group.mentor;
      seenIn[b] = g;
    }
  }
  return null;
}

/** The error for overlapping limits (or the LP path) without `options.lpSolver`. */
function missingLpSolver(scored: TwoSidedCompatibility, overlap: GroupOverlap | null, caller: string): MatchInputError {
  const need = 'pass { lpSolver: maxWeightBMatchingLp }, exported by "peermatch/algorithms/lp"';
  if (overlap === null)
    return inputError(caller, "invalid_value", ["options", "lpSolver"], `the LP path needs options.lpSolver: ${need}`);
  const { first, second, mentee } = overlap;
  const mentor = JSON.stringify(scored.cohort.ids[scored.mentors[first.mentor]!]!);
  const shared = JSON.stringify(scored.cohort.ids[scored.mentees[mentee]!]!);
  return inputError(
    caller,
    "invalid_value",
    ["options", "limits"],
    `options.limits[${first.limit}] and options.limits[${second.limit}] overlap for mentor ${mentor} (mentee ${shared} falls under both), and overlapping limits are solved exactly only by linear programming: ${need}`,
  );
}
