import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMatching, maxWeightMatching, maxWeightMatchingArrays } from "peermatch/algorithms";
import { bruteForceMaxWeightMatching } from "../../support/oracles/brute-force-matching.js";
import { lpMaxWeightMatching } from "../../support/oracles/lp-matching.js";
import { largeGraph, smallGraph, type Edge } from "../../support/arbitraries/general-matching.js";
import { solveChecked } from "../../support/certified-solve.js";

const LONG = process.env.FC_NUM_RUNS !== undefined;

describe("maxWeightMatching laws", () => {
  it("total weight equals the brute-force optimum", () => {
    fc.assert(
      fc.property(smallGraph(12), ({ n, edges }) => {
        const result = solveChecked(edges);
        expect(result.certificate.valid).toBe(true);
        expect(result.weight).toBe(bruteForceMaxWeightMatching(n, edges).weight);
      }),
      { numRuns: 500 },
    );
  });

  it("with maxCardinality, size and weight equal the brute-force optimum", () => {
    fc.assert(
      fc.property(smallGraph(12), ({ n, edges }) => {
        const result = solveChecked(edges, true);
        expect(result.certificate.valid).toBe(true);
        const best = bruteForceMaxWeightMatching(n, edges, { maxCardinality: true });
        expect([result.size, result.weight]).toEqual([best.size, best.weight]);
      }),
      { numRuns: 500 },
    );
  });

  it("total weight equals the integer-programming optimum", () => {
    fc.assert(
      fc.property(smallGraph(16), fc.boolean(), ({ n, edges }, maxCardinality) => {
        fc.pre(edges.length <= 40);
        const result = solveChecked(edges, maxCardinality);
        const best = lpMaxWeightMatching(n, edges, { maxCardinality });
        expect(result.weight).toBeCloseTo(best.weight, 6);
        if (maxCardinality) expect(result.size).toBe(best.size);
      }),
      { numRuns: LONG ? 200 : 60 },
    );
  });

  it("every result on larger graphs carries a valid optimality certificate", () => {
    fc.assert(
      fc.property(largeGraph(200, 500), fc.boolean(), ({ edges }, maxCardinality) => {
        const result = solveChecked(edges, maxCardinality);
        expect(result.certificate).toMatchObject({ valid: true });
      }),
      { numRuns: LONG ? 100 : 20 },
    );
  });

  it("the result is a matching of the input graph", () => {
    fc.assert(
      fc.property(smallGraph(12), fc.boolean(), ({ edges }, maxCardinality) => {
        expect(isMatching(edges, maxWeightMatching(edges, { maxCardinality }))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("the typed-array entry returns the same mate as the tuple entry", () => {
    fc.assert(
      fc.property(smallGraph(12), fc.boolean(), ({ n, edges }, maxCardinality) => {
        const fromTuples = maxWeightMatching(edges, { maxCardinality });
        const fromArrays = maxWeightMatchingArrays(
          n,
          Int32Array.from(edges, (e) => e[0]),
          Int32Array.from(edges, (e) => e[1]),
          Float64Array.from(edges, (e) => e[2]),
          { maxCardinality },
        );
        expect(Array.from(fromArrays.subarray(0, fromTuples.length))).toEqual(Array.from(fromTuples));
        expect(Array.from(fromArrays.subarray(fromTuples.length)).every((m) => m === -1)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("the optimum weight does not depend on vertex numbering or edge order", () => {
    fc.assert(
      fc.property(
        smallGraph(12).chain((g) =>
          fc.tuple(
            fc.constant(g),
            fc.shuffledSubarray([...Array(g.n).keys()], { minLength: g.n }),
            fc.shuffledSubarray([...g.edges], { minLength: g.edges.length }),
          ),
        ),
        ([{ edges }, relabel, shuffled]) => {
          const renamed = shuffled.map(([u, v, w]): Edge => [relabel[u]!, relabel[v]!, w]);
          expect(solveChecked(renamed).weight).toBe(solveChecked(edges).weight);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("the mate does not depend on edge order or orientation", () => {
    fc.assert(
      fc.property(
        smallGraph(12).chain((g) =>
          fc.tuple(
            fc.constant(g),
            fc.shuffledSubarray([...g.edges], { minLength: g.edges.length }),
            fc.array(fc.boolean(), { minLength: g.edges.length, maxLength: g.edges.length }),
          ),
        ),
        fc.boolean(),
        ([{ edges }, shuffled, flips], maxCardinality) => {
          const reordered = shuffled.map(([u, v, w], i): Edge => (flips[i] === true ? [v, u, w] : [u, v, w]));
          expect(Array.from(maxWeightMatching(reordered, { maxCardinality }))).toEqual(
            Array.from(maxWeightMatching(edges, { maxCardinality })),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("with fractional weights the total is within the documented rounding bound of the optimum", () => {
    fc.assert(
      fc.property(smallGraph(12), fc.integer({ min: 3, max: 1000 }), ({ n, edges }, divisor) => {
        const fractional = edges.map(([u, v, w]): Edge => [u, v, w / divisor]);
        const result = solveChecked(fractional);
        expect(result.certificate.valid).toBe(true);
        const best = bruteForceMaxWeightMatching(n, fractional).weight;
        // Scale 2^e ≥ 2^30 here (weights ≤ 10^5/3, n ≤ 12), so the gap is at most n·2^-31.
        expect(Math.abs(result.weight - best)).toBeLessThanOrEqual(n * 2 ** -31 + 1e-9 * Math.abs(best));
      }),
      { numRuns: 100 },
    );
  });
});
