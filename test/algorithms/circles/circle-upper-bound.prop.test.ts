import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareCircles } from "../../../src/algorithms/circles/circle-instance.js";
import { circlePartition } from "../../../src/algorithms/circles/circle-partition.js";
import { circleUpperBound } from "../../../src/algorithms/circles/circle-upper-bound.js";
import { circleInstance } from "../../support/arbitraries/circles.js";
import { bruteForceCircles } from "../../support/oracles/circles-brute-force.js";

const shape = { maxN: 9, window: true, together: true } as const;

describe("circleUpperBound", () => {
  it("bounds every partition's objective from a cold start (no solution, λ = 0)", () => {
    fc.assert(
      fc.property(circleInstance(shape), fc.integer({ min: 1, max: 4 }), (instance, rounds) => {
        const bound = circleUpperBound(prepareCircles("test", instance), [], 0, { rounds, nodes: 4000 });
        expect(bound).toBeGreaterThanOrEqual(bruteForceCircles(instance).maxObjective - 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it("stays a bound when the node budget cuts the searches short", () => {
    fc.assert(
      fc.property(circleInstance(shape), (instance) => {
        const bound = circleUpperBound(prepareCircles("test", instance), [], 0, { rounds: 3, nodes: 1 });
        expect(bound).toBeGreaterThanOrEqual(bruteForceCircles(instance).maxObjective - 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it("from a solution, is at least its objective and every partition's objective", () => {
    fc.assert(
      fc.property(circleInstance(shape), (instance) => {
        const prepared = prepareCircles("test", instance);
        const solved = circlePartition(instance, { exactUnits: 0, bound: false });
        const unitCircles = solved.circles.map((people) =>
          Int32Array.from(new Set([...people].map((p) => prepared.unitOf[p]!))),
        );
        const bound = circleUpperBound(prepared, unitCircles, solved.objective);
        expect(bound).toBeGreaterThanOrEqual(solved.objective - 1e-9);
        expect(bound).toBeGreaterThanOrEqual(bruteForceCircles(instance).maxObjective - 1e-9);
      }),
      { numRuns: 150 },
    );
  });
});
