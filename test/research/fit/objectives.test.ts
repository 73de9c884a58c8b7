import { describe, expect, it } from "vitest";
import {
  type Design,
  linearObjective,
  logisticObjective,
  ordinalLoss,
  ordinalObjective,
} from "../../../src/research/fit/objectives.js";
import type { BoundedObjective } from "../../../src/research/fit/projected-newton.js";

/** A small seeded design (a linear congruential generator, independent of the code under test). */
function design(rows: number, columns: number, target: (i: number) => number): Design {
  let state = 12345;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const x = Float64Array.from({ length: rows * columns }, next);
  return { rows, columns, x, y: Float64Array.from({ length: rows }, (_, i) => target(i)) };
}

/** Central finite differences of the value and of the gradient, against `derivatives`. */
function expectDerivativesMatch(objective: BoundedObjective, theta: Float64Array): void {
  const p = objective.params;
  const grad = new Float64Array(p);
  const hess = new Float64Array(p * p);
  const value = objective.derivatives(theta, grad, hess);
  expect(value).toBeCloseTo(objective.value(theta), 10);
  const h = 1e-5;
  for (let j = 0; j < p; j++) {
    const plus = Float64Array.from(theta);
    const minus = Float64Array.from(theta);
    plus[j] = plus[j]! + h;
    minus[j] = minus[j]! - h;
    const numeric = (objective.value(plus) - objective.value(minus)) / (2 * h);
    expect(grad[j]!).toBeCloseTo(numeric, 5);
    const gPlus = new Float64Array(p);
    const gMinus = new Float64Array(p);
    objective.derivatives(plus, gPlus, new Float64Array(p * p));
    objective.derivatives(minus, gMinus, new Float64Array(p * p));
    for (let k = 0; k < p; k++) expect(hess[k * p + j]!).toBeCloseTo((gPlus[k]! - gMinus[k]!) / (2 * h), 4);
  }
}

describe("regression objectives", () => {
  const weights = Float64Array.from({ length: 30 }, (_, i) => 1 + (i % 3));

  it("linear: gradient and Hessian agree with finite differences", () => {
    const data = design(30, 3, (i) => 1 + (i % 5));
    expectDerivativesMatch(linearObjective(data, weights, 0.5), Float64Array.of(0.3, 1.2, 0.1, 2));
  });

  it("logistic: gradient and Hessian agree with finite differences", () => {
    const data = design(30, 3, (i) => i % 2);
    expectDerivativesMatch(logisticObjective(data, weights, 0.5), Float64Array.of(0.3, 1.2, 0.1, -0.4));
  });

  it("ordinal: gradient and Hessian agree with finite differences, bottom, middle and top categories", () => {
    const data = design(30, 3, (i) => i % 4);
    const category = Int32Array.from(data.y);
    const objective = ordinalObjective(data, category, 4, weights, 0.5);
    expectDerivativesMatch(objective, Float64Array.of(0.3, 1.2, 0.1, -0.5, 0.4, 1.5));
  });

  it("ordinal: unordered thresholds are outside the domain", () => {
    const data = design(10, 1, (i) => i % 3);
    const objective = ordinalObjective(data, Int32Array.from(data.y), 3, new Float64Array(10).fill(1), 0);
    expect(objective.value(Float64Array.of(0, 1, 0.5))).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(objective.value(Float64Array.of(0, 0.5, 1)))).toBe(true);
  });

  it("ordinal loss is −log(σ(a) − σ(b)), finite far in the tails", () => {
    const out = new Float64Array(5);
    const sigma = (z: number) => 1 / (1 + Math.exp(-z));
    expect(ordinalLoss(1, -0.5, out)).toBeCloseTo(-Math.log(sigma(1) - sigma(-0.5)), 12);
    expect(ordinalLoss(2, Number.NEGATIVE_INFINITY, out)).toBeCloseTo(-Math.log(sigma(2)), 12);
    expect(ordinalLoss(Number.POSITIVE_INFINITY, 0.3, out)).toBeCloseTo(-Math.log(1 - sigma(0.3)), 12);
    // Both cut points 40 units into the upper tail: P ≈ e^-40 − e^-41, which σ differences lose.
    const far = ordinalLoss(41, 40, out);
    expect(far).toBeCloseTo(-(-40 + Math.log(1 - Math.exp(-1))), 6);
    for (const value of out) expect(Number.isFinite(value)).toBe(true);
    expect(ordinalLoss(Number.POSITIVE_INFINITY, -800, out)).toBeCloseTo(0, 12);
  });
});
