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
import type { CircleInstance } from "../../algorithms/circles/circle-instance.js";
import type { CirclePartition } from "../../algorithms/circles/circle-partition.js";
import { IssueList } from "../../errors/issues.js";
import { readHistoryOf } from "../lifecycle/previous.js";
import { withBans } from "../shared/bans.js";
import { pairsInGroups, uniquePairs } from "../shared/history.js";
import { resultMeta } from "../shared/meta.js";
import { resultWarnings, roundScore } from "../shared/result-helpers.js";
import { hashString } from "../shared/seeded-order.js";
import type { CircleInput } from "./circle-input.js";
import { buildCircleInput } from "./circle-input.js";
import type { CircleMeta, CircleResult, CircleStats } from "./circle-result.js";
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
export type CircleOptions = Omit<MatchOptions, "solver" | "oddHandling"> &
  CircleRules & {
    /**
     * An earlier result of the programme (of `formCircles`, `rematchCircles`,
     * `rotateCircles`, `matchPeers`, `rematch` or `rotate`, as returned or stored): the
     * pairs in its `history.dissolved` never share a circle. Only `history` (and `meta`,
     * to check it) is read; the new result's `history.dissolved` carries them on.
     */
    previous?: PreviousHistory;
  };

/**
 * What `previous` needs: a result with a history (any peermatch result of format 1).
 *
 * @example
 * ```ts
 * const next = formCircles(cohort, { previous: { history: { dissolved: [["ana", "bea"]], formed: [] } } });
 * ```
 */
export interface PreviousHistory {
  readonly history?: {
    readonly dissolved: readonly (readonly [string, string])[];
    readonly formed: readonly (readonly [string, string])[];
  };
  readonly meta?: unknown;
}

/** A scored cohort with its circle rules and instance. */
export interface CircleSetup {
  readonly compatibility: Compatibility;
  readonly rules: ParsedCircleRules;
  readonly input: CircleInput;
  readonly seed: number;
  /** Pairs that may never share a circle (from `options.previous`), as given to the scorer. */
  readonly bans: readonly [string, string][];
}

/** Validates participants and options together (every issue in one error) and builds the instance. */
export function setupCircles(
  participants: unknown,
  options: unknown,
  caller: string,
  extraIssues: MatchInputIssue[] = [],
): CircleSetup {
  const { previous, rest } = takePrevious(options);
  const { rules, matchOptions, issues } = splitCircleOptions(rest, caller);
  const bans: [string, string][] = [];
  if (previous !== undefined) {
    const read = new IssueList(caller);
    const history = readHistoryOf(previous, read, ["options", "previous"]);
    issues.push(...read.issues);
    if (history !== undefined) bans.push(...history.dissolved);
  }
  let compatibility: Compatibility;
  try {
    compatibility = buildCompatibility(withBans(participants, bans), matchOptions, caller);
  } catch (error) {
    if (error instanceof MatchInputError) throw new MatchInputError([...error.issues, ...issues, ...extraIssues]);
    throw error;
  }
  if (issues.length + extraIssues.length > 0) throw new MatchInputError([...issues, ...extraIssues]);
  const input = buildCircleInput(compatibility, rules, caller);
  return { compatibility, rules, input, seed: hashString(compatibility.options.seed), bans };
}

/** `options.previous` taken out of the options (the rest goes to the option schemas). */
function takePrevious(options: unknown): { previous: unknown; rest: unknown } {
  if (options === null || typeof options !== "object" || Array.isArray(options) || !Object.hasOwn(options, "previous"))
    return { previous: undefined, rest: options };
  const { previous, ...rest } = options as Record<string, unknown>;
  return { previous, rest };
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
  const solved = solveCircles(setup, setup.input.instance);
  return circleResultOf(setup, solved, setup.bans, [], started);
}

/** `circlePartition` on `instance` under the setup's solver, seed and effort. */
export function solveCircles(setup: CircleSetup, instance: CircleInstance): CirclePartition {
  return circlePartition(instance, {
    objective: setup.rules.solver === "fair" ? "fair" : "sum",
    seed: setup.seed,
    effort: setup.rules.effort ?? 1,
  });
}

/**
 * The plain-JSON result of a solved setup: circles described, people left out with why,
 * stats with the bound, the history (`dissolved` as given; `formed` = `formedBefore` and the
 * pairs of these circles) and meta.
 */
export function circleResultOf(
  setup: CircleSetup,
  solved: CirclePartition,
  dissolved: readonly (readonly [string, string])[],
  formedBefore: readonly (readonly [string, string])[],
  started: number,
): CircleResult {
  const { compatibility, rules, input } = setup;
  const solver = rules.solver ?? "optimal";
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
    history: {
      dissolved: uniquePairs(dissolved),
      formed: uniquePairs(formedBefore, pairsInGroups(described.map((circle) => circle.members))),
    },
    warnings: resultWarnings(compatibility.cohort.warnings),
    meta: circleMeta(setup),
  };
}

/** The meta block of a circle result: the match options as `resultMeta` records them, and the circle rules. */
export function circleMeta(setup: CircleSetup): CircleMeta {
  const { rules, input } = setup;
  const circleOptions: CircleMeta["circleOptions"] = {
    ...(JSON.parse(JSON.stringify(rules)) as CircleMeta["circleOptions"]),
    solver: rules.solver ?? "optimal",
    size: { min: input.minSize, max: input.maxSize },
  };
  return { ...resultMeta(setup.compatibility.options), circleOptions };
}
