/**
 * Language: a shared language to meet in. Symmetric.
 *
 *   x_lang(i, j) = 1 when they share a language (case-insensitive), else 0;
 *   unknown when either lists no language.
 *
 * Veto: no shared language, when both list languages and `language.required` (default).
 * Complexity: O(words).
 * References: none.
 */
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";
import { hasTags, intersectionSize, listPhrase, sharedTags } from "./tags.js";

/** x_lang(i, j), or NaN when either lists no language. */
export function languageScore(ctx: ScoringContext, i: number, j: number): number {
  const family = ctx.cohort.languages;
  if (!hasTags(family, i) || !hasTags(family, j)) return Number.NaN;
  return intersectionSize(family.bits, i, family.bits, j, family.words) > 0 ? 1 : 0;
}

/** Veto: both list languages, none shared, and a shared language is required. */
export function languageVetoes(ctx: ScoringContext, i: number, j: number): boolean {
  return ctx.options.language.required && languageScore(ctx, i, j) === 0;
}

function languageDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const f = ctx.cohort.languages;
  if (!hasTags(f, i) || !hasTags(f, j)) return { known: false };
  return { known: true, shared: sharedTags(f.bits, i, f.bits, j, f.words, f.vocabulary) };
}

function languageReason(ctx: ScoringContext, i: number, j: number): string | null {
  const f = ctx.cohort.languages;
  const shared = sharedTags(f.bits, i, f.bits, j, f.words, f.vocabulary);
  return shared.length > 0 ? `Both speak ${listPhrase(shared.slice(0, 3))}` : null;
}

/** The language feature for the registry. */
export function languageFeature(): BuiltinFeature {
  return { name: "language", directional: false, detail: languageDetail, reason: languageReason };
}
