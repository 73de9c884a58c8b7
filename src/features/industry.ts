/**
 * Industry: the program's `industry` policy. Symmetric.
 *
 *   "same":       x_ind = 1 when both give the same industry (case-insensitive), else 0;
 *   "different":  x_ind = 1 when the industries differ, else 0;
 *   "any":        the feature is switched off (its weight counts as 0);
 *   unknown when either gives no industry.
 *
 * Complexity: O(1) (industries are interned integers).
 * References: none.
 */
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";

/** x_ind(i, j), or NaN when either gives no industry. */
export function industryScore(ctx: ScoringContext, i: number, j: number): number {
  const a = ctx.cohort.industry[i]!;
  const b = ctx.cohort.industry[j]!;
  if (a < 0 || b < 0) return Number.NaN;
  const same = a === b;
  return ctx.options.industry === "different" ? (same ? 0 : 1) : same ? 1 : 0;
}

function industryName(ctx: ScoringContext, i: number): string | null {
  return ctx.cohort.participants[i]!.industry ?? null;
}

function industryDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const a = ctx.cohort.industry[i]!;
  const b = ctx.cohort.industry[j]!;
  return {
    known: a >= 0 && b >= 0,
    policy: ctx.options.industry,
    industries: [industryName(ctx, i), industryName(ctx, j)],
    same: a >= 0 && b >= 0 ? a === b : null,
  };
}

function industryReason(ctx: ScoringContext, i: number, j: number): string | null {
  if (industryScore(ctx, i, j) !== 1 || ctx.options.industry === "any") return null;
  return ctx.options.industry === "same"
    ? `Both work in ${industryName(ctx, i)}`
    : `Different industries (${industryName(ctx, i)}, ${industryName(ctx, j)}) widen each other's network`;
}

/** The industry feature for the registry. */
export function industryFeature(): BuiltinFeature {
  return { name: "industry", directional: false, detail: industryDetail, reason: industryReason };
}
