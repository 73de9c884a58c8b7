import { describe, expect, it } from "vitest";
import { MatchInputError, findBlockingPairs, stableRoommates, stableRoommatesIndexed } from "peermatch/algorithms";
import { bruteForceRoommates, matchingKey } from "../../support/oracles/roommates-brute-force.js";

/** Every result is also checked by the independent checker. */
function solveAndCheck(preferences: Record<string, string[]>) {
  const result = stableRoommates(preferences);
  expect(result.blockingPairs).toEqual(findBlockingPairs(preferences, result.pairs));
  return result;
}

describe("stableRoommates: textbook situations", () => {
  it("phase 1 empties a list: the classic 4-person instance has no stable matching", () => {
    // d is everyone's last choice and a, b, c each top someone else's list: after phase 1
    // d's list is empty and a, b, c form an odd party (a: b c, b: c a, c: a b).
    const result = solveAndCheck({
      a: ["b", "c", "d"],
      b: ["c", "a", "d"],
      c: ["a", "b", "d"],
      d: ["a", "b", "c"],
    });
    expect(result).toEqual({
      stable: false,
      pairs: [["b", "c"]],
      unmatched: ["a", "d"],
      blockingPairs: [
        ["a", "c"],
        ["a", "d"],
      ],
    });
  });

  it("a rotation is eliminated: four people in a preference cycle", () => {
    // Phase 1 leaves every list at three entries; the exposed rotation
    // (a,b) (b,c) (c,d) (d,a) is eliminated, leaving the unique stable matching.
    const result = solveAndCheck({
      a: ["b", "c", "d"],
      b: ["c", "d", "a"],
      c: ["d", "a", "b"],
      d: ["a", "b", "c"],
    });
    expect(result).toEqual({
      stable: true,
      pairs: [
        ["a", "c"],
        ["b", "d"],
      ],
      unmatched: [],
      blockingPairs: [],
    });
  });

  it("two rotations are eliminated, then an even cycle of four is split at its smallest id", () => {
    // Phase 1 leaves 1: 4 2 6, 3: 2 4 5, 5: 3 2 4, 6: 1 4 2 (and 2, 4 longer); eliminating
    // (1,4)(3,2) and then (1,2)(2,6)(4,5) leaves 1 and 6 paired and the cycle
    // 2 → 5 → 3 → 4 → 2 (first choices), split as {2,5}, {3,4}. The instance has exactly
    // two stable matchings; this is one of them.
    const lists = [
      [2, 3, 1, 5, 4],
      [5, 4, 3, 0, 2],
      [1, 3, 4, 0, 5],
      [4, 1, 2, 5, 0],
      [2, 0, 1, 3, 5],
      [4, 0, 2, 3, 1],
    ];
    const name = (i: number): string => String(i + 1);
    const preferences = Object.fromEntries(lists.map((list, i) => [name(i), list.map(name)]));
    expect(solveAndCheck(preferences)).toEqual({
      stable: true,
      pairs: [
        ["1", "6"],
        ["2", "5"],
        ["3", "4"],
      ],
      unmatched: [],
      blockingPairs: [],
    });
    expect([...bruteForceRoommates(lists).stableMatchings].sort()).toEqual(["5,3,4,1,2,0", "5,4,3,2,1,0"]);
  });

  it("a rotation is eliminated, then an odd party of five remains", () => {
    // z_k ranks z_{k+1}, …, z_{k+4}. Eliminating the first rotation leaves the 5-cycle
    // Π(z_k) = z_{k+2}; z0 (the smallest id) leaves it and the rest pair along the cycle.
    const z = (k: number): string => `z${k % 5}`;
    const preferences: Record<string, string[]> = {};
    for (let k = 0; k < 5; k++) preferences[z(k)] = [1, 2, 3, 4].map((d) => z(k + d));
    expect(solveAndCheck(preferences)).toEqual({
      stable: false,
      pairs: [
        ["z1", "z3"],
        ["z2", "z4"],
      ],
      unmatched: ["z0"],
      blockingPairs: [
        ["z0", "z3"],
        ["z0", "z4"],
      ],
    });
  });

  it("odd n without a stable matching: three people in a cycle", () => {
    expect(solveAndCheck({ a: ["b", "c"], b: ["c", "a"], c: ["a", "b"] })).toEqual({
      stable: false,
      pairs: [["b", "c"]],
      unmatched: ["a"],
      blockingPairs: [["a", "c"]],
    });
  });

  it("odd n with a stable matching: the one everybody ranks last stays alone", () => {
    const result = solveAndCheck({
      a: ["b", "c", "u", "d"],
      b: ["d", "a", "c", "u"],
      c: ["a", "d", "b", "u"],
      d: ["c", "b", "a", "u"],
      u: ["a", "b", "c", "d"],
    });
    expect(result.stable).toBe(true);
    expect(result.unmatched).toEqual(["u"]);
    const brute = bruteForceRoommates([
      [1, 2, 4, 3],
      [3, 0, 2, 4],
      [0, 3, 1, 4],
      [2, 1, 0, 4],
      [0, 1, 2, 3],
    ]);
    const index = { a: 0, b: 1, c: 2, d: 3, u: 4 } as const;
    const mate = [-1, -1, -1, -1, -1];
    for (const [x, y] of result.pairs) {
      mate[index[x as keyof typeof index]] = index[y as keyof typeof index];
      mate[index[y as keyof typeof index]] = index[x as keyof typeof index];
    }
    expect(brute.stableMatchings.has(matchingKey(mate))).toBe(true);
  });

  it("incomplete lists: an entry that is not returned does not count", () => {
    // a lists c, but c lists nobody: only a–b is acceptable.
    expect(solveAndCheck({ a: ["c", "b"], b: ["a"], c: [] })).toEqual({
      stable: true,
      pairs: [["a", "b"]],
      unmatched: ["c"],
      blockingPairs: [],
    });
  });

  it("a singleton of the stable partition and an odd party leave two people out", () => {
    // s is acceptable only to a, who prefers both b and c; a, b, c form an odd party.
    const result = solveAndCheck({ a: ["b", "c", "s"], b: ["c", "a"], c: ["a", "b"], s: ["a"] });
    expect(result.stable).toBe(false);
    expect(result.pairs).toEqual([["b", "c"]]);
    expect(result.unmatched).toEqual(["a", "s"]);
  });

  it("the empty instance and a lone person", () => {
    expect(stableRoommates({})).toEqual({ stable: true, pairs: [], unmatched: [], blockingPairs: [] });
    expect(stableRoommates({ solo: [] })).toEqual({ stable: true, pairs: [], unmatched: ["solo"], blockingPairs: [] });
  });

  it("ids that are Object.prototype names are ordinary ids", () => {
    const preferences = JSON.parse(
      '{"__proto__": ["constructor", "toString"], "constructor": ["toString", "__proto__"], "toString": ["__proto__", "constructor"], "hasOwnProperty": []}',
    ) as Record<string, string[]>;
    const result = solveAndCheck(preferences);
    expect(result.stable).toBe(false);
    expect(result.unmatched).toEqual(["__proto__", "hasOwnProperty"]);
    expect(result.pairs).toEqual([["constructor", "toString"]]);
  });

  it("does not depend on the order of the keys", () => {
    const forward = { a: ["b", "c", "d"], b: ["c", "d", "a"], c: ["d", "a", "b"], d: ["a", "b", "c"] };
    const backward = { d: ["a", "b", "c"], c: ["d", "a", "b"], b: ["c", "d", "a"], a: ["b", "c", "d"] };
    expect(stableRoommates(backward)).toEqual(stableRoommates(forward));
  });

  it("does not mutate its input", () => {
    const preferences = { a: ["b", "c"], b: ["c", "a"], c: ["a", "b"] };
    const copy = structuredClone(preferences);
    stableRoommates(preferences);
    expect(preferences).toEqual(copy);
  });
});

describe("stableRoommatesIndexed", () => {
  it("returns mate and index blocking pairs for an odd party", () => {
    const result = stableRoommatesIndexed(3, Int32Array.of(0, 2, 4, 6), Int32Array.of(1, 2, 2, 0, 0, 1));
    expect(result.stable).toBe(false);
    expect(Array.from(result.mate)).toEqual([-1, 2, 1]);
    expect(result.blockingPairs).toEqual([[0, 2]]);
  });

  it("handles n = 0", () => {
    const result = stableRoommatesIndexed(0, Int32Array.of(0), new Int32Array(0));
    expect(result).toEqual({ stable: true, mate: new Int32Array(0), blockingPairs: [] });
  });
});

describe("stableRoommates: bad input", () => {
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(MatchInputError);
      return (error as MatchInputError).issues;
    }
    throw new Error("expected a MatchInputError");
  };

  it("reports an unknown id, a self-ranking and a repeat, all at once", () => {
    const issues = issuesOf(() => stableRoommates({ p1: ["p2", "p9"], p2: ["p2", "p1"], p3: ["p1", "p1"] }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.participantId])).toEqual([
      ["invalid_preferences", ["p1", 1], "p1"],
      ["invalid_preferences", ["p2", 0], "p2"],
      ["invalid_preferences", ["p3", 1], "p3"],
    ]);
    expect(issues[0]?.message).toBe('stableRoommates: "p1" ranks unknown id "p9"');
  });

  it("rejects a list that is not an array and an entry that is not a string", () => {
    const bad = { a: "b", b: ["a", 7] } as unknown as Record<string, string[]>;
    const issues = issuesOf(() => stableRoommates(bad));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_preferences", ["a"]],
      ["invalid_preferences", ["b", 1]],
    ]);
  });

  it("rejects preferences that are not an object", () => {
    for (const bad of [null, undefined, 3, "a", [["a"]]]) {
      const issues = issuesOf(() => stableRoommates(bad as unknown as Record<string, string[]>));
      expect(issues[0]?.code).toBe("invalid_preferences");
    }
  });

  it("rejects malformed index lists", () => {
    const cases: [number, Int32Array, Int32Array][] = [
      [2, Int32Array.of(0, 1), Int32Array.of(1)], // offsets too short
      [2, Int32Array.of(0, 2, 1), Int32Array.of(1, 0)], // decreasing
      [2, Int32Array.of(0, 1, 2), Int32Array.of(5, 0)], // out of range
      [2, Int32Array.of(0, 1, 2), Int32Array.of(0, 0)], // self
      [3, Int32Array.of(0, 2, 3, 3), Int32Array.of(1, 1, 0)], // repeated
      [-1, Int32Array.of(0), new Int32Array(0)], // negative n
    ];
    for (const [n, offsets, entries] of cases) {
      const issues = issuesOf(() => stableRoommatesIndexed(n, offsets, entries));
      expect(issues[0]?.code).toBe("invalid_preferences");
    }
  });
});
