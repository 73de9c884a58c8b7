/**
 * Fits one of the regression models of `objectives.ts` to weighted rows, and scores
 * held-out rows with the fit (linear predictor, log-loss, squared error). Rows of weight
 * 0 take no part in the fit. Deterministic: plain arithmetic in a fixed order.
 *
 * Complexity: O(iterations · n · p²); typically 5–20 Newton steps.
 * References: see `objectives.ts` and `projected-newton.ts`.
 */
import {
  type Design,
  type ModelKind,
  linearObjective,
  logisticObjective,
  ordinalLoss,
  ordinalObjective,
  sigmoid,
} from "./objectives.js";
import { type BoundedObjective, type MinimiseOptions, minimiseBounded } from "./projected-newton.js";

/** A fitted model: coefficients, free parameters and (ordinal) the rating values of its categories. */
export interface FittedModel {
  readonly kind: ModelKind;
  /** β_k ≥ 0 per design column. */
  readonly beta: Float64Array;
  /** Linear and logistic: [intercept]; ordinal: the thresholds θ_0 < … < θ_{C-2}. */
  readonly free: Float64Array;
  /** Ordinal: the observed rating values v_0 < … < v_{C-1}; empty otherwise. */
  readonly levels: Float64Array;
  readonly converged: boolean;
}

/** Held-out probabilities are floored here, so an outcome the fit rules out costs −log(1e-6) ≈ 13.8 nats, not infinity. */
export const PROBABILITY_FLOOR = 1e-6;

const MAX_ITERATIONS = 200;

/**
 * Fits `kind` to the rows of `design` with positive weight, ridge `lambda` on the
 * coefficients. `warm` (a fit of the same kind and design, e.g. on all rows) is the
 * starting point when it applies (for the ordinal model: the same rating values).
 */
export function fitModel(
  kind: ModelKind,
  design: Design,
  weights: Float64Array,
  lambda: number,
  warm?: FittedModel,
): FittedModel {
  const K = design.columns;
  let total = 0;
  let weightedMean = 0;
  for (let i = 0; i < design.rows; i++) {
    total += weights[i]!;
    weightedMean += weights[i]! * design.y[i]!;
  }
  weightedMean = total > 0 ? weightedMean / total : 0;
  const options = { maxIterations: MAX_ITERATIONS, tolerance: 1e-9 * (1 + total) };
  if (kind === "ordinal") {
    const levels = observedLevels(design, weights);
    const category = categoryOf(design, weights, levels);
    const objective = ordinalObjective(design, category, levels.length, weights, lambda);
    const start = new Float64Array(objective.params);
    if (warm !== undefined && sameValues(warm.levels, levels)) {
      start.set(warm.beta);
      start.set(warm.free, K);
      return finish(kind, objective, start, options, levels);
    }
    // β = 0 with the thresholds at the logits of the cumulative shares: the optimum of
    // the model without features, and strictly ordered because every level occurs.
    let cumulative = 0;
    for (let c = 0; c < levels.length - 1; c++) {
      for (let i = 0; i < design.rows; i++) if (category[i] === c) cumulative += weights[i]!;
      start[K + c] = logit(cumulative / total);
    }
    return finish(kind, objective, start, options, levels);
  }
  const objective =
    kind === "linear" ? linearObjective(design, weights, lambda) : logisticObjective(design, weights, lambda);
  const start = new Float64Array(K + 1);
  if (warm !== undefined) {
    start.set(warm.beta);
    start.set(warm.free, K);
  } else {
    start[K] = kind === "linear" ? weightedMean : logit(Math.min(1 - 1e-9, Math.max(1e-9, weightedMean)));
  }
  return finish(kind, objective, start, options, new Float64Array(0));
}

function finish(
  kind: ModelKind,
  objective: BoundedObjective,
  start: Float64Array,
  options: MinimiseOptions,
  levels: Float64Array,
): FittedModel {
  const K = objective.bounded;
  const minimum = minimiseBounded(objective, start, options);
  return {
    kind,
    beta: minimum.theta.slice(0, K),
    free: minimum.theta.slice(K),
    levels,
    converged: minimum.converged,
  };
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((value, k) => value === b[k]);
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** The distinct target values of the rows with positive weight, ascending. */
function observedLevels(design: Design, weights: Float64Array): Float64Array {
  const values = new Set<number>();
  for (let i = 0; i < design.rows; i++) if (weights[i]! > 0) values.add(design.y[i]!);
  return Float64Array.from(values).sort();
}

/** Index of each row's target in `levels` (-1 when absent). */
function categoryOf(design: Design, weights: Float64Array, levels: Float64Array): Int32Array {
  const index = new Map<number, number>();
  levels.forEach((value, c) => {
    index.set(value, c);
  });
  return Int32Array.from({ length: design.rows }, (_, i) => (weights[i]! > 0 ? (index.get(design.y[i]!) ?? -1) : -1));
}

/** xᵀβ of row i: the fitted combined score, without intercept or thresholds. */
export function linearPredictor(model: FittedModel, design: Design, i: number): number {
  const K = design.columns;
  let eta = 0;
  for (let k = 0; k < K; k++) eta += design.x[i * K + k]! * model.beta[k]!;
  return eta;
}

/** −log P(row i's target) under the model (probability floored at PROBABILITY_FLOOR); NaN for the linear model. */
export function logLoss(model: FittedModel, design: Design, i: number): number {
  const eta = linearPredictor(model, design, i);
  const y = design.y[i]!;
  const ceiling = -Math.log(PROBABILITY_FLOOR);
  if (model.kind === "logistic") {
    const p = sigmoid(eta + model.free[0]!);
    return Math.min(ceiling, -Math.log(y === 1 ? p : 1 - p));
  }
  if (model.kind === "ordinal") {
    const c = model.levels.indexOf(y);
    if (c < 0) return ceiling;
    const C = model.levels.length;
    const upper = c < C - 1 ? model.free[c]! - eta : Number.POSITIVE_INFINITY;
    const lower = c > 0 ? model.free[c - 1]! - eta : Number.NEGATIVE_INFINITY;
    return Math.min(ceiling, ordinalLoss(upper, lower, new Float64Array(5)));
  }
  return Number.NaN;
}

/** (y − ŷ)² of row i under the linear model. */
export function squaredError(model: FittedModel, design: Design, i: number): number {
  const residual = design.y[i]! - model.free[0]! - linearPredictor(model, design, i);
  return residual * residual;
}
