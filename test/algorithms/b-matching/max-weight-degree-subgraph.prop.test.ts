import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MatchInputError, maxWeightDegreeSubgraph } from "peermatch/algorithms";
import {
  bruteForceDegreeSubgraph,
  degreeLimitsHold,
  type SmallDegreeInstance,
} from "../../support/oracles/degree-subgraph-brute-force.js";

/** Up to 4 tails and 4 heads, capacities 0–3, distinct (tail, head) edges, weights on a coarse grid (ties likely). */
const smallDegreeInstance = (): fc.Arbitrary<SmallDegreeInstance> =>
  fc
    .record({
      tails: fc.integer({ min: 1, max: 4 }),
      heads: fc.integer({ min: 1, max: 4 }),
    })
    .chain(({ tails, heads }) =>
      fc.record({
        outCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: tails, maxLength: tails }),
        inCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: heads, maxLength: heads }),
        edges: fc
          .uniqueArray(
            fc.record({
              u: fc.integer({ min: 0, max: tails - 1 }),
              v: fc.integer({ min: 0, max: heads - 1 }),
              w: fc.integer({ min: -2, max: 10 }).map((x) => x / 10),
            }),
            { selector: (edge) => `${edge.u},${edge.v}`, maxLength: 12 },
          )
          .map((list) => list.map(({ u, v, w }): [number, number, number] => [u, v, w])),
      }),
    );

function toGraph(instance: SmallDegreeInstance) {
  return {
    outCapacity: Int32Array.from(instance.outCapacity),
    inCapacity: Int32Array.from(instance.inCapacity),
    edgeTail: Int32Array.from(instance.edges, ([u]) => u),
    edgeHead: Int32Array.from(instance.edges, ([, v]) => v),
    edgeWeight: Float64Array.from(instance.edges, ([, , w]) => w),
  };
}

describe("maxWeightDegreeSubgraph laws", () => {
  it("keeps the brute-force most edges, then the largest weight, within every capacity", () => {
    fc.assert(
      fc.property(smallDegreeInstance(), (instance) => {
        const result = maxWeightDegreeSubgraph(toGraph(instance));
        expect(degreeLimitsHold(instance, result.chosen)).toBe(true);
        const best = bruteForceDegreeSubgraph(instance);
        let scaled = 0;
        let count = 0;
        instance.edges.forEach(([, , w], e) => {
          if (result.chosen[e] === 1) {
            scaled += Math.round(w * 1e6);
            count++;
          }
        });
        expect(count).toBe(best.cardinality);
        expect(result.cardinality).toBe(count);
        expect(scaled).toBe(best.scaledWeight);
      }),
    );
  });

  it("rejects a repeated (tail, head) edge and a negative capacity, all at once", () => {
    const graph = toGraph({
      outCapacity: [1, -1],
      inCapacity: [1],
      edges: [
        [0, 0, 0.5],
        [0, 0, 0.3],
      ],
    });
    try {
      maxWeightDegreeSubgraph(graph);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MatchInputError);
      const codes = (error as MatchInputError).issues.map((issue) => issue.code).sort();
      expect(codes).toEqual(["invalid_edge", "out_of_range"]);
    }
  });
});
