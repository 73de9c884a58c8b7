import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort } from "peermatch";
import { fitWeights, simulateOutcomes } from "peermatch/research";
import { buildCompatibility } from "../../../src/compatibility/compatibility.js";
import { BUILTIN_FEATURES } from "../../../src/model/features.js";
import { isFullColumnRank } from "../../support/oracles/full-rank.js";

const scoring = { availability: { referenceDate: "2026-03-02" }, industry: "same" } as const;

/** Every pair of `people`, and each pair's per-feature scores as its explanation states them. */
function allPairs(people: readonly unknown[]) {
  const compatibility = buildCompatibility(people, scoring, "test");
  const pairs: [string, string][] = [];
  const rows: number[][] = [];
  for (let a = 0; a < compatibility.n; a++) {
    for (let b = a + 1; b < compatibility.n; b++) {
      pairs.push([compatibility.ids[a]!, compatibility.ids[b]!]);
      const { features } = compatibility.explain(a, b);
      rows.push(BUILTIN_FEATURES.map((name) => features[name]!.score));
    }
  }
  return { pairs, rows };
}

const weightsArb = fc.tuple(...BUILTIN_FEATURES.map(() => fc.integer({ min: 0, max: 5 })));

describe("fitWeights laws", () => {
  it("recovers planted weights up to scale from continuous, noise-free quality", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 18, max: 28 }),
        weightsArb,
        (seed, size, planted) => {
          const people = generateCohort(size, { seed: `recover-${seed}` });
          const { pairs, rows } = allPairs(people);
          const varies = BUILTIN_FEATURES.map((_, k) => rows.some((row) => row[k] !== rows[0]![k]));
          const learnable = BUILTIN_FEATURES.map((_, k) => k).filter((k) => varies[k]);
          const plantedOnLearnable = learnable.reduce((sum, k) => sum + planted[k]!, 0);
          fc.pre(plantedOnLearnable > 0);
          fc.pre(isFullColumnRank(rows.map((row) => learnable.map((k) => row[k]!))));
          const trueWeights = Object.fromEntries(BUILTIN_FEATURES.map((name, k) => [name, planted[k]!]));
          const outcomes = simulateOutcomes(people, pairs, {
            ...scoring,
            trueWeights,
            noise: 0,
            ratings: "continuous",
            seed: "truth",
          });
          const fit = fitWeights(people, outcomes, { ...scoring, model: "linear", lambda: 0, bootstrap: 0, folds: 2 });
          expect(fit.unlearnable).toEqual(BUILTIN_FEATURES.filter((_, k) => !varies[k]));
          BUILTIN_FEATURES.forEach((name, k) => {
            const expected = varies[k] ? planted[k]! / plantedOnLearnable : 0;
            expect(Math.abs(fit.weights[name]! - expected)).toBeLessThan(1e-6);
          });
          // The scale is in rating points: quality 0 → 1 is 4 points, of which the learnable features carry their share.
          const total = planted.reduce((sum, w) => sum + w, 0);
          expect(fit.scale).toBeCloseTo((4 * plantedOnLearnable) / total, 6);
        },
      ),
      { numRuns: 20 },
    );
  });

  it("is deterministic for a seed, whatever the order of participants and outcomes", () => {
    const people = generateCohort(30, { seed: "determinism" });
    const ids = people.map((p) => p.id);
    const pairs = ids.slice(0, 16).flatMap((a, x) => ids.slice(x + 1, 16).map((b) => [a, b] as [string, string]));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 6 }),
        fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length }),
        fc.shuffledSubarray(people, { minLength: people.length, maxLength: people.length }),
        (seed, shuffledPairs, shuffledPeople) => {
          const simulate = (cohort: unknown[], groups: [string, string][]) =>
            simulateOutcomes(cohort, groups, { ...scoring, trueWeights: { goals: 2, availability: 1 }, seed });
          const outcomes = simulate(people, pairs);
          const again = simulate(shuffledPeople, shuffledPairs);
          const byPair = (list: typeof outcomes) =>
            new Map(list.map((outcome) => [outcome.members.join("|"), outcome.rating]));
          expect(byPair(again)).toEqual(byPair(outcomes));
          const options = { ...scoring, seed, bootstrap: 4, folds: 3 };
          const fit = fitWeights(people, outcomes, options);
          expect(JSON.stringify(fitWeights(shuffledPeople, again, options))).toBe(JSON.stringify(fit));
        },
      ),
      { numRuns: 8 },
    );
  });
});
