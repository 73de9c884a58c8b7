/**
 * scoreMatching against independent oracles on small random cohorts: scoring the matching
 * matchPeers returned gives back its pairs and total; the blocking pairs equal a brute-force
 * count over every pair; the broken vetoes equal the vetoes explainPair finds in each group.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort, matchPeers, scoreMatching } from "peermatch";
import type { MatchOptions } from "peermatch";
import { bruteForceBlockingPairs, brokenVetoes } from "../../support/oracles/hand-made-matching.js";

const REF = { availability: { referenceDate: "2026-03-02" } };

const cohortArb = fc.record({
  size: fc.integer({ min: 2, max: 10 }),
  seed: fc.string({ minLength: 1, maxLength: 8 }),
  solver: fc.constantFrom("optimal", "fair", "stable", "greedy" as const),
  oddHandling: fc.constantFrom("trio", "unmatched" as const),
});

/** Hand-made groups: a shuffle of the ids cut into groups of 2 or 3, some people left out. */
const handMade = (ids: readonly string[]) =>
  fc
    .tuple(
      fc.shuffledSubarray([...ids], { minLength: 0, maxLength: ids.length }),
      fc.array(fc.boolean(), { maxLength: 5 }),
    )
    .map(([chosen, trios]) => {
      const groups: string[][] = [];
      let k = 0;
      let t = 0;
      while (chosen.length - k >= 2) {
        const size = chosen.length - k >= 3 && trios[t++ % Math.max(1, trios.length)] === true ? 3 : 2;
        groups.push(chosen.slice(k, k + size));
        k += size;
      }
      return groups;
    });

describe("scoreMatching (oracle-backed)", () => {
  it("scoring the matching matchPeers returned gives back its pairs, total and blocking pairs", () => {
    fc.assert(
      fc.property(cohortArb, ({ size, seed, solver, oddHandling }) => {
        const people = generateCohort(size, { seed });
        const options: MatchOptions = { ...REF, solver, oddHandling, seed };
        const result = matchPeers(people, options);
        const scored = scoreMatching(
          people,
          result.pairs.map((pair) => pair.members),
          options,
        );
        expect(scored.stats.totalScore).toBe(result.stats.totalScore);
        expect(scored.stats.minScore).toBe(result.stats.minScore);
        // scoreMatching lists groups by their first member; matchPeers in the order it formed them.
        const byMembers = (x: { members: string[] }, y: { members: string[] }) =>
          x.members.join() < y.members.join() ? -1 : 1;
        expect(scored.pairs).toEqual([...result.pairs].sort(byMembers));
        expect(scored.blockingPairs).toEqual(result.blockingPairs);
        expect(scored.vetoesBroken).toEqual([]);
        expect(scored.unmatched.map((entry) => entry.id)).toEqual(result.unmatched.map((entry) => entry.id));
      }),
      { numRuns: 40 },
    );
  });

  it("blocking pairs equal a brute-force count, broken vetoes an independent check, the optimum matchPeers", () => {
    fc.assert(
      fc.property(
        cohortArb.chain((c) =>
          fc.tuple(fc.constant(c), handMade(generateCohort(c.size, { seed: c.seed }).map((p) => p.id))),
        ),
        ([{ size, seed, solver }, groups]) => {
          const people = generateCohort(size, { seed });
          const options: MatchOptions = { ...REF, solver, seed };
          const scored = scoreMatching(people, groups, options);
          expect(scored.blockingPairs).toEqual(bruteForceBlockingPairs(people, groups, options));
          expect(scored.stats.blockingPairs).toBe(scored.blockingPairs.length);
          expect(scored.stats.stable).toBe(scored.blockingPairs.length === 0);
          expect(
            scored.vetoesBroken.map((veto) => `${veto.members.join("+")}|${veto.feature}|${veto.reason}`).sort(),
          ).toEqual(brokenVetoes(people, groups, options));
          const optimum = matchPeers(people, { ...options, solver: "optimal" });
          expect(scored.comparison.optimumTotal).toBe(optimum.stats.totalScore);
          expect(scored.comparison.difference).toBeCloseTo(optimum.stats.totalScore - scored.stats.totalScore, 4);
          const grouped = new Set(groups.flat());
          expect(scored.stats.matched).toBe(grouped.size);
          expect(scored.unmatched.map((entry) => entry.id).sort()).toEqual(
            people
              .map((p) => p.id)
              .filter((id) => !grouped.has(id))
              .sort(),
          );
          for (const pair of scored.pairs) expect(Number.isFinite(pair.score)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
