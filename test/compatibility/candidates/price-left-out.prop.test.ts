import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidateCompatibility } from "../../../src/compatibility/candidates/candidate-graph.js";
import { PRICED_PER_PERSON, priceLeftOut } from "../../../src/compatibility/candidates/price-left-out.js";
import { edgeBetween } from "../../../src/compatibility/scored-graph.js";
import { scoreCohort, scoringState } from "../../../src/compatibility/compatibility.js";
import { normaliseCohort } from "../../../src/model/normalise-cohort.js";
import { cohortArbitrary, optionsArbitrary } from "../../support/fixtures/arbitraries.js";
import { withReferenceDate } from "../../support/fixtures/scoring.js";

describe("pricing the pairs left out of a candidate graph", () => {
  it("raises any duals enough to cover every feasible pair left out, and returns only violated pairs left out", () => {
    fc.assert(
      fc.property(
        cohortArbitrary,
        optionsArbitrary,
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.double({ min: -0.5, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
        (people, options, k, duals) => {
          const cohort = normaliseCohort(people, withReferenceDate(options), "test");
          const { n } = cohort;
          const dense = scoreCohort(cohort, "test");
          const rank = Int32Array.from({ length: n }, (_, i) => i);
          const { compatibility } = candidateCompatibility(scoringState(cohort, "test"), Math.min(k, n - 1), rank);
          const { graph, visitLeftOut } = compatibility;
          fc.pre(visitLeftOut !== undefined);
          const dual = Float64Array.from({ length: n }, (_, i) => duals[i % duals.length]!);
          const { raise, pairs } = priceLeftOut(visitLeftOut!, dual);
          for (let i = 0; i < n; i++) {
            expect(raise[i]!).toBeGreaterThanOrEqual(0);
            for (let j = i + 1; j < n; j++) {
              const w = dense.pairWeight(i, j);
              if (Number.isNaN(w) || edgeBetween(graph, i, j) >= 0) continue;
              expect(dual[i]! + raise[i]! + dual[j]! + raise[j]!).toBeGreaterThanOrEqual(w);
            }
          }
          for (let p = 0; p < pairs.i.length; p++) {
            const i = pairs.i[p]!;
            const j = pairs.j[p]!;
            expect(i).toBeLessThan(j);
            expect(edgeBetween(graph, i, j)).toBe(-1);
            expect(pairs.weight[p]).toBe(dense.pairWeight(i, j));
            expect(pairs.weight[p]!).toBeGreaterThan(dual[i]! + dual[j]!);
          }
          expect(pairs.i.length).toBeLessThanOrEqual(n * PRICED_PER_PERSON);
        },
      ),
    );
  });
});
