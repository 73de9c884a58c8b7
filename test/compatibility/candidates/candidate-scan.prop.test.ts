import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidateCompatibility } from "../../../src/compatibility/candidates/candidate-graph.js";
import { scanCandidates } from "../../../src/compatibility/candidates/candidate-scan.js";
import {
  closeBound,
  pairBound,
  preparePairBounds,
  sharedHours,
} from "../../../src/compatibility/candidates/pair-bound.js";
import { scoreCohort, scoringState } from "../../../src/compatibility/compatibility.js";
import { normaliseCohort } from "../../../src/model/normalise-cohort.js";
import type { MatchOptions } from "../../../src/model/options-schema.js";
import { cohortArbitrary, optionsArbitrary } from "../../support/fixtures/arbitraries.js";
import { withReferenceDate } from "../../support/fixtures/scoring.js";

function cohortOf(people: readonly unknown[], options: MatchOptions) {
  return normaliseCohort(people, withReferenceDate(options), "test");
}

describe("candidate scan", () => {
  it("keeps exactly each person's k best feasible partners and the ties of the k-th, up to 2k (weight, then rank)", () => {
    const withRank = cohortArbitrary.chain((people) =>
      fc.tuple(
        fc.constant(people),
        fc.shuffledSubarray(
          people.map((_, i) => i),
          { minLength: people.length, maxLength: people.length },
        ),
      ),
    );
    fc.assert(
      fc.property(withRank, optionsArbitrary, fc.integer({ min: 1, max: 5 }), ([people, permutation], options, k) => {
        const cohort = cohortOf(people, options);
        const { n } = cohort;
        const distinctRank = Int32Array.from(permutation);
        const dense = scoreCohort(cohort, "test");
        const { lists } = scanCandidates(scoringState(cohort, "test"), k, distinctRank);
        for (let i = 0; i < n; i++) {
          const partners: { j: number; w: number }[] = [];
          for (let j = 0; j < n; j++) {
            const w = dense.pairWeight(i, j);
            if (j !== i && !Number.isNaN(w)) partners.push({ j, w });
          }
          partners.sort((x, y) => y.w - x.w || distinctRank[x.j]! - distinctRank[y.j]!);
          const cut = partners.length >= k ? partners[k - 1]!.w : Number.NEGATIVE_INFINITY;
          const expected = partners
            .filter((p) => p.w >= cut)
            .slice(0, 2 * k)
            .map((p) => p.j)
            .sort((a, b) => a - b);
          const got = Array.from(lists.partner.subarray(i * 2 * k, i * 2 * k + lists.size[i]!)).sort((a, b) => a - b);
          expect(got).toEqual(expected);
        }
      }),
    );
  });

  it("bounds every feasible pair's stored weight from above", () => {
    fc.assert(
      fc.property(cohortArbitrary, optionsArbitrary, (people, options) => {
        const cohort = cohortOf(people, options);
        const state = scoringState(cohort, "test");
        const dense = scoreCohort(cohort, "test");
        const order = Int32Array.from({ length: cohort.n }, (_, i) => i);
        const bounds = preparePairBounds(state.kernel, order);
        for (let p = 0; p < cohort.n; p++) {
          for (let q = p + 1; q < cohort.n; q++) {
            const w = dense.pairWeight(p, q);
            if (Number.isNaN(w)) continue;
            expect(pairBound(bounds, p, q, sharedHours(bounds, p, q))).toBeGreaterThanOrEqual(w);
            expect(closeBound(bounds, p, q)).toBeGreaterThanOrEqual(w);
          }
        }
      }),
    );
  });

  it("every feasible pair left out of the candidate graph weighs at most the smaller bound of its two people", () => {
    fc.assert(
      fc.property(cohortArbitrary, optionsArbitrary, fc.integer({ min: 1, max: 4 }), (people, options, k) => {
        const cohort = cohortOf(people, options);
        const { n } = cohort;
        const dense = scoreCohort(cohort, "test");
        const rank = Int32Array.from({ length: n }, (_, i) => i);
        const { compatibility } = candidateCompatibility(scoringState(cohort, "test"), Math.min(k, n - 1), rank);
        const { graph } = compatibility;
        for (let e = 0; e < graph.m; e++) {
          expect(graph.sIJ[e]).toBe(dense.score(graph.from[e]!, graph.to[e]!));
          expect(graph.sJI[e]).toBe(dense.score(graph.to[e]!, graph.from[e]!));
        }
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            const w = dense.pairWeight(i, j);
            // On demand, the candidate compatibility scores like the dense one.
            expect(Object.is(compatibility.pairWeight(i, j), w)).toBe(true);
            const inGraph = graph.adjacency.neighbour
              .subarray(graph.adjacency.offsets[i]!, graph.adjacency.offsets[i + 1]!)
              .includes(j);
            if (!Number.isNaN(w) && !inGraph) expect(w).toBeLessThanOrEqual(Math.min(graph.bound[i]!, graph.bound[j]!));
          }
        }
      }),
    );
  });
});
