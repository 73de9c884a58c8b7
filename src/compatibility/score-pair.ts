/**
 * The pair kernel: every feature score, veto and the two directional scores of one
 * pair, on the cohort's typed arrays with no allocation. The bulk pass and the
 * explanations both call `scorePair`, so an explanation's numbers are the fast path's.
 *
 * Directional score, with K features (built-ins in registry order, then custom ones),
 * W_k the program weight, I_ik person i's importance for feature k, x_k(i→j) in [0, 1]
 * (m = the `missing` value when unknown) and F the organisation factor (0.5 for a
 * same-organisation pair under `organization: "avoid"`, else 1):
 *
 *   s(i→j) = F · Σ_k W_k·I_ik·x_k(i→j) / Σ_k W_k·I_ik,   and 0 when Σ_k W_k·I_ik = 0.
 *
 * The denominator is per person and includes features whose data is missing (weights
 * are never redistributed). Complexity per pair: O(tag words + availability intervals
 * + log banned degree) plus the custom features' own cost.
 * References: none.
 */
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { availabilityFromOverlap, availabilityOverlap, availabilityVetoes } from "../features/availability.js";
import { commitmentScore } from "../features/commitment.js";
import { communicationScore } from "../features/communication.js";
import { complementarityScore } from "../features/complementarity.js";
import { customScore } from "../features/custom.js";
import { experienceScore, experienceVetoes } from "../features/experience.js";
import type { ScoringContext } from "../features/feature.js";
import { distanceVetoes, geographyScore, inPersonDistance, meetingModeVetoes } from "../features/geography.js";
import { goalsScore } from "../features/goals.js";
import { industryScore } from "../features/industry.js";
import { languageScore, languageVetoes } from "../features/language.js";
import { organizationFactor, organizationVetoes } from "../features/organization.js";
import {
  AVAILABILITY,
  BUILTIN_COUNT,
  builtinFeatures,
  COMMITMENT,
  COMMUNICATION,
  COMPLEMENTARITY,
  EXPERIENCE,
  GEOGRAPHY,
  GOALS,
  INDUSTRY,
  LANGUAGE,
} from "../features/registry.js";
import type { NormalisedCohort } from "../model/cohort.js";
import type { CustomFeature } from "../model/types.js";
import {
  bannedVeto,
  VETO_AVAILABILITY,
  VETO_CUSTOM,
  VETO_DISTANCE,
  VETO_EXPERIENCE,
  VETO_LANGUAGE,
  VETO_MEETING_MODE,
  VETO_ORGANIZATION,
} from "./vetoes.js";

/** Per-cohort state of the kernel plus its per-pair scratch. */
export interface PairKernel {
  readonly ctx: ScoringContext;
  /** Feature names in slot order: built-ins, then custom features. */
  readonly names: readonly string[];
  /** K = names.length. */
  readonly slots: number;
  /** W_k per slot (industry under "any" counts 0). */
  readonly programWeights: Float64Array;
  /** rowWeights[i·K + k] = W_k · I_ik. */
  readonly rowWeights: Float64Array;
  /** importanceSlot[k] = index of slot k in `cohort.features` (-1: importance 1). */
  readonly importanceSlot: readonly number[];
  /** totals[i] = Σ_k rowWeights[i·K + k]. */
  readonly totals: Float64Array;
  readonly custom: readonly CustomFeature[];
  /** active[k] = 1 when built-in slot k has a program weight > 0 (the bulk pass computes only those). */
  readonly active: Uint8Array;
  /** All ones: explanations compute every feature. */
  readonly all: Uint8Array;
  /** The bulk pass needs the weekly overlap (for the score or the veto). */
  readonly needsOverlap: boolean;
  /** Scratch of the last pair: x[k] = x_k(i→j), x[K + k] = x_k(j→i); NaN = unknown. */
  readonly x: Float64Array;
  /** Scratch: customVeto[c] bit 1 when x_c(i→j) is null, bit 2 when x_c(j→i) is. */
  readonly customVeto: Uint8Array;
  /** Scratch: s(i→j), s(j→i) of the last pair (float64, before storage rounding). */
  readonly s: Float64Array;
  /** First invalid custom value per custom feature. */
  readonly issues: (MatchInputIssue | undefined)[];
}

/** Build the kernel for a prepared context. O(n · K). */
export function createPairKernel(ctx: ScoringContext): PairKernel {
  const { cohort, options } = ctx;
  const custom = options.custom;
  const names = [...builtinFeatures().map((f) => f.name), ...custom.map((f) => f.name)];
  const slots = names.length;
  const programWeights = new Float64Array(slots);
  names.forEach((name, k) => {
    const customFeature = custom[k - BUILTIN_COUNT];
    const weight = customFeature ? customFeature.weight : (options.weights[name] ?? 0);
    programWeights[k] = k === INDUSTRY && options.industry === "any" ? 0 : weight;
  });
  const importanceSlot = names.map((name) => cohort.features.indexOf(name));
  const rowWeights = new Float64Array(cohort.n * slots);
  const totals = new Float64Array(cohort.n);
  for (let i = 0; i < cohort.n; i++) {
    let total = 0;
    for (let k = 0; k < slots; k++) {
      const w = programWeights[k]! * importanceOf(cohort, importanceSlot[k]!, i);
      rowWeights[i * slots + k] = w;
      total += w;
    }
    totals[i] = Number.isFinite(total)
      ? total
      : rescaleRow(rowWeights.subarray(i * slots, (i + 1) * slots), programWeights, (k) =>
          importanceOf(cohort, importanceSlot[k]!, i),
        );
  }
  return {
    ctx,
    names,
    slots,
    programWeights,
    rowWeights,
    importanceSlot,
    totals,
    custom,
    active: Uint8Array.from(programWeights.subarray(0, BUILTIN_COUNT), (w) => (w > 0 ? 1 : 0)),
    all: new Uint8Array(BUILTIN_COUNT).fill(1),
    needsOverlap: programWeights[AVAILABILITY]! > 0 || options.availability.minOverlapMinutes > 0,
    x: new Float64Array(2 * slots),
    customVeto: new Uint8Array(custom.length),
    s: new Float64Array(2),
    issues: custom.map(() => undefined),
  };
}

/**
 * Refills a row whose weights W_k·I_ik overflow (huge but finite inputs) with
 * (W_k / max W)·(I_ik / max I_i): proportional, so every ratio w / total is unchanged,
 * and each entry at most 1. Returns the new row total.
 */
function rescaleRow(row: Float64Array, programWeights: Float64Array, importance: (k: number) => number): number {
  let maxWeight = 0;
  let maxImportance = 0;
  for (let k = 0; k < row.length; k++) {
    maxWeight = Math.max(maxWeight, programWeights[k]!);
    maxImportance = Math.max(maxImportance, importance(k));
  }
  let total = 0;
  for (let k = 0; k < row.length; k++) {
    const w = (programWeights[k]! / maxWeight) * (importance(k) / maxImportance);
    row[k] = w;
    total += w;
  }
  return total;
}

/** Person i's importance for the feature at `cohort.features[f]` (1 when f < 0). */
export function importanceOf(cohort: NormalisedCohort, f: number, i: number): number {
  return f < 0 ? 1 : cohort.importance[i * cohort.features.length + f]!;
}

/**
 * Score pair (i, j): fills `kernel.x`, `kernel.s` and returns the veto mask (0 =
 * feasible). With `full` false (the bulk pass) it returns at the first veto found and
 * skips features whose program weight is 0; with `full` true it computes everything,
 * vetoes included, for explanations. For a feasible pair `kernel.s` is identical either way.
 */
export function scorePair(kernel: PairKernel, i: number, j: number, full: boolean): number {
  const { ctx } = kernel;
  const { cohort } = ctx;
  let veto = bannedVeto(cohort, i, j);
  if (veto !== 0 && !full) return veto;
  veto |= profileVetoes(ctx, i, j);
  const distance = inPersonDistance(ctx, i, j);
  if (distanceVetoes(ctx, i, j, distance)) veto |= VETO_DISTANCE;
  if (veto !== 0 && !full) return veto;
  const overlap = full || kernel.needsOverlap ? availabilityOverlap(ctx, i, j) : Number.NaN;
  if (availabilityVetoes(ctx, overlap)) veto |= VETO_AVAILABILITY;
  if (veto !== 0 && !full) return veto;

  writeBuiltinScores(kernel, i, j, full ? kernel.all : kernel.active, distance, overlap);
  if (kernel.custom.length > 0 && writeCustomScores(kernel, i, j, full)) {
    veto |= VETO_CUSTOM;
    if (!full) return veto;
  }
  sumScores(kernel, i, j);
  return veto;
}

/** The vetoes that read only the two profiles: language, meeting mode, experience, organisation. */
function profileVetoes(ctx: ScoringContext, i: number, j: number): number {
  let veto = 0;
  if (languageVetoes(ctx, i, j)) veto |= VETO_LANGUAGE;
  if (meetingModeVetoes(ctx, i, j)) veto |= VETO_MEETING_MODE;
  if (experienceVetoes(ctx, i, j)) veto |= VETO_EXPERIENCE;
  if (organizationVetoes(ctx, i, j)) veto |= VETO_ORGANIZATION;
  return veto;
}

/**
 * x_k(i→j) and x_k(j→i) of every built-in feature into the scratch (m when not
 * computed, NaN when unknown). In three parts, so that each stays small enough for
 * the JIT to inline the feature functions into it.
 */
function writeBuiltinScores(
  kernel: PairKernel,
  i: number,
  j: number,
  compute: Uint8Array,
  distance: number,
  overlap: number,
): void {
  writeTopicScores(kernel, i, j, compute);
  writeCommunicationScores(kernel, i, j, compute);
  writeScalarScores(kernel, i, j, compute, distance, overlap);
}

/** Goals and complementarity: the topic bitsets. */
function writeTopicScores(kernel: PairKernel, i: number, j: number, compute: Uint8Array): void {
  const { ctx, x, slots } = kernel;
  const m = ctx.missingValue;
  const goals = compute[GOALS] ? goalsScore(ctx, i, j) : m;
  x[GOALS] = goals;
  x[slots + GOALS] = goals;
  x[COMPLEMENTARITY] = compute[COMPLEMENTARITY] ? complementarityScore(ctx, i, j) : m;
  x[slots + COMPLEMENTARITY] = compute[COMPLEMENTARITY] ? complementarityScore(ctx, j, i) : m;
}

/** Communication and language: the other bitset features. */
function writeCommunicationScores(kernel: PairKernel, i: number, j: number, compute: Uint8Array): void {
  const { ctx, x, slots } = kernel;
  const m = ctx.missingValue;
  const communication = compute[COMMUNICATION] ? communicationScore(ctx, i, j) : m;
  x[COMMUNICATION] = communication;
  x[slots + COMMUNICATION] = communication;
  const language = compute[LANGUAGE] ? languageScore(ctx, i, j) : m;
  x[LANGUAGE] = language;
  x[slots + LANGUAGE] = language;
}

/** Availability, geography, experience, industry and commitment: the numeric features. */
function writeScalarScores(
  kernel: PairKernel,
  i: number,
  j: number,
  compute: Uint8Array,
  distance: number,
  overlap: number,
): void {
  const { ctx, x, slots } = kernel;
  const m = ctx.missingValue;
  const availability = compute[AVAILABILITY] ? availabilityFromOverlap(ctx, overlap) : m;
  x[AVAILABILITY] = availability;
  x[slots + AVAILABILITY] = availability;
  const geography = compute[GEOGRAPHY] ? geographyScore(ctx, i, j, distance) : m;
  x[GEOGRAPHY] = geography;
  x[slots + GEOGRAPHY] = geography;
  const experience = compute[EXPERIENCE] ? experienceScore(ctx, i, j) : m;
  x[EXPERIENCE] = experience;
  x[slots + EXPERIENCE] = experience;
  const industry = compute[INDUSTRY] ? industryScore(ctx, i, j) : m;
  x[INDUSTRY] = industry;
  x[slots + INDUSTRY] = industry;
  const commitment = compute[COMMITMENT] ? commitmentScore(ctx, i, j) : m;
  x[COMMITMENT] = commitment;
  x[slots + COMMITMENT] = commitment;
}

/** s(i→j) and s(j→i) from the scratch, into `kernel.s`. */
function sumScores(kernel: PairKernel, i: number, j: number): void {
  const { ctx, x, slots } = kernel;
  const m = ctx.missingValue;
  const rows = kernel.rowWeights;
  const rowI = i * slots;
  const rowJ = j * slots;
  let numI = 0;
  let numJ = 0;
  for (let k = 0; k < slots; k++) {
    const a = x[k]!;
    const b = x[slots + k]!;
    numI += rows[rowI + k]! * (Number.isNaN(a) ? m : a);
    numJ += rows[rowJ + k]! * (Number.isNaN(b) ? m : b);
  }
  const factor = organizationFactor(ctx, i, j);
  const totalI = kernel.totals[i]!;
  const totalJ = kernel.totals[j]!;
  kernel.s[0] = totalI > 0 ? (factor * numI) / totalI : 0;
  kernel.s[1] = totalJ > 0 ? (factor * numJ) / totalJ : 0;
}

/**
 * x_c(i→j) and x_c(j→i) of every custom feature into the scratch (0 where it vetoed).
 * Returns true when any vetoed; the bulk pass (`full` false) stops at the first veto.
 */
function writeCustomScores(kernel: PairKernel, i: number, j: number, full: boolean): boolean {
  const { ctx, x, slots, custom } = kernel;
  let anyVeto = false;
  for (let c = 0; c < custom.length; c++) {
    const feature = custom[c]!;
    let vetoed = 0;
    for (let direction = 0; direction < 2; direction++) {
      const value = direction === 0 ? customScore(ctx, feature, i, j) : customScore(ctx, feature, j, i);
      const k = direction * slots + BUILTIN_COUNT + c;
      if (typeof value === "number") {
        x[k] = value;
      } else {
        x[k] = 0;
        vetoed |= 1 << direction;
        if (value !== null) kernel.issues[c] ??= value;
      }
    }
    kernel.customVeto[c] = vetoed;
    if (vetoed !== 0) {
      anyVeto = true;
      if (!full) return true;
    }
  }
  return anyVeto;
}
