/**
 * Compatibility of a whole cohort: the scored pairs as a sparse graph (`ScoredGraph`)
 * that every peer programme reads, plus directional scores, pair weights and
 * explanations of any pair on demand. Two ways to build it:
 *
 * - `scoreCohort` (the dense path): one pass over the pairs i < j, symmetric features
 *   once, directional ones both ways; every feasible pair becomes an edge.
 * - `candidateCohort` (`candidates/`): each person's best candidates without scoring
 *   every pair, with a proven bound on the pairs left out; other pairs are scored on
 *   demand by the same kernel.
 *
 * Complexity (dense): O(n² · per-pair cost) time (see `score-pair.ts`), 32 bytes per
 * feasible pair plus O(n · (K + tag words + intervals)) for the cohort and weight rows.
 * References: none.
 */
import { invariant } from "../internal/debug.js";
import { MatchInputError } from "../errors/match-input-error.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { availabilityRulesOut } from "../features/availability.js";
import { createScoringContext } from "../features/context.js";
import type { ScoringContext } from "../features/feature.js";
import { builtinFeatures } from "../features/registry.js";
import type { NormalisedCohort } from "../model/cohort.js";
import { normaliseCohort } from "../model/normalise-cohort.js";
import type { CohortScope } from "../model/normalise-cohort.js";
import type { Participant, ResolvedMatchOptions } from "../model/types.js";
import type { PairExplanation } from "./explanation.js";
import { explainWithKernel } from "./explanation.js";
import { belowMinScore, combineScores } from "./reciprocity.js";
import { VETO_CUSTOM, vetoFeatures } from "./vetoes.js";
import type { PairKernel } from "./score-pair.js";
import { createPairKernel, scorePair } from "./score-pair.js";
import type { LeftOutVisit } from "./candidates/left-out.js";
import type { ScoredGraph } from "./scored-graph.js";
import { EdgeBuffer, edgeBetween, edgeScore } from "./scored-graph.js";

/** The scored cohort the solvers consume. */
export interface Compatibility {
  readonly n: number;
  /** Sorted (code-unit) ids; index i is ids[i]. */
  readonly ids: readonly string[];
  /** Parsed participants, index-aligned. */
  readonly participants: readonly Participant[];
  readonly options: ResolvedMatchOptions;
  readonly cohort: NormalisedCohort;
  /** The scored pairs: every feasible pair (dense), or the candidates with a bound on the rest. */
  readonly graph: ScoredGraph;
  /**
   * s(i→j) in [0, 1] as stored (float32); NaN when infeasible (any veto incl. minScore)
   * and for i = j. A pair that is not an edge of an incomplete graph is scored on demand.
   */
  score(i: number, j: number): number;
  /** w(i, j) by `reciprocity`; NaN when infeasible. */
  pairWeight(i: number, j: number): number;
  /** Why i and j do or do not fit (a = i, b = j). */
  explain(i: number, j: number): PairExplanation;
  /**
   * The hard constraints that rule i out with each of `others` (participant indices,
   * in the order to search for examples): per veto feature, how many of them it rules
   * out and the first one it rules out (an explanation of that pair gives the reason).
   * Same features and counting as the vetoes of `explain`, without building reasons.
   */
  vetoCensus(i: number, others: Iterable<number>): VetoCount[];
  /**
   * On a candidate graph: visits the feasible pairs left out of the graph whose weight
   * may exceed the visitor's cut, without scoring the others (see
   * `candidates/left-out.ts`). Absent on a complete graph.
   */
  readonly visitLeftOut?: LeftOutVisit;
}

/** How many candidates one veto feature rules out, and the first of them. */
export interface VetoCount {
  /** The veto's feature or rule, as in `PairExplanation.vetoes[].feature`. */
  readonly feature: string;
  readonly count: number;
  /** The first candidate (in the order given) it rules out. */
  readonly first: number;
}

/** The kernel and context a cohort was scored with, for building a `Compatibility` on a graph. */
export interface ScoringState {
  readonly cohort: NormalisedCohort;
  readonly ctx: ScoringContext;
  readonly kernel: PairKernel;
  readonly caller: string;
}

/** Prepares the scoring context and kernel of a cohort. O(n · K). */
export function scoringState(cohort: NormalisedCohort, caller: string): ScoringState {
  const ctx = createScoringContext(cohort, caller);
  return { cohort, ctx, kernel: createPairKernel(ctx), caller };
}

/**
 * Scores pair (i, j) into `out` (out[0] = s(i→j), out[1] = s(j→i), float32-rounded) and
 * returns true when it is feasible (no veto, not below `minScore`). The one definition
 * of a stored score, for the bulk pass, the candidate scan and on-demand scoring.
 */
export function scoreStored(state: ScoringState, i: number, j: number, out: Float64Array): boolean {
  const { kernel, ctx } = state;
  if (availabilityRulesOut(ctx, i, j) || scorePair(kernel, i, j, false) !== 0) return false;
  const sIJ = Math.fround(kernel.s[0]!);
  const sJI = Math.fround(kernel.s[1]!);
  const { reciprocity, minScore } = ctx.options;
  if (minScore !== undefined && belowMinScore(combineScores(reciprocity, sIJ, sJI), minScore)) return false;
  out[0] = sIJ;
  out[1] = sJI;
  return true;
}

/** Throws the first invalid value each custom feature returned, if any. */
export function throwCustomIssues(state: ScoringState): void {
  const issues = state.kernel.issues.filter((issue): issue is MatchInputIssue => issue !== undefined);
  if (issues.length > 0) throw new MatchInputError(issues);
}

/**
 * Score every pair of a normalised cohort: the dense graph. `caller` names the public
 * function in error messages. Throws `MatchInputError` when a custom feature returns an
 * invalid score.
 */
export function scoreCohort(cohort: NormalisedCohort, caller: string): Compatibility {
  const state = scoringState(cohort, caller);
  const { n } = cohort;
  const buffer = new EdgeBuffer();
  const out = new Float64Array(2);
  // Rows in order, so edges come out in increasing (i, j) order. Pairs with no shared
  // hour of the week (about 60% in generated cohorts) are settled by a six-word bitset
  // test inside scoreStored before the kernel runs.
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (scoreStored(state, i, j, out)) buffer.push(i, j, out[0]!, out[1]!);
  }
  throwCustomIssues(state);
  const bound = new Float64Array(n).fill(-Infinity);
  return compatibilityOn(state, buffer.finish(n, "dense", true, bound, Math.max(0, n - 1)));
}

/**
 * The `Compatibility` of a cohort with no pair scored in advance: every score and
 * explanation is computed on demand, so describing a few groups of a large cohort costs
 * what those groups cost (O(n·K) to prepare the kernel's weight rows). Its graph has no
 * edges: it is for describing groups, not for solving.
 */
export function onDemandCompatibility(cohort: NormalisedCohort, caller: string): Compatibility {
  const { n } = cohort;
  const noBound = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  return compatibilityOn(scoringState(cohort, caller), new EdgeBuffer().finish(n, "candidates", false, noBound, 0));
}

/**
 * The `Compatibility` of a scored graph: scores and weights from the edges, and, when the
 * graph is incomplete, from the kernel on demand for the pairs it leaves out.
 */
export function compatibilityOn(state: ScoringState, graph: ScoredGraph): Compatibility {
  const { cohort, kernel, caller } = state;
  const { n, options } = cohort;
  const { reciprocity } = options;
  const features = builtinFeatures();
  const scratch = new Float64Array(2);

  /** Both directional scores of a pair outside the graph into `scratch`; false when infeasible. */
  const onDemand = (i: number, j: number): boolean => {
    if (graph.complete) return false;
    const feasible = scoreStored(state, i, j, scratch);
    throwCustomIssues(state);
    return feasible;
  };
  const score = (i: number, j: number): number => {
    if (i === j) return Number.NaN;
    const e = edgeBetween(graph, i, j);
    if (e >= 0) return edgeScore(graph, e, i);
    return onDemand(i, j) ? scratch[0]! : Number.NaN;
  };
  const pairWeight = (i: number, j: number): number => {
    if (i === j) return Number.NaN;
    const e = edgeBetween(graph, i, j);
    if (e >= 0) return combineScores(reciprocity, graph.sIJ[e]!, graph.sJI[e]!);
    return onDemand(i, j) ? combineScores(reciprocity, scratch[0]!, scratch[1]!) : Number.NaN;
  };

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

  const vetoCensus = (i: number, others: Iterable<number>): VetoCount[] => {
    const counts = new Map<string, { count: number; first: number }>();
    const add = (feature: string, j: number): void => {
      const entry = counts.get(feature);
      if (entry === undefined) counts.set(feature, { count: 1, first: j });
      else entry.count++;
    };
    for (const j of others) {
      if (j === i) continue;
      const mask = scorePair(kernel, i, j, true);
      for (const feature of vetoFeatures(mask)) add(feature, j);
      if (mask & VETO_CUSTOM) {
        kernel.custom.forEach((feature, c) => {
          if (kernel.customVeto[c] !== 0) add(feature.name, j);
        });
      }
      const { minScore } = options;
      if (mask === 0 && minScore !== undefined) {
        const weight = combineScores(reciprocity, Math.fround(kernel.s[0]!), Math.fround(kernel.s[1]!));
        if (belowMinScore(weight, minScore)) add("minScore", j);
      }
    }
    throwCustomIssues(state);
    return [...counts.entries()].map(([feature, { count, first }]) => ({ feature, count, first }));
  };

  return {
    n,
    ids: cohort.ids,
    participants: cohort.participants,
    options,
    cohort,
    graph,
    score,
    pairWeight,
    vetoCensus,
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
      const stored = score(i, j);
      const explanation = explainWithKernel(kernel, features, i, j);
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
