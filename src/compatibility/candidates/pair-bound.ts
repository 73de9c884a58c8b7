/**
 * An upper bound on a pair's weight that costs a fraction of scoring it, so that the
 * candidate scan runs the kernel only on the pairs that could enter someone's list.
 *
 * With a_ik = W_k·I_ik / Σ_k W_k·I_ik (person i's normalised weight of slot k, as in
 * `score-pair.ts`), x_k the feature values (m when unknown) and F the organisation
 * factor, s(i→j) = F · Σ_k a_ik·x_k(i→j). Two bounds, each replacing some x_k by an
 * upper bound x̄_k ≥ x_k and keeping the others exact (same formulas as `features/`):
 *
 * - `pairBound` (cheap): goals, complementarity (both ways), experience and commitment
 *   exact; availability bounded by the hours of the week the two share (each holds at
 *   most 60 shared minutes, and the score rises with the overlap); communication,
 *   geography, industry and language at 1 when both gave the data they need, else m.
 * - `closeBound`: as `pairBound`, with availability, communication, industry and
 *   language exact; only geography stays at 1 (or m).
 *
 * Custom slots count 1. So s̄ ≥ s and, since every reciprocity (mean, min, geometric)
 * is increasing in both scores, w̄ = reciprocity(s̄_ij, s̄_ji) ≥ w. A margin of 1e-6
 * relative (+1e-9) covers float32 storage and summation order.
 *
 * The arrays are indexed by scan position (people in the scan's locality order), so the
 * inner loop reads memory in order; everything is a flat typed array.
 * The feature formulas are mirrored here; `pair-bound.prop.test.ts` checks w̄ ≥ w.
 * Complexity: O(n · (K + tag words)) to prepare, O(tag words) per pair.
 * References: none.
 */
import { EXPERIENCE_FADE_YEARS } from "../../features/experience.js";
import { ORGANIZATION_AVOID_FACTOR } from "../../features/organization.js";
import {
  AVAILABILITY,
  BUILTIN_COUNT,
  COMMITMENT,
  COMMUNICATION,
  COMPLEMENTARITY,
  EXPERIENCE,
  GEOGRAPHY,
  GOALS,
  INDUSTRY,
  LANGUAGE,
} from "../../features/registry.js";
import { popcount32 } from "../../features/tags.js";
import type { PairKernel } from "../score-pair.js";
import { availabilityFromOverlap, availabilityOverlap } from "../../features/availability.js";
import { communicationScore } from "../../features/communication.js";
import type { ScoringContext } from "../../features/feature.js";
import { industryScore } from "../../features/industry.js";
import { languageScore } from "../../features/language.js";

/** Words of the hour-of-week bitsets (168 hours). */
export const HOUR_WORDS = 6;

/** Per-person data of the bound, by scan position. */
export interface PairBounds {
  readonly n: number;
  /** position → participant index. */
  readonly order: Int32Array;
  /** Words per person of the topic bitsets (goals, growth areas, strengths share one numbering). */
  readonly words: number;
  readonly goals: Uint32Array;
  readonly goalCount: Int32Array;
  readonly growth: Uint32Array;
  readonly growthCount: Int32Array;
  /** Strengths in the growth-area numbering (see `complementarity.ts`). */
  readonly strengths: Uint32Array;
  /** Number of strengths as given (0: the complementarity j→i is unknown). */
  readonly strengthCount: Int32Array;
  readonly hours: Uint32Array;
  /** 1 when the person gave availability. */
  readonly available: Uint8Array;
  readonly years: Float64Array;
  readonly monthly: Float64Array;
  readonly organization: Int32Array;
  /** Normalised weights a_ik of the computed slots. */
  readonly aGoals: Float64Array;
  readonly aCover: Float64Array;
  readonly aAvailability: Float64Array;
  readonly aExperience: Float64Array;
  readonly aCommitment: Float64Array;
  /**
   * rest[p·16 + mask] = Σ a_pk · x̄_k over communication, geography, industry and
   * language (x̄_k = 1 when slot k's bit is in `mask`, else m) plus the custom slots;
   * the pair's mask is the AND of both people's `has` bits.
   */
  readonly rest: Float64Array;
  /** Bits of the data a person gave: 1 communication, 2 geography, 4 industry, 8 language. */
  readonly has: Uint8Array;
  /** a_ik of communication, industry and language (for `closeBound`). */
  readonly aCommunication: Float64Array;
  readonly aIndustry: Float64Array;
  readonly aLanguage: Float64Array;
  readonly ctx: ScoringContext;
  /** The missing value m. */
  readonly missing: number;
  readonly tolerance: number;
  /** 3 · meeting length: the overlap at which availability scores 1. */
  readonly fullOverlap: number;
  /** Organisation factor for a same-organisation pair (1 unless `organization: "avoid"`). */
  readonly sameOrganizationFactor: number;
  /** 0 mean, 1 min, 2 geometric. */
  readonly reciprocity: number;
}

/** Prepares the bound's arrays in the scan order `order` (position → participant). */
export function preparePairBounds(kernel: PairKernel, order: Int32Array): PairBounds {
  const { ctx, slots, rowWeights, totals } = kernel;
  const { cohort, options } = ctx;
  const { n } = cohort;
  const m = ctx.missingValue;
  const words = cohort.growthAreas.words;
  const goals = new Uint32Array(n * words);
  const growth = new Uint32Array(n * words);
  const strengths = new Uint32Array(n * words);
  const goalCount = new Int32Array(n);
  const growthCount = new Int32Array(n);
  const strengthCount = new Int32Array(n);
  const hours = new Uint32Array(n * HOUR_WORDS);
  const available = new Uint8Array(n);
  const years = new Float64Array(n);
  const monthly = new Float64Array(n);
  const organization = new Int32Array(n);
  const aGoals = new Float64Array(n);
  const aCover = new Float64Array(n);
  const aAvailability = new Float64Array(n);
  const aExperience = new Float64Array(n);
  const aCommitment = new Float64Array(n);
  const aCommunication = new Float64Array(n);
  const aIndustry = new Float64Array(n);
  const aLanguage = new Float64Array(n);
  const rest = new Float64Array(n * 16);
  const has = new Uint8Array(n);
  const { availability: av } = cohort;
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    for (let w = 0; w < words; w++) {
      goals[p * words + w] = cohort.goals.bits[i * words + w]!;
      growth[p * words + w] = cohort.growthAreas.bits[i * words + w]!;
      strengths[p * words + w] = ctx.complementarity.strengthBits[i * words + w]!;
    }
    goalCount[p] = cohort.goals.count[i]!;
    growthCount[p] = cohort.growthAreas.count[i]!;
    strengthCount[p] = cohort.strengths.count[i]!;
    for (let w = 0; w < HOUR_WORDS; w++) hours[p * HOUR_WORDS + w] = ctx.availability.hourBits[i * HOUR_WORDS + w]!;
    available[p] = av.present[i] === 1 && av.offsets[i + 1]! > av.offsets[i]! ? 1 : 0;
    years[p] = cohort.experienceYears[i]!;
    monthly[p] = cohort.hoursPerMonth[i]!;
    organization[p] = cohort.organization[i]!;
    const total = totals[i]!;
    const a = (k: number): number => (total > 0 ? rowWeights[i * slots + k]! / total : 0);
    aGoals[p] = a(GOALS);
    aCover[p] = a(COMPLEMENTARITY);
    aAvailability[p] = a(AVAILABILITY);
    aExperience[p] = a(EXPERIENCE);
    aCommitment[p] = a(COMMITMENT);
    aCommunication[p] = a(COMMUNICATION);
    aIndustry[p] = a(INDUSTRY);
    aLanguage[p] = a(LANGUAGE);
    has[p] =
      (ownCommunication(kernel, i) ? 1 : 0) |
      (cohort.meetingMode[i]! >= 0 || !Number.isNaN(cohort.lat[i]!) ? 2 : 0) |
      (cohort.industry[i]! >= 0 ? 4 : 0) |
      (cohort.languages.count[i]! > 0 ? 8 : 0);
    let custom = 0;
    for (let k = BUILTIN_COUNT; k < slots; k++) custom += a(k);
    for (let mask = 0; mask < 16; mask++) {
      rest[p * 16 + mask] =
        custom +
        a(COMMUNICATION) * (mask & 1 ? 1 : m) +
        a(GEOGRAPHY) * (mask & 2 ? 1 : m) +
        a(INDUSTRY) * (mask & 4 ? 1 : m) +
        a(LANGUAGE) * (mask & 8 ? 1 : m);
    }
  }
  const meeting = options.availability.minOverlapMinutes > 0 ? options.availability.minOverlapMinutes : 60;
  return {
    n,
    order,
    words,
    goals,
    goalCount,
    growth,
    growthCount,
    strengths,
    strengthCount,
    hours,
    available,
    years,
    monthly,
    organization,
    aGoals,
    aCover,
    aAvailability,
    aExperience,
    aCommitment,
    aCommunication,
    aIndustry,
    aLanguage,
    rest,
    has,
    ctx,
    missing: m,
    tolerance: options.experience.toleranceYears,
    fullOverlap: 3 * meeting,
    sameOrganizationFactor: options.organization === "avoid" ? ORGANIZATION_AVOID_FACTOR : 1,
    reciprocity: options.reciprocity === "mean" ? 0 : options.reciprocity === "min" ? 1 : 2,
  };
}

/** Whether i gave any part of the communication feature (styles, channels, frequency). */
function ownCommunication(kernel: PairKernel, i: number): boolean {
  const { cohort } = kernel.ctx;
  return cohort.styles.count[i]! > 0 || cohort.channels[i]! !== 0 || cohort.frequency[i]! >= 0;
}

/** The number of hours of the week both the people at positions p and q touch. */
export function sharedHours(bounds: PairBounds, p: number, q: number): number {
  const h = bounds.hours;
  let shared = 0;
  for (let w = 0; w < HOUR_WORDS; w++) shared += popcount32(h[p * HOUR_WORDS + w]! & h[q * HOUR_WORDS + w]!);
  return shared;
}

/**
 * The cheap bound on w for the people at positions p and q, who touch `shared` common
 * hours of the week (see the header).
 */
export function pairBound(b: PairBounds, p: number, q: number, shared: number): number {
  const m = b.missing;
  const availability = b.available[p] === 1 && b.available[q] === 1 ? Math.min(1, (60 * shared) / b.fullOverlap) : m;
  const mask = b.has[p]! & b.has[q]!;
  return bound(b, p, q, availability, b.rest[p * 16 + mask]!, b.rest[q * 16 + mask]!);
}

/**
 * The close bound on w for the people at positions p and q: `pairBound` with the
 * weekly overlap, communication, industry and language computed exactly.
 */
export function closeBound(b: PairBounds, p: number, q: number): number {
  const { ctx } = b;
  const m = b.missing;
  const i = b.order[p]!;
  const j = b.order[q]!;
  const overlap = availabilityOverlap(ctx, i, j);
  const availability = Number.isNaN(overlap) ? m : availabilityFromOverlap(ctx, overlap);
  const communication = known(communicationScore(ctx, i, j), m);
  const industry = known(industryScore(ctx, i, j), m);
  const language = known(languageScore(ctx, i, j), m);
  // Keep geography and the custom slots from the bucket: the bucket without the
  // communication, industry and language bits counts exactly m for those three.
  const mask = b.has[p]! & b.has[q]! & 2;
  const restP =
    b.rest[p * 16 + mask]! +
    b.aCommunication[p]! * (communication - m) +
    b.aIndustry[p]! * (industry - m) +
    b.aLanguage[p]! * (language - m);
  const restQ =
    b.rest[q * 16 + mask]! +
    b.aCommunication[q]! * (communication - m) +
    b.aIndustry[q]! * (industry - m) +
    b.aLanguage[q]! * (language - m);
  return bound(b, p, q, availability, restP, restQ);
}

/** x, or m when x is NaN (unknown). */
function known(x: number, m: number): number {
  return Number.isNaN(x) ? m : x;
}

/** The bound with availability and the rest of each side given; the other computed slots exact. */
function bound(b: PairBounds, p: number, q: number, availability: number, restP: number, restQ: number): number {
  const m = b.missing;
  const words = b.words;
  // Topic bitsets: shared goals, p's growth covered by q, q's growth covered by p.
  let common = 0;
  let coverP = 0;
  let coverQ = 0;
  for (let w = 0; w < words; w++) {
    const wp = p * words + w;
    const wq = q * words + w;
    common += popcount32(b.goals[wp]! & b.goals[wq]!);
    coverP += popcount32(b.growth[wp]! & b.strengths[wq]!);
    coverQ += popcount32(b.growth[wq]! & b.strengths[wp]!);
  }
  const gp = b.goalCount[p]!;
  const gq = b.goalCount[q]!;
  const goals = gp === 0 || gq === 0 ? m : common / (gp + gq - common);
  const rp = b.growthCount[p]!;
  const rq = b.growthCount[q]!;
  const complementP = rp === 0 || b.strengthCount[q] === 0 ? m : coverP / rp;
  const complementQ = rq === 0 || b.strengthCount[p] === 0 ? m : coverQ / rq;
  const gap = Math.abs(b.years[p]! - b.years[q]!);
  const beyond = gap - b.tolerance;
  const experience = Number.isNaN(gap) ? m : beyond > 0 ? Math.max(0, 1 - beyond / EXPERIENCE_FADE_YEARS) : 1;
  const hp = b.monthly[p]!;
  const hq = b.monthly[q]!;
  const ratio = hp < hq ? hp / hq : hq / hp;
  const commitment = Number.isNaN(ratio) ? m : ratio;
  const op = b.organization[p]!;
  const factor = op >= 0 && op === b.organization[q] ? b.sameOrganizationFactor : 1;
  const sP =
    factor *
    (b.aGoals[p]! * goals +
      b.aCover[p]! * complementP +
      b.aAvailability[p]! * availability +
      b.aExperience[p]! * experience +
      b.aCommitment[p]! * commitment +
      restP);
  const sQ =
    factor *
    (b.aGoals[q]! * goals +
      b.aCover[q]! * complementQ +
      b.aAvailability[q]! * availability +
      b.aExperience[q]! * experience +
      b.aCommitment[q]! * commitment +
      restQ);
  const w = b.reciprocity === 0 ? (sP + sQ) / 2 : b.reciprocity === 1 ? Math.min(sP, sQ) : Math.sqrt(sP * sQ);
  return w * (1 + 1e-6) + 1e-9;
}
