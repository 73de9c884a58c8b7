/**
 * The three regression models `fitWeights` offers, as penalised negative
 * log-likelihoods over weighted rows (a row's weight is its bootstrap count, or 0/1 to
 * hold a cross-validation fold out). Parameters: β_1..β_K ≥ 0 (one per learnable
 * feature, the first `bounded` parameters), then the free ones.
 *
 *   linear   (rating):     y = b + xᵀβ + ε;  loss ½(y − b − xᵀβ)²
 *   logistic (continued):  P(y = 1) = σ(b + xᵀβ);  loss log(1 + e^η) − y·η
 *   ordinal  (rating):     P(y ≤ c) = σ(θ_c − xᵀβ) for the observed rating values
 *                          v_0 < … < v_{C-1} (cumulative logit, proportional odds), with
 *                          thresholds θ_0 < … < θ_{C-2};  loss −log P(y = c)
 *
 *   f(params) = Σ_i w_i · loss_i + (λ/2)·‖β‖² + (λ₀/2)·‖free‖²,
 *
 * where λ₀ = 1e-6 (logistic and ordinal; 0 for linear, whose intercept is always finite)
 * only keeps the free parameters finite when the data cannot pin them (every outcome
 * "continued", say). All three are convex, so the minimum is global.
 * The ordinal loss is written in log space (softplus, log(−expm1)) so that it stays
 * finite far in the tails; unordered thresholds have value Infinity.
 *
 * Complexity: O(n·p²) per derivatives call (p = K + free parameters), O(n·K) per value.
 * References: McCullagh 1980 (proportional odds); Agresti 2010 (Analysis of Ordinal
 * Categorical Data, ch. 3); Hastie, Tibshirani & Friedman 2009 (ridge penalties).
 */
import type { BoundedObjective } from "./projected-newton.js";

/** Rows of the design: x[i·K + k] = score of learnable feature k for row i, y[i] the target. */
export interface Design {
  readonly rows: number;
  readonly columns: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/**
 * The regression `fitWeights` fits: `"ordinal"` (cumulative logit on ratings),
 * `"linear"` (least squares on ratings) or `"logistic"` (on `continued`).
 *
 * @example
 * ```ts
 * const model: ModelKind = "linear";
 * ```
 */
export type ModelKind = "ordinal" | "linear" | "logistic";

/** Keeps the free parameters finite when the data do not (see the file comment). */
export const FREE_PENALTY = 1e-6;

/** log(1 + e^z) without overflow. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** σ(z) = 1 / (1 + e^-z) without overflow. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** xᵀβ for row i. */
function linearScore(design: Design, beta: Float64Array, i: number): number {
  const { columns: K, x } = design;
  let eta = 0;
  for (let k = 0; k < K; k++) eta += x[i * K + k]! * beta[k]!;
  return eta;
}

function penalty(theta: Float64Array, bounded: number, lambda: number, free = FREE_PENALTY): number {
  let sum = 0;
  for (let j = 0; j < theta.length; j++) sum += (j < bounded ? lambda : free) * theta[j]! ** 2;
  return sum / 2;
}

function addPenaltyDerivatives(
  theta: Float64Array,
  bounded: number,
  lambda: number,
  grad: Float64Array,
  hess: Float64Array,
  free = FREE_PENALTY,
): void {
  const p = theta.length;
  for (let j = 0; j < p; j++) {
    const l = j < bounded ? lambda : free;
    grad[j] = grad[j]! + l * theta[j]!;
    hess[j * p + j] = hess[j * p + j]! + l;
  }
}

/**
 * The linear and logistic models: one free parameter, the intercept b (last). `curvature`
 * gives the loss, its first and second derivative in η for target y.
 */
function interceptObjective(
  design: Design,
  weights: Float64Array,
  lambda: number,
  freePenalty: number,
  curvature: (eta: number, y: number, out: Float64Array) => number,
): BoundedObjective {
  const { rows, columns: K, x, y } = design;
  const p = K + 1;
  const local = new Float64Array(2);
  return {
    params: p,
    bounded: K,
    value(theta) {
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        const w = weights[i]!;
        if (w === 0) continue;
        sum += w * curvature(linearScore(design, theta, i) + theta[K]!, y[i]!, local);
      }
      return sum + penalty(theta, K, lambda, freePenalty);
    },
    derivatives(theta, grad, hess) {
      grad.fill(0);
      hess.fill(0);
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        const w = weights[i]!;
        if (w === 0) continue;
        sum += w * curvature(linearScore(design, theta, i) + theta[K]!, y[i]!, local);
        const g = w * local[0]!;
        const h = w * local[1]!;
        for (let a = 0; a < p; a++) {
          const xa = a < K ? x[i * K + a]! : 1;
          grad[a] = grad[a]! + g * xa;
          for (let b = 0; b <= a; b++) hess[a * p + b] = hess[a * p + b]! + h * xa * (b < K ? x[i * K + b]! : 1);
        }
      }
      symmetrise(hess, p);
      addPenaltyDerivatives(theta, K, lambda, grad, hess, freePenalty);
      return sum + penalty(theta, K, lambda, freePenalty);
    },
  };
}

/** Copies the lower triangle of a p × p matrix to the upper one. */
function symmetrise(hess: Float64Array, p: number): void {
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) hess[b * p + a] = hess[a * p + b]!;
}

/** ½(y − η)², with derivatives 1st and 2nd in η. */
function squaredLoss(eta: number, y: number, out: Float64Array): number {
  const r = eta - y;
  out[0] = r;
  out[1] = 1;
  return (r * r) / 2;
}

/** log(1 + e^η) − y·η, with derivatives σ(η) − y and σ(η)(1 − σ(η)). */
function logisticLoss(eta: number, y: number, out: Float64Array): number {
  const s = sigmoid(eta);
  out[0] = s - y;
  out[1] = s * (1 - s);
  return softplus(eta) - y * eta;
}

/** The linear model on the rating (least squares). */
export function linearObjective(design: Design, weights: Float64Array, lambda: number): BoundedObjective {
  return interceptObjective(design, weights, lambda, 0, squaredLoss);
}

/** The logistic model on a 0/1 target. */
export function logisticObjective(design: Design, weights: Float64Array, lambda: number): BoundedObjective {
  return interceptObjective(design, weights, lambda, FREE_PENALTY, logisticLoss);
}

/** P below this is computed in log space (σ(a) − σ(b) would lose digits to cancellation). */
const DIRECT_PROBABILITY = 1e-6;

/**
 * −log P(y = c) of the ordinal model and its derivatives in the upper and lower cut
 * points a = θ_c − η and b = θ_{c−1} − η (a = +∞ for the top category, b = −∞ for the
 * bottom one). out = [∂/∂a, ∂/∂b, ∂²/∂a², ∂²/∂b², ∂²/∂a∂b]. Infinity when a ≤ b.
 *
 * With F = σ and r_a = F'(a)/P, r_b = F'(b)/P:  ∂/∂a = −r_a, ∂/∂b = r_b,
 * ∂²/∂a² = −(1 − 2F(a))·r_a + r_a², ∂²/∂b² = (1 − 2F(b))·r_b + r_b², ∂²/∂a∂b = −r_a·r_b.
 */
export function ordinalLoss(a: number, b: number, out: Float64Array): number {
  const hasUpper = a !== Number.POSITIVE_INFINITY;
  const hasLower = b !== Number.NEGATIVE_INFINITY;
  if (!hasUpper && !hasLower) {
    out.fill(0);
    return 0;
  }
  if (hasUpper && hasLower && !(a > b)) {
    out.fill(0);
    return Number.POSITIVE_INFINITY;
  }
  // σ and 1 − σ from one exponential each, both to full relative precision.
  const ea = hasUpper ? Math.exp(-Math.abs(a)) : 0;
  const eb = hasLower ? Math.exp(-Math.abs(b)) : 0;
  const sa = hasUpper ? (a >= 0 ? 1 / (1 + ea) : ea / (1 + ea)) : 1; // F(a)
  const ca = hasUpper ? (a >= 0 ? ea / (1 + ea) : 1 / (1 + ea)) : 0; // 1 − F(a)
  const sb = hasLower ? (b >= 0 ? 1 / (1 + eb) : eb / (1 + eb)) : 0; // F(b)
  const cb = hasLower ? (b >= 0 ? eb / (1 + eb) : 1 / (1 + eb)) : 1; // 1 − F(b)
  // P = F(a) − F(b) = (1 − F(b)) − (1 − F(a)): subtract the smaller pair.
  const direct = sb > 0.5 ? cb - ca : sa - sb;
  let logP: number;
  if (direct > DIRECT_PROBABILITY) logP = Math.log(direct);
  else if (!hasLower) logP = -softplus(-a);
  else if (!hasUpper) logP = -softplus(b);
  else logP = a + Math.log(-Math.expm1(b - a)) - softplus(a) - softplus(b);
  const p = direct > DIRECT_PROBABILITY ? direct : Math.exp(logP);
  const ra = hasUpper ? (p > 0 ? (sa * ca) / p : Math.exp(-softplus(a) - softplus(-a) - logP)) : 0;
  const rb = hasLower ? (p > 0 ? (sb * cb) / p : Math.exp(-softplus(b) - softplus(-b) - logP)) : 0;
  out[0] = -ra;
  out[1] = rb;
  out[2] = (sa - ca) * ra + ra * ra;
  out[3] = (cb - sb) * rb + rb * rb;
  out[4] = -ra * rb;
  return -logP;
}

/**
 * The ordinal model. `category[i]` is row i's index in the sorted observed values
 * (C of them, C − 1 thresholds after the K coefficients); rows with weight 0 may hold -1.
 */
export function ordinalObjective(
  design: Design,
  category: Int32Array,
  categories: number,
  weights: Float64Array,
  lambda: number,
): BoundedObjective {
  const { rows, columns: K, x } = design;
  const p = K + Math.max(0, categories - 1);
  const local = new Float64Array(5);
  const cut = (theta: Float64Array, c: number, eta: number, top: number): number => {
    if (c < 0) return Number.NEGATIVE_INFINITY;
    if (c >= categories - 1) return top;
    return theta[K + c]! - eta;
  };
  const rowLoss = (theta: Float64Array, i: number): number => {
    const c = category[i]!;
    const eta = linearScore(design, theta, i);
    return ordinalLoss(
      cut(theta, c, eta, Number.POSITIVE_INFINITY),
      cut(theta, c - 1, eta, Number.POSITIVE_INFINITY),
      local,
    );
  };
  return {
    params: p,
    bounded: K,
    value(theta) {
      for (let c = 1; c < categories - 1; c++)
        if (!(theta[K + c]! > theta[K + c - 1]!)) return Number.POSITIVE_INFINITY;
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        const w = weights[i]!;
        if (w !== 0) sum += w * rowLoss(theta, i);
      }
      return sum + penalty(theta, K, lambda);
    },
    derivatives(theta, grad, hess) {
      grad.fill(0);
      hess.fill(0);
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        const w = weights[i]!;
        if (w === 0) continue;
        const c = category[i]!;
        sum += w * rowLoss(theta, i);
        const ga = local[0]!;
        const gb = local[1]!;
        const haa = local[2]!;
        const hbb = local[3]!;
        const hab = local[4]!;
        const upper = c < categories - 1 ? K + c : -1; // parameter index of θ_c
        const lower = c > 0 ? K + c - 1 : -1; // parameter index of θ_{c−1}
        // η enters both cut points with coefficient −1.
        const gEta = -(ga + gb);
        const hEta = haa + 2 * hab + hbb;
        const hEtaUpper = -(haa + hab);
        const hEtaLower = -(hab + hbb);
        for (let a = 0; a < K; a++) {
          const xa = x[i * K + a]!;
          grad[a] = grad[a]! + w * gEta * xa;
          for (let b = 0; b <= a; b++) hess[a * p + b] = hess[a * p + b]! + w * hEta * xa * x[i * K + b]!;
          if (upper >= 0) hess[upper * p + a] = hess[upper * p + a]! + w * hEtaUpper * xa;
          if (lower >= 0) hess[lower * p + a] = hess[lower * p + a]! + w * hEtaLower * xa;
        }
        if (upper >= 0) {
          grad[upper] = grad[upper]! + w * ga;
          hess[upper * p + upper] = hess[upper * p + upper]! + w * haa;
        }
        if (lower >= 0) {
          grad[lower] = grad[lower]! + w * gb;
          hess[lower * p + lower] = hess[lower * p + lower]! + w * hbb;
        }
        if (upper >= 0 && lower >= 0) hess[upper * p + lower] = hess[upper * p + lower]! + w * hab;
      }
      symmetrise(hess, p);
      addPenaltyDerivatives(theta, K, lambda, grad, hess);
      return sum + penalty(theta, K, lambda);
    },
  };
}
