/**
 * Goals: how similar two people's goals are (peer mentoring pairs people who want to
 * work on the same things). Symmetric.
 *
 *   x_goals(i, j) = |G_i ∩ G_j| / |G_i ∪ G_j|   (Jaccard), unknown when either lists no goals.
 *
 * Jaccard rather than an overlap coefficient so that listing every tag does not raise
 * a score. Complexity: O(words) per pair.
 * References: Jaccard (1912).
 */
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";
import { hasTags, listPhrase, sharedTags, tagJaccard } from "./tags.js";

/** x_goals(i, j), or NaN when either person lists no goals. */
export function goalsScore(ctx: ScoringContext, i: number, j: number): number {
  return tagJaccard(ctx.cohort.goals, i, j);
}

function goalsDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const g = ctx.cohort.goals;
  if (!hasTags(g, i) || !hasTags(g, j)) return { known: false };
  const shared = sharedTags(g.bits, i, g.bits, j, g.words, g.vocabulary);
  return { known: true, shared, counts: [g.count[i]!, g.count[j]!] };
}

function goalsReason(ctx: ScoringContext, i: number, j: number): string | null {
  const g = ctx.cohort.goals;
  const shared = sharedTags(g.bits, i, g.bits, j, g.words, g.vocabulary);
  return shared.length > 0
    ? `Shared ${shared.length === 1 ? "goal" : "goals"}: ${listPhrase(shared.slice(0, 3))}`
    : null;
}

/** The goals feature for the registry. */
export function goalsFeature(): BuiltinFeature {
  return { name: "goals", directional: false, detail: goalsDetail, reason: goalsReason };
}
