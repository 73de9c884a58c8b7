/**
 * The compact, index-based form of a validated cohort that the feature scorers read.
 * Built by `normaliseCohort` in one pass; every per-person array has length `n` and is
 * indexed by the interned participant index.
 *
 * Numbering: participants are interned in sorted id order (plain code-unit comparison),
 * so index `i` is `ids[i]` and nothing downstream depends on the input order.
 */
import type { MatchWarning } from "./referenced-ids.js";
import type { Participant, ResolvedMatchOptions } from "./types.js";

/**
 * One tag family (goals, strengths, …) as bitsets: person `i` holds tag `t` when bit
 * `t` of `bits[i * words + (t >>> 5)]` is set. Tags are trimmed and lower-cased before
 * interning; `vocabulary[t]` is the tag as first written, in participant index order
 * (for explanations).
 *
 * `goals`, `strengths` and `growthAreas` share one vocabulary (the same array, the same
 * `words`), so their bitsets can be intersected across families: complementarity is
 * `growthAreas[i] & strengths[j]`. `styles` and `languages` each have their own.
 */
export interface TagFamily {
  /** Uint32 words per person. */
  readonly words: number;
  readonly bits: Uint32Array;
  /** Number of distinct tags each person has (0 when the field is missing or empty). */
  readonly count: Uint16Array;
  /** 1 when the person gave the field (even as an empty list), else 0. */
  readonly present: Uint8Array;
  readonly vocabulary: readonly string[];
}

/**
 * Weekly availability in UTC minutes of the week, 0 = Monday 00:00 UTC, week length
 * 10080. Each person's intervals are half-open `[start, end)`, sorted, merged and
 * non-overlapping, with 0 <= start < end <= 10080 (a slot that wraps past Sunday
 * 24:00 UTC is split in two). Person `i` owns entries `offsets[i] .. offsets[i+1]-1`.
 */
export interface WeeklyAvailability {
  readonly offsets: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 when the person gave availability, else 0. */
  readonly present: Uint8Array;
  /** UTC offset in minutes that each person's zone has on the reference date (NaN if none). */
  readonly utcOffsetMinutes: Float64Array;
}

/** Missing numbers are `NaN`; missing categorical values are `-1`. */
export interface NormalisedCohort {
  readonly n: number;
  readonly ids: readonly string[];
  /** Validated participants, index-aligned with `ids` (copies, never the caller's objects). */
  readonly participants: readonly Participant[];
  readonly options: ResolvedMatchOptions;

  readonly goals: TagFamily;
  readonly strengths: TagFamily;
  readonly growthAreas: TagFamily;
  readonly styles: TagFamily;
  readonly languages: TagFamily;
  /** Channels as a 5-bit mask per person (video, phone, chat, email, in-person); 0 = none given. */
  readonly channels: Uint8Array;
  /** 0 weekly, 1 biweekly, 2 monthly, -1 missing. */
  readonly frequency: Int8Array;

  readonly availability: WeeklyAvailability;

  /** Years of experience; falls back to a value derived from `careerStage`; NaN if neither. */
  readonly experienceYears: Float64Array;
  /** Interned lower-cased industry / organisation, -1 when missing. */
  readonly industry: Int32Array;
  readonly organization: Int32Array;

  /** Degrees; NaN when no location. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** 0 in-person, 1 virtual, 2 either, -1 missing. */
  readonly meetingMode: Int8Array;
  /** Kilometres; Infinity when not given. */
  readonly maxDistanceKm: Float64Array;
  /** NaN when missing. */
  readonly hoursPerMonth: Float64Array;

  /**
   * Pairs that may never be matched, from `exclude` on either side and, unless
   * `allowPastPartners`, `pastPartners` on either side; as a symmetric adjacency list
   * (CSR: person `i`'s banned partners are `bannedIndex[bannedOffsets[i] .. bannedOffsets[i+1]-1]`,
   * sorted), with `bannedReason` parallel to it: 0 excluded, 1 past partner.
   * Ids in `exclude`/`pastPartners` that are not in the cohort are ignored (they
   * cannot be paired anyway).
   */
  readonly bannedOffsets: Int32Array;
  readonly bannedIndex: Int32Array;
  readonly bannedReason: Uint8Array;

  /**
   * Per-person feature importance: `importance[i * features.length + f]` multiplies the
   * program weight of `features[f]` in s(i→·). 1 when the person did not set it.
   */
  readonly importance: Float64Array;
  /** Feature names in scoring order: the built-ins, then custom features in option order. */
  readonly features: readonly string[];

  /**
   * Ranked wishes (CSR): person i's wishes, best first, are
   * `wishIndex[wishOffsets[i] .. wishOffsets[i+1]-1]`: the first `wishes.max` distinct
   * ids of her `wishes` other than herself. `wishRank[i * ...]` is not stored: the rank
   * of an entry is its position in the list (0 = first choice).
   */
  readonly wishOffsets: Int32Array;
  readonly wishIndex: Int32Array;
  /** Ids outside the cohort listed in `exclude`/`pastPartners` (policy `"warn"`), sorted. */
  readonly warnings: readonly MatchWarning[];
}
