/**
 * What {@link simulateProgramme} returns: plain JSON, one run per policy, each with its
 * months and a summary.
 */
import type { Solver } from "../../model/types.js";
import type { KeepPolicy } from "../../programs/lifecycle/rematch-types.js";

/**
 * A policy as it was run, every default filled in.
 *
 * @example
 * ```ts
 * const policy: ResolvedProgrammePolicy = { name: "optimal", solver: "optimal", keep: "fewest-broken", weights: "default", rotateEvery: null };
 * ```
 */
export interface ResolvedProgrammePolicy {
  name: string;
  solver: Solver;
  keep: KeepPolicy;
  /** `"default"`, `"learned"`, or the fixed weights given. */
  weights: "default" | "learned" | Record<string, number>;
  /** Months between rotations (everyone gets a new partner), or null for none. */
  rotateEvery: number | null;
}

/**
 * One group in one month of a simulated programme.
 *
 * @example
 * ```ts
 * const group: ProgrammeGroup = { members: ["p001", "p007"], quality: 0.71, ratings: { p001: 4, p007: 3 }, since: 2 };
 * ```
 */
export interface ProgrammeGroup {
  /** Member ids, sorted. */
  members: string[];
  /** The true (hidden) quality: the pair's quality, or a trio's mean pair quality (4 decimals). */
  quality: number;
  /** Each member's rating of this month's meeting, 1–5. */
  ratings: Record<string, number>;
  /** The month the group was formed. */
  since: number;
}

/**
 * One month of one policy's run: who met whom, how it went, and what changed after.
 *
 * @example
 * ```ts
 * const month: ProgrammeMonth = run.months[0]!;
 * console.log(month.active === month.matched + month.unmatched.length); // true
 * ```
 */
export interface ProgrammeMonth {
  /** 1 for the first month. */
  month: number;
  /** The meeting date: the reference date plus (month − 1) months. */
  date: string;
  /** People in the programme this month. */
  active: number;
  /** People in a group this month. */
  matched: number;
  /** This month's groups, sorted by members. */
  groups: ProgrammeGroup[];
  /** Active people without a group this month, sorted. */
  unmatched: string[];
  /** Mean true quality of this month's groups; null without groups. */
  meanQuality: number | null;
  /** Groups that did not exist in the month before (every group in month 1). */
  formed: number;
  /** Pairs that are together again after a month or more apart. */
  repeatedPairs: number;
  /** People who joined at the start of this month (month 1: nobody; the first cohort is not "joining"). */
  joined: string[];
  /** People who left after this month's meeting. */
  left: string[];
  /** Pairs dissolved after this month's meetings by the re-match rule; never paired again. */
  dissolved: [string, string][];
  /** People moved by the re-match that made this month's groups although nobody asked (`RematchResult.churn`). */
  churn: number;
  /** True when this month's groups come from a rotation. */
  rotated: boolean;
  /** The weights this month's groups were matched with (the re-matched ones, under a keep policy that keeps others). */
  weights: Record<string, number>;
}

/**
 * The summary of one policy's run. Person-months count each active person once a month.
 *
 * @example
 * ```ts
 * const { meanQuality, everAlone, churn, repeatedPairs, monthsToGoodPair } = run.summary;
 * ```
 */
export interface ProgrammeSummary {
  /** Mean true quality over all meetings (group-months); null when no group ever met. */
  meanQuality: number | null;
  /** Mean true quality of the last month's groups; null without groups. */
  finalQuality: number | null;
  /** Active person-months. */
  personMonths: number;
  /** Person-months spent without a group (personMonths = matched person-months + this). */
  aloneMonths: number;
  /** People left without a group in at least one month they were in the programme. */
  everAlone: number;
  /** Σ churn over the months: people moved although nobody asked. */
  churn: number;
  /** Pairs dissolved after bad meetings. */
  dissolved: number;
  /** Groups formed, month 1 included. */
  formed: number;
  /** Pairs together again after a month or more apart. */
  repeatedPairs: number;
  /**
   * Months from a person's first month to their first month in a group of true quality
   * at least `goodQuality` (1 = their first month; for a trio member, the mean quality
   * of their two pairs). `reached + never` is everyone who was ever in the programme.
   */
  monthsToGoodPair: { mean: number | null; median: number | null; reached: number; never: number };
}

/**
 * One policy's run.
 *
 * @example
 * ```ts
 * for (const run of simulation.policies) console.log(run.name, run.summary.meanQuality);
 * ```
 */
export interface ProgrammeRun {
  name: string;
  policy: ResolvedProgrammePolicy;
  summary: ProgrammeSummary;
  months: ProgrammeMonth[];
}

/**
 * The result of {@link simulateProgramme}: the same people, joiners, leavers and rating
 * noise under every policy, so the runs differ only by policy.
 *
 * @example
 * ```ts
 * const simulation: ProgrammeSimulation = simulateProgramme(people, { trueWeights: { goals: 1 } });
 * console.log(simulation.joiners.length, simulation.leavers.length);
 * ```
 */
export interface ProgrammeSimulation {
  months: number;
  seed: string;
  /** Everyone who takes part at some point. */
  participants: number;
  /** People in the programme in month 1. */
  initial: number;
  /** People held back who join later, and the month they join (sorted by month, then id). */
  joiners: { id: string; month: number }[];
  /** People who leave, and the month after whose meeting they leave (sorted by month, then id). */
  leavers: { id: string; month: number }[];
  /** One run per policy, in the order given. */
  policies: ProgrammeRun[];
}
