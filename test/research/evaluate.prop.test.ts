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
  const measures = evaluate({ pairs: groups.map((members) => ({ members })) }, people as unknown[], options);
  const oracle = metricsByDefinition(people, groups, options);
  expect(measures.totalScore).toBeCloseTo(oracle.totalScore, 3);
  expect(measures.meanScore).toBeCloseTo(oracle.meanScore, 3);
  expect(measures.minScore).toBeCloseTo(oracle.minScore, 3);
  expect(measures.gini).toBeCloseTo(oracle.gini, 3);
  expect(measures.blockingPairs).toBe(oracle.blockingPairs);
  expect(measures.growthAreasCovered).toMatchObject({ covered: oracle.covered, total: oracle.growthTotal });
  expect(measures.crossOrganization).toMatchObject({ cross: oracle.cross, known: oracle.known });
}

describe("evaluate laws", () => {
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
