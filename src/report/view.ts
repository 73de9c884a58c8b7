/**
 * What a report shows, built once from any result (peer, mentor, re-match, rotation)
 * for both the Markdown and the HTML renderings: headline numbers, and per section (a
 * rotation has one per round) the groups with names, per-feature scores ("not answered"
 * where a member left a feature blank, features that count for nothing left out),
 * low-score flags with why, who is unmatched and why, and what a re-match changed.
 */
import type {
  Circle,
  CircleResult,
  CircleSchedule,
  CircleUnmatched,
  UnmetCircleRule,
} from "../programs/circles/circle-result.js";
import type { RematchResult } from "../programs/lifecycle/rematch-types.js";
import type { RotationSchedule } from "../programs/lifecycle/rotate.js";
import type { MentorMatchResult } from "../programs/mentors/result.js";
import type { MatchResult } from "../programs/peers/match-result.js";
import type { ScoredMatching } from "../programs/peers/score-matching.js";
import type { ResolvedReportOptions } from "./options.js";
import { count, featureLabel, listWords, reasonLabel, scoreText } from "./words.js";

/** Bins of the pair-score histogram: [0, 0.1), [0.1, 0.2), …, [0.9, 1.0]. */
export const HISTOGRAM_BINS = 10;

/** A person as the report names them: "Ana Silva (ana)" with names, else the id. */
export interface PersonView {
  readonly id: string;
  readonly label: string;
}

/** One feature of a group: its score, or null when a member did not answer it. */
export interface FeatureView {
  readonly name: string;
  readonly label: string;
  readonly score: number | null;
}

/** When a circle meets: the interval in UTC, and each member's own clock. */
export interface MeetingView {
  /** "Thursday 17:00–18:00 UTC" */
  readonly utc: string;
  readonly local: readonly { readonly person: PersonView; readonly time: string }[];
}

/** One pair, trio, mentor–mentee pair or circle. */
export interface GroupView {
  readonly members: readonly PersonView[];
  /** "Mentor" / "Mentee" per member for a mentor match, else null. */
  readonly roles: readonly string[] | null;
  readonly score: number;
  readonly features: readonly FeatureView[];
  readonly reasons: readonly string[];
  /** Why the group is flagged as low-scoring, or null when it is not. */
  readonly low: string | null;
  /** A circle's common meeting time; undefined for pairs, null for a circle without availability. */
  readonly meeting?: MeetingView | null;
}

/** A circle composition rule the result does not meet, and the circles (1-based numbers) it concerns. */
export interface UnmetRuleView {
  readonly rule: string;
  readonly detail: string;
  readonly circles: readonly number[];
}

/** Someone unmatched, with the reason in words. */
export interface UnmatchedView {
  readonly person: PersonView;
  readonly side: string | null;
  readonly reason: string;
  readonly detail: string;
}

/** The "what changed" part of a re-match. */
export interface ChangesView {
  readonly kept: readonly (readonly PersonView[])[];
  readonly formed: readonly (readonly PersonView[])[];
  readonly dissolved: readonly (readonly PersonView[])[];
  readonly invalidated: readonly { readonly members: readonly PersonView[]; readonly reason: string }[];
  readonly left: readonly PersonView[];
  readonly churn: number;
}

/** The "compared with the optimum" part of a scored hand-made matching (`scoreMatching`). */
export interface ComparisonView {
  readonly total: number;
  readonly optimumTotal: number;
  readonly difference: number;
  readonly minScore: number;
  readonly optimumMinScore: number;
  readonly matched: number;
  readonly optimumMatched: number;
  readonly handMadePairs: number;
  readonly pairsKept: number;
  readonly blockingPairs: number;
  readonly vetoes: readonly { readonly members: readonly PersonView[]; readonly reason: string }[];
}

/** One part of the report: the whole result, or one round of a rotation. */
export interface SectionView {
  readonly heading: string | null;
  /** What a group is called: "pair" for peers and mentors (a trio counts as a group of three), "circle" for circles. */
  readonly noun: "pair" | "circle";
  readonly groups: readonly GroupView[];
  readonly histogram: readonly number[];
  /** Mean score per feature that counts, over the groups that answered it. */
  readonly averages: readonly { readonly label: string; readonly mean: number | null; readonly answered: number }[];
  readonly unmatched: readonly UnmatchedView[];
  readonly changes: ChangesView | null;
  /** Circle rules the section's circles do not meet (empty for pairs). */
  readonly unmetRules: readonly UnmetRuleView[];
  /** Only for a scored hand-made matching. */
  readonly comparison?: ComparisonView;
}

/** The whole report. */
export interface ReportView {
  readonly title: string;
  readonly headline: readonly (readonly [string, string])[];
  readonly lowScore: number;
  readonly sections: readonly SectionView[];
  /** For a circle rotation: the pairs that share a circle in more than one round (rounds 1-based). */
  readonly repeats: readonly { readonly members: readonly PersonView[]; readonly rounds: readonly number[] }[] | null;
}

/**
 * Any result `renderReport` accepts: of `matchPeers`, `scoreMatching`, `rematch`,
 * `matchMentors`, `rotate`, `formCircles`, `rematchCircles` or `rotateCircles`.
 *
 * @example
 * ```ts
 * const results: ReportableResult[] = [matchPeers(cohort), rotate(cohort, { rounds: 3 }), formCircles(cohort)];
 * ```
 */
export type ReportableResult =
  | MatchResult
  | ScoredMatching
  | RematchResult
  | MentorMatchResult
  | RotationSchedule
  | CircleResult
  | CircleSchedule;

/** The kind of result, by its shape; undefined when it is none of them. */
export function resultKind(
  result: unknown,
): "peers" | "scored" | "rematch" | "mentors" | "rotation" | "circles" | "circle-rotation" | undefined {
  if (typeof result !== "object" || result === null) return undefined;
  const r = result as Record<string, unknown>;
  const stats = typeof r.stats === "object" && r.stats !== null;
  if (Array.isArray(r.rounds) && Array.isArray(r.repeats) && stats && r.rounds.every(isCircleRound))
    return "circle-rotation";
  if (Array.isArray(r.circles) && Array.isArray(r.unmatched) && stats) return "circles";
  if (Array.isArray(r.rounds) && r.rounds.every((round) => resultKind(round) === "peers")) return "rotation";
  if (Array.isArray(r.assignments) && Array.isArray(r.unmatched) && stats) return "mentors";
  if (Array.isArray(r.pairs) && Array.isArray(r.unmatched) && stats) {
    if (typeof r.diff === "object" && r.diff !== null) return "rematch";
    return typeof r.comparison === "object" && r.comparison !== null && Array.isArray(r.vetoesBroken)
      ? "scored"
      : "peers";
  }
  return undefined;
}

/** Builds the report view of a result whose kind was checked by {@link resultKind}. */
export function buildView(result: ReportableResult, options: ResolvedReportOptions): ReportView {
  const person = (id: string): PersonView => {
    const name = options.names.get(id);
    return { id, label: name === undefined || name === id ? id : `${name} (${id})` };
  };
  const kind = resultKind(result);
  if (kind === "mentors") return mentorView(result as MentorMatchResult, options, person);
  if (kind === "circles") return circleView(result as CircleResult, options, person);
  if (kind === "circle-rotation") return circleRotationView(result as CircleSchedule, options, person);
  if (kind === "rotation") {
    const schedule = result as RotationSchedule;
    const sections = schedule.rounds.map((round) =>
      peerSection(round, options, person, `Round ${round.round}${round.date === "" ? "" : ` (${round.date})`}`),
    );
    const people = new Set(
      schedule.rounds.flatMap((round) => [
        ...round.pairs.flatMap((pair) => pair.members),
        ...round.unmatched.map((entry) => entry.id),
      ]),
    );
    const sittingOut = schedule.rounds.reduce((sum, round) => sum + round.unmatched.length, 0);
    return {
      title: "Rotation schedule",
      headline: [
        ["Participants", String(people.size)],
        ["Rounds", String(schedule.rounds.length)],
        ["Method", schedule.method === "round-robin" ? "round robin (circle method)" : "matched round by round"],
        [
          "Calendar",
          schedule.calendar === null
            ? "none (every round on the reference date)"
            : `${schedule.calendar.cadence} from ${schedule.calendar.startDate}`,
        ],
        ["Sitting out", `${count(sittingOut, "time")} in all`],
        ["Seed", schedule.meta.seed],
      ],
      lowScore: options.lowScore,
      sections,
      repeats: null,
    };
  }
  const match = result as MatchResult;
  const section = peerSection(match, options, person, null);
  const changes = kind === "rematch" ? changesView(result as RematchResult, person) : null;
  const comparison = kind === "scored" ? comparisonView(result as ScoredMatching, person) : undefined;
  const { stats } = match;
  const low = section.groups.filter((group) => group.low !== null).length;
  return {
    title:
      kind === "rematch"
        ? "Re-match report"
        : kind === "scored"
          ? "What-if report (a hand-made matching)"
          : "Match report",
    headline: [
      ["Participants", String(stats.participants)],
      [
        "Matched",
        `${count(stats.matched, "person", "people")} (${count(stats.pairs, "pair")}${stats.trios > 0 ? `, ${count(stats.trios, "trio")}` : ""})`,
      ],
      ["Unmatched", count(match.unmatched.length, "person", "people")],
      ["Mean score", scoreText(stats.meanScore)],
      ["Lowest score", scoreText(stats.minScore)],
      [`Below ${scoreText(options.lowScore)}`, count(low, "group")],
      ["Blocking pairs", String(stats.blockingPairs)],
      kind === "scored"
        ? ["Broken hard constraints", String((result as ScoredMatching).vetoesBroken.length)]
        : ["Solver", stats.solver + (stats.stable === false ? " (no stable matching exists)" : "")],
      ["Seed / reference date", `${match.meta.seed} / ${match.meta.referenceDate}`],
      ...(changes === null ? [] : [["Churn", count(changes.churn, "person", "people")] as const]),
    ],
    lowScore: options.lowScore,
    sections: [{ ...section, changes, ...(comparison === undefined ? {} : { comparison }) }],
    repeats: null,
  };
}

function comparisonView(result: ScoredMatching, person: (id: string) => PersonView): ComparisonView {
  const { comparison, stats } = result;
  return {
    total: stats.totalScore,
    optimumTotal: comparison.optimumTotal,
    difference: comparison.difference,
    minScore: stats.minScore,
    optimumMinScore: comparison.optimumMinScore,
    matched: stats.matched,
    optimumMatched: comparison.optimumMatched,
    handMadePairs: comparison.handMadePairs,
    pairsKept: comparison.pairsKept,
    blockingPairs: stats.blockingPairs,
    vetoes: result.vetoesBroken.map((veto) => ({ members: veto.members.map(person), reason: veto.reason })),
  };
}

/** Whether a feature counts in this result: weight above 0 (industry under "any" counts 0). */
function countedFeatures(meta: unknown): (name: string) => boolean {
  const options = (meta as { options?: unknown } | undefined)?.options;
  if (typeof options !== "object" || options === null) return () => true;
  const { weights, custom, industry } = options as { weights?: unknown; custom?: unknown; industry?: unknown };
  const weight = new Map<string, number>();
  if (typeof weights === "object" && weights !== null)
    for (const [name, w] of Object.entries(weights)) if (typeof w === "number") weight.set(name, w);
  if (Array.isArray(custom))
    for (const feature of custom as { name?: unknown; weight?: unknown }[])
      if (typeof feature?.name === "string" && typeof feature.weight === "number")
        weight.set(feature.name, feature.weight);
  return (name) => (weight.get(name) ?? 1) > 0 && !(name === "industry" && industry === "any");
}

interface GroupLike {
  readonly score: number;
  readonly breakdown: Readonly<Record<string, number>>;
  readonly unknown?: readonly string[];
  readonly reasons: readonly string[];
}

function groupView(
  group: GroupLike,
  members: readonly PersonView[],
  roles: readonly string[] | null,
  counts: (name: string) => boolean,
  lowScore: number,
): GroupView {
  const unknown = new Set(group.unknown ?? []);
  const features = Object.entries(group.breakdown)
    .filter(([name]) => counts(name))
    .map(([name, score]) => ({ name, label: featureLabel(name), score: unknown.has(name) ? null : score }));
  return {
    members,
    roles,
    score: group.score,
    features,
    reasons: group.reasons,
    low: group.score < lowScore ? whyLow(features) : null,
  };
}

/** Why a group scores low: what nobody answered, and the features where they have least in common. */
function whyLow(features: readonly FeatureView[]): string {
  const unanswered = features.filter((f) => f.score === null).map((f) => f.label.toLowerCase());
  const weak = features
    .filter((f): f is FeatureView & { score: number } => f.score !== null && f.score < 0.25)
    .sort((x, y) => x.score - y.score)
    .slice(0, 3)
    .map((f) => `${f.label.toLowerCase()} (${scoreText(f.score)})`);
  const parts: string[] = [];
  if (weak.length > 0) parts.push(`little in common on ${listWords(weak)}`);
  if (unanswered.length > 0) parts.push(`not answered: ${listWords(unanswered)}`);
  return parts.length > 0 ? parts.join("; ") : "no feature scores high";
}

function histogramOf(scores: readonly number[]): number[] {
  const histogram = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const score of scores) {
    const bin = Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(score * HISTOGRAM_BINS)));
    histogram[bin] = histogram[bin]! + 1;
  }
  return histogram;
}

function averagesOf(groups: readonly GroupView[]): SectionView["averages"] {
  const totals = new Map<string, { label: string; sum: number; answered: number }>();
  for (const group of groups) {
    for (const feature of group.features) {
      const entry = totals.get(feature.name) ?? { label: feature.label, sum: 0, answered: 0 };
      if (feature.score !== null) {
        entry.sum += feature.score;
        entry.answered++;
      }
      totals.set(feature.name, entry);
    }
  }
  return [...totals.values()].map(({ label, sum, answered }) => ({
    label,
    mean: answered === 0 ? null : sum / answered,
    answered,
  }));
}

function peerSection(
  result: MatchResult,
  options: ResolvedReportOptions,
  person: (id: string) => PersonView,
  heading: string | null,
): SectionView {
  const counts = countedFeatures(result.meta);
  const groups = result.pairs.map((pair) => groupView(pair, pair.members.map(person), null, counts, options.lowScore));
  return {
    heading,
    noun: "pair",
    groups,
    histogram: histogramOf(groups.map((group) => group.score)),
    averages: averagesOf(groups),
    unmatched: result.unmatched.map((entry) => ({
      person: person(entry.id),
      side: null,
      reason: reasonLabel(entry.reason),
      detail: entry.detail,
    })),
    changes: null,
    unmetRules: [],
  };
}

function mentorView(
  result: MentorMatchResult,
  options: ResolvedReportOptions,
  person: (id: string) => PersonView,
): ReportView {
  const counts = countedFeatures(result.meta);
  const groups = result.assignments.flatMap((assignment) =>
    assignment.mentees.map((mentee) =>
      groupView(mentee, [person(assignment.mentor), person(mentee.id)], ["Mentor", "Mentee"], counts, options.lowScore),
    ),
  );
  const { stats } = result;
  const low = groups.filter((group) => group.low !== null).length;
  return {
    title: "Mentor match report",
    headline: [
      ["Mentors", `${stats.mentors} (${count(stats.places, "place")})`],
      ["Mentees", String(stats.mentees)],
      ["Mentees matched", `${stats.matchedMentees} of ${stats.mentees}`],
      ["Mentors with mentees", `${stats.matchedMentors} of ${stats.mentors}`],
      ["Mean score", scoreText(stats.meanScore)],
      ["Lowest score", scoreText(stats.minScore)],
      [`Below ${scoreText(options.lowScore)}`, count(low, "pair")],
      ["Blocking pairs", String(stats.blockingPairs)],
      ["Solver", stats.solver + (stats.stableSide === undefined ? "" : ` (favouring ${stats.stableSide})`)],
      ["Seed / reference date", `${result.meta.seed} / ${result.meta.referenceDate}`],
    ],
    lowScore: options.lowScore,
    repeats: null,
    sections: [
      {
        heading: null,
        noun: "pair",
        groups,
        histogram: histogramOf(groups.map((group) => group.score)),
        averages: averagesOf(groups),
        unmatched: result.unmatched.map((entry) => ({
          person: person(entry.id),
          side: entry.side === "mentor" ? "Mentor" : "Mentee",
          reason: reasonLabel(entry.reason),
          detail: entry.detail,
        })),
        changes: null,
        unmetRules: [],
      },
    ],
  };
}

function changesView(result: RematchResult, person: (id: string) => PersonView): ChangesView {
  const { diff } = result;
  const people = (ids: readonly string[]) => ids.map(person);
  return {
    kept: diff.kept.map(people),
    formed: diff.formed.map(people),
    dissolved: diff.dissolved.map(people),
    invalidated: diff.invalidated.map((entry) => ({ members: people(entry.members), reason: entry.reason })),
    left: people(diff.left),
    churn: result.churn,
  };
}

function isCircleRound(round: unknown): boolean {
  if (typeof round !== "object" || round === null) return false;
  const r = round as Record<string, unknown>;
  return Array.isArray(r.circles) && Array.isArray(r.unmatched);
}

const DAY_WORDS: Readonly<Record<string, string>> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

function timeText(time: {
  readonly day: string;
  readonly start: string;
  readonly end: string;
  readonly timezone: string;
}) {
  return `${DAY_WORDS[time.day] ?? time.day} ${time.start}–${time.end} ${time.timezone}`;
}

/** The meeting in UTC and on each member's clock; members who gave no availability are said so. */
function meetingView(circle: Circle, person: (id: string) => PersonView): MeetingView | null {
  const { meeting } = circle;
  if (meeting === null || meeting === undefined) return null;
  return {
    utc: timeText(meeting),
    local: circle.members.map((id) => {
      const time = Object.hasOwn(meeting.local, id) ? meeting.local[id] : undefined;
      return { person: person(id), time: time === undefined ? "no availability given" : timeText(time) };
    }),
  };
}

const RULE_LABELS: Readonly<Record<UnmetCircleRule["rule"], string>> = {
  together: "Together",
  noLoneMember: "No lone member",
  maxShared: "Members sharing a value",
  facilitators: "One facilitator per circle",
};

/** A circle section: one formCircles result, or one round of rotateCircles. */
function circleSection(
  circles: readonly Circle[],
  unmatched: readonly CircleUnmatched[],
  rules: readonly UnmetCircleRule[],
  counts: (name: string) => boolean,
  options: ResolvedReportOptions,
  person: (id: string) => PersonView,
  heading: string | null,
): SectionView {
  const groups = circles.map((circle) => ({
    ...groupView(circle, circle.members.map(person), null, counts, options.lowScore),
    meeting: meetingView(circle, person),
  }));
  return {
    heading,
    noun: "circle",
    groups,
    histogram: histogramOf(groups.map((group) => group.score)),
    averages: averagesOf(groups),
    unmatched: unmatched.map((entry) => ({
      person: person(entry.id),
      side: null,
      reason: reasonLabel(entry.reason),
      detail: entry.detail,
    })),
    changes: null,
    unmetRules: rules.map((rule) => ({
      rule: RULE_LABELS[rule.rule] ?? rule.rule,
      detail: rule.detail,
      circles: rule.circles.map((c) => c + 1),
    })),
  };
}

function circleView(
  result: CircleResult,
  options: ResolvedReportOptions,
  person: (id: string) => PersonView,
): ReportView {
  const { stats } = result;
  const section = circleSection(
    result.circles,
    result.unmatched,
    stats.unmetRules,
    countedFeatures(result.meta),
    options,
    person,
    null,
  );
  const low = section.groups.filter((group) => group.low !== null).length;
  const sizes = result.circles.map((circle) => circle.members.length);
  return {
    title: "Circles report",
    headline: [
      ["Participants", String(stats.participants)],
      [
        "In circles",
        `${count(stats.placed, "person", "people")} (${count(stats.circles, "circle")}${sizes.length === 0 ? "" : `, ${Math.min(...sizes)}–${Math.max(...sizes)} people each`})`,
      ],
      ["Not in a circle", count(result.unmatched.length, "person", "people")],
      ["Mean score", scoreText(stats.meanScore)],
      ["Lowest score", scoreText(stats.minScore)],
      [`Below ${scoreText(options.lowScore)}`, count(low, "circle")],
      ["Objective (Σ size × score)", stats.objective.toFixed(4)],
      [
        "Upper bound / gap",
        `${stats.upperBound.toFixed(4)} / ${(stats.gap * 100).toFixed(1)}%${stats.exact ? " (proven optimal)" : ""}`,
      ],
      ["Rules not met", String(stats.unmetRules.length)],
      ["Solver", stats.solver],
      ["Seed / reference date", `${result.meta.seed} / ${result.meta.referenceDate}`],
    ],
    lowScore: options.lowScore,
    sections: [section],
    repeats: null,
  };
}

function circleRotationView(
  schedule: CircleSchedule,
  options: ResolvedReportOptions,
  person: (id: string) => PersonView,
): ReportView {
  const counts = countedFeatures(schedule.meta);
  const sections = schedule.rounds.map((round) =>
    circleSection(
      round.circles,
      round.unmatched,
      schedule.stats.unmetRules.filter((rule) => rule.round === round.round),
      counts,
      options,
      person,
      `Round ${round.round + 1}`,
    ),
  );
  const { stats } = schedule;
  const sittingOut = schedule.rounds.reduce((sum, round) => sum + round.unmatched.length, 0);
  return {
    title: "Circle rotation schedule",
    headline: [
      ["Participants", String(stats.participants)],
      ["Rounds", String(stats.rounds)],
      ["Rounds without repeats", `${stats.roundsWithoutRepeats} of ${stats.rounds}`],
      [
        "Repeated meetings",
        `${count(stats.repeatedMeetings, "meeting")} (${count(schedule.repeats.length, "pair")} meet more than once)`,
      ],
      ["Sitting out", `${count(sittingOut, "time")} in all`],
      ["Objective (Σ over rounds)", stats.objective.toFixed(4)],
      ["Rules not met", String(stats.unmetRules.length)],
      ["Solver", stats.solver],
      ["Seed", schedule.meta.seed],
    ],
    lowScore: options.lowScore,
    sections,
    repeats: schedule.repeats.map((repeat) => ({
      members: repeat.members.map(person),
      rounds: repeat.rounds.map((r) => r + 1),
    })),
  };
}
