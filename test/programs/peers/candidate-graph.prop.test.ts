import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidateGraph, compatibilityGraph, generateCohort, MatchInputError, matchPeers } from "peermatch";
import { bruteForceMaxWeightMatching } from "../../support/oracles/brute-force-matching.js";
import { cohortArbitrary, optionsArbitrary } from "../../support/fixtures/arbitraries.js";
import { withReferenceDate } from "../../support/fixtures/scoring.js";
import { issuesOf } from "../../support/issues-of.js";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

/**
 * The exact optimum of `optimal` on every feasible pair (most pairs, then the best
 * total), and the best total of any matching (which no matching's total exceeds).
 */
function exactOptimum(people: readonly unknown[], options: object, maxCardinality = true): number {
  const graph = compatibilityGraph(people as unknown[], options);
  return bruteForceMaxWeightMatching(
    graph.ids.length,
    graph.edges.map(([i, j, w]) => [i, j, w] as const),
    { maxCardinality },
  ).weight;
}

describe("the candidate path", () => {
  it("reports an upper bound that holds (upperBound ≥ the exact optimum), a total no matching beats and the gap of the two", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 16 }),
        fc.string({ maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom("mean" as const, "min" as const, "geometric" as const),
        (size, seed, topK, reciprocity) => {
          const cohort = generateCohort(size, { seed });
          const options = { ...OPTIONS, reciprocity };
          const result = matchPeers(cohort, { ...options, topK, oddHandling: "unmatched" });
          const optimum = exactOptimum(cohort, options);
          expect(result.stats.graph).toBe("candidates");
          expect(result.stats.upperBound!).toBeGreaterThanOrEqual(optimum - 1e-9);
          // The candidate graph may allow fewer pairs than the full one, and fewer pairs
          // may weigh more than the most pairs can: only the free optimum caps the total.
          expect(result.stats.totalScore).toBeLessThanOrEqual(exactOptimum(cohort, options, false) + 1e-4);
          const { upperBound, optimalityGap } = result.stats;
          expect(optimalityGap!).toBeGreaterThanOrEqual(0);
          expect(optimalityGap!).toBeLessThanOrEqual(1);
          if (upperBound! > 0) {
            expect(optimalityGap!).toBeCloseTo((upperBound! - result.stats.totalScore) / upperBound!, 2);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the bound holds under any scoring options, custom features and vetoes included", () => {
    fc.assert(
      fc.property(cohortArbitrary, optionsArbitrary, fc.integer({ min: 1, max: 3 }), (people, options, topK) => {
        const withDate = withReferenceDate(options);
        const result = matchPeers(people, { ...withDate, topK, oddHandling: "unmatched" });
        expect(result.stats.upperBound!).toBeGreaterThanOrEqual(exactOptimum(people, withDate) - 1e-9);
      }),
    );
  });

  it("gives identical JSON whatever the input order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 24 }),
        fc.string({ maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom("optimal" as const, "fair" as const, "stable" as const, "greedy" as const),
        (size, seed, topK, solver) => {
          const cohort = generateCohort(size, { seed });
          const shuffled = [...cohort].reverse();
          const options = { ...OPTIONS, solver, topK };
          expect(JSON.stringify(matchPeers(shuffled, options))).toBe(JSON.stringify(matchPeers(cohort, options)));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("candidateGraph", () => {
  it("returns feasible pairs with compatibilityGraph's numbers, each in someone's top k, and bounds on the rest", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.string({ maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        (size, seed, topK) => {
          const cohort = generateCohort(size, { seed });
          const full = compatibilityGraph(cohort, OPTIONS);
          const candidates = candidateGraph(cohort, { ...OPTIONS, topK });
          expect(candidates.ids).toEqual(full.ids);
          expect(candidates.candidatesPerPerson).toBe(Math.min(topK, size - 1));
          const byPair = new Map(full.edges.map((edge) => [`${edge[0]},${edge[1]}`, edge]));
          const kept = new Set<string>();
          for (const edge of candidates.edges) {
            expect(byPair.get(`${edge[0]},${edge[1]}`)).toEqual(edge);
            kept.add(`${edge[0]},${edge[1]}`);
          }
          const partners = full.ids.map(() => [] as number[]);
          for (const [i, j, w] of full.edges) {
            partners[i]!.push(w);
            partners[j]!.push(w);
          }
          for (const [i, j, w] of full.edges) {
            if (kept.has(`${i},${j}`)) continue;
            // Left out: neither has room for it, and both bounds cover it.
            expect(candidates.bounds[i]).not.toBeNull();
            expect(candidates.bounds[j]).not.toBeNull();
            expect(w).toBeLessThanOrEqual(Math.min(candidates.bounds[i]!, candidates.bounds[j]!));
          }
          partners.forEach((list, i) => {
            if (list.length < candidates.candidatesPerPerson) expect(candidates.bounds[i]).toBeNull();
          });
          // Each person's true top k: every pair weighing more than her k-th best is kept.
          const k = candidates.candidatesPerPerson;
          const kth = partners.map((list) => [...list].sort((a, b) => b - a)[k - 1] ?? Number.NEGATIVE_INFINITY);
          for (const [i, j, w] of full.edges) {
            if (w > kth[i]! || w > kth[j]!) expect(kept.has(`${i},${j}`)).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("compatibilityGraph refuses more than 5,000 people with too_large, pointing to candidateGraph", () => {
    const people = Array.from({ length: 5001 }, (_, k) => ({ id: `p${k}` }));
    const issues = issuesOf(() => compatibilityGraph(people, OPTIONS));
    expect(issues.map((issue) => issue.code)).toEqual(["too_large"]);
    expect(issues[0]!.message).toContain("candidateGraph");
    expect(() => candidateGraph(people.slice(0, 50), OPTIONS)).not.toThrow();
  });

  it("refuses a candidate graph above the edge limit with too_large", () => {
    const people = Array.from({ length: 20_001 }, (_, k) => ({ id: `p${k}` }));
    expect(() => candidateGraph(people, { ...OPTIONS, topK: 1000 })).toThrow(MatchInputError);
    expect(issuesOf(() => candidateGraph(people, { ...OPTIONS, topK: 1000 }))[0]!.code).toBe("too_large");
  });
});

describe("blocking pairs on the candidate path", () => {
  it("counts exactly the blocking pairs of the result on the full feasible graph", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 24 }),
        fc.string({ maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom("optimal" as const, "fair" as const, "stable" as const, "greedy" as const),
        (size, seed, topK, solver) => {
          const cohort = generateCohort(size, { seed });
          const result = matchPeers(cohort, { ...OPTIONS, solver, topK });
          const graph = compatibilityGraph(cohort, OPTIONS);
          // What each person gets from her group: the mean of her directional scores.
          const score = new Map<string, number>();
          for (const [i, j, , sIJ, sJI] of graph.edges) {
            score.set(`${graph.ids[i]}>${graph.ids[j]}`, sIJ);
            score.set(`${graph.ids[j]}>${graph.ids[i]}`, sJI);
          }
          const current = new Map<string, number>();
          const groupOf = new Map<string, number>();
          result.pairs.forEach((pair, g) => {
            for (const a of pair.members) {
              const others = pair.members.filter((b) => b !== a);
              current.set(a, others.reduce((sum, b) => sum + score.get(`${a}>${b}`)!, 0) / others.length);
              groupOf.set(a, g);
            }
          });
          const expected: [string, string][] = [];
          for (const [i, j, , sIJ, sJI] of graph.edges) {
            const a = graph.ids[i]!;
            const b = graph.ids[j]!;
            if (groupOf.has(a) && groupOf.get(a) === groupOf.get(b)) continue;
            if (sIJ > (current.get(a) ?? -Infinity) && sJI > (current.get(b) ?? -Infinity)) expected.push([a, b]);
          }
          expect(result.blockingPairs).toEqual(expected);
          // Never claimed stable next to a blocking pair (null when not decided).
          if (expected.length > 0) expect(result.stats.stable).not.toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
