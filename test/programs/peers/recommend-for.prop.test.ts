/**
 * `recommendFor` against the public compatibility graph (every feasible pair with its
 * weight, computed apart from the shortlist code): one person's suggestions are her k
 * heaviest feasible partners, best first, and never anyone a veto keeps from her.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compatibilityGraph, generateCohort, recommendFor } from "peermatch";

const REF = { availability: { referenceDate: "2026-03-02" } };

describe("recommendFor (compatibility-graph oracle)", () => {
  it("suggests her k heaviest feasible partners, best first", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.string({ maxLength: 4 }),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        (size, seed, pick, k) => {
          const cohort = generateCohort(size, { seed });
          const id = cohort[pick % size]!.id;
          const graph = compatibilityGraph(cohort, REF);
          const me = graph.ids.indexOf(id);
          const weights = graph.edges
            .filter(([i, j]) => i === me || j === me)
            .map(([i, j, w]) => ({ id: graph.ids[i === me ? j : i]!, w }));
          const expected = weights
            .map((e) => e.w)
            .sort((a, b) => b - a)
            .slice(0, k);
          const result = recommendFor(cohort, id, { ...REF, k });
          const feasible = new Set(weights.map((e) => e.id));
          expect(result.suggestions.every((s) => feasible.has(s.id))).toBe(true);
          expect(result.suggestions).toHaveLength(expected.length);
          result.suggestions.forEach((s, r) => {
            expect(s.score).toBeCloseTo(expected[r]!, 4);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
