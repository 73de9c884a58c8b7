/**
 * Turns circles of participant indices into the plain-JSON `Circle`s and `unmatched`
 * entries: scores, per-feature breakdown, reasons a person can read, the common meeting
 * time in UTC and every member's own zone, and the unmet composition rules.
 */
import { groupScores } from "../shared/group-scores.js";
import { longestSharedWindow, windowSpace } from "../../algorithms/circles/shared-window.js";
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { PairExplanation } from "../../compatibility/explanation.js";
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from "../../model/clock.js";
import type { ParsedCircleRules } from "../../model/circle-options-schema.js";
import { reasonsOf, roundScore, summariseVetoes } from "../shared/result-helpers.js";
import type { CircleInput } from "./circle-input.js";
import { holdsValue, fieldValue } from "./circle-input.js";
import type { Circle, CircleMeeting, CircleMeetingTime, CircleUnmatched, UnmetCircleRule } from "./circle-result.js";

/** Longest meeting interval shown. */
const MAX_MEETING_MINUTES = 720;
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const COUNT_WORDS = ["none", "one", "both", "all three", "all four", "all five", "all six", "all seven", "all eight"];

function clock(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;
}

function weekMinute(minute: number): number {
  return ((minute % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
}

/** `[start, start + length)` (UTC minutes of the week) on a clock `offset` minutes ahead of UTC. */
function meetingTime(start: number, length: number, offset: number, timezone: string): CircleMeetingTime {
  const from = weekMinute(start + offset);
  const to = from + length;
  const end =
    to % MINUTES_PER_DAY === 0 &&
    to - from > 0 &&
    Math.floor((to - 1) / MINUTES_PER_DAY) === Math.floor(from / MINUTES_PER_DAY)
      ? "24:00"
      : clock(to % MINUTES_PER_DAY);
  return { day: DAYS[Math.floor(from / MINUTES_PER_DAY)]!, start: clock(from % MINUTES_PER_DAY), end, timezone };
}

/** The circle's common weekly interval, or null when no member gave availability. */
export function circleMeeting(
  compatibility: Compatibility,
  input: CircleInput,
  members: readonly number[],
): CircleMeeting | null {
  const { window } = input;
  if (window === null || !members.some((i) => window.present[i] === 1)) return null;
  const space = windowSpace(window);
  const bits = new Uint32Array(space.words).fill(-1 >>> 0);
  for (const i of members) for (let k = 0; k < space.words; k++) bits[k] = bits[k]! & window.bits[i * space.words + k]!;
  const run = longestSharedWindow(space, bits, 0);
  const start = window.starts[run.start]!;
  const length = Math.min(run.length, MAX_MEETING_MINUTES);
  const local: Record<string, CircleMeetingTime> = {};
  for (const i of members) {
    if (window.present[i] !== 1) continue;
    const timezone = compatibility.participants[i]!.availability?.timezone ?? "UTC";
    const offset = compatibility.cohort.availability.utcOffsetMinutes[i]!;
    Object.defineProperty(local, compatibility.ids[i]!, {
      value: meetingTime(start, length, offset, timezone),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ...meetingTime(start, length, 0, "UTC"), timezone: "UTC", local };
}

function nameOf(compatibility: Compatibility, i: number): string {
  const participant = compatibility.participants[i];
  return participant?.name ?? participant?.id ?? "";
}

/** Mean pair weight of a set of members. */
export function circleScoreOf(compatibility: Compatibility, members: readonly number[]): number {
  let sum = 0;
  let pairs = 0;
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      sum += compatibility.pairWeight(members[x]!, members[y]!);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}

/** Goals every member lists (lower-cased), in the first member's order. */
function sharedGoals(compatibility: Compatibility, members: readonly number[]): string[] {
  const lists = members.map(
    (i) => new Set((compatibility.participants[i]!.goals ?? []).map((goal) => goal.trim().toLowerCase())),
  );
  const [first, ...rest] = lists;
  if (first === undefined) return [];
  return [...first].filter((goal) => goal !== "" && rest.every((list) => list.has(goal)));
}

/** One circle as JSON. */
export function describeCircle(compatibility: Compatibility, input: CircleInput, members: readonly number[]): Circle {
  const { ids } = compatibility;
  const explanations: { a: number; b: number; explanation: PairExplanation; weight: number }[] = [];
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const a = members[x]!;
      const b = members[y]!;
      explanations.push({ a, b, explanation: compatibility.explain(a, b), weight: compatibility.pairWeight(a, b) });
    }
  }
  const { scores: memberScores, breakdown } = groupScores(compatibility, members, explanations);
  const everyone = COUNT_WORDS[members.length] ?? `all ${members.length}`;
  const reasons: string[] = [];
  const goals = sharedGoals(compatibility, members);
  if (goals.length > 0) reasons.push(`${capitalise(everyone)} want to work on ${goals.slice(0, 3).join(", ")}`);
  const meeting = circleMeeting(compatibility, input, members);
  if (meeting !== null) {
    const first = members.find((i) => input.window?.present[i] === 1);
    const local = first === undefined ? undefined : meeting.local[ids[first]!];
    if (local !== undefined) {
      const day = DAY_NAMES[DAYS.indexOf(local.day)]!;
      reasons.push(
        `${day} ${local.start}–${local.end} ${local.timezone} time suits ${everyone === "both" ? "both" : everyone}`,
      );
    }
  }
  const strongest = [...explanations].sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b).slice(0, 2);
  for (const { a, b, explanation } of strongest) {
    for (const reason of reasonsOf(explanation).slice(0, 2))
      reasons.push(`${nameOf(compatibility, a)} & ${nameOf(compatibility, b)}: ${reason}`);
  }
  return {
    members: members.map((i) => ids[i]!),
    score: roundScore(circleScoreOf(compatibility, members)),
    scores: memberScores,
    breakdown,
    reasons,
    meeting,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why person `i` is in no circle. */
export function describeLeftOut(compatibility: Compatibility, input: CircleInput, i: number): CircleUnmatched {
  const { n, ids } = compatibility;
  const { instance, minSize, maxSize, window } = input;
  const who = nameOf(compatibility, i);
  const partners: number[] = [];
  for (let j = 0; j < n; j++) if (j !== i && !Number.isNaN(instance.weight[i * n + j]!)) partners.push(j);
  const sizes = minSize === maxSize ? `${minSize}` : `${minSize}–${maxSize}`;
  if (partners.length < minSize - 1) {
    const vetoLists: { feature: string; reason: string }[][] = [];
    for (let j = 0; j < n; j++)
      if (j !== i && Number.isNaN(instance.weight[i * n + j]!)) vetoLists.push(compatibility.explain(i, j).vetoes);
    const why = summariseVetoes(vetoLists);
    return {
      id: ids[i]!,
      reason: "no-feasible-circle",
      detail: `No circle of ${sizes} can hold ${who}: only ${partners.length} ${partners.length === 1 ? "person" : "people"} may meet ${who === "" ? "them" : who}, and a circle needs ${minSize - 1}${why === "" ? "" : ` (${why})`}.`,
    };
  }
  if (window !== null && window.present[i] === 1) {
    const space = windowSpace(window);
    const own = window.bits.subarray(i * space.words, (i + 1) * space.words);
    const longest = longestSharedWindow(space, own, 0);
    if (longest.length < window.minLength) {
      return {
        id: ids[i]!,
        reason: "no-feasible-circle",
        detail: `No circle of ${sizes} has a common interval of ${window.minLength} minutes for ${who}: her longest weekly slot is ${longest.length} minutes.`,
      };
    }
  }
  const shown = partners
    .slice(0, 5)
    .map((j) => ids[j]!)
    .join(", ");
  const more = partners.length > 5 ? ` and ${partners.length - 5} more` : "";
  return {
    id: ids[i]!,
    reason: "left-over",
    detail: `${who} may meet ${partners.length} people (${shown}${more}), but no circle of ${sizes} with a common weekly interval could take ${who} without leaving more people out or breaking a rule.`,
  };
}

/** The composition rules the circles (participant indices) do not meet. */
export function unmetRules(
  compatibility: Compatibility,
  input: CircleInput,
  rules: ParsedCircleRules,
  circles: readonly (readonly number[])[],
): UnmetCircleRule[] {
  const { participants, ids } = compatibility;
  const out: UnmetCircleRule[] = [];
  const circleOf = new Int32Array(compatibility.n).fill(-1);
  circles.forEach((members, c) => {
    for (const i of members) circleOf[i] = c;
  });
  input.groups.forEach((group, k) => {
    if (circleOf[group[0]!] === -1) {
      out.push({
        rule: "together",
        index: k,
        detail: `${group.map((i) => ids[i]!).join(", ")} must share a circle, but no circle could take them`,
        circles: [],
      });
    }
  });
  (rules.noLoneMember ?? []).forEach(({ field, value }, k) => {
    const lone = circles.flatMap((members, c) =>
      members.filter((i) => holdsValue(participants[i]!, field, value)).length === 1 ? [c] : [],
    );
    if (lone.length > 0) {
      out.push({
        rule: "noLoneMember",
        index: k,
        detail: `circles with exactly one member whose ${field} is ${JSON.stringify(value)}`,
        circles: lone,
      });
    }
  });
  (rules.maxShared ?? []).forEach(({ field, max }, k) => {
    const over = circles.flatMap((members, c) => {
      const counts = new Map<string, number>();
      for (const i of members) {
        const value = fieldValue(participants[i]!, field);
        if (value === undefined || value === null) continue;
        const key = typeof value === "string" ? value.trim().toLowerCase() : JSON.stringify(value);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts.values()].some((count) => count > max) ? [c] : [];
    });
    if (over.length > 0)
      out.push({
        rule: "maxShared",
        index: k,
        detail: `circles with more than ${max} members sharing one ${field}`,
        circles: over,
      });
  });
  const facilitators = new Set(rules.facilitators ?? []);
  if (facilitators.size > 0 && circles.length > 0) {
    const counts = circles.map((members) => members.filter((i) => facilitators.has(ids[i]!)).length);
    const enough = facilitators.size >= circles.length;
    const bad = counts.flatMap((count, c) => ((enough ? count !== 1 : count > 1) ? [c] : []));
    if (bad.length > 0) {
      out.push({
        rule: "facilitators",
        index: 0,
        detail: enough ? "circles without exactly one facilitator" : "circles with more than one facilitator",
        circles: bad,
      });
    }
  }
  return out;
}
