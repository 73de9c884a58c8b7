/**
 * `rotate`: a calendar of rounds for rotating programmes and peer circles, in which
 * nobody meets the same person twice (nor a past partner, nor anyone the programme's
 * history paired them with) while another compatible partner remains, and nobody who
 * sat out a round sits out the next one when another choice matches as many people.
 *
 * Each round is the program's solver on the pairs not yet used, scored with that
 * round's date as its reference date, so a daylight-saving change between two rounds
 * moves the weekly overlaps as it moves the meetings. When that greedy choice gets
 * stuck on a complete cohort of even size (a round that is not perfect although n − 1
 * rounds of everyone-meets-everyone exist), the schedule falls back to the round-robin
 * circle method, which always completes.
 *
 * A schedule continues from a previous schedule or result (`previous`): its history
 * (dissolved pairs banned, formed pairs as past partners), its options, its calendar
 * and who sat out last.
 *
 * References: the circle method for round-robin tournaments (Kirkman 1847; a
 * 1-factorisation of K_n for even n).
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { IssueList } from "../../errors/issues.js";
import { MatchInputError } from "../../errors/match-input-error.js";
import type { Cadence, MatchOptions } from "../../model/index.js";
import {
  fromZodIssues,
  mergeCarriedOptions,
  optionsSubject,
  RotationCalendarSchema,
  utcOffsetMinutes,
} from "../../model/index.js";
import { noonUtc } from "../../model/clock.js";
import { rawParticipantId } from "../../model/issues.js";
import { blockingPairsOf } from "../peers/blocking-pairs.js";
import { buildPeerCompatibility } from "../peers/peer-compatibility.js";
import { buildMatchResult } from "../peers/build-result.js";
import type { Grouping } from "../peers/groups.js";
import type { MatchHistory, MatchResult } from "../peers/match-result.js";
import { pairsInGroups, uniquePairs } from "../shared/history.js";
import type { MatchMeta } from "../shared/meta.js";
import { resultMeta } from "../shared/meta.js";
import { seededOrder } from "../shared/seeded-order.js";
import { roundDate } from "./calendar.js";
import { forbidPairs } from "./compatibility-view.js";
import type { PreviousState } from "./previous.js";
import { readPrevious } from "./previous.js";
import { solveWithPriority } from "./solve-with-priority.js";

/** Options of {@link rotate}: the match options plus the rounds and the calendar. */
export interface RotateOptions extends MatchOptions {
  /** Number of rounds to schedule: a positive integer, at most the number of participants. */
  readonly rounds: number;
  /**
   * A previous schedule or result to continue from: its history (dissolved pairs stay
   * apart, formed pairs count as past partners), its recorded options (options given
   * here override them field by field), its calendar, and who sat out last.
   */
  readonly previous?: MatchResult | RotationSchedule;
  /** Date of the first round (ISO `YYYY-MM-DD`). Starts a calendar (cadence `"monthly"` unless given). */
  readonly startDate?: string;
  /**
   * How far apart rounds are. With neither `startDate`, `cadence` nor a previous calendar,
   * every round uses the reference date.
   */
  readonly cadence?: Cadence;
}

/** One round of a schedule: a full `MatchResult`, numbered and dated. */
export interface RotationRound extends MatchResult {
  /** 1 for the first round ever; a schedule continued from another goes on counting. */
  round: number;
  /** The round's date, also its reference date (`meta.referenceDate`). */
  date: string;
}

/** When rounds take place: round r is on `startDate` plus (r − `startRound`) cadences. */
export interface RotationCalendar {
  startDate: string;
  cadence: Cadence;
  startRound: number;
}

/** The result of {@link rotate}. */
export interface RotationSchedule {
  /** One full result per round, in order. */
  rounds: RotationRound[];
  /**
   * `"per-round"`: each round solved on the unused pairs. `"round-robin"`: the circle
   * method, used when the per-round choice could not complete a complete even cohort.
   */
  method: "per-round" | "round-robin";
  /** The calendar the rounds follow, or null when every round uses the reference date. */
  calendar: RotationCalendar | null;
  /** The programme's history after the last round. */
  history: MatchHistory;
  /** The options of the schedule (the first round's reference date). */
  meta: MatchMeta;
}

const ALREADY_MET = "already met in an earlier round";

/**
 * Schedules `rounds` rounds in which no pair repeats, on a calendar when one is given.
 *
 * @throws {@link MatchInputError} for bad participants or options, a bad `previous`, or
 *   more rounds than participants
 * @example
 * ```ts
 * const schedule = rotate(generateCohort(12, { seed: "circle" }), {
 *   rounds: 3,
 *   startDate: "2026-01-15",
 *   cadence: "monthly",
 * });
 * for (const round of schedule.rounds) console.log(round.date, round.pairs.map((p) => p.members.join("&")));
 * const next = rotate(generateCohort(12, { seed: "circle" }), { rounds: 3, previous: schedule }); // April on
 * ```
 */
export function rotate(participants: unknown[], options: RotateOptions): RotationSchedule {
  const issues = new IssueList("rotate");
  const given: Record<string, unknown> = isRecord(options) ? options : {};
  if (!isRecord(options)) issues.add("invalid_type", ["options"], "options must be an object with at least { rounds }");
  const { rounds, previous, startDate, cadence, ...explicit } = given;
  const calendarInput = {
    rounds,
    ...(startDate === undefined ? {} : { startDate }),
    ...(cadence === undefined ? {} : { cadence }),
  };
  const parsedCalendar = RotationCalendarSchema.safeParse(calendarInput, { reportInput: true });
  if (!parsedCalendar.success)
    issues.addAll(
      fromZodIssues(parsedCalendar.error.issues, optionsSubject("rotate"), RotationCalendarSchema, calendarInput),
    );
  const before = previous === undefined ? undefined : readPreviousRun(previous, issues);
  const merged = mergeCarriedOptions(before?.state.carried ?? { options: {}, custom: [] }, explicit, "rotate");
  issues.addAll(merged.issues);
  issues.throwIfAny();
  const calendar = parsedCalendar.data!;
  const baseOptions = merged.options as Record<string, unknown>;

  const people = withHistory(participants, before?.state);
  let base: Compatibility;
  try {
    base = buildPeerCompatibility(people, baseOptions, "rotate", calendar.rounds);
  } catch (error) {
    if (error instanceof MatchInputError) {
      issues.addAll(error.issues);
      issues.throwIfAny();
    }
    throw error;
  }
  const { n } = base;
  if (calendar.rounds > Math.max(1, n)) {
    issues.add(
      "out_of_range",
      ["options", "rounds"],
      `${calendar.rounds} rounds for ${n} participants; after ${Math.max(1, n)} rounds nobody could meet anyone new`,
    );
    issues.throwIfAny();
  }

  const firstRound = (before?.lastRound ?? 0) + 1;
  const plan = calendarOf(calendar, before, base.options.availability.referenceDate, firstRound);
  const dates = Array.from({ length: calendar.rounds }, (_, k) =>
    plan === null
      ? base.options.availability.referenceDate
      : roundDate(plan.startDate, plan.cadence, firstRound + k - plan.startRound),
  );
  const perDate = compatibilitiesByDate(people, baseOptions, base, dates);
  const priority = new Uint8Array(n);
  const index = new Map(base.ids.map((id, i) => [id, i]));
  for (const id of before?.state.unmatched ?? []) {
    const i = index.get(id);
    if (i !== undefined) priority[i] = 1;
  }
  const history = { dissolved: [...(before?.state.dissolved ?? [])], formed: [...(before?.state.formed ?? [])] };

  const perRound = scheduleRoundByRound(perDate, priority);
  const roundRobin = perRound.stuck && before === undefined && canRoundRobin(perDate, calendar.rounds);
  const solved = roundRobin ? scheduleRoundRobin(perDate, calendar.rounds) : perRound.rounds;
  const out: RotationRound[] = [];
  let formed = history.formed;
  solved.forEach((result, k) => {
    formed = uniquePairs(formed, pairsInGroups(result.pairs.map((pair) => pair.members)));
    const date = dates[k]!;
    const compatibility = perDate[k]!;
    out.push({
      round: firstRound + k,
      date,
      ...result,
      history: { dissolved: history.dissolved, formed },
      meta: resultMeta({
        ...compatibility.options,
        availability: { ...compatibility.options.availability, referenceDate: date },
      }),
    });
  });
  return {
    rounds: out,
    method: roundRobin ? "round-robin" : "per-round",
    calendar: plan,
    history: { dissolved: history.dissolved, formed },
    meta: out[0]!.meta,
  };
}

/** A previous schedule or result as `rotate` continues from it. */
interface PreviousRun {
  readonly state: PreviousState;
  /** The last round number (0 for a plain result). */
  readonly lastRound: number;
  /** The last round's date (a result's reference date). */
  readonly lastDate: string | undefined;
  readonly calendar: RotationCalendar | undefined;
}

function readPreviousRun(previous: unknown, issues: IssueList): PreviousRun | undefined {
  if (!isRecord(previous) || !Array.isArray(previous.rounds)) {
    const state = readPrevious(previous, issues, ["options", "previous"]);
    return state === undefined
      ? undefined
      : { state, lastRound: 0, lastDate: state.referenceDate, calendar: undefined };
  }
  const rounds = previous.rounds as unknown[];
  const last = rounds[rounds.length - 1];
  if (!isRecord(last)) {
    issues.add(
      "invalid_value",
      ["options", "previous", "rounds"],
      "options.previous.rounds must hold at least one round",
    );
    return undefined;
  }
  // The schedule's own history and options, with the last round's groups and who sat it out.
  const state = readPrevious(
    { pairs: last.pairs, unmatched: last.unmatched, history: previous.history, meta: previous.meta },
    issues,
    ["options", "previous"],
  );
  const calendar = readCalendar(previous.calendar);
  const round =
    typeof last.round === "number" && Number.isInteger(last.round) && last.round > 0 ? last.round : rounds.length;
  const lastDate = typeof last.date === "string" ? last.date : state?.referenceDate;
  return state === undefined ? undefined : { state, lastRound: round, lastDate, calendar };
}

function readCalendar(raw: unknown): RotationCalendar | undefined {
  if (!isRecord(raw)) return undefined;
  const parsed = RotationCalendarSchema.safeParse({ rounds: 1, startDate: raw.startDate, cadence: raw.cadence });
  const startRound = raw.startRound;
  if (!parsed.success || typeof startRound !== "number" || !Number.isInteger(startRound)) return undefined;
  const { startDate, cadence } = parsed.data;
  return startDate === undefined || cadence === undefined ? undefined : { startDate, cadence, startRound };
}

/** The calendar of this schedule (see `RotateOptions`), or null for none. */
function calendarOf(
  given: { readonly startDate?: string; readonly cadence?: Cadence },
  before: PreviousRun | undefined,
  referenceDate: string,
  firstRound: number,
): RotationCalendar | null {
  const previousCadence = before?.calendar?.cadence;
  if (given.startDate !== undefined) {
    return {
      startDate: given.startDate,
      cadence: given.cadence ?? previousCadence ?? "monthly",
      startRound: firstRound,
    };
  }
  if (before?.calendar !== undefined && (given.cadence === undefined || given.cadence === previousCadence)) {
    return before.calendar;
  }
  if (before !== undefined && given.cadence !== undefined) {
    const from = before.lastDate ?? referenceDate;
    return { startDate: roundDate(from, given.cadence, 1), cadence: given.cadence, startRound: firstRound };
  }
  if (given.cadence !== undefined) return { startDate: referenceDate, cadence: given.cadence, startRound: firstRound };
  return null;
}

/** Raw participants with the history added: dissolved partners excluded, formed pairs as past partners. */
function withHistory(participants: unknown, state: PreviousState | undefined): unknown {
  if (state === undefined || !Array.isArray(participants)) return participants;
  const add = (map: Map<string, string[]>, [a, b]: readonly [string, string]): void => {
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  };
  const excluded = new Map<string, string[]>();
  const past = new Map<string, string[]>();
  for (const pair of state.dissolved) add(excluded, pair);
  for (const pair of state.formed) add(past, pair);
  return participants.map((raw: unknown) => {
    const id = rawParticipantId(raw);
    if (id === undefined || !isRecord(raw)) return raw;
    const more = excluded.get(id) ?? [];
    const earlier = past.get(id) ?? [];
    if (more.length === 0 && earlier.length === 0) return raw;
    const { exclude, pastPartners } = raw;
    if (
      (exclude !== undefined && !Array.isArray(exclude)) ||
      (pastPartners !== undefined && !Array.isArray(pastPartners))
    )
      return raw;
    return {
      ...raw,
      ...(more.length > 0 ? { exclude: [...(exclude ?? []), ...more] } : {}),
      ...(earlier.length > 0 ? { pastPartners: [...(pastPartners ?? []), ...earlier] } : {}),
    };
  });
}

/**
 * One scored cohort per round date. Rounds whose dates give every time zone of the
 * cohort the same UTC offset share one scoring (weekly overlaps depend on nothing else).
 */
function compatibilitiesByDate(
  people: unknown,
  options: Record<string, unknown>,
  base: Compatibility,
  dates: readonly string[],
): Compatibility[] {
  const zones = [
    ...new Set(base.participants.flatMap((p) => (p.availability === undefined ? [] : [p.availability.timezone]))),
  ].sort();
  const bySignature = new Map<string, Compatibility>();
  const signature = (date: string): string => zones.map((zone) => utcOffsetMinutes(zone, noonUtc(date))).join(",");
  bySignature.set(signature(base.options.availability.referenceDate), base);
  return dates.map((date) => {
    const key = signature(date);
    let compatibility = bySignature.get(key);
    if (compatibility === undefined) {
      const availability = isRecord(options.availability) ? options.availability : {};
      compatibility = buildPeerCompatibility(
        people,
        { ...options, availability: { ...availability, referenceDate: date } },
        "rotate",
        dates.length,
      );
      bySignature.set(key, compatibility);
    }
    return compatibility;
  });
}

/** The pairs already met, as keys i·n + j with i < j (a set, not an n × n matrix). */
type Met = Set<number>;

function pairKey(n: number, i: number, j: number): number {
  return i < j ? i * n + j : j * n + i;
}

function recordMeetings(met: Met, n: number, groups: readonly (readonly number[])[]): void {
  for (const group of groups) {
    for (const i of group) for (const j of group) if (i < j) met.add(pairKey(n, i, j));
  }
}

function scheduleRoundByRound(
  perDate: readonly Compatibility[],
  firstPriority: Uint8Array,
): { rounds: MatchResult[]; stuck: boolean } {
  const n = perDate[0]!.n;
  const met: Met = new Set();
  const results: MatchResult[] = [];
  let priority = firstPriority;
  let stuck = false;
  for (const compatibility of perDate) {
    const view = forbidPairs(compatibility, (i, j) => met.has(pairKey(n, i, j)), {
      feature: "rotation",
      reason: ALREADY_MET,
    });
    const started = performance.now();
    const solution = solveWithPriority(view, priority);
    if (solution.grouping.groups.some((group) => group.length > 2) || solution.grouping.unmatched.length > 0)
      stuck = true;
    results.push(buildMatchResult({ compatibility: view, ...solution, timeMs: performance.now() - started }));
    recordMeetings(met, n, solution.grouping.groups);
    priority = new Uint8Array(n);
    for (const { index } of solution.grouping.unmatched) priority[index] = 1;
  }
  return { rounds: results, stuck };
}

/** Every pair feasible on every round's date, an even count, and no more rounds than a round robin has. */
function canRoundRobin(perDate: readonly Compatibility[], rounds: number): boolean {
  const n = perDate[0]!.n;
  if (n < 2 || n % 2 === 1 || rounds > n - 1) return false;
  for (const compatibility of new Set(perDate)) {
    const { graph } = compatibility;
    if (!graph.complete || graph.m !== (n * (n - 1)) / 2) return false;
  }
  return true;
}

/**
 * The circle method on participants in seeded order: seat n − 1 stays, the others
 * rotate; in round r, seat n − 1 meets seat r, and seats r + k and r − k (mod n − 1) meet.
 */
function scheduleRoundRobin(perDate: readonly Compatibility[], rounds: number): MatchResult[] {
  const first = perDate[0]!;
  const { n } = first;
  const { order } = seededOrder(first.ids, first.options.seed);
  const seat = (s: number): number => order[s]!;
  const met: Met = new Set();
  const results: MatchResult[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const groups: number[][] = [[seat(n - 1), seat(round)]];
    for (let k = 1; k < n / 2; k++) groups.push([seat((round + k) % (n - 1)), seat((round - k + n - 1) % (n - 1))]);
    for (const group of groups) group.sort((a, b) => a - b);
    groups.sort((a, b) => a[0]! - b[0]!);
    const view = forbidPairs(perDate[round]!, (i, j) => met.has(pairKey(n, i, j)), {
      feature: "rotation",
      reason: ALREADY_MET,
    });
    const grouping: Grouping = { groups, unmatched: [], trioGain: 0 };
    const blocking = blockingPairsOf(view, groups);
    results.push(
      buildMatchResult({
        compatibility: view,
        grouping,
        blockingPairs: blocking.pairs,
        stable:
          view.options.solver !== "stable" ? null : blocking.pairs.length > 0 ? false : blocking.complete ? true : null,
        upperBound: null,
        // Everyone is paired.
        maxCardinalityProven: true,
        timeMs: performance.now() - started,
      }),
    );
    recordMeetings(met, n, groups);
  }
  return results;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
