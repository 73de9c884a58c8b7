/**
 * The plain-JSON result of `matchMentors` and how it is built from a solution:
 * assignments with scores, breakdowns and reasons, everyone unmatched (mentees and
 * mentors) with a readable reason, stats and meta.
 */
import type { MatchWarning } from "../../model/referenced-ids.js";
import type { TwoSidedCompatibility } from "../../compatibility/two-sided.js";
import type { MatchMeta } from "../shared/meta.js";
import { resultMeta } from "../shared/meta.js";
import type { MentorAlgorithm } from "./solvers.js";
import {
  reasonsOf,
  resultWarnings,
  roundScore,
  setOwn,
  summariseVetoes,
  unknownFeatures,
} from "../shared/result-helpers.js";

/**
 * A mentee in an assignment, with the pair's score and explanation.
 *
 * @example
 * ```ts
 * const { id, score, reasons }: MentorMentee = result.assignments[0]!.mentees[0]!;
 * ```
 */
export interface MentorMentee {
  id: string;
  /** Pair weight w(mentor, mentee) in [0, 1], as the solvers used it (see docs/mentors.md). */
  score: number;
  /** The two directional scores: s(mentor→mentee) and s(mentee→mentor). */
  scores: { mentor: number; mentee: number };
  /** Per-feature score of the pair (complementarity: how much of the mentee's growth areas the mentor covers). */
  breakdown: Record<string, number>;
  /** Features that count (weight above 0) which either of the two left unanswered (reports show "not answered"). */
  unknown: string[];
  /** Why they were matched, most important first. */
  reasons: string[];
}

/**
 * A mentor with at least one mentee. Mentors without mentees are in `unmatched`.
 *
 * @example
 * ```ts
 * for (const { mentor, mentees } of result.assignments) console.log(mentor, mentees.map((m) => m.id));
 * ```
 */
export interface MentorAssignment {
  mentor: string;
  /** The mentor's capacity (places), never below `mentees.length`. */
  capacity: number;
  /** Best score first, then by id. */
  mentees: MentorMentee[];
}

/**
 * Why a mentor or a mentee is not matched:
 * `"no-feasible-partner"`: a hard constraint rules out everyone on the other side who
 * has a place (for a mentee: mentors with capacity 0 count as unable);
 * `"partners-taken"`: compatible people exist, but the solver's matching gives them to
 * others; `"not-taking-mentees"`: a mentor with capacity 0.
 *
 * @example
 * ```ts
 * const reason: MentorUnmatchedReason = "partners-taken";
 * ```
 */
export type MentorUnmatchedReason = "no-feasible-partner" | "partners-taken" | "not-taking-mentees";

/**
 * Someone without a match, with the reason and a sentence for the coordinator.
 *
 * @example
 * ```ts
 * const left = result.unmatched.filter((entry) => entry.side === "mentee");
 * ```
 */
export interface MentorUnmatched {
  id: string;
  side: "mentor" | "mentee";
  reason: MentorUnmatchedReason;
  detail: string;
}

/**
 * Headline numbers of a mentor match.
 *
 * @example
 * ```ts
 * const { matchedMentees, mentees, stable, blockingPairs }: MentorMatchStats = result.stats;
 * ```
 */
export interface MentorMatchStats {
  solver: "optimal" | "fair" | "stable";
  /** The algorithm that solved it (`optimal` uses the LP only when `limits` are set). */
  algorithm: MentorAlgorithm;
  mentors: number;
  mentees: number;
  /** Total capacity of the mentors. */
  places: number;
  matchedMentees: number;
  /** Mentors with at least one mentee. */
  matchedMentors: number;
  /** Sum of the matched pairs' scores. */
  totalScore: number;
  /** Mean matched pair score (0 when nobody is matched). */
  meanScore: number;
  /** Smallest matched pair score (0 when nobody is matched). */
  minScore: number;
  /** For `solver: "stable"`: true (a stable matching always exists here); null for the other solvers. */
  stable: boolean | null;
  /** For `solver: "stable"`: the side the stable matching is optimal for. */
  stableSide?: "mentees" | "mentors";
  /** Number of blocking pairs of the result, for every solver (see docs/mentors.md). */
  blockingPairs: number;
  /** Milliseconds end to end, scoring, and solving. Not serialised (non-enumerable). */
  readonly timeMs?: number;
  readonly scoringMs?: number;
  readonly solvingMs?: number;
}

/**
 * The result of `matchMentors`: plain JSON, the same for the same input and seed
 * whatever the input order. Every mentor and mentee appears exactly once: a mentor in
 * `assignments` (with at least one mentee) or in `unmatched`; a mentee in one
 * assignment or in `unmatched`.
 *
 * @example
 * ```ts
 * const result: MentorMatchResult = matchMentors(mentors, mentees);
 * JSON.stringify(result); // safe: no classes, Maps or typed arrays
 * ```
 */
export interface MentorMatchResult {
  /** Mentors with their mentees, by mentor id. */
  assignments: MentorAssignment[];
  /** Mentees first, then mentors, each by id. */
  unmatched: MentorUnmatched[];
  /** Blocking pairs `[mentor, mentee]` of the result (their count is `stats.blockingPairs`). */
  blockingPairs: [string, string][];
  /** Ids in `exclude` or `pastPartners` naming nobody in either list (see `unknownIds`). */
  warnings: MatchWarning[];
  stats: MentorMatchStats;
  meta: MatchMeta;
}

/** Everything the result is built from. */
export interface MentorResultInput {
  readonly scored: TwoSidedCompatibility;
  readonly capacity: Int32Array;
  readonly solver: "optimal" | "fair" | "stable";
  readonly stableSide: "mentees" | "mentors";
  readonly algorithm: MentorAlgorithm;
  /** assignment[b] = mentor of mentee b, or -1. */
  readonly assignment: Int32Array;
  readonly blockingPairs: readonly (readonly [number, number])[];
  readonly limited: boolean;
  /** `performance.now()` at the start, and the milliseconds spent scoring and solving. */
  readonly timing: { readonly started: number; readonly scoringMs: number; readonly solvingMs: number };
}

/** Builds the plain-JSON result. */
export function buildMentorResult(input: MentorResultInput): MentorMatchResult {
  const { scored, capacity, assignment, solver } = input;
  const { cohort, mentors, mentees, weight } = scored;
  const M = mentors.length;
  const N = mentees.length;
  const mentorId = (a: number): string => cohort.ids[mentors[a]!]!;
  const menteeId = (b: number): string => cohort.ids[mentees[b]!]!;

  const byMentor: number[][] = Array.from({ length: M }, () => []);
  for (let b = 0; b < N; b++) if (assignment[b]! >= 0) byMentor[assignment[b]!]!.push(b);
  const assignments: MentorAssignment[] = [];
  const scores: number[] = [];
  byMentor.forEach((list, a) => {
    if (list.length === 0) return;
    const described = list.map((b) => describePair(scored, a, b));
    described.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    for (const b of list) scores.push(weight[a * N + b]!);
    assignments.push({ mentor: mentorId(a), capacity: capacity[a]!, mentees: described });
  });

  const unmatched: MentorUnmatched[] = [];
  for (let b = 0; b < N; b++) if (assignment[b] === -1) unmatched.push(describeUnmatchedMentee(input, b));
  byMentor.forEach((list, a) => {
    if (list.length === 0) unmatched.push(describeUnmatchedMentor(input, a));
  });

  const total = scores.reduce((sum, w) => sum + w, 0);
  const stats: MentorMatchStats = {
    solver,
    algorithm: input.algorithm,
    mentors: M,
    mentees: N,
    places: capacity.reduce((sum, c) => sum + c, 0),
    matchedMentees: scores.length,
    matchedMentors: assignments.length,
    totalScore: roundScore(total),
    meanScore: roundScore(scores.length > 0 ? total / scores.length : 0),
    minScore: roundScore(scores.length > 0 ? scores.reduce((low, w) => Math.min(low, w)) : 0),
    stable: solver === "stable" ? input.blockingPairs.length === 0 : null,
    ...(solver === "stable" ? { stableSide: input.stableSide } : {}),
    blockingPairs: input.blockingPairs.length,
  };
  const { options } = scored;
  const result: MentorMatchResult = {
    assignments,
    unmatched,
    blockingPairs: input.blockingPairs.map(([a, b]) => [mentorId(a), menteeId(b)]),
    warnings: resultWarnings(cohort.warnings),
    stats,
    meta: resultMeta(options),
  };
  const { started, scoringMs, solvingMs } = input.timing;
  Object.defineProperties(stats, {
    timeMs: { value: performance.now() - started, enumerable: false },
    scoringMs: { value: scoringMs, enumerable: false },
    solvingMs: { value: solvingMs, enumerable: false },
  });
  return result;
}

function describePair(scored: TwoSidedCompatibility, a: number, b: number): MentorMentee {
  const N = scored.mentees.length;
  const explanation = scored.explain(a, b);
  const breakdown: Record<string, number> = {};
  for (const name of scored.cohort.features)
    setOwn(breakdown, name, roundScore(explanation.features[name]?.score ?? 0));
  return {
    id: scored.cohort.ids[scored.mentees[b]!]!,
    score: roundScore(scored.weight[a * N + b]!),
    scores: { mentor: roundScore(scored.mentorScore[a * N + b]!), mentee: roundScore(scored.menteeScore[a * N + b]!) },
    breakdown,
    unknown: unknownFeatures(explanation),
    reasons: reasonsOf(explanation).slice(0, 4),
  };
}

function nameOf(scored: TwoSidedCompatibility, cohortIndex: number): string {
  const participant = scored.cohort.participants[cohortIndex]!;
  return participant.name ?? participant.id;
}

/** Up to five names, then how many more. */
function nameList(names: readonly string[]): string {
  const shown = names.slice(0, 5).join(", ");
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

function solverPhrase(input: MentorResultInput): string {
  const limits = input.limited ? " within the limits" : "";
  switch (input.solver) {
    case "optimal":
      return `their places go to other mentees in the matching that places the most mentees${limits}, with the highest total score`;
    case "fair":
      return "their places go to other mentees in the fairest matching that places the most mentees";
    case "stable":
      return "each of them is full with mentees they rank higher, so a stable matching has no place for this mentee";
  }
}

function describeUnmatchedMentee(input: MentorResultInput, b: number): MentorUnmatched {
  const { scored, capacity } = input;
  const { mentors, mentees, weight } = scored;
  const N = mentees.length;
  const who = nameOf(scored, mentees[b]!);
  const id = scored.cohort.ids[mentees[b]!]!;
  const open: string[] = [];
  const closed: string[] = [];
  for (let a = 0; a < mentors.length; a++) {
    const w = weight[a * N + b]!;
    if (!Number.isNaN(w)) (capacity[a]! > 0 ? open : closed).push(nameOf(scored, mentors[a]!));
  }
  if (open.length > 0) {
    return {
      id,
      side: "mentee",
      reason: "partners-taken",
      detail: `${who} could be matched with ${nameList(open)}, but ${solverPhrase(input)}.`,
    };
  }
  // Explanations only for the vetoed pairs of someone nobody can take (the slow part, so only when needed).
  const vetoLists: { feature: string; reason: string }[][] = [];
  for (let a = 0; a < mentors.length; a++)
    if (Number.isNaN(weight[a * N + b])) vetoLists.push(scored.explain(a, b).vetoes);
  const parts: string[] = [];
  if (mentors.length === 0) parts.push("there are no mentors");
  if (closed.length > 0)
    parts.push(`${nameList(closed)} could, but ${closed.length === 1 ? "is" : "are"} not taking mentees this cycle`);
  if (vetoLists.length > 0) parts.push(summariseVetoes(vetoLists));
  return {
    id,
    side: "mentee",
    reason: "no-feasible-partner",
    detail: `No mentor can take ${who}: ${parts.join("; ")}.`,
  };
}

function describeUnmatchedMentor(input: MentorResultInput, a: number): MentorUnmatched {
  const { scored, capacity } = input;
  const { mentors, mentees, weight } = scored;
  const N = mentees.length;
  const who = nameOf(scored, mentors[a]!);
  const id = scored.cohort.ids[mentors[a]!]!;
  if (capacity[a] === 0) {
    return {
      id,
      side: "mentor",
      reason: "not-taking-mentees",
      detail: `${who} has capacity 0: not taking mentees this cycle.`,
    };
  }
  const feasible: string[] = [];
  for (let b = 0; b < N; b++) if (!Number.isNaN(weight[a * N + b])) feasible.push(nameOf(scored, mentees[b]!));
  if (feasible.length > 0) {
    return {
      id,
      side: "mentor",
      reason: "partners-taken",
      detail: `${who} could mentor ${nameList(feasible)}, but the ${input.solver} matching gives ${feasible.length === 1 ? "this mentee" : "each of them"} another mentor.`,
    };
  }
  const vetoLists: { feature: string; reason: string }[][] = [];
  for (let b = 0; b < N; b++) vetoLists.push(scored.explain(a, b).vetoes);
  const summary = N === 0 ? "there are no mentees" : summariseVetoes(vetoLists);
  return {
    id,
    side: "mentor",
    reason: "no-feasible-partner",
    detail: `No mentee can be matched with ${who}: ${summary}.`,
  };
}
