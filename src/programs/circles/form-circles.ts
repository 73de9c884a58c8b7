/**
 * `formCircles`: peer mentoring circles. Scores the cohort as `matchPeers` does (same
 * features, vetoes and pair weights), builds the circle instance (size, shared weekly
 * interval, composition rules) and solves it with `circlePartition`: exact up to 16
 * units, a seeded local search with a proven Lagrangian upper bound above.
 */
import type { ParticipantInput } from "../../model/participant-schema.js";
import { circlePartition } from "../../algorithms/circles/circle-partition.js";
import type { Compatibility } from "../../compatibility/compatibility.js";
import { buildCompatibility } from "../../compatibility/compatibility.js";
import { MatchInputError } from "../../errors/match-input-error.js";
import type { MatchInputIssue } from "../../errors/match-input-error.js";
import type { CircleRules, ParsedCircleRules } from "../../model/circle-options-schema.js";
import { splitCircleOptions } from "../../model/circle-options-schema.js";
import type { MatchOptions } from "../../model/index.js";
import { pairsInGroups } from "../shared/history.js";
import { resultMeta } from "../shared/meta.js";
import { resultWarnings, roundScore } from "../shared/result-helpers.js";
import { hashString } from "../shared/seeded-order.js";
import type { CircleInput } from "./circle-input.js";
import { buildCircleInput } from "./circle-input.js";
import type { CircleResult, CircleStats } from "./circle-result.js";
import { circleScoreOf, describeCircle, describeLeftOut, unmetRules } from "./describe-circle.js";

/**
 * Options of `formCircles`: every `MatchOptions` key (weights, feature options, seed)
 * except the pair solver's, plus the circle rules.
 *
 * @example
 * ```ts
 * const options: CircleOptions = {
 *   size: { min: 4, max: 6 },
 *   noLoneMember: [{ field: "attributes.gender", value: "woman" }],
 *   maxShared: [{ field: "organization", max: 1 }],
 *   solver: "fair",
 * };
 * ```
 */
export type CircleOptions = Omit<MatchOptions, "solver" | "oddHandling"> & CircleRules;

/** A scored cohort with its circle rules and instance. */
export interface CircleSetup {
  readonly compatibility: Compatibility;
  readonly rules: ParsedCircleRules;
  readonly input: CircleInput;
  readonly seed: number;
}

/** Validates participants and options together (every issue in one error) and builds the instance. */
export function setupCircles(
  participants: unknown,
  options: unknown,
  caller: string,
  extraIssues: MatchInputIssue[] = [],
): CircleSetup {
  const { rules, matchOptions, issues } = splitCircleOptions(options, caller);
  let compatibility: Compatibility;
  try {
    compatibility = buildCompatibility(participants, matchOptions, caller);
  } catch (error) {
    if (error instanceof MatchInputError) throw new MatchInputError([...error.issues, ...issues, ...extraIssues]);
    throw error;
  }
  if (issues.length + extraIssues.length > 0) throw new MatchInputError([...issues, ...extraIssues]);
  const input = buildCircleInput(compatibility, rules, caller);
  return { compatibility, rules, input, seed: hashString(compatibility.options.seed) };
}

/**
 * Forms peer mentoring circles: everyone in one circle of `size.min`..`size.max`
 * (default 4–6) whose members may all meet and share a weekly interval, or in
 * `unmatched` with a reason. Places as many people as possible first, then breaks as few
 * composition rules as possible, then maximises Σ size × score (`solver: "optimal"`) or
 * the worst circle's score first (`"fair"`).
 *
 * @param participants - questionnaire answers, validated against `ParticipantSchema`
 * @param options - circle size and rules, plus any `MatchOptions` key but `solver`/`oddHandling`
 * @returns plain JSON: circles with scores, reasons and meeting times, unmatched with reasons, stats with a proven bound
 * @throws {@link MatchInputError} listing every problem, including contradictory rules
 * @example
 * ```ts
 * const result = formCircles(generateCohort(40, { seed: "demo" }), { size: { min: 4, max: 5 } });
 * for (const circle of result.circles) console.log(circle.members.join(", "), circle.score, circle.reasons[0]);
 * console.log(result.stats.objective, result.stats.gap);
 * ```
 */
export function formCircles(participants: readonly ParticipantInput[], options?: CircleOptions): CircleResult {
  const started = performance.now();
  const setup = setupCircles(participants, options, "formCircles");
  const { compatibility, rules, input } = setup;
  const solver = rules.solver ?? "optimal";
  const solved = circlePartition(input.instance, {
    objective: solver === "fair" ? "fair" : "sum",
    seed: setup.seed,
    effort: rules.effort ?? 1,
  });
  const circles = solved.circles.map((people) => [...people]);
  const described = circles.map((members) => describeCircle(compatibility, input, members));
  const unmatched: CircleResult["unmatched"] = [];
  for (let i = 0; i < compatibility.n; i++)
    if (solved.circle[i] === -1) unmatched.push(describeLeftOut(compatibility, input, i));
  const scores = circles.map((members) => circleScoreOf(compatibility, members));
  const objective = solved.objective;
  const upperBound = Math.max(objective, solved.upperBound);
  const stats: CircleStats = {
    solver,
    participants: compatibility.n,
    placed: compatibility.n - solved.unplaced,
    circles: circles.length,
    objective: roundScore(objective),
    meanScore: roundScore(scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s, 0) / scores.length),
    minScore: roundScore(scores.length === 0 ? 0 : Math.min(...scores)),
    upperBound: Math.ceil(upperBound * 10_000) / 10_000,
    gap: roundScore(upperBound > 0 ? (upperBound - objective) / upperBound : 0),
    exact: solved.exact,
    unmetRules: unmetRules(compatibility, input, rules, circles),
  };
  Object.defineProperty(stats, "timeMs", { value: performance.now() - started, enumerable: false });
  return {
    circles: described,
    unmatched,
    stats,
    history: { dissolved: [], formed: pairsInGroups(described.map((circle) => circle.members)) },
    warnings: resultWarnings(compatibility.cohort.warnings),
    meta: resultMeta(compatibility.options),
  };
}
