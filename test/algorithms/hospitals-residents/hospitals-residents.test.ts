import { describe, expect, it } from "vitest";
import { MatchInputError, findBlockingPairsHR, hospitalsResidents, preferenceLists } from "peermatch/algorithms";

// Three residents, three hospitals of capacity 1, cyclic preferences: every resident's
// first choice ranks that resident last, so the two optimal stable matchings differ.
const residents = preferenceLists([
  [0, 1, 2],
  [1, 2, 0],
  [2, 0, 1],
]);
const hospitals = preferenceLists([
  [1, 2, 0],
  [2, 0, 1],
  [0, 1, 2],
]);
const ones = Int32Array.from([1, 1, 1]);

describe("hospitalsResidents", () => {
  it("gives every resident its first choice when residents propose", () => {
    const result = hospitalsResidents(residents, hospitals, ones);
    expect(Array.from(result.assignment)).toEqual([0, 1, 2]);
    expect(result.optimal).toBe("residents");
    expect(findBlockingPairsHR(residents, hospitals, ones, result.assignment)).toEqual([]);
  });

  it("gives every hospital its first choice when hospitals propose", () => {
    const result = hospitalsResidents(residents, hospitals, ones, { optimal: "hospitals" });
    expect(Array.from(result.assignment)).toEqual([2, 0, 1]);
    expect(result.optimal).toBe("hospitals");
    expect(findBlockingPairsHR(residents, hospitals, ones, result.assignment)).toEqual([]);
  });

  it("fills a hospital with capacity up to its best acceptable proposers and evicts the worst", () => {
    // Hospital 0 (capacity 2) ranks 2, 0, 1; all three residents want it first.
    const r = preferenceLists([[0, 1], [0, 1], [0]]);
    const h = preferenceLists([
      [2, 0, 1],
      [1, 0],
    ]);
    const capacity = Int32Array.from([2, 1]);
    const { assignment, load } = hospitalsResidents(r, h, capacity);
    expect(Array.from(assignment)).toEqual([0, 1, 0]);
    expect(Array.from(load)).toEqual([2, 1]);
  });

  it("never pairs a resident with a hospital that does not list it, nor one with capacity 0", () => {
    const r = preferenceLists([[0, 1], [1]]);
    const h = preferenceLists([[1], [0, 1]]);
    const { assignment } = hospitalsResidents(r, h, Int32Array.from([1, 0]));
    expect(Array.from(assignment)).toEqual([-1, -1]);
  });

  it("handles empty instances", () => {
    const empty = preferenceLists([]);
    expect(Array.from(hospitalsResidents(empty, empty, new Int32Array(0)).assignment)).toEqual([]);
  });

  it("reports every malformed input as MatchInputError issues", () => {
    const r = preferenceLists([[0, 0], [5]]);
    const h = preferenceLists([[0, 9]]);
    try {
      hospitalsResidents(r, h, Int32Array.from([-1, 2]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MatchInputError);
      const codes = (error as MatchInputError).issues.map((issue) => issue.code);
      expect(codes).toEqual([
        "invalid_preferences",
        "invalid_preferences",
        "invalid_preferences",
        "invalid_value",
        "out_of_range",
      ]);
    }
  });

  it("rejects holes in sparse preference arrays instead of reading them as id 0", () => {
    const holes = (length: number) => new Array<number>(length);
    for (const lists of [[[1], holes(1)], [[1, ...holes(1), 2]]]) {
      try {
        preferenceLists(lists);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(MatchInputError);
        expect((error as MatchInputError).issues.map((issue) => issue.code)).toEqual(["invalid_preferences"]);
      }
    }
    const outerHole = [[0]];
    outerHole.length = 2;
    expect(() => preferenceLists(outerHole)).toThrow(MatchInputError);
  });

  it("rejects offsets that do not describe the entries", () => {
    const bad = { offsets: Int32Array.from([0, 2]), entries: Int32Array.from([0]) };
    expect(() => hospitalsResidents(bad, preferenceLists([[0]]), Int32Array.from([1]))).toThrow(MatchInputError);
  });
});

describe("findBlockingPairsHR", () => {
  it("finds an unassigned resident wanted by a hospital with a free place", () => {
    const r = preferenceLists([[0, 1], [0]]);
    const h = preferenceLists([[1, 0], [0]]);
    expect(findBlockingPairsHR(r, h, Int32Array.from([2, 1]), Int32Array.from([1, -1]))).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it("finds a pair where the hospital is full but prefers the resident to its worst", () => {
    // Resident 1 sits at its last choice; hospital 2 holds its last choice, resident 2.
    expect(findBlockingPairsHR(residents, hospitals, ones, Int32Array.from([1, 0, 2]))).toEqual([[1, 2]]);
  });

  it("rejects an assignment that is not a matching", () => {
    const r = preferenceLists([[0], [0], [1]]);
    const h = preferenceLists([[0, 1], []]);
    try {
      findBlockingPairsHR(r, h, Int32Array.from([1, 1]), Int32Array.from([0, 0, 1]));
      expect.unreachable();
    } catch (error) {
      expect((error as MatchInputError).issues.map((issue) => issue.code)).toEqual(["invalid_edge", "out_of_range"]);
    }
  });
});

describe("documented examples", () => {
  it("hospitalsResidents example", () => {
    const r = preferenceLists([[0, 1], [0], [1, 0]]);
    const h = preferenceLists([
      [2, 0, 1],
      [0, 2],
    ]);
    expect(Array.from(hospitalsResidents(r, h, Int32Array.from([1, 1])).assignment)).toEqual([0, -1, 1]);
  });

  it("preferenceLists example", () => {
    const lists = preferenceLists([[2, 0], [1]]);
    expect([Array.from(lists.offsets), Array.from(lists.entries)]).toEqual([
      [0, 2, 3],
      [2, 0, 1],
    ]);
  });

  it("preferenceLists rejects what an Int32Array would silently truncate or wrap", () => {
    for (const bad of [null, [null], [[0.5]], [[-1]], [[2 ** 32]], [["1"]]]) {
      expect(() => preferenceLists(bad as unknown as number[][])).toThrow(MatchInputError);
    }
  });
});
