/**
 * One policy's run of a simulated programme, month by month:
 *
 * 1. Month 1: `matchPeers` on the first cohort. Later months: `rematch` of the previous
 *    month's result with the change since (pairs dissolved after bad meetings, leavers,
 *    joiners) under the policy's keep policy; in a rotation month, `rotate` one round on
 *    from it instead (after a `rematch` that records the dissolved pairs, when there are
 *    any). The lifecycle carries the history, so a dissolved pair is never re-formed.
 * 2. Every group meets once; each member rates the meeting from the group's hidden
 *    quality (their own pair's, or the mean of their two pairs in a trio) plus noise.
 * 3. `proposeDissolutions` applies the re-match rule to each group's meetings so far;
 *    the pairs it proposes are dissolved before the next month (not after the last).
 * 4. Under learned weights, from month `learnFrom` on, `fitWeights` is fitted on every
 *    rating so far, and the next (re-)match uses the fitted weights.
 *
 * Complexity: per month one lifecycle call and one scoring of the new pairs; a learned
 * policy adds one fit on all ratings so far.
 * References: none.
 */
import type { ParticipantInput } from "../../model/participant-schema.js";
import { seededStream } from "../../internal/seeded-stream.js";
import { invariant } from "../../internal/debug.js";
import type { NormalisedCohort } from "../../model/cohort.js";
import { DEFAULT_WEIGHTS, isBuiltinFeature } from "../../model/features.js";
import type { FeedbackRule, MeetingFeedback } from "../../model/index.js";
import type { Outcome } from "../../model/outcome-schema.js";
import type { FitWeightsOptions } from "../../model/research-options-schema.js";
import { roundDate } from "../../programs/lifecycle/calendar.js";
import { proposeDissolutions } from "../../programs/lifecycle/feedback.js";
import { rematch } from "../../programs/lifecycle/rematch.js";
import { rotate } from "../../programs/lifecycle/rotate.js";
import { matchPeers } from "../../programs/peers/match-peers.js";
import type { MatchResult } from "../../programs/peers/match-result.js";
import { roundScore, setOwn } from "../../programs/shared/result-helpers.js";
import { fitWeights } from "../fit/fit-weights.js";
import { type HiddenWeights, hiddenQuality, noisyQuality, ratingOf } from "../hidden-quality.js";
import { pairFeatures } from "../pair-features.js";
import { isActive, type ProgrammeEvents } from "./programme-events.js";
import { summarise } from "./programme-summary.js";
import type { ProgrammeGroup, ProgrammeMonth, ProgrammeRun, ResolvedProgrammePolicy } from "./programme-types.js";

const CALLER = "simulateProgramme";

/** What every policy's run shares: the cohort, the events and the settings. */
export interface ProgrammeSetting {
  /** Everyone, scored under the scoring options (ids sorted). */
  readonly cohort: NormalisedCohort;
  /** The caller's participant objects, index-aligned with `cohort.ids`. */
  readonly profiles: readonly ParticipantInput[];
  readonly events: ProgrammeEvents;
  readonly months: number;
  readonly seed: string;
  readonly noise: number;
  readonly rule: FeedbackRule;
  readonly goodQuality: number;
  readonly learnFrom: number;
  readonly hidden: HiddenWeights;
  /** The caller's scoring options (custom features with their functions, the seed). */
  readonly scoring: Readonly<Record<string, unknown>>;
  readonly oddHandling: "trio" | "unmatched";
  /** Hidden quality per pair, filled as pairs are met; shared by the policies. */
  readonly quality: Map<number, number>;
}

/** The lifecycle result a month's groups come from, and the churn it reports. */
interface MonthMatch {
  readonly result: MatchResult;
  readonly churn: number;
}

/** Runs `policy` over the programme. */
export function runPolicy(setting: ProgrammeSetting, policy: ResolvedProgrammePolicy): ProgrammeRun {
  const { cohort, events, months } = setting;
  const n = cohort.n;
  const ids = cohort.ids;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  let weights = weightsInEffect(cohort, typeof policy.weights === "object" ? policy.weights : {});
  let previous: MatchResult | undefined;
  let pendingDissolve: [string, string][] = [];
  let pendingLeave: string[] = [];
  const memory: GroupMemory = {
    meetings: new Map(),
    since: new Map(),
    lastTogether: new Map(),
    goodMonth: new Int32Array(n).fill(-1),
    outcomes: [],
  };
  const everAlone = new Uint8Array(n);
  const records: ProgrammeMonth[] = [];
  let qualitySum = 0;
  let groupMonths = 0;

  for (let m = 1; m <= months; m++) {
    const active: number[] = [];
    for (let i = 0; i < n; i++) if (isActive(events, i, m)) active.push(i);
    const joined = m > 1 ? active.filter((i) => events.startMonth[i] === m).map((i) => ids[i]!) : [];
    if (policy.weights === "learned" && m >= setting.learnFrom)
      weights = learnedWeights(setting, memory.outcomes, weights);
    const options = matchOptions(setting, policy, weights);
    const people = active.map((i) => setting.profiles[i]!);
    const rotated =
      policy.rotateEvery !== null && previous !== undefined && active.length > 0 && (m - 1) % policy.rotateEvery === 0;

    let match: MonthMatch | undefined;
    if (active.length > 0) {
      const change = { dissolve: pendingDissolve, leave: pendingLeave, join: joined };
      match =
        previous === undefined
          ? { result: matchPeers(people, options), churn: 0 }
          : rotated
            ? rotateOn(previous, change, people, options)
            : rematchOn(previous, change, people, options, policy);
    }
    // After a month without anyone, everyone of the earlier result has left: start afresh.
    previous = match?.result;

    const groups = (match?.result.pairs ?? []).map((pair) =>
      pair.members.map((id) => indexOf.get(id)!).sort((a, b) => a - b),
    );
    groups.sort((x, y) => x[0]! - y[0]!);
    scoreNewPairs(setting, groups);
    const date = roundDate(cohort.options.availability.referenceDate, "monthly", m - 1);
    const met = meet(setting, memory, groups, m, date);
    const unmatchedSet = new Set(match?.result.unmatched.map((entry) => indexOf.get(entry.id)!) ?? []);
    const unmatched = active.filter((i) => unmatchedSet.has(i));
    for (const i of unmatched) everAlone[i] = 1;
    const matched = groups.reduce((sum, group) => sum + group.length, 0);
    invariant(
      matched + unmatched.length === active.length && unmatchedSet.size === unmatched.length,
      () =>
        `${CALLER}: month ${m} has ${active.length} active people, ${matched} matched, ${unmatched.length} unmatched`,
    );

    const leaving = active.filter((i) => events.leaveAfter[i] === m);
    const leavingSet = new Set(leaving);
    const proposed =
      m < months && groups.length > 0
        ? proposeDissolutions([...memory.meetings.values()].flat(), setting.rule).dissolve
        : [];
    pendingDissolve = proposed.filter(([a, b]) => !leavingSet.has(indexOf.get(a)!) && !leavingSet.has(indexOf.get(b)!));
    pendingLeave = leaving.map((i) => ids[i]!);

    const qualities = groups.map((group) => groupQuality(setting, group));
    for (const quality of qualities) qualitySum += quality;
    groupMonths += qualities.length;
    records.push({
      month: m,
      date,
      active: active.length,
      matched,
      groups: met.entries,
      unmatched: unmatched.map((i) => ids[i]!),
      meanQuality: qualities.length > 0 ? roundScore(mean(qualities)) : null,
      formed: met.formed,
      repeatedPairs: met.repeatedPairs,
      joined,
      left: [...pendingLeave],
      dissolved: pendingDissolve.map((pair) => [pair[0], pair[1]]),
      churn: match?.churn ?? 0,
      rotated,
      weights: { ...weights },
    });
  }
  const { goodMonth } = memory;
  const summary = summarise(records, { qualitySum, groupMonths, startMonth: events.startMonth, goodMonth, everAlone });
  return { name: policy.name, policy, summary, months: records };
}

/** What a run remembers about groups from month to month. */
interface GroupMemory {
  /** Meetings of each current group (by {@link groupKey}) since it formed. */
  meetings: Map<string, MeetingFeedback[]>;
  /** The month each current group formed. */
  since: Map<string, number>;
  /** The last month each pair (key i·n + j) was together. */
  lastTogether: Map<number, number>;
  /** Per person, the first month in a good group (-1: not yet). */
  readonly goodMonth: Int32Array;
  /** Every member's rating of every meeting, as outcomes of their pairs (for learned weights). */
  readonly outcomes: Outcome[];
}

/** This month's meetings: each member rates their group; the memory moves on to this month's groups. */
function meet(
  setting: ProgrammeSetting,
  memory: GroupMemory,
  groups: readonly (readonly number[])[],
  m: number,
  date: string,
): { entries: ProgrammeGroup[]; formed: number; repeatedPairs: number } {
  const { ids, n } = setting.cohort;
  const meetings = new Map<string, MeetingFeedback[]>();
  const since = new Map<string, number>();
  let formed = 0;
  let repeatedPairs = 0;
  const entries = groups.map((group): ProgrammeGroup => {
    const key = groupKey(group);
    const start = memory.since.get(key) ?? m;
    if (start === m) formed++;
    since.set(key, start);
    for (const [i, j] of pairsOf(group)) {
      const last = memory.lastTogether.get(i * n + j);
      if (last !== undefined && last < m - 1) repeatedPairs++;
      memory.lastTogether.set(i * n + j, m);
    }
    const ratings: Record<string, number> = {};
    for (const i of group) {
      const own = memberQuality(setting, group, i);
      const random = seededStream(`${setting.seed}\u0000${CALLER}\u0000rating\u0000${m}\u0000${key}\u0000${ids[i]!}`);
      const rating = ratingOf(noisyQuality(own, setting.noise, random), true);
      setOwn(ratings, ids[i]!, rating);
      if (memory.goodMonth[i] === -1 && own >= setting.goodQuality) memory.goodMonth[i] = m;
      for (const j of group) if (j !== i) memory.outcomes.push({ members: [ids[i]!, ids[j]!], rating });
    }
    const members = group.map((i) => ids[i]!);
    meetings.set(key, [...(memory.meetings.get(key) ?? []), { members, date, ratings }]);
    return { members, quality: roundScore(groupQuality(setting, group)), ratings, since: start };
  });
  memory.meetings = meetings;
  memory.since = since;
  return { entries, formed, repeatedPairs };
}

/** The next month's groups by `rematch` under the policy's keep policy. */
function rematchOn(
  previous: MatchResult,
  change: { dissolve: [string, string][]; leave: string[]; join: string[] },
  people: readonly ParticipantInput[],
  options: Record<string, unknown>,
  policy: ResolvedProgrammePolicy,
): MonthMatch {
  const result = rematch(previous, change, people, { ...options, keep: policy.keep });
  return { result, churn: result.churn };
}

/** The next month's groups by one round of `rotate`, after recording the dissolved pairs (with keep "all") when there are any. */
function rotateOn(
  previous: MatchResult,
  change: { dissolve: [string, string][]; leave: string[]; join: string[] },
  people: readonly ParticipantInput[],
  options: Record<string, unknown>,
): MonthMatch {
  const base = change.dissolve.length > 0 ? rematch(previous, change, people, { ...options, keep: "all" }) : previous;
  const round = rotate(people, { ...options, rounds: 1, previous: base }).rounds[0]!;
  return { result: round, churn: 0 };
}

/**
 * Weights a policy starts with, over every feature: the fixed weights given, and for the
 * features they leave out (all of them under "default" and "learned") the default
 * weights, custom features at their own weight — as `matchPeers` fills `weights`.
 */
export function weightsInEffect(
  cohort: NormalisedCohort,
  given: Readonly<Record<string, number>>,
): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const name of cohort.features) {
    const own = isBuiltinFeature(name)
      ? DEFAULT_WEIGHTS[name]
      : cohort.options.custom.find((feature) => feature.name === name)!.weight;
    setOwn(weights, name, Object.hasOwn(given, name) ? given[name]! : own);
  }
  return weights;
}

/** The match options of a policy under `weights`: built-in weights in `weights`, custom ones on their features. */
function matchOptions(
  setting: ProgrammeSetting,
  policy: ResolvedProgrammePolicy,
  weights: Readonly<Record<string, number>>,
): Record<string, unknown> {
  const builtin: Record<string, number> = {};
  for (const [name, weight] of Object.entries(weights)) if (isBuiltinFeature(name)) builtin[name] = weight;
  const options: Record<string, unknown> = {
    ...setting.scoring,
    solver: policy.solver,
    oddHandling: setting.oddHandling,
    weights: builtin,
  };
  const custom = setting.scoring.custom;
  if (Array.isArray(custom)) {
    options.custom = custom.map((feature: { name: string }) => ({
      ...feature,
      weight: weights[feature.name.trim()]!,
    }));
  }
  return options;
}

/**
 * Weights fitted on every rating so far (ordinal, the default ridge, no bootstrap, two
 * folds), or `current` when the ratings cannot teach anything (fewer than two rating
 * values, or no feature related to them).
 */
function learnedWeights(
  setting: ProgrammeSetting,
  outcomes: readonly Outcome[],
  current: Record<string, number>,
): Record<string, number> {
  if (new Set(outcomes.map((outcome) => outcome.rating)).size < 2) return current;
  const options: FitWeightsOptions = { ...setting.scoring, bootstrap: 0, folds: 2 };
  const fit = fitWeights([...setting.profiles], [...outcomes], options);
  return fit.scale > 0 ? fit.weights : current;
}

/** Scores the pairs of `groups` not scored yet (hidden quality). */
function scoreNewPairs(setting: ProgrammeSetting, groups: readonly (readonly number[])[]): void {
  const n = setting.cohort.n;
  const fresh: [number, number][] = [];
  for (const group of groups)
    for (const [i, j] of pairsOf(group)) if (!setting.quality.has(i * n + j)) fresh.push([i, j]);
  if (fresh.length === 0) return;
  const table = pairFeatures(setting.cohort, fresh, CALLER);
  fresh.forEach(([i, j], r) => {
    setting.quality.set(i * n + j, hiddenQuality(table, r, setting.hidden));
  });
}

/** The pairs (i < j) within a group of sorted indices. */
function pairsOf(group: readonly number[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) pairs.push([group[a]!, group[b]!]);
  return pairs;
}

function pairQuality(setting: ProgrammeSetting, i: number, j: number): number {
  const n = setting.cohort.n;
  return setting.quality.get(Math.min(i, j) * n + Math.max(i, j))!;
}

/** A group's hidden quality: a pair's, or a trio's mean pair quality. */
function groupQuality(setting: ProgrammeSetting, group: readonly number[]): number {
  return mean(pairsOf(group).map(([i, j]) => pairQuality(setting, i, j)));
}

/** What member `i` gets from the group: the pair's quality, or in a trio the mean of their two pairs. */
function memberQuality(setting: ProgrammeSetting, group: readonly number[], i: number): number {
  return mean(group.filter((j) => j !== i).map((j) => pairQuality(setting, i, j)));
}

function groupKey(group: readonly number[]): string {
  return group.join(",");
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, x) => sum + x, 0) / values.length;
}
