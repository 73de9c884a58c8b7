/**
 * Builds the `ScoringContext` the feature scorers read: the cohort plus the per-cohort
 * data some features precompute. O(n · vocabulary).
 */
import type { NormalisedCohort } from "../model/cohort.js";
import { prepareAvailability } from "./availability.js";
import { prepareComplementarity } from "./complementarity.js";
import type { ScoringContext } from "./feature.js";
import { prepareGeography } from "./geography.js";

/** Prepare everything the scorers need for `cohort`; `caller` names the public function in errors. */
export function createScoringContext(cohort: NormalisedCohort, caller: string): ScoringContext {
  return {
    cohort,
    options: cohort.options,
    caller,
    missingValue: cohort.options.missing === "neutral" ? 0.5 : 0,
    complementarity: prepareComplementarity(cohort),
    availability: prepareAvailability(cohort),
    geography: prepareGeography(cohort),
  };
}
