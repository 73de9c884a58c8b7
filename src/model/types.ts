/**
 * The parsed participant and resolved options, as the scoring layer and the programs
 * see them after validation. `ParticipantSchema` / `MatchOptionsSchema` (zod, in this
 * folder) produce exactly these shapes; a type test keeps them in step.
 */

/** Names of the built-in features (public). */
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

export type CareerStage = "early" | "mid" | "senior" | "executive";
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type Channel = "video" | "phone" | "chat" | "email" | "in-person";
export type Frequency = "weekly" | "biweekly" | "monthly";
export type MeetingMode = "in-person" | "virtual" | "either";

/** A local weekly slot. `end` earlier than `start` crosses midnight; `"24:00"` is allowed. */
export interface Slot {
  readonly day: Weekday;
  readonly start: string;
  readonly end: string;
}

/** A participant after validation. Tags are trimmed; comparisons ignore case. */
export interface Participant {
  readonly id: string;
  readonly name?: string;
  readonly careerStage?: CareerStage;
  readonly experienceYears?: number;
  readonly industry?: string;
  readonly organization?: string;
  readonly goals?: readonly string[];
  readonly strengths?: readonly string[];
  readonly growthAreas?: readonly string[];
  readonly communication?: {
    readonly styles?: readonly string[];
    readonly channels?: readonly Channel[];
    readonly frequency?: Frequency;
  };
  readonly availability?: { readonly timezone: string; readonly slots: readonly Slot[] };
  readonly location?: { readonly lat: number; readonly lon: number; readonly label?: string };
  readonly meetingMode?: MeetingMode;
  readonly maxDistanceKm?: number;
  readonly languages?: readonly string[];
  readonly hoursPerMonth?: number;
  readonly capacity?: number;
  readonly importance?: Readonly<Record<string, number>>;
  readonly exclude?: readonly string[];
  readonly pastPartners?: readonly string[];
  readonly attributes?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

export type Solver = "optimal" | "fair" | "stable" | "greedy";
export type Reciprocity = "mean" | "min" | "geometric";

/** A custom feature: `score` returns a number in [0, 1], or `null` to veto the pair. */
export interface CustomFeature {
  readonly name: string;
  readonly weight: number;
  readonly score: (a: Participant, b: Participant) => number | null;
}

/** Match options with every default filled in. */
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
}
