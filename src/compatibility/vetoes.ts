/**
 * The hard constraints, as bits of a veto mask (the kernel sets them, explanations turn
 * them into reasons). Every veto is symmetric: each test reads both people alike.
 * `minScore` is not a bit: it applies to the pair weight after the kernel.
 */
import { availabilityVetoReason } from "../features/availability.js";
import { experienceVetoReason } from "../features/experience.js";
import type { ScoringContext } from "../features/feature.js";
import { displayName } from "../features/feature.js";
import { distanceVetoReason, meetingModeVetoReason } from "../features/geography.js";
import { organizationReason } from "../features/organization.js";
import type { NormalisedCohort } from "../model/cohort.js";

// Veto bits: a pair's veto mask is the OR of the hard constraints it breaks.
export const VETO_EXCLUDED = 1 << 0;
export const VETO_PAST_PARTNER = 1 << 1;
export const VETO_LANGUAGE = 1 << 2;
export const VETO_MEETING_MODE = 1 << 3;
export const VETO_EXPERIENCE = 1 << 4;
export const VETO_ORGANIZATION = 1 << 5;
export const VETO_AVAILABILITY = 1 << 6;
export const VETO_DISTANCE = 1 << 7;
export const VETO_CUSTOM = 1 << 8;

/**
 * VETO_EXCLUDED / VETO_PAST_PARTNER when the cohort bans the pair, else 0. Binary search
 * in i's sorted row of the banned CSR: O(log d).
 */
export function bannedVeto(cohort: NormalisedCohort, i: number, j: number): number {
  const { bannedOffsets, bannedIndex, bannedReason } = cohort;
  let lo = bannedOffsets[i]!;
  let hi = bannedOffsets[i + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = bannedIndex[mid]!;
    if (v === j) return bannedReason[mid] === 0 ? VETO_EXCLUDED : VETO_PAST_PARTNER;
    if (v < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

function excludedReason(ctx: ScoringContext, i: number, j: number): string {
  const [a, b] = ctx.cohort.participants[i]!.exclude?.includes(ctx.cohort.ids[j]!) ? [i, j] : [j, i];
  return `${displayName(ctx, a)} asked not to be paired with ${displayName(ctx, b)}`;
}

/** The built-in vetoes set in `mask`, as `{ feature, reason }` (custom and minScore are added by the caller). */
export function builtinVetoReasons(
  ctx: ScoringContext,
  mask: number,
  i: number,
  j: number,
): { feature: string; reason: string }[] {
  const out: { feature: string; reason: string }[] = [];
  if (mask & VETO_EXCLUDED) out.push({ feature: "exclude", reason: excludedReason(ctx, i, j) });
  if (mask & VETO_PAST_PARTNER) out.push({ feature: "pastPartners", reason: "Were partners before" });
  if (mask & VETO_LANGUAGE) out.push({ feature: "language", reason: "No shared language" });
  if (mask & VETO_MEETING_MODE) out.push({ feature: "geography", reason: meetingModeVetoReason(ctx, i, j) });
  if (mask & VETO_DISTANCE) out.push({ feature: "geography", reason: distanceVetoReason(ctx, i, j) });
  if (mask & VETO_EXPERIENCE) out.push({ feature: "experience", reason: experienceVetoReason(ctx, i, j) });
  if (mask & VETO_ORGANIZATION) out.push({ feature: "organization", reason: organizationReason(ctx, i) });
  if (mask & VETO_AVAILABILITY) out.push({ feature: "availability", reason: availabilityVetoReason(ctx, i, j) });
  return out;
}

/**
 * The features of the built-in vetoes set in `mask`, each once, in the order
 * `builtinVetoReasons` lists them (meeting mode and distance are both "geography").
 */
export function vetoFeatures(mask: number): string[] {
  const out: string[] = [];
  if (mask & VETO_EXCLUDED) out.push("exclude");
  if (mask & VETO_PAST_PARTNER) out.push("pastPartners");
  if (mask & VETO_LANGUAGE) out.push("language");
  if (mask & (VETO_MEETING_MODE | VETO_DISTANCE)) out.push("geography");
  if (mask & VETO_EXPERIENCE) out.push("experience");
  if (mask & VETO_ORGANIZATION) out.push("organization");
  if (mask & VETO_AVAILABILITY) out.push("availability");
  return out;
}
