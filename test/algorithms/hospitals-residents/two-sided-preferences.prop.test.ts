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
  it("b-matching solvers never throw anything but MatchInputError", () => {
    fc.assert(
      fc.property(anyValue, anyValue, (graph, options) => {
        for (const solve of [maxWeightBMatching, maxWeightBMatchingLp, bottleneckBMatching]) {
          expect(throwsOnlyMatchInputError(() => solve(graph as never, options as never))).toBe(true);
        }
      }),
    );
  });

  it("hospitalsResidents and findBlockingPairsHR never throw anything but MatchInputError", () => {
    const valid = preferenceLists([[0]]);
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, (a, b, c) => {
        expect(throwsOnlyMatchInputError(() => hospitalsResidents(a as never, valid, Int32Array.from([1])))).toBe(true);
        expect(
          throwsOnlyMatchInputError(() => hospitalsResidents(valid, valid, Int32Array.from([1]), a as never)),
        ).toBe(true);
        expect(
          throwsOnlyMatchInputError(() =>
            findBlockingPairsHR(a as never, b as never, c as never, Int32Array.from([0])),
          ),
        ).toBe(true);
        expect(
          throwsOnlyMatchInputError(() => findBlockingPairsHR(valid, valid, Int32Array.from([1]), a as never)),
        ).toBe(true);
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
        expect(throwsOnlyMatchInputError(() => maxWeightBMatching(graph, { pins: pins as never }))).toBe(true);
        expect(
          throwsOnlyMatchInputError(() => maxWeightBMatchingLp(graph, { groupLimits: groupLimits as never })),
        ).toBe(true);
        expect(throwsOnlyMatchInputError(() => bottleneckBMatching(graph, pins as never))).toBe(true);
        expect(
          throwsOnlyMatchInputError(() =>
            maxWeightBMatching(graph, { scale: pins as never, maxCardinality: groupLimits as never }),
          ),
        ).toBe(true);
      }),
    );
  });
});
