import { describe, expect, it } from "vitest";
import { MatchInputError, scoreMatching } from "peermatch";
import { WHAT_IF_PEOPLE } from "../../support/fixtures/what-if.js";
import { issuesOf } from "../../support/issues-of.js";

const REF = { availability: { referenceDate: "2026-03-02" } };
const people = WHAT_IF_PEOPLE;

describe("scoreMatching", () => {
  it("reports a broken veto with its reason, scores that pair 0, and lists people in no group", () => {
    const scored = scoreMatching(
      people,
      [
        ["bea", "ana"],
        ["cy", "dee"],
      ],
      REF,
    );
    expect(scored.vetoesBroken).toHaveLength(1);
    expect(scored.vetoesBroken[0]!.members).toEqual(["ana", "bea"]);
    expect(scored.vetoesBroken[0]!.feature).toBe("exclude");
    expect(scored.vetoesBroken[0]!.reason.length).toBeGreaterThan(0);
    const vetoed = scored.pairs.find((pair) => pair.members.join() === "ana,bea")!;
    expect(vetoed.score).toBe(0);
    expect(vetoed.reasons[0]).toContain("Breaks a hard constraint");
    expect(scored.unmatched).toEqual([expect.objectContaining({ id: "eli", reason: "not-grouped" })]);
    expect(scored.stats.minScore).toBe(0);
    expect(scored.comparison.difference).toBeGreaterThan(0);
    expect(scored.comparison.handMadePairs).toBe(2);
    expect(JSON.stringify(scored)).not.toContain("null,null");
  });

  it("rejects bad groups with MatchInputError naming the participant and the field, never a TypeError", () => {
    const cases: [unknown, string, (string | number)[], string | undefined][] = [
      ["not an array", "invalid_type", ["groups"], undefined],
      [[["ana"]], "invalid_value", ["groups", 0], "ana"],
      [[["ana", "bea", "cy", "dee"]], "invalid_value", ["groups", 0], "ana"],
      [[["ana", "zed"]], "unknown_id", ["groups", 0, 1], "zed"],
      [
        [
          ["ana", "cy"],
          ["cy", "dee"],
        ],
        "invalid_value",
        ["groups", 1, 0],
        "cy",
      ],
      [[["ana", 3]], "invalid_type", ["groups", 0, 1], undefined],
      [[null], "invalid_type", ["groups", 0], undefined],
    ];
    for (const [groups, code, path, participantId] of cases) {
      // @ts-expect-error groups of any shape, on purpose (typed unknown)
      const issues = issuesOf(() => scoreMatching(people, groups, REF));
      expect(issues[0]).toMatchObject({ code, path });
      expect(issues[0]!.participantId).toBe(participantId);
    }
    expect(() => scoreMatching(people, [["ana", "Bea"]], REF)).toThrow(MatchInputError);
    const pinIssues = issuesOf(() => scoreMatching(people, [], { ...REF, pins: [["ana", "zed"]] }));
    expect(pinIssues[0]!.message.startsWith("scoreMatching:")).toBe(true);
  });
});
