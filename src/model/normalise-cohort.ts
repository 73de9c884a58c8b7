/**
 * Unknown input → `NormalisedCohort`, validating everything in one pass: the options,
 * every participant against `ParticipantSchema`, duplicate ids, and importance keys
 * against the feature names. All problems are thrown together as one
 * `MatchInputError`; nothing of the caller's is mutated (zod parses into copies).
 *
 * Participants are interned in sorted id order (code-unit comparison), so the cohort
 * is the same whatever the input order.
 *
 * Complexity: O(n log n + total input size), plus one `Intl` lookup per distinct zone.
 */
import { inputIssue } from "../errors/issues.js";
import { MatchInputError, type MatchInputIssue } from "../errors/match-input-error.js";
import { weeklyAvailability } from "./availability/weekly-availability.js";
import { bannedPairs } from "./banned-pairs.js";
import type { NormalisedCohort } from "./cohort.js";
import { experienceYearsOf } from "./experience.js";
import { BUILTIN_FEATURES } from "./features.js";
import { importanceMatrix } from "./importance.js";
import { MAX_PARTICIPANTS, tooLarge } from "./limits.js";
import { internValues } from "./intern.js";
import { describeValue } from "../errors/describe-value.js";
import { didYouMean } from "../errors/suggest.js";
import { fromZodIssues, makeIssue, participantSubject } from "./issues.js";
import { ParticipantSchema } from "./participant-schema.js";
import { checkMatchOptions } from "./resolve-options.js";
import type { IdReference, MatchWarning } from "./referenced-ids.js";
import { IdIndex, checkReferences, describeProblem } from "./referenced-ids.js";
import { wishLists } from "./wish-lists.js";
import { WISH_FEATURE, withWishFeature } from "./wish-feature.js";
import { wishModeIssues } from "./wish-mode.js";
import { TagVocabulary, internTagLists, packTagFamily } from "./tag-family.js";
import type { Channel, Participant, ResolvedMatchOptions } from "./types.js";

const CHANNEL_BITS: Readonly<Record<Channel, number>> = {
  video: 1,
  phone: 2,
  chat: 4,
  email: 8,
  "in-person": 16,
};
const FREQUENCY_CODES = { weekly: 0, biweekly: 1, monthly: 2 } as const;
const MEETING_MODE_CODES = { "in-person": 0, virtual: 1, either: 2 } as const;

/**
 * Validates participants and options together and builds the index-based cohort that
 * the scorers read. Throws `MatchInputError` with every issue found: participant issue
 * paths start with the input index (`[3, "availability", "timezone"]`), option issue
 * paths with `"options"`, and messages start with `caller`.
 *
 * @example
 * ```ts
 * const cohort = normaliseCohort(
 *   [{ id: "b", goals: ["Leadership"] }, { id: "a", goals: ["leadership "] }],
 *   { availability: { referenceDate: "2026-03-15" } },
 *   "matchPeers",
 * );
 * cohort.ids; // ["a", "b"]
 * cohort.goals.vocabulary; // ["leadership"]
 * ```
 */
export function normaliseCohort(
  participants: unknown,
  options: unknown,
  caller: string,
  scope: CohortScope = "cohort",
): NormalisedCohort {
  const read = readCohort(participants, options, caller, scope);
  return buildCohort(read.participants, read.options, read.features, read.warnings);
}

/**
 * Validates participants and options as {@link normaliseCohort} does, and returns the
 * parsed participants in input order with the resolved options, feature names and the
 * warnings about ids outside the cohort. Throws a `MatchInputError` listing every issue.
 */
export function readCohort(
  participants: unknown,
  options: unknown,
  caller: string,
  scope: CohortScope = "cohort",
): { participants: Participant[]; options: ResolvedMatchOptions; features: string[]; warnings: MatchWarning[] } {
  const checkedOptions = checkMatchOptions(options, caller);
  if (!Array.isArray(participants)) {
    throw new MatchInputError([
      inputIssue(caller, "invalid_type", [], `participants must be an array, got ${describeValue(participants)}`),
      ...checkedOptions.issues,
    ]);
  }
  // Checked before parsing anything, so an oversized list fails fast and in fixed memory.
  if (participants.length > MAX_PARTICIPANTS) {
    throw new MatchInputError([
      tooLarge(caller, [], "the number of participants", participants.length, MAX_PARTICIPANTS),
      ...checkedOptions.issues,
    ]);
  }
  const features = featureNames(checkedOptions.options?.custom ?? rawCustomFeatures(options));
  const issues: MatchInputIssue[] = [];
  const parsed: Participant[] = [];
  const references: IdReference[] = [];
  const firstIndexOfId = new Map<string, number>();
  // A plain loop, not forEach: a hole in a sparse array is an issue, not a skipped entry.
  for (let index = 0; index < participants.length; index++) {
    const raw: unknown = participants[index];
    const subject = participantSubject(caller, index, raw);
    const result = ParticipantSchema.safeParse(raw, { reportInput: true });
    if (result.success) {
      parsed.push(result.data);
      references.push(...referencesOf(result.data, index));
    } else for (const issue of fromZodIssues(result.error.issues, subject, ParticipantSchema, raw)) issues.push(issue);
    const id = subject.participantId;
    if (id !== undefined) {
      const first = firstIndexOfId.get(id);
      if (first === undefined) firstIndexOfId.set(id, index);
      else
        issues.push(makeIssue(subject, "duplicate_id", ["id"], `is already used by the participant at index ${first}`));
    }
    for (const key of unknownImportanceKeys(raw, features)) {
      const hint = didYouMean(key, features) || ` (features: ${features.join(", ")})`;
      issues.push(makeIssue(subject, "unrecognized_key", ["importance", key], `is not a feature${hint}`));
    }
  }
  const policy = scope === "subset" ? "subset" : (checkedOptions.options?.unknownIds ?? "warn");
  const { problems, warnings } = checkReferences(references, new IdIndex([...firstIndexOfId.keys()]), policy, caller);
  for (const problem of problems) {
    const { participantId, field, position, issuePath } = problem.reference;
    issues.push(
      inputIssue(
        caller,
        "unknown_id",
        issuePath,
        `participant ${JSON.stringify(participantId)} ${field}[${position}] ${describeProblem(problem)}`,
        participantId,
      ),
    );
  }
  for (const issue of checkedOptions.issues) issues.push(issue);
  if (checkedOptions.options !== undefined)
    for (const issue of wishModeIssues(checkedOptions.options, participants.length, caller)) issues.push(issue);
  if (issues.length > 0 || checkedOptions.options === undefined) throw new MatchInputError(issues);
  return { participants: parsed, options: checkedOptions.options, features, warnings };
}

/**
 * `"cohort"`: the participants are the whole cohort, so ids they name outside it follow
 * `unknownIds` (wishes: always an issue). `"subset"`: a part of a cohort scored on its
 * own (one pair, the people a re-match frees), where ids outside it are normal and a
 * near-match may be another member of the cohort: no issue, no warning.
 */
export type CohortScope = "cohort" | "subset";

/** The ids a parsed participant refers to, with where each sits in the caller's input. */
function referencesOf(participant: Participant, index: number): IdReference[] {
  const out: IdReference[] = [];
  for (const field of ["exclude", "pastPartners", "wishes"] as const) {
    participant[field]?.forEach((id, position) => {
      out.push({ participantId: participant.id, issuePath: [index, field, position], field, position, id });
    });
  }
  return out;
}

function featureNames(custom: readonly { readonly name: string }[]): string[] {
  return [...BUILTIN_FEATURES, ...custom.map((feature) => feature.name)];
}

/** Custom feature names from options that failed validation, so importance keys can still be checked. */
function rawCustomFeatures(options: unknown): { name: string }[] {
  if (options === null || typeof options !== "object") return [];
  const custom: unknown = (options as { custom?: unknown }).custom;
  if (!Array.isArray(custom)) return [];
  return custom.flatMap((feature: unknown) => {
    if (feature === null || typeof feature !== "object") return [];
    const name: unknown = (feature as { name?: unknown }).name;
    return typeof name === "string" ? [{ name: name.trim() }] : [];
  });
}

/** Own keys of a raw participant's `importance` object that name no feature. */
function unknownImportanceKeys(raw: unknown, features: readonly string[]): string[] {
  if (raw === null || typeof raw !== "object") return [];
  const importance: unknown = (raw as { importance?: unknown }).importance;
  if (importance === null || typeof importance !== "object" || Array.isArray(importance)) return [];
  // A "__proto__" key is reported by the schema already.
  return Object.keys(importance).filter((key) => key !== "__proto__" && !features.includes(key));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildCohort(
  unsorted: readonly Participant[],
  resolved: NormalisedCohort["options"],
  givenFeatures: readonly string[],
  warnings: readonly MatchWarning[],
): NormalisedCohort {
  const participants = [...unsorted].sort((a, b) => compareIds(a.id, b.id));
  const withWishes = withWishFeature(resolved, participants);
  const options = withWishes;
  const features = withWishes === resolved ? givenFeatures : [...givenFeatures, WISH_FEATURE];
  const n = participants.length;
  const ids = participants.map((participant) => participant.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));

  // Goals, strengths and growth areas share one vocabulary, so bitsets of different
  // families can be intersected (complementarity: i's growth areas & j's strengths).
  const topics = new TagVocabulary();
  const goals = internTagLists(
    topics,
    participants.map((p) => p.goals),
  );
  const strengths = internTagLists(
    topics,
    participants.map((p) => p.strengths),
  );
  const growthAreas = internTagLists(
    topics,
    participants.map((p) => p.growthAreas),
  );
  const styleWords = new TagVocabulary();
  const styles = internTagLists(
    styleWords,
    participants.map((p) => p.communication?.styles),
  );
  const languageWords = new TagVocabulary();
  const languages = internTagLists(
    languageWords,
    participants.map((p) => p.languages),
  );

  const channels = new Uint8Array(n);
  const frequency = new Int8Array(n).fill(-1);
  const meetingMode = new Int8Array(n).fill(-1);
  const lat = new Float64Array(n).fill(Number.NaN);
  const lon = new Float64Array(n).fill(Number.NaN);
  const maxDistanceKm = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const hoursPerMonth = new Float64Array(n).fill(Number.NaN);
  const experienceYears = new Float64Array(n);
  participants.forEach((participant, i) => {
    for (const channel of participant.communication?.channels ?? []) channels[i] = channels[i]! | CHANNEL_BITS[channel];
    const often = participant.communication?.frequency;
    if (often !== undefined) frequency[i] = FREQUENCY_CODES[often];
    if (participant.meetingMode !== undefined) meetingMode[i] = MEETING_MODE_CODES[participant.meetingMode];
    if (participant.location !== undefined) {
      lat[i] = participant.location.lat;
      lon[i] = participant.location.lon;
    }
    if (participant.maxDistanceKm !== undefined) maxDistanceKm[i] = participant.maxDistanceKm;
    if (participant.hoursPerMonth !== undefined) hoursPerMonth[i] = participant.hoursPerMonth;
    experienceYears[i] = experienceYearsOf(participant);
  });

  return {
    n,
    ids,
    participants,
    options,
    goals: packTagFamily(topics, goals),
    strengths: packTagFamily(topics, strengths),
    growthAreas: packTagFamily(topics, growthAreas),
    styles: packTagFamily(styleWords, styles),
    languages: packTagFamily(languageWords, languages),
    channels,
    frequency,
    availability: weeklyAvailability(participants, options.availability.referenceDate),
    experienceYears,
    industry: internValues(participants.map((p) => p.industry)),
    organization: internValues(participants.map((p) => p.organization)),
    lat,
    lon,
    meetingMode,
    maxDistanceKm,
    hoursPerMonth,
    ...bannedPairs(participants, indexOf, options.allowPastPartners),
    importance: importanceMatrix(participants, features),
    features,
    ...wishLists(participants, indexOf, options.wishes.max),
    warnings,
  };
}
