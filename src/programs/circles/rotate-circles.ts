/**
 * `rotateCircles`: several rounds of circles in which no two people share a circle twice
 * (the social golfer problem), each round under the same size, window and rules as
 * `formCircles`. Repeats are minimised (after placing people and meeting rules) and
 * every one is reported.
 */
import type { ParticipantInput } from "../../model/participant-schema.js";
import { circleRounds } from "../../algorithms/circles/circle-rounds.js";
import { inputIssue } from "../../errors/issues.js";
import type { MatchInputIssue } from "../../errors/match-input-error.js";
import { describeValue } from "../../errors/describe-value.js";
import { pairsInGroups, uniquePairs } from "../shared/history.js";
import { resultWarnings, roundScore } from "../shared/result-helpers.js";
import type { CircleSchedule } from "./circle-result.js";
import { describeCircle, describeLeftOut, unmetRules } from "./describe-circle.js";
import type { CircleOptions } from "./form-circles.js";
import { circleMeta, setupCircles } from "./form-circles.js";

/** Most rounds accepted. */
export const MAX_CIRCLE_ROUNDS = 52;

/**
 * Options of `rotateCircles`: the circle options plus the number of rounds.
 *
 * @example
 * ```ts
 * const options: RotateCirclesOptions = { rounds: 5, size: { min: 4, max: 4 } };
 * ```
 */
export type RotateCirclesOptions = CircleOptions & {
  /** Number of rounds (1–52). */
  rounds: number;
};

/**
 * Schedules `rounds` rounds of circles so that no two people share a circle twice when
 * that is possible, and as few times as possible when not (each repeat is reported).
 * 16 people in circles of 4 over 5 rounds get a schedule without repeats (an affine plane
 * of order 4).
 *
 * @param participants - questionnaire answers, validated against `ParticipantSchema`
 * @param options - `rounds` and the options of `formCircles`
 * @returns plain JSON: per round its circles and unmatched, the repeated pairs, stats
 * @throws {@link MatchInputError} listing every problem in the input
 * @example
 * ```ts
 * const schedule = rotateCircles(generateCohort(16, { seed: "demo" }), { rounds: 5, size: { min: 4, max: 4 } });
 * console.log(schedule.stats.repeatedMeetings); // 0 when no pair meets twice
 * ```
 */
export function rotateCircles(
  participants: readonly ParticipantInput[],
  options: RotateCirclesOptions,
): CircleSchedule {
  const started = performance.now();
  const caller = "rotateCircles";
  const { rounds: rawRounds, ...rest } = (options ?? {}) as Partial<RotateCirclesOptions>;
  const extra: MatchInputIssue[] = [];
  if (typeof rawRounds !== "number" || !Number.isInteger(rawRounds) || rawRounds < 1 || rawRounds > MAX_CIRCLE_ROUNDS) {
    extra.push(
      inputIssue(
        caller,
        "out_of_range",
        ["options", "rounds"],
        `options.rounds must be an integer from 1 to ${MAX_CIRCLE_ROUNDS}, got ${describeValue(rawRounds)}`,
      ),
    );
  }
  const setup = setupCircles(participants, rest, caller, extra);
  const rounds = rawRounds as number;
  const { compatibility, rules, input } = setup;
  const solver = rules.solver ?? "optimal";
  const solved = circleRounds(input.instance, { rounds, seed: setup.seed, effort: rules.effort ?? 1 });
  const { ids } = compatibility;
  const schedule = solved.rounds.map((circles, r) => {
    const lists = circles.map((people) => [...people]);
    const unmatched = [];
    for (let i = 0; i < compatibility.n; i++)
      if (solved.circle[r]![i] === -1) unmatched.push(describeLeftOut(compatibility, input, i));
    return {
      round: r,
      circles: lists.map((members) => describeCircle(compatibility, input, members)),
      unmatched,
      lists,
    };
  });
  const repeats = solved.repeats
    .map(({ pair, rounds: met }) => ({ members: [ids[pair[0]]!, ids[pair[1]]!] as [string, string], rounds: [...met] }))
    .sort((x, y) =>
      x.members[0] < y.members[0] ? -1 : x.members[0] > y.members[0] ? 1 : x.members[1] < y.members[1] ? -1 : 1,
    );
  let firstRepeatRound = rounds;
  for (const { rounds: met } of repeats) firstRepeatRound = Math.min(firstRepeatRound, met[1] ?? rounds);
  const repeatedMeetings = repeats.reduce((sum, { rounds: met }) => sum + met.length - 1, 0);
  const stats: CircleSchedule["stats"] = {
    solver,
    participants: compatibility.n,
    rounds,
    roundsWithoutRepeats: firstRepeatRound,
    repeatedMeetings,
    objective: roundScore(solved.objective),
    unmetRules: schedule.flatMap(({ lists }, r) =>
      unmetRules(compatibility, input, rules, lists).map((rule) => ({ ...rule, round: r })),
    ),
  };
  Object.defineProperty(stats, "timeMs", { value: performance.now() - started, enumerable: false });
  return {
    rounds: schedule.map(({ round, circles, unmatched }) => ({ round, circles, unmatched })),
    repeats,
    stats,
    history: {
      dissolved: uniquePairs(setup.bans),
      formed: uniquePairs(...schedule.map(({ circles }) => pairsInGroups(circles.map((c) => c.members)))),
    },
    warnings: resultWarnings(compatibility.cohort.warnings),
    meta: circleMeta(setup),
  };
}
