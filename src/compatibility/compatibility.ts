/**
 * Compatibility of a whole cohort: every directional score s(i→j) in one dense
 * Float32Array, computed in a single pass over the pairs i < j (symmetric features once,
 * directional ones both ways), plus pair weights and explanations on demand. This is
 * the internal graph the program solvers read; `compatibilityGraph` is its JSON view.
 *
 * Complexity: O(n² · per-pair cost) time (see `score-pair.ts`), 4n² bytes for the scores
 * plus O(n · (K + tag words + intervals)) for the cohort and the weight rows.
 * References: none.
 */
import { invariant } from "../internal/debug.js";
import { MatchInputError } from "../errors/match-input-error.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { availabilityRulesOut } from "../features/availability.js";
import { createScoringContext } from "../features/context.js";
import { builtinFeatures } from "../features/registry.js";
import type { NormalisedCohort } from "../model/cohort.js";
import { normaliseCohort } from "../model/normalise-cohort.js";
import type { CohortScope } from "../model/normalise-cohort.js";
import type { Participant, ResolvedMatchOptions } from "../model/types.js";
import type { PairExplanation } from "./explanation.js";
import { explainWithKernel } from "./explanation.js";
import { belowMinScore, combineScores } from "./reciprocity.js";
import { createPairKernel, scorePair } from "./score-pair.js";

/** Side of the square blocks of pairs the bulk pass walks. */
const TILE = 64;

/** The scored cohort the solvers consume. */
export interface Compatibility {
  readonly n: number;
  /** Sorted (code-unit) ids; index i is ids[i]. */
  readonly ids: readonly string[];
  /** Parsed participants, index-aligned. */
  readonly participants: readonly Participant[];
  readonly options: ResolvedMatchOptions;
  readonly cohort: NormalisedCohort;
  /** scores[i*n+j] = s(i→j) in [0,1]; NaN when infeasible (any veto incl. minScore) and on the diagonal; NaN-ness symmetric. */
  readonly scores: Float32Array;
  /** w(i, j) by `reciprocity`; NaN when infeasible. */
  pairWeight(i: number, j: number): number;
  /** Why i and j do or do not fit (a = i, b = j). */
  explain(i: number, j: number): PairExplanation;
}

/**
 * Score every pair of a normalised cohort. `caller` names the public function in error
 * messages. Throws `MatchInputError` when a custom feature returns an invalid score.
 */
export function scoreCohort(cohort: NormalisedCohort, caller: string): Compatibility {
  const ctx = createScoringContext(cohort, caller);
  const kernel = createPairKernel(ctx);
  const features = builtinFeatures();
  const { n, options } = cohort;
  const { reciprocity, minScore } = options;
  const scores = new Float32Array(n * n);
  const s = kernel.s;
  // Infeasible pairs and the diagonal stay NaN; only feasible pairs are written. Square
  // tiles of TILE × TILE pairs keep both the row writes scores[i·n+j] and the column
  // writes scores[j·n+i] within a few cache lines per person. Pairs with no shared hour
  // of the week (about 60% in generated cohorts) are settled by a six-word bitset test
  // before the kernel runs.
  scores.fill(Number.NaN);
  for (let i0 = 0; i0 < n; i0 += TILE) {
    const iEnd = Math.min(i0 + TILE, n);
    for (let j0 = i0; j0 < n; j0 += TILE) {
      const jEnd = Math.min(j0 + TILE, n);
      for (let i = i0; i < iEnd; i++) {
        for (let j = Math.max(j0, i + 1); j < jEnd; j++) {
          if (availabilityRulesOut(ctx, i, j) || scorePair(kernel, i, j, false) !== 0) continue;
          const sIJ = Math.fround(s[0]!);
          const sJI = Math.fround(s[1]!);
          if (minScore !== undefined && belowMinScore(combineScores(reciprocity, sIJ, sJI), minScore)) continue;
          scores[i * n + j] = sIJ;
          scores[j * n + i] = sJI;
        }
      }
    }
  }
  const issues = kernel.issues.filter((issue): issue is MatchInputIssue => issue !== undefined);
  if (issues.length > 0) throw new MatchInputError(issues);

  const checkIndex = (i: number, name: string): void => {
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw new MatchInputError([
        {
          code: "out_of_range",
          path: [name],
          message: `${caller}: explain: index ${name} = ${i} is not in 0..${n - 1}`,
        },
      ]);
    }
  };
  const pairWeight = (i: number, j: number): number =>
    i === j ? Number.NaN : combineScores(reciprocity, scores[i * n + j]!, scores[j * n + i]!);

  return {
    n,
    ids: cohort.ids,
    participants: cohort.participants,
    options,
    cohort,
    scores,
    pairWeight,
    explain(i: number, j: number): PairExplanation {
      checkIndex(i, "i");
      checkIndex(j, "j");
      if (i === j) {
        throw new MatchInputError([
          {
            code: "invalid_value",
            path: ["j"],
            message: `${caller}: explain: a participant is not paired with itself (index ${i})`,
          },
        ]);
      }
      const explanation = explainWithKernel(kernel, features, i, j);
      const stored = scores[i * n + j]!;
      invariant(
        explanation.feasible === !Number.isNaN(stored),
        () => `explain(${i}, ${j}) feasibility differs from the bulk pass`,
      );
      invariant(
        !explanation.feasible || explanation.scores.aToB === stored,
        () => `explain(${i}, ${j}) score differs from the bulk pass`,
      );
      return explanation;
    },
  };
}

/**
 * Validate and normalise `participants` under `options` (`scope`: see `CohortScope`), then score every pair. Throws
 * `MatchInputError` (messages start with `caller`) for any bad input, including a custom
 * feature that returns an invalid score.
 */
export function buildCompatibility(
  participants: unknown,
  options: unknown,
  caller: string,
  scope: CohortScope = "cohort",
): Compatibility {
  return scoreCohort(normaliseCohort(participants, options, caller, scope), caller);
}
