import { describe, expect, it } from "vitest";
import { MatchInputError, findBlockingPairs, findBlockingPairsIndexed } from "peermatch/algorithms";

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MatchInputError);
    return (error as MatchInputError).issues;
  }
  throw new Error("expected a MatchInputError");
};

describe("findBlockingPairs", () => {
  const cycle = { a: ["b", "c"], b: ["c", "a"], c: ["a", "b"] };

  it("names the pair that prefers each other, an unmatched person included", () => {
    expect(findBlockingPairs(cycle, [["b", "c"]])).toEqual([["a", "c"]]);
    expect(findBlockingPairs(cycle, [["c", "a"]])).toEqual([["a", "b"]]);
  });

  it("two people alone who accept each other block; one-sided interest does not", () => {
    expect(findBlockingPairs({ a: ["b"], b: ["a"] }, [])).toEqual([["a", "b"]]);
    expect(findBlockingPairs({ a: ["b"], b: [] }, [])).toEqual([]);
  });

  it("a stable matching has none", () => {
    const preferences = { a: ["b", "c", "d"], b: ["c", "d", "a"], c: ["d", "a", "b"], d: ["a", "b", "c"] };
    expect(
      findBlockingPairs(preferences, [
        ["a", "c"],
        ["d", "b"],
      ]),
    ).toEqual([]);
    expect(
      findBlockingPairs(preferences, [
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toEqual([["b", "d"]]);
  });

  it("rejects pairs naming unknown ids, people in two pairs, self-pairs and unacceptable pairs", () => {
    const issues = issuesOf(() =>
      findBlockingPairs({ a: ["b", "c"], b: ["a"], c: ["a"], d: [] }, [
        ["a", "x"],
        ["b", "a"],
        ["a", "c"],
        ["c", "d"],
        ["d", "d"],
      ] as unknown as [string, string][]),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_id", ["pairs", 0, 1]],
      ["invalid_value", ["pairs", 2, 0]],
      ["invalid_value", ["pairs", 4]],
      ["invalid_value", ["pairs", 3]], // c–d: d lists nobody
    ]);
    const unacceptable = issuesOf(() => findBlockingPairs({ a: ["b"], b: [] }, [["a", "b"]]));
    expect(unacceptable.map((issue) => [issue.code, issue.path])).toEqual([["invalid_value", ["pairs", 0]]]);
    const malformed = issuesOf(() => findBlockingPairs({ a: [] }, [["a"]] as unknown as [string, string][]));
    expect(malformed[0]?.code).toBe("invalid_type");
  });

  it("validates the preferences like stableRoommates", () => {
    const issues = issuesOf(() => findBlockingPairs({ p4: ["p9"] }, []));
    expect(issues[0]).toMatchObject({ code: "invalid_preferences", path: ["p4", 0] });
    expect(issues[0]?.message).toBe('findBlockingPairs: "p4" ranks unknown id "p9"');
  });
});

describe("findBlockingPairsIndexed", () => {
  const offsets = Int32Array.of(0, 2, 4, 6);
  const entries = Int32Array.of(1, 2, 2, 0, 0, 1);

  it("counts the blocking pairs of any matching", () => {
    expect(findBlockingPairsIndexed(3, offsets, entries, Int32Array.of(-1, 2, 1))).toEqual([[0, 2]]);
    expect(findBlockingPairsIndexed(3, offsets, entries, Int32Array.of(-1, -1, -1))).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it("rejects a mate array that is not a matching of acceptable people", () => {
    for (const mate of [
      Int32Array.of(1, -1, -1),
      Int32Array.of(0, -1, -1),
      Int32Array.of(3, -1, -1),
      Int32Array.of(-1, -1),
    ]) {
      expect(issuesOf(() => findBlockingPairsIndexed(3, offsets, entries, mate))[0]?.code).toBe("invalid_value");
    }
    const oneSided = findBlockingPairsIndexed.bind(null, 2, Int32Array.of(0, 1, 1), Int32Array.of(1));
    expect(issuesOf(() => oneSided(Int32Array.of(1, 0)))[0]).toMatchObject({
      code: "invalid_value",
      path: ["mate", 1],
    });
  });
});
