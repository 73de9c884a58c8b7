/**
 * Complementarity: how much of i's growth areas j's strengths cover. Directional, and
 * what makes a peer pair reciprocal: s(i→j) counts it for i, s(j→i) for j.
 *
 *   x_comp(i→j) = |Growth_i ∩ Strengths_j| / |Growth_i|,
 *   unknown when i lists no growth areas or j lists no strengths.
 *
 * Strengths are re-numbered once into the growth-area bit numbering (a strength no one
 * wants to grow in cannot cover anything), so a pair costs O(words) of growth areas.
 * References: none beyond set coverage.
 */
import type { NormalisedCohort } from "../model/cohort.js";
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";
import { displayName } from "./feature.js";
import { hasTags, intersectionSize, listPhrase, sharedTags } from "./tags.js";

/** Strengths as bitsets in the growth-area numbering (`growthAreas.words` words per person). */
export interface ComplementarityData {
  readonly strengthBits: Uint32Array;
}

/**
 * Re-number every person's strengths into growth-area bit indices: O(n · strengths
 * vocabulary), or O(1) when the two families already share one vocabulary.
 */
export function prepareComplementarity(cohort: NormalisedCohort): ComplementarityData {
  const growth = cohort.growthAreas;
  const strengths = cohort.strengths;
  if (strengths.vocabulary === growth.vocabulary && strengths.words === growth.words) {
    return { strengthBits: strengths.bits };
  }
  const growthIndex = new Map<string, number>();
  for (const [t, tag] of growth.vocabulary.entries()) growthIndex.set(tag, t);
  const toGrowth = strengths.vocabulary.map((tag) => growthIndex.get(tag) ?? -1);
  const words = growth.words;
  const strengthBits = new Uint32Array(cohort.n * words);
  for (let i = 0; i < cohort.n; i++) {
    for (let t = 0; t < toGrowth.length; t++) {
      const g = toGrowth[t]!;
      if (g < 0 || ((strengths.bits[i * strengths.words + (t >>> 5)]! >>> (t & 31)) & 1) === 0) continue;
      strengthBits[i * words + (g >>> 5)]! |= 1 << (g & 31);
    }
  }
  return { strengthBits };
}

/** x_comp(i→j), or NaN when i lists no growth areas or j no strengths. */
export function complementarityScore(ctx: ScoringContext, i: number, j: number): number {
  const growth = ctx.cohort.growthAreas;
  const wanted = growth.count[i]!;
  if (wanted === 0 || ctx.cohort.strengths.count[j]! === 0) return Number.NaN;
  return intersectionSize(growth.bits, i, ctx.complementarity.strengthBits, j, growth.words) / wanted;
}

/** Growth areas of `i` that `j`'s strengths cover. */
function covered(ctx: ScoringContext, i: number, j: number): string[] {
  const growth = ctx.cohort.growthAreas;
  return sharedTags(growth.bits, i, ctx.complementarity.strengthBits, j, growth.words, growth.vocabulary);
}

function complementarityDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const { growthAreas, strengths } = ctx.cohort;
  const aToBKnown = hasTags(growthAreas, i) && hasTags(strengths, j);
  const bToAKnown = hasTags(growthAreas, j) && hasTags(strengths, i);
  return {
    known: aToBKnown && bToAKnown,
    aToB: aToBKnown ? { covered: covered(ctx, i, j), growthAreas: growthAreas.count[i]! } : null,
    bToA: bToAKnown ? { covered: covered(ctx, j, i), growthAreas: growthAreas.count[j]! } : null,
  };
}

function complementarityReason(ctx: ScoringContext, i: number, j: number): string | null {
  const parts: string[] = [];
  for (const [giver, taker] of [
    [j, i],
    [i, j],
  ] as const) {
    const tags = covered(ctx, taker, giver);
    if (tags.length === 0) continue;
    const plural = tags.length > 1 ? "s" : "";
    parts.push(
      `${displayName(ctx, giver)}'s strength${plural} in ${listPhrase(tags.slice(0, 3))} cover${plural ? "" : "s"} ${displayName(ctx, taker)}'s growth area${plural}`,
    );
  }
  return parts.length > 0 ? parts.join("; ") : null;
}

/** The complementarity feature for the registry. */
export function complementarityFeature(): BuiltinFeature {
  return { name: "complementarity", directional: true, detail: complementarityDetail, reason: complementarityReason };
}
