/**
 * Commitment: similar time to give. Symmetric.
 *
 *   x_commit(i, j) = min(h_i, h_j) / max(h_i, h_j)  with h = `hoursPerMonth`,
 *   unknown when either gives none.
 *
 * Complexity: O(1).
 * References: none.
 */
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";
import { countOf } from "./words.js";

/** x_commit(i, j), or NaN when either gives no hours. */
export function commitmentScore(ctx: ScoringContext, i: number, j: number): number {
  const a = ctx.cohort.hoursPerMonth[i]!;
  const b = ctx.cohort.hoursPerMonth[j]!;
  return a < b ? a / b : b / a;
}

function commitmentDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const a = ctx.cohort.hoursPerMonth[i]!;
  const b = ctx.cohort.hoursPerMonth[j]!;
  const known = !Number.isNaN(a) && !Number.isNaN(b);
  return known ? { known, hoursPerMonth: [a, b] } : { known };
}

function commitmentReason(ctx: ScoringContext, i: number, j: number): string | null {
  const a = ctx.cohort.hoursPerMonth[i]!;
  const b = ctx.cohort.hoursPerMonth[j]!;
  if (!(commitmentScore(ctx, i, j) >= 0.75)) return null;
  return a === b
    ? `Both can give ${countOf(a, "hour")} a month`
    : `Similar time to give (${a} and ${countOf(b, "hour")} a month)`;
}

/** The commitment feature for the registry. */
export function commitmentFeature(): BuiltinFeature {
  return { name: "commitment", directional: false, detail: commitmentDetail, reason: commitmentReason };
}
