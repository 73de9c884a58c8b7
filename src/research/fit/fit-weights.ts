/**
 * `fitWeights`: the feature weights that best explain how past pairs went. Each outcome's
 * pair is scored with the solver's own per-feature scores (the `breakdown` of a match
 * result), and a non-negative, ridge-penalised regression of the outcome on those scores
 * is fitted: ordinal (cumulative logit) or linear on `rating`, logistic on `continued`.
 * The coefficients, normalised to sum 1, are the weights; bootstrap resamples give an
 * interval per weight and k-fold cross-validation says how well the fit predicts pairs
 * it has not seen.
 *
 * Why weights are identified only up to scale: a pair weight is Σ_k W_k·x_k / Σ_k W_k, so
 * multiplying every W_k by the same factor changes no score and no matching. The fit's
 * coefficients β_k do have a scale (the model's: log-odds, or rating points), reported as
 * `scale` = Σ_k β_k, and `weights` = β / scale.
 *
 * Complexity: O((1 + folds + bootstrap) · iterations · n · p²) for n outcomes and p
 * parameters (learnable features plus intercept or thresholds), plus scoring n pairs.
 * References: McCullagh 1980; Efron & Tibshirani 1993 (percentile bootstrap); Hastie,
 * Tibshirani & Friedman 2009 (k-fold cross-validation, ridge penalties).
 */
import { seededStream } from "../../internal/seeded-stream.js";
import { inputIssue } from "../../errors/issues.js";
import { MatchInputError, type MatchInputIssue } from "../../errors/match-input-error.js";
import type { NormalisedCohort } from "../../model/cohort.js";
import { FitWeightsOptionsSchema, type FitWeightsOptions } from "../../model/research-options-schema.js";
import { readScoredInput } from "../../model/research-input.js";
import { setOwn } from "../../programs/shared/result-helpers.js";
import { pairFeatures } from "../pair-features.js";
import { type IndexedOutcome, readOutcomes } from "../read-pairs.js";
import { auc, quantile, spearman } from "../stats/rank.js";
import { type FittedModel, fitModel, linearPredictor, logLoss, squaredError } from "./fit-model.js";
import type { Design, ModelKind } from "./objectives.js";

const CALLER = "fitWeights";
/** The keys `fitWeights` adds to the scoring options. */
const OWN_KEYS = ["target", "model", "lambda", "folds", "bootstrap", "level"] as const;
/**
 * Default ridge penalty on the coefficients: weak. It keeps them finite when the
 * outcomes separate perfectly and steadies collinear features; a stronger one shrinks
 * features with little spread more than the others (in the benchmark of
 * docs/research.md, λ = 1 ranked the planted weights less well and its intervals held
 * the planted weights less often than 95%).
 */
const DEFAULT_LAMBDA = 0.1;
const DEFAULT_FOLDS = 5;
const DEFAULT_BOOTSTRAP = 200;
const DEFAULT_LEVEL = 0.95;
/** A feature whose scores span less than this over the outcomes does not vary. */
const CONSTANT_SPREAD = 1e-12;

/**
 * How well the fitted model predicts outcomes it was not fitted on: every outcome is
 * predicted by the model fitted on the other folds, and the measures are taken over
 * all those held-out predictions. A measure that does not apply to the model is null.
 *
 * @example
 * ```ts
 * const { cv } = fitWeights(people, outcomes, { target: "continued" });
 * if (cv.logLoss !== null && cv.baselineLogLoss !== null && cv.logLoss < cv.baselineLogLoss) console.log("features help");
 * ```
 */
export interface WeightsCrossValidation {
  /** Number of folds used (the `folds` option, or the number of outcomes when smaller). */
  folds: number;
  /** Spearman correlation between the held-out combined score Σ_k β_k·x_k and the outcome; null when either does not vary. */
  spearman: number | null;
  /** `continued` only: the held-out area under the ROC curve of the combined score (0.5 = chance). */
  auc: number | null;
  /** Ordinal and logistic: mean held-out negative log-likelihood per outcome, in nats (probabilities floored at 1e-6). */
  logLoss: number | null;
  /** The same for the model without features (the outcome's distribution in the training folds): the fit helps when `logLoss` is lower. */
  baselineLogLoss: number | null;
  /** Linear only: root mean squared held-out error, in rating points. */
  rmse: number | null;
  /** Linear only: the same for predicting the training folds' mean rating. */
  baselineRmse: number | null;
}

/**
 * What {@link fitWeights} found.
 *
 * @example
 * ```ts
 * const fit: FittedWeights = fitWeights(people, outcomes);
 * matchPeers(people, { weights: fit.weights }); // without custom features; see fitWeights
 * ```
 */
export interface FittedWeights {
  /** The outcome explained. */
  target: "rating" | "continued";
  /** The regression fitted. */
  model: ModelKind;
  /**
   * One weight per feature (built-ins in scoring order, then custom features), ≥ 0 and
   * summing to 1; 0 for the features in `unlearnable`. All 0 when `scale` is 0 (the
   * outcomes show no positive relation to any feature).
   */
  weights: Record<string, number>;
  /**
   * Σ_k β_k: how much the outcome moves, on the model's scale (log-odds for ordinal and
   * logistic, rating points for linear), between a pair weight of 0 and of 1 under `weights`.
   */
  scale: number;
  /**
   * Per feature, the percentile bootstrap interval `[low, high]` of its weight at
   * `bootstrap.level`; null when `bootstrap` is 0 or every resample was degenerate.
   */
  intervals: Record<string, [number, number]> | null;
  /** Cross-validated prediction quality. */
  cv: WeightsCrossValidation;
  /**
   * Features whose weight cannot be learnt from these outcomes: their scores do not vary
   * over the outcomes' pairs (a constant moves every pair weight alike), or the feature
   * is switched off by the options (`industry` under `industry: "any"`).
   */
  unlearnable: string[];
  /** Outcomes used (those with the target) and skipped (those without it). */
  outcomes: { used: number; skipped: number };
  /** Resamples drawn, how many had no positive coefficient (left out of the intervals), and the interval level. */
  bootstrap: { replicates: number; degenerate: number; level: number };
  /** False when the optimiser stopped at its iteration limit on the full data (the weights are then approximate). */
  converged: boolean;
}

/**
 * Fits the feature weights that best explain past outcomes: `rating` (ordinal
 * cumulative-logit regression by default, or linear) or `continued` (logistic
 * regression), from each pair's per-feature scores — the numbers a match result shows
 * in `breakdown`, computed under the scoring options given here. Coefficients are
 * non-negative (a feature can only make a pair better) and ridge-penalised (`lambda`);
 * they are normalised to sum 1, because weights are identified only up to scale (see
 * {@link FittedWeights.scale}). Bootstrap intervals and k-fold cross-validation are
 * seeded: same input, options and seed give the same result, whatever the order of
 * participants or outcomes.
 *
 * Pass the same scoring options you match with (reference date, `missing`, `industry`,
 * custom features). The weights plug into `matchPeers(people, { weights })`; a custom
 * feature's weight goes into its own `weight` instead. Participants' own `importance`
 * and the `organization` factor are not part of the fit (it reads pair-level scores).
 *
 * @param participants - the cohort the outcomes' members belong to (validated as in `matchPeers`)
 * @param outcomes - past pairs and how they went, see `OutcomeSchema`
 * @param options - target, model and resampling settings, plus scoring options; see `FitWeightsOptions`
 * @throws {@link MatchInputError} listing every problem: participants, options, outcomes
 *   (unknown ids, bad values), or fewer than 2 outcomes with the target
 * @example
 * ```ts
 * import { generateCohort, matchPeers } from "peermatch";
 * import { fitWeights } from "peermatch/research";
 *
 * const people = generateCohort(200, { seed: "2025" });
 * const outcomes = [
 *   { members: ["p001", "p017"], rating: 4 },
 *   { members: ["p002", "p090"], rating: 2 },
 *   // … one entry per past pair
 * ];
 * const fit = fitWeights(people, outcomes, { target: "rating", availability: { referenceDate: "2026-03-02" } });
 * console.log(fit.weights, fit.intervals, fit.cv.spearman);
 * const next = matchPeers(people, { weights: fit.weights, availability: { referenceDate: "2026-03-02" } });
 * ```
 */
export function fitWeights(participants: unknown[], outcomes: unknown[], options?: FitWeightsOptions): FittedWeights {
  const input = readScoredInput(participants, options, FitWeightsOptionsSchema, OWN_KEYS, CALLER);
  const issues: MatchInputIssue[] = [...input.issues];
  const cohort = input.cohort;
  const indexOf = cohort === undefined ? undefined : new Map(cohort.ids.map((id, i) => [id, i]));
  const read = readOutcomes(outcomes, indexOf, CALLER, issues);
  const settings = input.options;
  if (issues.length > 0 || cohort === undefined || settings === undefined) throw new MatchInputError(issues);

  const target = settings.target ?? "rating";
  const kind: ModelKind = settings.model ?? (target === "rating" ? "ordinal" : "logistic");
  const used = read.filter((entry) => targetOf(entry, target) !== undefined);
  if (used.length < 2) {
    throw new MatchInputError([
      inputIssue(
        CALLER,
        "invalid_value",
        ["outcomes"],
        `needs at least 2 outcomes with ${target === "rating" ? "a rating" : '"continued"'}, got ${used.length} (of ${read.length} outcomes)`,
      ),
    ]);
  }
  // A canonical row order (entries equal in pair and target are interchangeable), so
  // the folds and resamples do not depend on the input order.
  const rows = used
    .map((entry) => ({ i: entry.i, j: entry.j, y: targetOf(entry, target)! }))
    .sort((a, b) => a.i - b.i || a.j - b.j || a.y - b.y);
  const table = pairFeatures(
    cohort,
    rows.map((row) => [row.i, row.j] as const),
    CALLER,
  );
  const { learnable, unlearnable } = learnableColumns(cohort, table.names, table.values, rows.length);
  const design = designOf(
    table.values,
    table.names.length,
    learnable,
    Float64Array.from(rows, (row) => row.y),
  );

  const lambda = settings.lambda ?? DEFAULT_LAMBDA;
  const seed = cohort.options.seed;
  const full = fitModel(kind, design, new Float64Array(design.rows).fill(1), lambda);
  const scale = sum(full.beta);
  const replicates = settings.bootstrap ?? DEFAULT_BOOTSTRAP;
  const level = settings.level ?? DEFAULT_LEVEL;
  const resampled = bootstrapWeights(kind, design, lambda, replicates, `${seed}\u0000${CALLER}\u0000bootstrap`, full);

  const weights: Record<string, number> = {};
  const intervals: Record<string, [number, number]> = {};
  table.names.forEach((name, k) => {
    const column = learnable.indexOf(k);
    setOwn(weights, name, column >= 0 && scale > 0 ? full.beta[column]! / scale : 0);
    const draws = column >= 0 ? resampled.draws.map((draw) => draw[column]!).sort((a, b) => a - b) : [];
    Object.defineProperty(intervals, name, {
      value: column >= 0 ? [quantile(draws, (1 - level) / 2), quantile(draws, (1 + level) / 2)] : [0, 0],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return {
    target,
    model: kind,
    weights,
    scale,
    intervals: resampled.draws.length > 0 ? intervals : null,
    cv: crossValidate(kind, design, lambda, settings.folds ?? DEFAULT_FOLDS, `${seed}\u0000${CALLER}\u0000folds`),
    unlearnable,
    outcomes: { used: used.length, skipped: read.length - used.length },
    bootstrap: { replicates, degenerate: resampled.degenerate, level },
    converged: full.converged,
  };
}

/** The outcome's target value (a rating, or 1/0 for continued), or undefined when it has none. */
function targetOf(entry: IndexedOutcome, target: "rating" | "continued"): number | undefined {
  if (target === "rating") return entry.outcome.rating;
  const continued = entry.outcome.continued;
  return continued === undefined ? undefined : continued ? 1 : 0;
}

/** Columns (feature indices) that vary over the rows and are not switched off, and the names of the others. */
function learnableColumns(
  cohort: NormalisedCohort,
  names: readonly string[],
  values: Float64Array,
  rows: number,
): { learnable: number[]; unlearnable: string[] } {
  const K = names.length;
  const learnable: number[] = [];
  const unlearnable: string[] = [];
  for (let k = 0; k < K; k++) {
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < rows; r++) {
      low = Math.min(low, values[r * K + k]!);
      high = Math.max(high, values[r * K + k]!);
    }
    const switchedOff = names[k] === "industry" && cohort.options.industry === "any";
    if (high - low > CONSTANT_SPREAD && !switchedOff) learnable.push(k);
    else unlearnable.push(names[k]!);
  }
  return { learnable, unlearnable };
}

/** The design over the learnable columns. */
function designOf(values: Float64Array, K: number, learnable: readonly number[], y: Float64Array): Design {
  const rows = y.length;
  const columns = learnable.length;
  const x = new Float64Array(rows * columns);
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) x[r * columns + c] = values[r * K + learnable[c]!]!;
  return { rows, columns, x, y };
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += values[k]!;
  return total;
}

/** Normalised coefficients of `replicates` fits on resamples drawn with replacement; degenerate ones counted, not kept. */
function bootstrapWeights(
  kind: ModelKind,
  design: Design,
  lambda: number,
  replicates: number,
  seed: string,
  warm: FittedModel,
): { draws: Float64Array[]; degenerate: number } {
  const random = seededStream(seed);
  const n = design.rows;
  const counts = new Float64Array(n);
  const draws: Float64Array[] = [];
  let degenerate = 0;
  for (let b = 0; b < replicates; b++) {
    counts.fill(0);
    for (let draw = 0; draw < n; draw++) {
      const r = Math.floor(random() * n);
      counts[r] = counts[r]! + 1;
    }
    const fit = fitModel(kind, design, counts, lambda, warm);
    const total = sum(fit.beta);
    if (total > 0) draws.push(fit.beta.map((beta) => beta / total));
    else degenerate++;
  }
  return { draws, degenerate };
}

/** Seeded k-fold cross-validation over pooled held-out predictions (see `WeightsCrossValidation`). */
function crossValidate(
  kind: ModelKind,
  design: Design,
  lambda: number,
  requestedFolds: number,
  seed: string,
): WeightsCrossValidation {
  const n = design.rows;
  const folds = Math.min(requestedFolds, n);
  const foldOf = seededFolds(n, folds, seed);
  const score = new Float64Array(n);
  const loss = new Float64Array(n);
  const baseline = new Float64Array(n);
  const empty: Design = { rows: n, columns: 0, x: new Float64Array(0), y: design.y };
  for (let f = 0; f < folds; f++) {
    const train = Float64Array.from(foldOf, (fold) => (fold === f ? 0 : 1));
    // Cold starts: nothing from the held-out fold reaches its model, not even a start.
    const model = fitModel(kind, design, train, lambda);
    const reference = fitModel(kind, empty, train, lambda);
    for (let i = 0; i < n; i++) {
      if (foldOf[i] !== f) continue;
      score[i] = linearPredictor(model, design, i);
      loss[i] = heldOutLoss(model, design, i);
      baseline[i] = heldOutLoss(reference, empty, i);
    }
  }
  const mean = (values: Float64Array): number => sum(values) / n;
  const linear = kind === "linear";
  return {
    folds,
    spearman: spearman(score, design.y),
    auc: kind === "logistic" ? auc(score, design.y) : null,
    logLoss: linear ? null : mean(loss),
    baselineLogLoss: linear ? null : mean(baseline),
    rmse: linear ? Math.sqrt(mean(loss)) : null,
    baselineRmse: linear ? Math.sqrt(mean(baseline)) : null,
  };
}

function heldOutLoss(model: FittedModel, design: Design, i: number): number {
  return model.kind === "linear" ? squaredError(model, design, i) : logLoss(model, design, i);
}

/** Fold of each row: a seeded shuffle of 0..n-1 dealt round-robin into `folds` folds. */
function seededFolds(n: number, folds: number, seed: string): Int32Array {
  const random = seededStream(seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  const foldOf = new Int32Array(n);
  order.forEach((row, position) => {
    foldOf[row] = position % folds;
  });
  return foldOf;
}
