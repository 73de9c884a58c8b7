/**
 * Experience: peers at a similar career stage. Symmetric. With g = |e_i − e_j| years
 * (`experienceYears`, else derived from `careerStage` during normalisation) and t the
 * program's `experience.toleranceYears`:
 *
 *   x_exp(i, j) = max(0, 1 − max(0, g − t) / 10),  unknown when either is unknown.
 *
 * Each year beyond the tolerance costs a tenth. Veto: g > `experience.maxGapYears`, when
 * set and both are known. Complexity: O(1).
 * References: none.
 */
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";
import { jsonNumber } from "./feature.js";
import { countOf } from "./words.js";

/** Years beyond the tolerance at which the score reaches 0. */
export const EXPERIENCE_FADE_YEARS = 10;

/** x_exp(i, j), or NaN when either person's experience is unknown. */
export function experienceScore(ctx: ScoringContext, i: number, j: number): number {
  const gap = Math.abs(ctx.cohort.experienceYears[i]! - ctx.cohort.experienceYears[j]!);
  const beyond = gap - ctx.options.experience.toleranceYears;
  return beyond > 0 ? Math.max(0, 1 - beyond / EXPERIENCE_FADE_YEARS) : !Number.isNaN(gap) ? 1 : Number.NaN;
}

/** Veto: the gap exceeds `experience.maxGapYears` (when set). */
export function experienceVetoes(ctx: ScoringContext, i: number, j: number): boolean {
  const max = ctx.options.experience.maxGapYears;
  return max !== undefined && Math.abs(ctx.cohort.experienceYears[i]! - ctx.cohort.experienceYears[j]!) > max;
}

/** Why the pair is vetoed on experience. */
export function experienceVetoReason(ctx: ScoringContext, i: number, j: number): string {
  const gap = Math.abs(ctx.cohort.experienceYears[i]! - ctx.cohort.experienceYears[j]!);
  const max = ctx.options.experience.maxGapYears ?? 0;
  return `${countOf(gap, "year")} of experience apart; the program allows at most ${countOf(max, "year")}`;
}

function experienceDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const years = ctx.cohort.experienceYears;
  const gap = Math.abs(years[i]! - years[j]!);
  return {
    known: !Number.isNaN(gap),
    years: [jsonNumber(years[i]!), jsonNumber(years[j]!)],
    gapYears: jsonNumber(gap),
    toleranceYears: ctx.options.experience.toleranceYears,
  };
}

function experienceReason(ctx: ScoringContext, i: number, j: number): string | null {
  const gap = Math.abs(ctx.cohort.experienceYears[i]! - ctx.cohort.experienceYears[j]!);
  if (!(gap <= ctx.options.experience.toleranceYears)) return null;
  const years = ctx.cohort.experienceYears[i]!;
  return gap === 0
    ? `Same experience (${countOf(years, "year")} each)`
    : `Similar experience (${countOf(gap, "year")} apart)`;
}

/** The experience feature for the registry. */
export function experienceFeature(): BuiltinFeature {
  return { name: "experience", directional: false, detail: experienceDetail, reason: experienceReason };
}
