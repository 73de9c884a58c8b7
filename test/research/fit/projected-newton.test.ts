import { describe, expect, it } from "vitest";
import { type BoundedObjective, minimiseBounded } from "../../../src/research/fit/projected-newton.js";

/** f(θ) = ½ θᵀAθ − bᵀθ with A positive definite. */
function quadratic(a: readonly number[][], b: readonly number[], bounded: number): BoundedObjective {
  const p = b.length;
  const value = (theta: Float64Array): number => {
    let f = 0;
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) f += 0.5 * theta[i]! * a[i]![j]! * theta[j]!;
      f -= b[i]! * theta[i]!;
    }
    return f;
  };
  return {
    params: p,
    bounded,
    value,
    derivatives(theta, grad, hess) {
      for (let i = 0; i < p; i++) {
        let g = -b[i]!;
        for (let j = 0; j < p; j++) {
          g += a[i]![j]! * theta[j]!;
          hess[i * p + j] = a[i]![j]!;
        }
        grad[i] = g;
      }
      return value(theta);
    },
  };
}

const options = { maxIterations: 100, tolerance: 1e-12 };

describe("minimiseBounded", () => {
  it("finds the unconstrained minimum A⁻¹b when it is feasible", () => {
    const a = [
      [4, 1],
      [1, 3],
    ];
    const { theta, converged } = minimiseBounded(quadratic(a, [1, 2], 2), new Float64Array(2), options);
    expect(converged).toBe(true);
    // A⁻¹b = [1/11, 7/11]
    expect(theta[0]).toBeCloseTo(1 / 11, 12);
    expect(theta[1]).toBeCloseTo(7 / 11, 12);
  });

  it("holds a bounded parameter at 0 when the unconstrained minimum is negative (checked by KKT)", () => {
    const a = [
      [2, 1.5],
      [1.5, 2],
    ];
    const b = [-1, 2];
    const { theta } = minimiseBounded(quadratic(a, b, 2), Float64Array.of(1, 1), options);
    // With θ₀ = 0, θ₁ = b₁ / a₁₁ = 1; gradient in θ₀ = 1.5·1 + 1 = 2.5 > 0, so the bound is active.
    expect(theta[0]).toBe(0);
    expect(theta[1]).toBeCloseTo(1, 12);
  });

  it("leaves free parameters unbounded", () => {
    const a = [
      [1, 0],
      [0, 1],
    ];
    const { theta } = minimiseBounded(quadratic(a, [1, -3], 1), new Float64Array(2), options);
    expect(theta[0]).toBeCloseTo(1, 12);
    expect(theta[1]).toBeCloseTo(-3, 12);
  });

  it("copes with a singular Hessian (damping) and still converges", () => {
    const a = [
      [1, 1],
      [1, 1],
    ];
    const { theta, converged } = minimiseBounded(quadratic(a, [1, 1], 2), new Float64Array(2), options);
    expect(converged).toBe(true);
    expect(theta[0]! + theta[1]!).toBeCloseTo(1, 9);
  });
});
