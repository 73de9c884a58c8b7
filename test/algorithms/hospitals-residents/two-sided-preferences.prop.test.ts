import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MatchInputError,
  bottleneckBMatching,
  findBlockingPairsHR,
  hospitalsResidents,
  maxWeightBMatching,
  preferenceLists,
} from "peermatch/algorithms";
import { maxWeightBMatchingLp } from "../../../src/algorithms/lp.js";

/** Runs `run` and reports whether it threw anything other than MatchInputError. */
const throwsOnlyMatchInputError = (run: () => unknown): boolean => {
  try {
    run();
    return true;
  } catch (error) {
    return error instanceof MatchInputError;
  }
};

const anyValue = fc.anything({ withTypedArray: true, withNullPrototype: true });

describe("two-sided algorithms on arbitrary input", () => {
  // Every call below passes arbitrary values where typed input belongs: wrong on purpose.
  it("b-matching solvers never throw anything but MatchInputError", () => {
    fc.assert(
      fc.property(anyValue, anyValue, (graph, options) => {
        for (const solve of [maxWeightBMatching, maxWeightBMatchingLp, bottleneckBMatching]) {
          // @ts-expect-error arbitrary graph and options
          expect(throwsOnlyMatchInputError(() => solve(graph, options))).toBe(true);
        }
      }),
    );
  });

  it("hospitalsResidents and findBlockingPairsHR never throw anything but MatchInputError", () => {
    const valid = preferenceLists([[0]]);
    const one = Int32Array.from([1]);
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, (a, b, c) => {
        // @ts-expect-error arbitrary resident preferences
        expect(throwsOnlyMatchInputError(() => hospitalsResidents(a, valid, one))).toBe(true);
        // @ts-expect-error arbitrary options
        expect(throwsOnlyMatchInputError(() => hospitalsResidents(valid, valid, one, a))).toBe(true);
        // @ts-expect-error arbitrary preferences and capacities
        expect(throwsOnlyMatchInputError(() => findBlockingPairsHR(a, b, c, Int32Array.from([0])))).toBe(true);
        // @ts-expect-error an arbitrary assignment
        expect(throwsOnlyMatchInputError(() => findBlockingPairsHR(valid, valid, one, a))).toBe(true);
      }),
    );
  });

  it("b-matching solvers reject malformed pins and group limits with MatchInputError", () => {
    const graph = {
      residents: 2,
      capacity: Int32Array.from([1, 1]),
      edgeHospital: Int32Array.from([0, 1]),
      edgeResident: Int32Array.from([0, 1]),
      edgeWeight: Float64Array.from([0.5, 0.5]),
    };
    fc.assert(
      fc.property(anyValue, anyValue, (pins, groupLimits) => {
        // @ts-expect-error arbitrary pins
        expect(throwsOnlyMatchInputError(() => maxWeightBMatching(graph, { pins }))).toBe(true);
        // @ts-expect-error arbitrary group limits
        expect(throwsOnlyMatchInputError(() => maxWeightBMatchingLp(graph, { groupLimits }))).toBe(true);
        // @ts-expect-error arbitrary options
        expect(throwsOnlyMatchInputError(() => bottleneckBMatching(graph, pins))).toBe(true);
        const options = { scale: pins, maxCardinality: groupLimits };
        // @ts-expect-error arbitrary scale and maxCardinality
        expect(throwsOnlyMatchInputError(() => maxWeightBMatching(graph, options))).toBe(true);
      }),
    );
  });
});
