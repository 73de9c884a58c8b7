/**
 * Organisation policy (`organization` option). Not a weighted feature but a rule on
 * the pair, symmetric:
 *
 *   "allow":   no effect;
 *   "avoid":   when both give the same organisation (case-insensitive), both directional
 *              scores are multiplied by ORGANIZATION_AVOID_FACTOR (0.5);
 *   "forbid":  same organisation is a veto.
 *
 * Missing organisation on either side: no effect (a rule that needs missing data is not
 * applied). Complexity: O(1).
 * References: none.
 */
import type { ScoringContext } from "./feature.js";

/** The multiplier on s(i→j) and s(j→i) for a same-organisation pair under `"avoid"`. */
export const ORGANIZATION_AVOID_FACTOR = 0.5;

/** True when both give an organisation and it is the same one. */
export function sameOrganization(ctx: ScoringContext, i: number, j: number): boolean {
  const a = ctx.cohort.organization[i]!;
  return a >= 0 && a === ctx.cohort.organization[j]!;
}

/** The factor on both directional scores: ORGANIZATION_AVOID_FACTOR or 1. */
export function organizationFactor(ctx: ScoringContext, i: number, j: number): number {
  return ctx.options.organization === "avoid" && sameOrganization(ctx, i, j) ? ORGANIZATION_AVOID_FACTOR : 1;
}

/** Veto: `organization: "forbid"` and the same organisation. */
export function organizationVetoes(ctx: ScoringContext, i: number, j: number): boolean {
  return ctx.options.organization === "forbid" && sameOrganization(ctx, i, j);
}

/** Why the pair is vetoed (or down-weighted) on organisation. */
export function organizationReason(ctx: ScoringContext, i: number): string {
  return `Both work at ${ctx.cohort.participants[i]!.organization}; the program keeps colleagues apart`;
}
