/**
 * The shape every built-in feature shares. A feature has one score formula, written
 * once as a function on the typed arrays of the normalised cohort; the compatibility
 * kernel calls it for every pair, and explanations read its result from the kernel
 * (never from a second implementation). `detail` adds the facts behind the number.
 *
 * Conventions: a score is in [0, 1], or NaN when the data it needs is missing on either
 * side (the kernel then substitutes the program's `missing` value). Person indices are
 * the cohort's interned indices; `i → j` is "how good j is for i".
 */
import type { NormalisedCohort } from "../model/cohort.js";
import type { FeatureName, ResolvedMatchOptions } from "../model/types.js";
import type { AvailabilityData } from "./availability.js";
import type { ComplementarityData } from "./complementarity.js";
import type { GeographyData } from "./geography.js";

/** Everything the feature scorers read, prepared once per cohort. */
export interface ScoringContext {
  readonly cohort: NormalisedCohort;
  readonly options: ResolvedMatchOptions;
  /** The public function being run, for error messages. */
  readonly caller: string;
  /** What an unknown feature scores: 0 for `missing: "zero"`, 0.5 for `"neutral"`. */
  readonly missingValue: number;
  readonly complementarity: ComplementarityData;
  readonly availability: AvailabilityData;
  readonly geography: GeographyData;
}

/** The facts behind one feature's score for a pair; `known` is false when data is missing. */
export type FeatureDetail = Record<string, unknown> & { known: boolean };

/** A built-in feature as the registry describes it to explanations. */
export interface BuiltinFeature {
  readonly name: FeatureName;
  /** True when s(i→j) and s(j→i) can differ for this feature. */
  readonly directional: boolean;
  /** Facts behind the score (plain JSON). */
  detail(ctx: ScoringContext, i: number, j: number): FeatureDetail;
  /** One sentence on what this feature brings the pair, or null when it brings nothing. */
  reason(ctx: ScoringContext, i: number, j: number): string | null;
}

/** The name a person is shown by in explanations: `name`, else `id`. */
export function displayName(ctx: ScoringContext, i: number): string {
  const p = ctx.cohort.participants[i]!;
  return p.name ?? p.id;
}

/** A number for JSON: rounded to 4 decimals, or null when not finite. */
export function jsonNumber(x: number): number | null {
  return Number.isFinite(x) ? Math.round(x * 10000) / 10000 : null;
}
