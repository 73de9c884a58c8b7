import { describe, expect, it } from "vitest";
import { BANNED_EXCLUDED, BANNED_PAST_PARTNER, bannedPairs } from "../../src/model/banned-pairs.js";
import type { Participant } from "../../src/model/types.js";

const indexOf = (people: readonly Participant[]) => new Map(people.map((p, i) => [p.id, i]));
const lists = (people: readonly Participant[], allowPastPartners = false) => {
  const { bannedOffsets, bannedIndex, bannedReason } = bannedPairs(people, indexOf(people), allowPastPartners);
  return people.map((_, i) => {
    const out: [number, number][] = [];
    for (let k = bannedOffsets[i]!; k < bannedOffsets[i + 1]!; k++) {
      out.push([bannedIndex[k]!, bannedReason[k]!]);
    }
    return out;
  });
};

describe("bannedPairs", () => {
  it("is symmetric: one side excluding bans the pair for both", () => {
    expect(lists([{ id: "a", exclude: ["b"] }, { id: "b" }])).toEqual([[[1, BANNED_EXCLUDED]], [[0, BANNED_EXCLUDED]]]);
  });

  it("lists a pair once when both sides name each other, and exclusion outranks past partnership", () => {
    const people = [
      { id: "a", exclude: ["b"], pastPartners: ["b", "c"] },
      { id: "b", exclude: ["a"], pastPartners: ["a"] },
      { id: "c", pastPartners: ["a"] },
    ];
    expect(lists(people)).toEqual([
      [
        [1, BANNED_EXCLUDED],
        [2, BANNED_PAST_PARTNER],
      ],
      [[0, BANNED_EXCLUDED]],
      [[0, BANNED_PAST_PARTNER]],
    ]);
  });

  it("sorts each list and ignores unknown ids and self-references", () => {
    const people = [{ id: "a", exclude: ["d", "zz", "a", "b"] }, { id: "b" }, { id: "c" }, { id: "d" }];
    expect(lists(people)[0]).toEqual([
      [1, BANNED_EXCLUDED],
      [3, BANNED_EXCLUDED],
    ]);
  });

  it("keeps past partners pairable when allowed", () => {
    expect(lists([{ id: "a", pastPartners: ["b"] }, { id: "b" }], true)).toEqual([[], []]);
  });
});
