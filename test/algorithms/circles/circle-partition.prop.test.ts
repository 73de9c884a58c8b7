import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCirclePartition } from "../../../src/algorithms/circles/check-circle-partition.js";
import { circlePartition } from "../../../src/algorithms/circles/circle-partition.js";
import { circleInstance } from "../../support/arbitraries/circles.js";
import { bruteForceCircles } from "../../support/oracles/circles-brute-force.js";

const shape = { maxN: 9, rules: true, window: true, together: true, facilitators: true } as const;

describe("circlePartition against the brute force", () => {
  it("exact solve (sum) equals the brute-force lexicographic optimum", () => {
    fc.assert(
      fc.property(circleInstance(shape), (instance) => {
        const result = circlePartition(instance);
        const optimum = bruteForceCircles(instance, "sum");
        expect(result.exact).toBe(true);
        expect(result.unplaced).toBe(optimum.unplaced);
        expect(result.violations).toBe(optimum.violations);
        expect(result.objective).toBeCloseTo(optimum.objective, 9);
      }),
      { numRuns: 150 },
    );
  });

  it("exact solve (fair) has the largest smallest score, then the largest objective", () => {
    fc.assert(
      fc.property(circleInstance(shape), (instance) => {
        const result = circlePartition(instance, { objective: "fair" });
        const optimum = bruteForceCircles(instance, "fair");
        expect(result.unplaced).toBe(optimum.unplaced);
        expect(result.violations).toBe(optimum.violations);
        expect(result.minScore).toBeCloseTo(optimum.minScore, 9);
        expect(result.objective).toBeCloseTo(optimum.objective, 9);
      }),
      { numRuns: 100 },
    );
  });

  it("every answer passes the checker with the counts it reports", () => {
    fc.assert(
      fc.property(circleInstance(shape), fc.boolean(), (instance, exact) => {
        const result = circlePartition(instance, { exactUnits: exact ? 16 : 0, seed: 3 });
        const check = checkCirclePartition(instance, result.circle);
        expect(check.problems).toEqual([]);
        expect(check.placed).toBe(instance.n - result.unplaced);
        expect(check.violations).toBe(result.violations);
        expect(check.objective).toBeCloseTo(result.objective, 9);
      }),
      { numRuns: 150 },
    );
  });

  it("the local search's upper bound is at least every partition's objective", () => {
    fc.assert(
      fc.property(circleInstance({ ...shape, rules: false, facilitators: false }), (instance) => {
        const result = circlePartition(instance, { exactUnits: 0, seed: 1 });
        const optimum = bruteForceCircles(instance, "sum");
        expect(result.upperBound).toBeGreaterThanOrEqual(optimum.maxObjective - 1e-9);
        expect(result.objective).toBeLessThanOrEqual(result.upperBound + 1e-9);
      }),
      { numRuns: 150 },
    );
  });
});
