import { describe, expect, it } from "vitest";
import { MatchInputError, maxWeightBMatching, type BipartiteGraph } from "peermatch/algorithms";

const graph = (capacity: number[], residents: number, edges: [number, number, number][]): BipartiteGraph => ({
  residents,
  capacity: Int32Array.from(capacity),
  edgeHospital: Int32Array.from(edges.map(([h]) => h)),
  edgeResident: Int32Array.from(edges.map(([, r]) => r)),
  edgeWeight: Float64Array.from(edges.map(([, , w]) => w)),
});

const codes = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MatchInputError);
    return (error as MatchInputError).issues.map((issue) => issue.code);
  }
  return expect.unreachable();
};

describe("maxWeightBMatching", () => {
  it("prefers more matched residents over a heavier but smaller matching", () => {
    const g = graph([1, 1], 2, [
      [0, 0, 1],
      [1, 0, 0.1],
      [0, 1, 0.1],
    ]);
    const result = maxWeightBMatching(g);
    expect(Array.from(result.assignment)).toEqual([1, 0]);
    expect(Array.from(result.edge)).toEqual([1, 2]);
    expect(result.cardinality).toBe(2);
    expect(result.totalWeight).toBeCloseTo(0.2);
  });

  it("takes the heavier, smaller matching when cardinality does not come first", () => {
    const g = graph([1, 1], 2, [
      [0, 0, 1],
      [1, 0, 0.1],
      [0, 1, 0.1],
    ]);
    expect(Array.from(maxWeightBMatching(g, { maxCardinality: false }).assignment)).toEqual([0, -1]);
  });

  it("leaves out negative edges unless they add a matched resident", () => {
    const g = graph([2], 2, [
      [0, 0, 0.5],
      [0, 1, -0.2],
    ]);
    expect(maxWeightBMatching(g).cardinality).toBe(2);
    expect(maxWeightBMatching(g, { maxCardinality: false }).cardinality).toBe(1);
  });

  it("fills capacities with the best residents, passing one on along an augmenting path", () => {
    // Resident 1 is the best for both hospitals; hospital 1 has resident 1 as its only option.
    const g = graph([2, 1], 3, [
      [0, 0, 0.5],
      [0, 1, 0.9],
      [0, 2, 0.4],
      [1, 1, 0.3],
    ]);
    const result = maxWeightBMatching(g);
    expect(Array.from(result.assignment)).toEqual([0, 1, 0]);
    expect(result.totalWeight).toBeCloseTo(1.2);
  });

  it("keeps pinned pairs", () => {
    const g = graph([1, 1], 2, [
      [0, 0, 0.9],
      [1, 0, 0.1],
      [0, 1, 0.8],
      [1, 1, 0.2],
    ]);
    expect(Array.from(maxWeightBMatching(g).assignment)).toEqual([0, 1]);
    expect(Array.from(maxWeightBMatching(g, { pins: [[1, 0]] }).assignment)).toEqual([1, 0]);
  });

  it("tells weights apart down to 1 / scale", () => {
    const g = graph([1], 2, [
      [0, 0, 0.500001],
      [0, 1, 0.500002],
    ]);
    expect(Array.from(maxWeightBMatching(g).assignment)).toEqual([-1, 0]);
  });

  it("handles an empty graph and hospitals without places", () => {
    expect(maxWeightBMatching(graph([], 0, [])).cardinality).toBe(0);
    expect(maxWeightBMatching(graph([0], 1, [[0, 0, 1]])).cardinality).toBe(0);
  });

  it("reports every bad edge", () => {
    expect(
      codes(() =>
        maxWeightBMatching(
          graph([1], 1, [
            [0, 0, Number.NaN],
            [2, 0, 1],
            [0, 5, 1],
          ]),
        ),
      ),
    ).toEqual(["invalid_edge", "invalid_edge", "invalid_edge"]);
    expect(
      codes(() =>
        maxWeightBMatching(
          graph([1], 1, [
            [0, 0, 1],
            [0, 0, 2],
          ]),
        ),
      ),
    ).toEqual(["invalid_edge"]);
    expect(codes(() => maxWeightBMatching(graph([-1], 1, [[0, 0, 1]])))).toEqual(["out_of_range"]);
  });

  it("reports impossible pins", () => {
    const g = graph([1, 1], 2, [
      [0, 0, 1],
      [0, 1, 1],
      [1, 1, 1],
    ]);
    expect(
      codes(() =>
        maxWeightBMatching(g, {
          pins: [
            [1, 0],
            [0, 1],
            [1, 1],
          ],
        }),
      ),
    ).toEqual(["invalid_edge", "invalid_value"]);
    expect(
      codes(() =>
        maxWeightBMatching(g, {
          pins: [
            [0, 0],
            [0, 1],
          ],
        }),
      ),
    ).toEqual(["out_of_range"]);
  });

  it("refuses a scale too large for exact arithmetic", () => {
    expect(codes(() => maxWeightBMatching(graph([1], 1, [[0, 0, 1]]), { scale: 1e15 }))).toEqual(["out_of_range"]);
    expect(codes(() => maxWeightBMatching(graph([1], 1, [[0, 0, 1]]), { scale: 0 }))).toEqual(["out_of_range"]);
  });
});

describe("maxWeightBMatching with group limits", () => {
  it("takes at most `max` residents of a group at its hospital", () => {
    // Hospital 0 (capacity 2) would take residents 0 and 1, but they share a group of max 1.
    const g = graph([2, 1], 3, [
      [0, 0, 0.9],
      [0, 1, 0.8],
      [0, 2, 0.3],
      [1, 1, 0.2],
    ]);
    const result = maxWeightBMatching(g, { groupLimits: [{ hospital: 0, residents: [0, 1], max: 1 }] });
    expect(Array.from(result.assignment)).toEqual([0, 1, 0]);
  });

  it("moves a group member out to make room, along a path through the group", () => {
    // Resident 1 is at hospital 0 in a group of max 1; resident 0 (same group) is worth more there.
    const g = graph([2, 1], 3, [
      [0, 0, 1],
      [0, 1, 0.6],
      [1, 1, 0.5],
      [0, 2, 0.1],
    ]);
    const result = maxWeightBMatching(g, { groupLimits: [{ hospital: 0, residents: [0, 1], max: 1 }] });
    expect(Array.from(result.assignment)).toEqual([0, 1, 0]);
  });

  it("refuses overlapping groups at one hospital", () => {
    const g = graph([2], 3, [
      [0, 0, 1],
      [0, 1, 1],
      [0, 2, 1],
    ]);
    const limits = [
      { hospital: 0, residents: [0, 1], max: 1 },
      { hospital: 0, residents: [1, 2], max: 1 },
    ];
    expect(codes(() => maxWeightBMatching(g, { groupLimits: limits }))).toEqual(["invalid_value"]);
  });

  it("reports a group limit that its pins already exceed", () => {
    const g = graph([2], 2, [
      [0, 0, 1],
      [0, 1, 1],
    ]);
    expect(
      codes(() => maxWeightBMatching(g, { pins: [[0, 0]], groupLimits: [{ hospital: 0, residents: [0], max: 0 }] })),
    ).toEqual(["out_of_range"]);
  });
});
