import { describe, expect, it } from "vitest";
import { isMatching } from "peermatch/algorithms";

const triangle: [number, number, number][] = [
  [0, 1, 1],
  [1, 2, 1],
  [0, 2, 1],
];

describe("isMatching", () => {
  it("accepts the empty matching and a matching of edges", () => {
    expect(isMatching(triangle, Int32Array.of(-1, -1, -1))).toBe(true);
    expect(isMatching(triangle, Int32Array.of(2, -1, 0))).toBe(true);
  });

  it("rejects an asymmetric mate", () => {
    expect(isMatching(triangle, Int32Array.of(1, 2, 1))).toBe(false);
  });

  it("rejects a pair that is not an edge", () => {
    expect(
      isMatching(
        [
          [0, 1, 1],
          [2, 3, 1],
        ],
        Int32Array.of(2, 3, 0, 1),
      ),
    ).toBe(false);
  });

  it("rejects a vertex matched to itself or out of range", () => {
    expect(isMatching(triangle, Int32Array.of(0, -1, -1))).toBe(false);
    expect(isMatching(triangle, Int32Array.of(7, -1, -1))).toBe(false);
  });

  it("rejects a mate too short for the edges", () => {
    expect(isMatching(triangle, Int32Array.of(1, 0))).toBe(false);
  });
});
