/**
 * Years of experience, with a fallback from career stage when the number is missing.
 *
 * The fallback is the middle of a typical band: early career 0–4 years → 2, mid career
 * 5–11 → 8, senior 12–19 → 15, executive 20+ → 22.
 */
import type { CareerStage, Participant } from "./types.js";

/**
 * Years assumed for a career stage when `experienceYears` is not given.
 *
 * @example
 * ```ts
 * CAREER_STAGE_YEARS.senior; // 15
 * ```
 */
export const CAREER_STAGE_YEARS: Readonly<Record<CareerStage, number>> = Object.freeze({
  early: 2,
  mid: 8,
  senior: 15,
  executive: 22,
});

/**
 * `experienceYears`, else the career-stage fallback, else NaN.
 *
 * @example
 * ```ts
 * experienceYearsOf({ id: "a", careerStage: "mid" }); // 8
 * ```
 */
export function experienceYearsOf(participant: Participant): number {
  if (participant.experienceYears !== undefined) return participant.experienceYears;
  if (participant.careerStage !== undefined) return CAREER_STAGE_YEARS[participant.careerStage];
  return Number.NaN;
}
