import { describe, expect, it } from "vitest";
import { MatchInputError, matchPeers } from "peermatch";
import { issuesOf } from "../../support/issues-of.js";

const REF = { availability: { referenceDate: "2026-03-02" } };
const people = [
  { id: "ana", name: "Ana", goals: ["writing"], wishes: ["bea", "cy"] },
  { id: "bea", name: "Bea", goals: ["data"], wishes: ["ana"] },
  { id: "cy", name: "Cy", goals: ["data"] },
  { id: "dee", name: "Dee", goals: ["writing"] },
];

describe("wishes (bonus)", () => {
  it("adds an explainable wish feature that turns the match towards granted wishes", () => {
    const without = matchPeers(
      people.map(({ wishes: _, ...rest }) => rest),
      REF,
    );
    expect(without.pairs.map((pair) => pair.members)).toEqual([
      ["ana", "dee"],
      ["bea", "cy"],
    ]);
    const result = matchPeers(people, { ...REF, wishes: { weight: 10 } });
    expect(result.pairs.map((pair) => pair.members)).toEqual([
      ["ana", "bea"],
      ["cy", "dee"],
    ]);
    expect(result.pairs[0]?.reasons[0]).toBe("Ana asked for Bea (1st choice); mutual (1st choice of Bea)");
    expect(result.pairs[0]?.breakdown.wishes).toBe(1);
    expect(result.stats.wishesGranted).toEqual([2, 0, 0, 0, 0]);
    expect(result.meta.options.custom).toEqual([]);
    expect(without.stats).not.toHaveProperty("wishesGranted");
    expect(without.pairs[0]?.breakdown).not.toHaveProperty("wishes");
  });

  it("weight 0 switches the feature off, but the granted wishes are still counted", () => {
    const result = matchPeers(people, { ...REF, wishes: { weight: 0 } });
    expect(result.pairs[0]?.breakdown).not.toHaveProperty("wishes");
    expect(result.stats.wishesGranted).toEqual([0, 0, 0, 0, 0]);
  });

  it("refuses rank-maximal, which is not available yet, rather than ignoring it", () => {
    const issues = issuesOf(() => matchPeers(people, { ...REF, wishes: { mode: "rank-maximal" as "bonus" } }));
    expect(issues[0]).toMatchObject({ code: "invalid_value", path: ["options", "wishes", "mode"] });
    expect(() => matchPeers(people, { ...REF, wishes: { max: 0 } })).toThrow(MatchInputError);
  });
});
