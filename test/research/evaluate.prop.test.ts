import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchPeers } from "peermatch";
import type { ParticipantInput } from "peermatch";
import { evaluate } from "peermatch/research";
import { cohortArbitrary, optionsArbitrary } from "../support/fixtures/arbitraries.js";
import { withReferenceDate } from "../support/fixtures/scoring.js";
import { metricsByDefinition } from "../support/oracles/matching-metrics.js";

/** Disjoint groups of 2 or 3 from a shuffled id list (someone may be left out). */
function groupsOf(ids: readonly string[], cuts: readonly boolean[]): string[][] {
  const groups: string[][] = [];
  let k = 0;
  let c = 0;
  while (ids.length - k >= 2) {
    const size = ids.length - k >= 3 && cuts[c++ % cuts.length] ? 3 : 2;
    groups.push(ids.slice(k, k + size));
    k += size;
  }
  return groups;
}

function expectAgreement(people: readonly ParticipantInput[], groups: string[][], options: object): void {
  const measures = evaluate({ pairs: groups.map((members) => ({ members })) }, people, options);
  const oracle = metricsByDefinition(people, groups, options);
  expect(measures.totalScore).toBeCloseTo(oracle.totalScore, 3);
  expect(measures.meanScore).toBeCloseTo(oracle.meanScore, 3);
  expect(measures.minScore).toBeCloseTo(oracle.minScore, 3);
  expect(measures.gini).toBeCloseTo(oracle.gini, 3);
  expect(measures.blockingPairs).toBe(oracle.blockingPairs);
  expect(measures.growthAreasCovered).toMatchObject({ covered: oracle.covered, total: oracle.growthTotal });
  expect(measures.crossOrganization).toMatchObject({ cross: oracle.cross, known: oracle.known });
  expect(measures.firstChoice).toMatchObject({ granted: oracle.firstChoices, withWishes: oracle.withWishes });
  expect(measures.anyWish).toMatchObject({ granted: oracle.anyWishes, withWishes: oracle.withWishes });
  const share = (count: number) => (oracle.withWishes === 0 ? null : count / oracle.withWishes);
  expect(measures.firstChoice.share ?? -1).toBeCloseTo(share(oracle.firstChoices) ?? -1, 4);
  expect(measures.anyWish.share ?? -1).toBeCloseTo(share(oracle.anyWishes) ?? -1, 4);
}

/** Random ranked wishes (indices into the cohort; self and repeats included) for each person. */
const wishIndices = fc.array(fc.array(fc.nat({ max: 7 }), { maxLength: 5 }), { minLength: 7, maxLength: 7 });

function withWishes(people: readonly ParticipantInput[], picks: readonly (readonly number[])[]): ParticipantInput[] {
  return people.map((person, i) => ({
    ...person,
    wishes: (picks[i] ?? []).filter((k) => k < people.length).map((k) => people[k]!.id),
  }));
}

describe("evaluate laws", () => {
  it("first-choice and any-wish rates agree with the definitions, on solver results and any grouping", () => {
    fc.assert(
      fc.property(
        cohortArbitrary,
        wishIndices,
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (people, picks, max, cuts, solved) => {
          const cohort = withWishes(people, picks);
          // Weight 0 keeps the wish feature out of the scores; the rates are what is checked here.
          const options = withReferenceDate({ wishes: { max, weight: 0 } });
          const groups = solved
            ? matchPeers(cohort, { ...options, wishes: { mode: "rank-maximal", max } }).pairs.map((p) => p.members)
            : groupsOf(
                cohort.map((p) => p.id),
                cuts,
              );
          expectAgreement(cohort, groups, options);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("agrees with the definitions on a solver's matching", () => {
    fc.assert(
      fc.property(cohortArbitrary, optionsArbitrary, (people, raw) => {
        const options = withReferenceDate(raw);
        const result = matchPeers(people, options);
        expectAgreement(
          people,
          result.pairs.map((pair) => pair.members),
          options,
        );
      }),
      { numRuns: 60 },
    );
  });

  it("agrees with the definitions on any grouping, including groups a veto rules out", () => {
    fc.assert(
      fc.property(
        cohortArbitrary.chain((people) =>
          fc.tuple(
            fc.constant(people),
            fc.shuffledSubarray(
              people.map((p) => p.id),
              { minLength: 0, maxLength: people.length },
            ),
            fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
          ),
        ),
        optionsArbitrary,
        ([people, ids, cuts], raw) => {
          expectAgreement(people, groupsOf(ids, cuts), withReferenceDate(raw));
        },
      ),
      { numRuns: 60 },
    );
  });
});
