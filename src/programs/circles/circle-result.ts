/**
 * The plain-JSON results of `formCircles` and `rotateCircles`.
 */
import type { MatchWarning } from "../../model/referenced-ids.js";
import type { CircleRules } from "../../model/circle-options-schema.js";
import type { MatchMeta } from "../shared/meta.js";

/**
 * The meta block of a circle result: that of every result (seed, reference date, version,
 * the match options, format), plus the circle options as used (size and solver filled
 * in), which `rematchCircles` carries over.
 *
 * @example
 * ```ts
 * const { size, solver } = result.meta.circleOptions;
 * ```
 */
export interface CircleMeta extends MatchMeta {
  circleOptions: CircleRules & { solver: "optimal" | "fair"; size: { min: number; max: number } };
}

/** A weekly meeting time: `day` and `start`..`end` on a 24-hour clock (`end` ≤ `start` crosses midnight). */
export interface CircleMeetingTime {
  day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
  start: string;
  end: string;
  timezone: string;
}

/**
 * When a circle can meet: the longest weekly interval every member with availability
 * shares (at most 12 hours shown), in UTC and in each such member's own zone.
 *
 * @example
 * ```ts
 * const meeting: CircleMeeting = {
 *   day: "thu", start: "17:00", end: "18:00", timezone: "UTC",
 *   local: { ana: { day: "thu", start: "18:00", end: "19:00", timezone: "Europe/Amsterdam" } },
 * };
 * ```
 */
export interface CircleMeeting extends CircleMeetingTime {
  timezone: "UTC";
  /** Per member who gave availability, the same interval on her own clock. */
  local: Record<string, CircleMeetingTime>;
}

/**
 * One circle.
 *
 * @example
 * ```ts
 * const circle: Circle = result.circles[0]!;
 * console.log(circle.members.join(", "), circle.score, circle.reasons[0]);
 * ```
 */
export interface Circle {
  /** Member ids, in id order. */
  members: string[];
  /** The mean pair weight w(i, j) over the circle's pairs. */
  score: number;
  /** Per member, her mean pair weight to the others. */
  scores: Record<string, number>;
  /** Per feature, the mean feature score over the circle's pairs. */
  breakdown: Record<string, number>;
  reasons: string[];
  /** `null` when no member gave availability. */
  meeting: CircleMeeting | null;
}

/** Why someone is in no circle. */
export type CircleUnmatchedReason = "no-feasible-circle" | "left-over";

/**
 * A participant in no circle, with the reason.
 *
 * @example
 * ```ts
 * for (const { id, detail } of result.unmatched) console.log(id, detail);
 * ```
 */
export interface CircleUnmatched {
  id: string;
  reason: CircleUnmatchedReason;
  detail: string;
}

/**
 * A composition rule the result does not meet, and the circles it concerns (indices
 * into `circles`; for a rotation, into the round's circles).
 *
 * @example
 * ```ts
 * for (const rule of result.stats.unmetRules) console.log(rule.rule, rule.detail, rule.circles);
 * ```
 */
export interface UnmetCircleRule {
  rule: "together" | "noLoneMember" | "maxShared" | "facilitators";
  /** Index of the rule in its option list (0 for `facilitators`). */
  index: number;
  detail: string;
  circles: number[];
  /** For a rotation: the round (0-based). */
  round?: number;
}

/**
 * Statistics of a circle result.
 *
 * @example
 * ```ts
 * const { objective, upperBound, gap } = result.stats;
 * ```
 */
export interface CircleStats {
  solver: "optimal" | "fair";
  participants: number;
  /** People in circles. */
  placed: number;
  circles: number;
  /** Σ over circles of size × score. */
  objective: number;
  /** Mean circle score (0 without circles). */
  meanScore: number;
  /** Smallest circle score (0 without circles). */
  minScore: number;
  /**
   * A proven upper bound on the objective of any grouping that places as many people and
   * meets as many rules (equal to `objective` when `exact`).
   */
  upperBound: number;
  /** (upperBound − objective) / upperBound (0 when the bound is 0). */
  gap: number;
  /** True when the answer is proven optimal (exact search up to 16 groups of people who must sit together). */
  exact: boolean;
  unmetRules: UnmetCircleRule[];
  /** Wall time in milliseconds (not enumerable, so results of equal runs compare equal). */
  readonly timeMs?: number;
}

/**
 * The result of `formCircles`: plain JSON.
 *
 * @example
 * ```ts
 * const result: CircleResult = formCircles(participants, { size: { min: 4, max: 6 } });
 * ```
 */
export interface CircleResult {
  circles: Circle[];
  unmatched: CircleUnmatched[];
  stats: CircleStats;
  /** The pairs that share a circle (for a later programme to remember). */
  history: { dissolved: [string, string][]; formed: [string, string][] };
  /** Ids outside the cohort that `exclude` or `pastPartners` name (see `unknownIds`). */
  warnings: MatchWarning[];
  meta: CircleMeta;
}

/**
 * A pair that shares a circle in more than one round.
 *
 * @example
 * ```ts
 * for (const { members, rounds } of schedule.repeats) console.log(members.join(" & "), rounds);
 * ```
 */
export interface CircleRepeat {
  members: [string, string];
  /** Rounds (0-based) in which they share a circle. */
  rounds: number[];
}

/**
 * The result of `rotateCircles`: plain JSON.
 *
 * @example
 * ```ts
 * const schedule: CircleSchedule = rotateCircles(participants, { rounds: 5, size: { min: 4, max: 4 } });
 * schedule.rounds[0]!.circles.length;
 * ```
 */
export interface CircleSchedule {
  rounds: { round: number; circles: Circle[]; unmatched: CircleUnmatched[] }[];
  repeats: CircleRepeat[];
  stats: {
    solver: "optimal" | "fair";
    participants: number;
    rounds: number;
    /** Rounds from the first with no pair meeting twice (the schedule's zero-repeat prefix). */
    roundsWithoutRepeats: number;
    /** Extra meetings of pairs summed over the schedule (0 for a perfect rotation). */
    repeatedMeetings: number;
    /** Σ over rounds of the objective. */
    objective: number;
    unmetRules: UnmetCircleRule[];
    readonly timeMs?: number;
  };
  history: { dissolved: [string, string][]; formed: [string, string][] };
  /** Ids outside the cohort that `exclude` or `pastPartners` name (see `unknownIds`). */
  warnings: MatchWarning[];
  meta: CircleMeta;
}
