import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxWeightBMatching } from "peermatch/algorithms";
import { bruteForceBMatching } from "../oracles/b-matching-brute-force.js";
import { smallBipartite, toGraph, verifyBMatching } from "./b-matching-arbitraries.js";

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
        expect(verifyBMatching(instance, result.assignment).scaledWeight).toBe(bruteForceBMatching(instance)!.maxScaledWeight);
      }),
    );
  });
});
