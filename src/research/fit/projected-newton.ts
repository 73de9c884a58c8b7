/**
 * Minimises a smooth convex function of p parameters whose first `bounded` parameters
 * must be ≥ 0 (the rest are free), by a projected Newton method: at each step the
 * parameters held at their bound by a gradient pointing outwards are fixed, the Newton
 * system is solved on the others (Cholesky, with Levenberg damping when the Hessian is
 * not positive definite), and a projected backtracking (Armijo) line search keeps every
 * iterate feasible. When the Newton direction makes no progress, a projected gradient
 * step is tried before stopping. The objective may return Infinity outside its domain
 * (the ordinal model does for unordered thresholds); the line search then backs off.
 *
 * Complexity: O(p³) per step plus the objective's own cost; a handful of steps near the
 * optimum (quadratic convergence on a twice differentiable strictly convex objective).
 *
 * References: Bertsekas 1982 (projected Newton methods for bound constraints); Nocedal &
 * Wright 2006 (Armijo backtracking, Levenberg damping).
 */
import { invariant } from "../../internal/debug.js";

/** A convex objective over p parameters, the first `bounded` of which are ≥ 0. */
export interface BoundedObjective {
  readonly params: number;
  readonly bounded: number;
  /** f(θ), or Infinity when θ is outside the domain. */
  value(theta: Float64Array): number;
  /** f(θ), writing the gradient into `grad` (p) and the Hessian into `hess` (p × p, row-major). */
  derivatives(theta: Float64Array, grad: Float64Array, hess: Float64Array): number;
}

/** How the minimisation ended. */
export interface Minimum {
  readonly theta: Float64Array;
  readonly value: number;
  readonly iterations: number;
  /** True when the projected gradient fell below the tolerance, or a Newton step could not lower f measurably. */
  readonly converged: boolean;
}

/** Stopping rules: at most `maxIterations` steps; done when every projected gradient entry is ≤ `tolerance`. */
export interface MinimiseOptions {
  readonly maxIterations: number;
  readonly tolerance: number;
}

const ARMIJO = 1e-4;
const SMALLEST_STEP = 1e-12;
/** Relative size of a change in f that counts as nothing (a few hundred ulps). */
const RESOLUTION = 1e-13;

/** Minimises `objective` from the feasible point `start` (copied, not changed). */
export function minimiseBounded(objective: BoundedObjective, start: Float64Array, options: MinimiseOptions): Minimum {
  const { params: p, bounded } = objective;
  let theta: Float64Array = Float64Array.from(start);
  for (let j = 0; j < bounded; j++) invariant(theta[j]! >= 0, () => `minimiseBounded: start[${j}] is negative`);
  const grad = new Float64Array(p);
  const hess = new Float64Array(p * p);
  const direction = new Float64Array(p);
  let value = objective.derivatives(theta, grad, hess);
  invariant(Number.isFinite(value), () => "minimiseBounded: the start is outside the objective's domain");
  let iterations = 0;
  let converged = false;
  for (; iterations < options.maxIterations; iterations++) {
    const slope = projectedGradientNorm(theta, grad, bounded);
    if (slope <= options.tolerance) {
      converged = true;
      break;
    }
    const free = freeParameters(theta, grad, bounded, Math.min(1e-10, slope));
    newtonDirection(hess, grad, free, p, direction);
    // Newton decrement: what the step could still gain. Below the resolution of f the
    // point is optimal to machine precision, even if the gradient test is stricter.
    let gain = 0;
    for (let j = 0; j < p; j++) gain -= grad[j]! * direction[j]!;
    if (gain >= 0 && gain <= RESOLUTION * (1 + Math.abs(value))) {
      converged = true;
      break;
    }
    let step = lineSearch(objective, theta, value, grad, direction);
    if (step === undefined) {
      for (let j = 0; j < p; j++) direction[j] = free[j] ? -grad[j]! : 0;
      step = lineSearch(objective, theta, value, grad, direction);
    }
    if (step === undefined) break; // no decrease possible at machine precision
    theta = step.theta;
    value = objective.derivatives(theta, grad, hess);
  }
  return { theta, value, iterations, converged };
}

/** Largest |entry| of the gradient projected on the feasible set (0 for a bound parameter pushed outwards). */
function projectedGradientNorm(theta: Float64Array, grad: Float64Array, bounded: number): number {
  let largest = 0;
  for (let j = 0; j < theta.length; j++) {
    const g = grad[j]!;
    if (j < bounded && theta[j]! <= 0 && g > 0) continue;
    largest = Math.max(largest, Math.abs(g));
  }
  return largest;
}

/** free[j] = 1 unless parameter j is bounded, within `epsilon` of its bound, and its gradient points outwards. */
function freeParameters(theta: Float64Array, grad: Float64Array, bounded: number, epsilon: number): Uint8Array {
  const free = new Uint8Array(theta.length).fill(1);
  for (let j = 0; j < bounded; j++) if (theta[j]! <= epsilon && grad[j]! > 0) free[j] = 0;
  return free;
}

/**
 * direction = -(H_FF + μI)⁻¹ g_F on the free parameters F, 0 elsewhere, with the
 * smallest damping μ in {0, 1e-10·scale, 1e-9·scale, …} for which Cholesky succeeds.
 */
function newtonDirection(hess: Float64Array, grad: Float64Array, free: Uint8Array, p: number, out: Float64Array): void {
  const index: number[] = [];
  for (let j = 0; j < p; j++) if (free[j]) index.push(j);
  const m = index.length;
  out.fill(0);
  if (m === 0) return;
  let scale = 0;
  for (const j of index) scale = Math.max(scale, Math.abs(hess[j * p + j]!));
  scale = Math.max(scale, 1e-300);
  const factor = new Float64Array(m * m);
  for (let attempt = 0; attempt < 40; attempt++) {
    const damping = attempt === 0 ? 0 : scale * 1e-10 * 10 ** (attempt - 1);
    for (let r = 0; r < m; r++) {
      for (let c = 0; c < m; c++) factor[r * m + c] = hess[index[r]! * p + index[c]!]!;
      factor[r * m + r] = factor[r * m + r]! + damping;
    }
    if (!choleskyInPlace(factor, m)) continue;
    const rhs = Float64Array.from(index, (j) => -grad[j]!);
    choleskySolve(factor, m, rhs);
    index.forEach((j, r) => {
      out[j] = rhs[r]!;
    });
    return;
  }
  // The Hessian is unusable (not finite): fall back to steepest descent.
  for (const j of index) out[j] = -grad[j]!;
}

/** Lower Cholesky factor L (LLᵀ = A) in place; false when A is not (numerically) positive definite. */
export function choleskyInPlace(a: Float64Array, m: number): boolean {
  for (let c = 0; c < m; c++) {
    let diagonal = a[c * m + c]!;
    for (let k = 0; k < c; k++) diagonal -= a[c * m + k]! ** 2;
    if (!(diagonal > 0) || !Number.isFinite(diagonal)) return false;
    const root = Math.sqrt(diagonal);
    a[c * m + c] = root;
    for (let r = c + 1; r < m; r++) {
      let sum = a[r * m + c]!;
      for (let k = 0; k < c; k++) sum -= a[r * m + k]! * a[c * m + k]!;
      a[r * m + c] = sum / root;
    }
  }
  return true;
}

/** Solves LLᵀx = b in place (b becomes x), L from `choleskyInPlace`. */
export function choleskySolve(l: Float64Array, m: number, b: Float64Array): void {
  for (let r = 0; r < m; r++) {
    let sum = b[r]!;
    for (let k = 0; k < r; k++) sum -= l[r * m + k]! * b[k]!;
    b[r] = sum / l[r * m + r]!;
  }
  for (let r = m - 1; r >= 0; r--) {
    let sum = b[r]!;
    for (let k = r + 1; k < m; k++) sum -= l[k * m + r]! * b[k]!;
    b[r] = sum / l[r * m + r]!;
  }
}

/**
 * Backtracking along the projected arc θ(t) = P(θ + t·d), t = 1, ½, ¼, …: the first
 * point with f(θ(t)) < f(θ) and f(θ(t)) ≤ f(θ) + ARMIJO·gᵀ(θ(t) − θ); undefined when
 * none down to t = SMALLEST_STEP.
 */
function lineSearch(
  objective: BoundedObjective,
  theta: Float64Array,
  value: number,
  grad: Float64Array,
  direction: Float64Array,
): { theta: Float64Array; value: number } | undefined {
  const p = theta.length;
  const candidate = new Float64Array(p);
  for (let t = 1; t >= SMALLEST_STEP; t /= 2) {
    let decrease = 0;
    for (let j = 0; j < p; j++) {
      const moved = theta[j]! + t * direction[j]!;
      candidate[j] = j < objective.bounded ? Math.max(0, moved) : moved;
      decrease += grad[j]! * (candidate[j]! - theta[j]!);
    }
    const next = objective.value(candidate);
    if (next < value && next <= value + ARMIJO * Math.min(decrease, 0)) return { theta: candidate, value: next };
  }
  return undefined;
}
