import { describe, expect, it } from "vitest";
import { bottleneckBMatching, maxWeightBMatching, type BipartiteGraph } from "peermatch/algorithms";

const graph = (capacity: number[], residents: number, edges: [number, number, number][]): BipartiteGraph => ({
  residents,
  capacity: Int32Array.from(capacity),
  edgeHospital: Int32Array.from(edges.map(([h]) => h)),
  edgeResident: Int32Array.from(edges.map(([, r]) => r)),
  edgeWeight: Float64Array.from(edges.map(([, , w]) => w)),
});

describe("bottleneckBMatching", () => {
  it("trades total weight for a larger smallest weight", () => {
    const g = graph([1, 1], 2, [
      [0, 0, 1],
      [0, 1, 0.5],
      [1, 0, 0.4],
      [1, 1, 0.1],
    ]);
    expect(Array.from(maxWeightBMatching(g).assignment)).toEqual([0, 1]);
    const fair = bottleneckBMatching(g);
    expect(Array.from(fair.assignment)).toEqual([1, 0]);
    expect(fair.bottleneck).toBe(0.4);
    expect(fair.totalWeight).toBeCloseTo(0.9);
  });

  it("keeps maximum cardinality even when that forces a small weight", () => {
    // Resident 1 can only go to hospital 0, at weight 0.05.
    const g = graph([1, 1], 2, [
      [0, 0, 0.9],
      [1, 0, 0.8],
      [0, 1, 0.05],
    ]);
    const fair = bottleneckBMatching(g);
    expect(fair.cardinality).toBe(2);
    expect(fair.bottleneck).toBe(0.05);
  });

  it("leaves out the weakest resident when places run out", () => {
    // Capacity 2 at hospital 0; every maximum matching has smallest weight 0.3.
    const g = graph([2], 3, [
      [0, 0, 0.3],
      [0, 1, 0.6],
      [0, 2, 0.9],
    ]);
    const fair = bottleneckBMatching(g);
    expect(Array.from(fair.assignment)).toEqual([-1, 0, 0]);
    expect(fair.bottleneck).toBe(0.6);
  });

  it("lets a low pin set the floor and then maximises the total", () => {
    const g = graph([1, 1, 1], 3, [
      [0, 0, 0.1],
      [1, 1, 0.5],
      [2, 1, 0.9],
      [1, 2, 0.6],
      [2, 2, 0.7],
    ]);
    const fair = bottleneckBMatching(g, { pins: [[0, 0]] });
    expect(fair.bottleneck).toBe(0.1);
    expect(fair.totalWeight).toBeCloseTo(0.1 + 0.9 + 0.6);
  });

  it("returns a null bottleneck when nothing can be matched", () => {
    expect(bottleneckBMatching(graph([0], 1, [[0, 0, 1]])).bottleneck).toBeNull();
  });

  it("accepts capacities up to the Int32 maximum, as maxWeightBMatching does", () => {
    const big = graph([2 ** 31 - 1, 2 ** 31 - 1], 2, [
      [0, 0, 1],
      [1, 1, 2],
      [0, 1, 0.5],
    ]);
    const result = bottleneckBMatching(big);
    expect(Array.from(result.assignment)).toEqual([0, 1]);
    expect(result.bottleneck).toBe(1);
    expect(Array.from(maxWeightBMatching(big).assignment)).toEqual([0, 1]);
  });
});
