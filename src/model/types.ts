/**
 * The parsed participant and resolved options, as the scoring layer and the programs
 * see them after validation. `ParticipantSchema` / `MatchOptionsSchema` (zod, in this
 * folder) produce exactly these shapes; a type test keeps them in step.
 */

/**
 * Names of the built-in features (public).
 *
 * @example
 * ```ts
 * const off: FeatureName = "geography";
 * ```
 */
export type FeatureName =
  | "goals"
  | "complementarity"
  | "communication"
  | "availability"
  | "geography"
  | "experience"
  | "industry"
  | "language"
  | "commitment";

/**
 * Career stage; used for experience when `experienceYears` is absent.
 *
 * @example
 * ```ts
 * const stage: CareerStage = "mid";
 * ```
 */
export type CareerStage = "early" | "mid" | "senior" | "executive";
/**
 * Day of a weekly slot, Monday first.
 *
 * @example
 * ```ts
 * const day: Weekday = "mon";
 * ```
 */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/**
 * A way of meeting or talking.
 *
 * @example
 * ```ts
 * const channels: Channel[] = ["video", "chat"];
 * ```
 */
export type Channel = "video" | "phone" | "chat" | "email" | "in-person";
/**
 * How often a pair wants to meet.
 *
 * @example
 * ```ts
 * const often: Frequency = "biweekly";
 * ```
 */
export type Frequency = "weekly" | "biweekly" | "monthly";
/**
 * Whether a participant meets in person, virtually, or either.
 *
 * @example
 * ```ts
 * const mode: MeetingMode = "either";
 * ```
 */
export type MeetingMode = "in-person" | "virtual" | "either";

/**
 * A local weekly slot. `end` earlier than `start` crosses midnight; `"24:00"` is allowed.
 *
 * @example
 * ```ts
 * const lateShift: Slot = { day: "fri", start: "22:00", end: "01:00" };
 * ```
 */
export interface Slot {
  /** Local weekday. */
  readonly day: Weekday;
  /** Local start, "HH:MM" (00:00–23:59). */
  readonly start: string;
  /** Local end, "HH:MM" (00:00–24:00); earlier than `start` crosses midnight. */
  readonly end: string;
}

/**
 * A participant after validation. Tags are trimmed; comparisons ignore case.
 *
 * @example
 * ```ts
 * const p: Participant = ParticipantSchema.parse({ id: "ana", languages: ["en"] });
 * ```
 */
export interface Participant {
  /** Unique id, 1–200 characters; any string, `__proto__` included. */
  readonly id: string;
  /** Display name only. */
  readonly name?: string;
  /** Used for experience when `experienceYears` is absent. */
  readonly careerStage?: CareerStage;
  /** Years of experience, 0–70. */
  readonly experienceYears?: number;
  /** Industry (compared trimmed and case-insensitively). */
  readonly industry?: string;
  /** Organisation (compared trimmed and case-insensitively). */
  readonly organization?: string;
  /** What they want to work on (tags). */
  readonly goals?: readonly string[];
  /** What they can offer (tags). */
  readonly strengths?: readonly string[];
  /** What they want to develop (tags). */
  readonly growthAreas?: readonly string[];
  /** Communication styles (tags), channels and meeting frequency. */
  readonly communication?: {
    readonly styles?: readonly string[];
    readonly channels?: readonly Channel[];
    readonly frequency?: Frequency;
  };
  /** Local weekly slots in an IANA time zone. */
  readonly availability?: { readonly timezone: string; readonly slots: readonly Slot[] };
  /** Where they are, in degrees, with an optional label. */
  readonly location?: { readonly lat: number; readonly lon: number; readonly label?: string };
  /** In person, virtual, or either. */
  readonly meetingMode?: MeetingMode;
  /** Farthest distance for in-person meetings, in kilometres (> 0). */
  readonly maxDistanceKm?: number;
  /** Languages they can meet in (tags). */
  readonly languages?: readonly string[];
  /** Time commitment in hours per month (> 0). */
  readonly hoursPerMonth?: number;
  /** Mentors only: how many mentees (default 1; 0 = none this cycle). */
  readonly capacity?: number;
  /** Their own weight per feature name (≥ 0), multiplied into the program weight for their view of others. */
  readonly importance?: Readonly<Record<string, number>>;
  /** Ids they must never be paired with (either side excluding is enough). */
  readonly exclude?: readonly string[];
  /** Ids of earlier partners; not re-paired unless `allowPastPartners`. */
  readonly pastPartners?: readonly string[];
  /**
   * Ids of the people they would like to be matched with, best first (see
   * `MatchOptions.wishes`). Every id must be in the cohort.
   */
  readonly wishes?: readonly string[];
  /** Free data for custom features. */
  readonly attributes?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

/**
 * The assignment algorithm: exact optimum, max-min fair, stable, or the greedy baseline.
 *
 * @example
 * ```ts
 * const solver: Solver = "stable";
 * ```
 */
export type Solver = "optimal" | "fair" | "stable" | "greedy";
/**
 * How two directional scores combine into a pair weight.
 *
 * @example
 * ```ts
 * const reciprocity: Reciprocity = "geometric";
 * ```
 */
export type Reciprocity = "mean" | "min" | "geometric";

/**
 * A custom feature: `score` returns a number in [0, 1], or `null` to veto the pair.
 *
 * @example
 * ```ts
 * const sameTeam: CustomFeature = {
 *   name: "team",
 *   weight: 1,
 *   score: (a, b) => (a.attributes?.["team"] === b.attributes?.["team"] ? 1 : 0),
 * };
 * ```
 */
export interface CustomFeature {
  /** Unique name, different from the built-in feature names. */
  readonly name: string;
  /** Program weight of the feature (≥ 0). */
  readonly weight: number;
  /** Scores `a`'s view of `b`: a number in [0, 1], or `null` to veto the pair. */
  readonly score: (a: Participant, b: Participant) => number | null;
}

/**
 * Match options with every default filled in.
 *
 * @example
 * ```ts
 * const resolved: ResolvedMatchOptions = resolveMatchOptions({ solver: "fair" }, "example");
 * ```
 */
export interface ResolvedMatchOptions {
  readonly solver: Solver;
  /** Program weight per feature name (built-in defaults merged with the caller's). */
  readonly weights: Readonly<Record<string, number>>;
  readonly availability: { readonly minOverlapMinutes: number; readonly referenceDate: string };
  readonly experience: {
    readonly toleranceYears: number;
    readonly maxGapYears?: number;
    readonly minGapYears?: number;
  };
  readonly industry: "same" | "different" | "any";
  readonly organization: "allow" | "avoid" | "forbid";
  readonly language: { readonly required: boolean };
  readonly custom: readonly CustomFeature[];
  readonly reciprocity: Reciprocity;
  readonly missing: "zero" | "neutral";
  readonly oddHandling: "unmatched" | "trio";
  readonly minScore?: number;
  readonly allowPastPartners: boolean;
  readonly seed: string;
  /**
   * For large peer cohorts: the solvers consider only pairs in which one member is among
   * the other's `topK` best-weighted feasible partners among the people being matched
   * (ties at the cut are kept). The result is then exact on that sparse graph, not on
   * every feasible pair. No value: every feasible pair.
   */
  readonly topK?: number;
  /**
   * `solver: "stable"` only: return the stable matching (or, when none exists, Tan's
   * maximum stable matching) as it is, even when it leaves people alone that a larger
   * matching would pair. By default (false) the stable solver matches as many people as
   * `optimal`, changing as few pairs of the stable matching as it can.
   */
  readonly strictStable: boolean;
  /**
   * Ids in `exclude` or `pastPartners` that name nobody in the cohort: `"warn"` lists
   * them in `result.warnings`, `"error"` throws, `"ignore"` says nothing. An id that
   * equals someone in the cohort up to case, spaces or Unicode form is always an error.
   */
  readonly unknownIds: "warn" | "error" | "ignore";
  /** Groups (pairs or trios, ids) that must be in the result. Not recorded in `meta.options`. */
  readonly pins: readonly (readonly string[])[];
  /** How participants' ranked `wishes` count (see the options schema). */
  readonly wishes: ResolvedWishes;
}

/**
 * Resolved `wishes` options: `"bonus"` adds a wish feature with `weight` to the score
 * (see `wish-feature.ts`); `"rank-maximal"` grants as many first choices as possible,
 * then second choices, …, then the best score (`weight` unused). Only the first `max`
 * wishes of each person count.
 *
 * @example
 * ```ts
 * const wishes: ResolvedWishes = { mode: "bonus", max: 5, weight: 2 };
 * ```
 */
export interface ResolvedWishes {
  readonly mode: "bonus" | "rank-maximal";
  readonly max: number;
  readonly weight: number;
}
