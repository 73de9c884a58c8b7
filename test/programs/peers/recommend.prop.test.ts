import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParticipantInput } from "peermatch";
import { compatibilityGraph, recommend } from "peermatch";
import { cohortArb } from "../../support/arbitraries/model.js";
import { type DirectedPair, shortlistLimitsHold, shortlistsIlp } from "../../support/oracles/shortlists-ilp.js";

const REF = { availability: { referenceDate: "2026-03-02" } };

/** A cohort of at most 8 with some ranked wishes among its members, and limits 1–3. */
const shortlistCase = cohortArb
  .filter((cohort) => cohort.length <= 8)
  .chain((cohort) =>
    fc.record({
      cohort: fc.tuple(
        ...cohort.map((person) =>
          fc
            .subarray(
              cohort.map((other) => other.id).filter((id) => id !== person.id),
              { maxLength: Math.min(3, cohort.length - 1) },
            )
            .map((wishes): ParticipantInput => (wishes.length === 0 ? person : { ...person, wishes })),
        ),
      ),
      k: fc.integer({ min: 1, max: 3 }),
      maxExposure: fc.integer({ min: 1, max: 3 }),
      seed: fc.constantFrom("peermatch", "s2"),
    }),
  );

describe("recommend laws", () => {
  it("keeps the limits, suggests only feasible partners, and reaches the ILP's most entries, then total weight", () => {
    fc.assert(
      fc.property(shortlistCase, ({ cohort, k, maxExposure, seed }) => {
        const options = { ...REF, k, maxExposure, seed };
        const result = recommend(cohort, options);
        expect(shortlistLimitsHold(result.shortlists, { k, maxExposure })).toBe(true);
        const graph = compatibilityGraph(cohort, { ...REF, seed });
        const weight = new Map<string, number>();
        for (const [i, j, w] of graph.edges) {
          weight.set(`${graph.ids[i]}\u0000${graph.ids[j]}`, w);
          weight.set(`${graph.ids[j]}\u0000${graph.ids[i]}`, w);
        }
        const fixed = new Set<string>();
        let entries = 0;
        let total = 0;
        for (const list of result.shortlists) {
          for (const suggestion of list.suggestions) {
            const key = `${list.id}\u0000${suggestion.id}`;
            const w = weight.get(key);
            expect(w).toBeDefined(); // feasible
            entries++;
            total += Math.round(w! * 1e6);
            if (suggestion.source !== "match") fixed.add(key);
          }
        }
        const pairs: DirectedPair[] = [...weight].map(([key, w]) => {
          const [from, to] = key.split("\u0000") as [string, string];
          return { from, to, weight: Math.round(w * 1e6) };
        });
        const best = shortlistsIlp(graph.ids, pairs, { k, maxExposure }, fixed);
        expect(entries).toBe(best.entries);
        expect(Math.abs(total - best.weight)).toBeLessThan(0.5);
        expect(result.stats.entries).toBe(entries);
      }),
      { numRuns: 60 },
    );
  });

  it("fixes only genuine mutual wishes of feasible pairs, at the head of both lists", () => {
    fc.assert(
      fc.property(shortlistCase, ({ cohort, k, maxExposure, seed }) => {
        const result = recommend(cohort, { ...REF, k, maxExposure, seed });
        const wishes = new Map(cohort.map((person) => [person.id, person.wishes ?? []]));
        const lists = new Map(result.shortlists.map((list) => [list.id, list]));
        for (const list of result.shortlists) {
          let fixedPart = true;
          for (const suggestion of list.suggestions) {
            if (suggestion.source === "match") {
              fixedPart = false;
              continue;
            }
            expect(fixedPart).toBe(true); // fixed entries head the list
            expect(suggestion.source).toBe("mutual-wish");
            expect(wishes.get(list.id)).toContain(suggestion.id);
            expect(wishes.get(suggestion.id)).toContain(list.id);
            const back = lists.get(suggestion.id)!.suggestions.find((s) => s.id === list.id);
            expect(back?.source).toBe("mutual-wish");
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic and does not depend on the input order", () => {
    fc.assert(
      fc.property(
        shortlistCase,
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        ({ cohort, k, maxExposure, seed }, keys) => {
          const options = { ...REF, k, maxExposure, seed };
          const first = JSON.stringify(recommend(cohort, options));
          expect(JSON.stringify(recommend(cohort, options))).toBe(first);
          const shuffled = cohort
            .map((person, x) => ({ person, key: keys[x]! }))
            .sort((a, b) => a.key - b.key)
            .map(({ person }) => person);
          expect(JSON.stringify(recommend(shuffled, options))).toBe(first);
        },
      ),
      { numRuns: 40 },
    );
  });
});
