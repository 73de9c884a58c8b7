import { describe, expect, it } from "vitest";
import { MatchInputError, type BipartiteGraph } from "peermatch/algorithms";
import { maxWeightBMatchingLp } from "../../../src/algorithms/lp.js";

const graph = (capacity: number[], residents: number, edges: [number, number, number][]): BipartiteGraph => ({
  residents,
  capacity: Int32Array.from(capacity),
  edgeHospital: Int32Array.from(edges.map(([h]) => h)),
  edgeResident: Int32Array.from(edges.map(([, r]) => r)),
  edgeWeight: Float64Array.from(edges.map(([, , w]) => w)),
});

describe("maxWeightBMatchingLp", () => {
  it("prefers more matched residents over a heavier but smaller matching", () => {
    // Hospital 0 (capacity 1) is worth 1.0 to resident 0, who is resident 1's only option.
    const result = maxWeightBMatchingLp(
      graph([1, 1], 2, [
        [0, 0, 1],
        [1, 0, 0.1],
        [0, 1, 0.1],
      ]),
    );
    expect(Array.from(result.assignment)).toEqual([1, 0]);
    expect(result.cardinality).toBe(2);
    expect(result.totalWeight).toBeCloseTo(0.2);
    expect(result.integral).toBe(true);
  });

  it("falls back to the integer mode when group limits make the LP vertex fractional", () => {
    // Three residents of one hospital, groups {0,1}, {1,2}, {0,2} with max 1: the LP
    // relaxation takes ½ of each; only one resident can be taken.
    const g = graph([3], 3, [
      [0, 0, 1],
      [0, 1, 1],
      [0, 2, 1],
    ]);
    const result = maxWeightBMatchingLp(g, {
      groupLimits: [
        { hospital: 0, residents: [0, 1], max: 1 },
        { hospital: 0, residents: [1, 2], max: 1 },
        { hospital: 0, residents: [0, 2], max: 1 },
      ],
    });
    expect(result.integral).toBe(false);
    expect(result.cardinality).toBe(1);
  });

  it("keeps pins even when they cost weight, and counts them against group limits", () => {
    const g = graph([2], 3, [
      [0, 0, 0.1],
      [0, 1, 0.9],
      [0, 2, 0.8],
    ]);
    const result = maxWeightBMatchingLp(g, {
      pins: [[0, 0]],
      groupLimits: [{ hospital: 0, residents: [0, 1], max: 1 }],
    });
    expect(Array.from(result.assignment)).toEqual([0, -1, 0]);
  });

  it("reports bad group limits and pins together", () => {
    const g = graph([1], 2, [
      [0, 0, 1],
      [0, 1, 1],
    ]);
    try {
      maxWeightBMatchingLp(g, {
        pins: [[0, 0]],
        groupLimits: [
          { hospital: 0, residents: [0, 7], max: 0 },
          { hospital: 3, residents: [], max: 1 },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MatchInputError);
      expect((error as MatchInputError).issues.map((issue) => issue.code)).toEqual([
        "invalid_value",
        "out_of_range",
        "invalid_value",
      ]);
    }
  });

  it("solves an empty graph", () => {
    const result = maxWeightBMatchingLp(graph([], 0, []));
    expect(result.cardinality).toBe(0);
    expect(result.integral).toBe(true);
  });
});
