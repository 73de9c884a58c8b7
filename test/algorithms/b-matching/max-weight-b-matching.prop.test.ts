import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxWeightBMatching } from "peermatch/algorithms";
import { bruteForceBMatching } from "../../support/oracles/b-matching-brute-force.js";
import { smallBipartite, toGraph, verifyBMatching, withDisjointGroups } from "../../support/arbitraries/b-matching.js";

describe("maxWeightBMatching laws", () => {
  it("matches the brute-force maximum cardinality, then maximum weight", () => {
    fc.assert(
      fc.property(smallBipartite(), (instance) => {
        const result = maxWeightBMatching(toGraph(instance));
        const found = verifyBMatching(instance, result.assignment);
        const best = bruteForceBMatching(instance)!;
        expect(found.cardinality).toBe(best.cardinality);
        expect(found.scaledWeight).toBe(best.scaledWeight);
        expect(result.cardinality).toBe(found.cardinality);
      }),
    );
  });

  it("matches the brute-force maximum weight when cardinality does not come first", () => {
    fc.assert(
      fc.property(smallBipartite(), (instance) => {
        const result = maxWeightBMatching(toGraph(instance), { maxCardinality: false });
        expect(verifyBMatching(instance, result.assignment).scaledWeight).toBe(
          bruteForceBMatching(instance)!.maxScaledWeight,
        );
      }),
    );
  });

  it("is deterministic: the same input gives the same assignment", () => {
    fc.assert(
      fc.property(smallBipartite(), (instance) => {
        expect(Array.from(maxWeightBMatching(toGraph(instance)).edge)).toEqual(
          Array.from(maxWeightBMatching(toGraph(instance)).edge),
        );
      }),
    );
  });

  it("keeps the optimum when the edges come in another order", () => {
    fc.assert(
      fc.property(
        smallBipartite().chain((instance) =>
          fc.tuple(fc.constant(instance), fc.shuffledSubarray(instance.edges, { minLength: instance.edges.length })),
        ),
        ([instance, shuffled]) => {
          const a = verifyBMatching(instance, maxWeightBMatching(toGraph(instance)).assignment);
          const b = verifyBMatching(instance, maxWeightBMatching(toGraph({ ...instance, edges: shuffled })).assignment);
          expect([b.cardinality, b.scaledWeight]).toEqual([a.cardinality, a.scaledWeight]);
        },
      ),
    );
  });

  it("matches the brute force under pins and disjoint group limits", () => {
    fc.assert(
      fc.property(smallBipartite(5, 7).chain(withDisjointGroups), (instance) => {
        const result = maxWeightBMatching(toGraph(instance), { groupLimits: instance.groups!, pins: instance.pins! });
        const found = verifyBMatching(instance, result.assignment);
        for (const [h, r] of instance.pins!) expect(result.assignment[r]).toBe(h);
        for (const g of instance.groups!)
          expect(g.residents.filter((r) => result.assignment[r] === g.hospital).length).toBeLessThanOrEqual(g.max);
        const best = bruteForceBMatching(instance)!;
        expect([found.cardinality, found.scaledWeight]).toEqual([best.cardinality, best.scaledWeight]);
      }),
    );
  });
});
