/**
 * The per-feature scores of given pairs, exactly as a match result's `breakdown` shows
 * them (before rounding): the pair kernel scores each pair in full and `featureScore`
 * reads each feature off it, the two calls an explanation makes, so the numbers are the
 * solver's own (checked against the explanation when debug checks are on). Only the requested pairs are scored, never the whole
 * cohort. A pair that a hard constraint rules out (past partners, say) is scored all
 * the same: the scores are what its features measure, vetoes aside.
 *
 * Complexity: O(pairs · per-pair cost) plus O(n · K) to prepare the kernel.
 * References: none.
 */
import { explainWithKernel, featureScore } from "../compatibility/explanation.js";
import { createPairKernel, scorePair } from "../compatibility/score-pair.js";
import { MatchInputError, type MatchInputIssue } from "../errors/match-input-error.js";
import { createScoringContext } from "../features/context.js";
import { builtinFeatures } from "../features/registry.js";
import { debugChecks, invariant } from "../internal/debug.js";
import type { NormalisedCohort } from "../model/cohort.js";

/** Feature scores of a list of pairs: `values[r · names.length + k]` for pair r and feature `names[k]`. */
export interface PairFeatureTable {
  /** Feature names in scoring order (the cohort's: built-ins, then custom features). */
  readonly names: readonly string[];
  readonly values: Float64Array;
}

/**
 * Scores `pairs` (participant indices of `cohort`). Throws `MatchInputError` when a
 * custom feature returns an invalid score (the messages start with `caller`).
 */
export function pairFeatures(
  cohort: NormalisedCohort,
  pairs: readonly (readonly [number, number])[],
  caller: string,
): PairFeatureTable {
  const kernel = createPairKernel(createScoringContext(cohort, caller));
  const features = builtinFeatures();
  const names = cohort.features;
  const K = names.length;
  const values = new Float64Array(pairs.length * K);
  pairs.forEach(([i, j], r) => {
    scorePair(kernel, i, j, true);
    for (let k = 0; k < K; k++) values[r * K + k] = featureScore(kernel, features, k);
    if (debugChecks.enabled) {
      const explanation = explainWithKernel(kernel, features, i, j);
      for (let k = 0; k < K; k++) {
        invariant(
          explanation.features[names[k]!]!.score === values[r * K + k],
          () => `pairFeatures(${i}, ${j}): ${names[k]} differs from the explanation`,
        );
      }
    }
  });
  const issues = kernel.issues.filter((issue): issue is MatchInputIssue => issue !== undefined);
  if (issues.length > 0) throw new MatchInputError(issues);
  return { names, values };
}
