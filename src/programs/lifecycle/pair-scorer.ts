/**
 * Pair weights of a whole cohort on demand, one pair at a time, with the same kernel
 * and the same rules as the bulk pass (`scoreCohort`): the weekly-hour test first, then
 * the kernel's vetoes, float32 directional scores, the reciprocity rule and `minScore`.
 * Re-matching a large cohort scores only the pairs it explores (the freed people against
 * everyone, the kept groups), never the n² matrix.
 *
 * Complexity: O(n · K) to build (the kernel's weight rows), then the kernel's per-pair cost.
 * References: none.
 */
import type { PairExplanation } from "../../compatibility/explanation.js";
import { explainWithKernel } from "../../compatibility/explanation.js";
import { belowMinScore, combineScores } from "../../compatibility/reciprocity.js";
import type { PairKernel } from "../../compatibility/score-pair.js";
import { createPairKernel, scorePair } from "../../compatibility/score-pair.js";
import { builtinVetoReasons, VETO_CUSTOM } from "../../compatibility/vetoes.js";
import { MatchInputError } from "../../errors/match-input-error.js";
import type { MatchInputIssue } from "../../errors/match-input-error.js";
import { availabilityRulesOut } from "../../features/availability.js";
import { createScoringContext } from "../../features/context.js";
import { builtinFeatures } from "../../features/registry.js";
import type { NormalisedCohort } from "../../model/cohort.js";
import { WEIGHT_SCALE } from "../shared/weight-scale.js";

/** A cohort scored on demand. Indices are the cohort's (sorted id order). */
export interface PairScorer {
  readonly cohort: NormalisedCohort;
  readonly kernel: PairKernel;
  /** w(i, j) exactly as the solvers see it; NaN when a hard constraint forbids the pair (or i = j). */
  weight(i: number, j: number): number;
  /** s(i→j) and s(j→i) of the last feasible pair `weight` scored (float32 values). */
  readonly last: Float64Array;
  /** Why i and j do or do not fit, as `explainPair` says it. */
  explain(i: number, j: number): PairExplanation;
  /** The hard constraints between i and j as `{ feature, reason }` (empty when feasible). */
  vetoes(i: number, j: number): { feature: string; reason: string }[];
  /** Throws the first invalid value a custom feature returned, if any. */
  throwIfInvalid(): void;
}

/** The scorer of a normalised cohort; `caller` names the public function in errors. */
export function createPairScorer(cohort: NormalisedCohort, caller: string): PairScorer {
  const ctx = createScoringContext(cohort, caller);
  const kernel = createPairKernel(ctx);
  const features = builtinFeatures();
  const { reciprocity, minScore } = cohort.options;
  const last = new Float64Array(2);
  const weight = (i: number, j: number): number => {
    if (i === j || availabilityRulesOut(ctx, i, j) || scorePair(kernel, i, j, false) !== 0) return Number.NaN;
    const sIJ = Math.fround(kernel.s[0]!);
    const sJI = Math.fround(kernel.s[1]!);
    const w = combineScores(reciprocity, sIJ, sJI);
    if (minScore !== undefined && belowMinScore(w, minScore)) return Number.NaN;
    last[0] = sIJ;
    last[1] = sJI;
    return w;
  };
  return {
    cohort,
    kernel,
    weight,
    last,
    explain: (i, j) => explainWithKernel(kernel, features, i, j),
    vetoes(i, j) {
      const mask = scorePair(kernel, i, j, true);
      const vetoes = builtinVetoReasons(ctx, mask, i, j);
      if (mask & VETO_CUSTOM) {
        kernel.custom.forEach((feature, c) => {
          if (kernel.customVeto[c] !== 0)
            vetoes.push({ feature: feature.name, reason: `Ruled out by ${feature.name}` });
        });
      }
      if (vetoes.length === 0 && Number.isNaN(weight(i, j))) {
        vetoes.push({ feature: "minScore", reason: `Pair score is below the program's minimum ${minScore}` });
      }
      return vetoes;
    },
    throwIfInvalid() {
      const issues = kernel.issues.filter((issue): issue is MatchInputIssue => issue !== undefined);
      if (issues.length > 0) throw new MatchInputError(issues);
    },
  };
}

/** A pair weight on the solvers' integer scale. */
export function scaledWeight(w: number): number {
  return Math.round(w * WEIGHT_SCALE);
}
