import { describe, expect, it } from "vitest";
import { MatchInputError, matchPeers, rotate } from "peermatch";
import { MAX_RANK_MAXIMAL_PARTICIPANTS } from "../../../src/model/limits.js";
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

  it("checks the wish options", () => {
    expect(() => matchPeers(people, { ...REF, wishes: { max: 0 } })).toThrow(MatchInputError);
  });
});

describe("wishes (rank-maximal)", () => {
  // Ana asks for Bea, Bea for Cy, Cy for Dee; the scores alone pair Ana with Dee and Bea with Cy.
  const chain = [
    { id: "ana", name: "Ana", goals: ["writing"], wishes: ["bea"] },
    { id: "bea", name: "Bea", goals: ["data"], wishes: ["cy"] },
    { id: "cy", name: "Cy", goals: ["data"], wishes: ["dee"] },
    { id: "dee", name: "Dee", goals: ["writing"] },
  ];
  const RANK_MAXIMAL = { ...REF, wishes: { mode: "rank-maximal" as const } };

  it("grants the most first choices, whatever the scores say", () => {
    const byScore = matchPeers(chain, REF);
    expect(byScore.pairs.map((pair) => pair.members)).toEqual([
      ["ana", "dee"],
      ["bea", "cy"],
    ]);
    expect(byScore.stats.wishesGranted).toEqual([1, 0, 0, 0, 0]);
    const result = matchPeers(chain, RANK_MAXIMAL);
    expect(result.pairs.map((pair) => pair.members)).toEqual([
      ["ana", "bea"],
      ["cy", "dee"],
    ]);
    expect(result.stats.wishesGranted).toEqual([2, 0, 0, 0, 0]);
    expect(result.pairs[0]?.reasons).toContain("Ana asked for Bea (1st choice)");
    // The wish feature is not part of the score in this mode.
    expect(result.pairs[0]?.breakdown).not.toHaveProperty("wishes");
  });

  it("matches as many people as possible before granting wishes", () => {
    // Cy excludes Dee: granting Ana's wish would leave Cy and Dee alone, so two other pairs come first.
    const vetoed = chain.map((p) => (p.id === "cy" ? { ...p, exclude: ["dee"] } : p));
    const result = matchPeers(vetoed, RANK_MAXIMAL);
    expect(result.pairs.map((pair) => pair.members)).toEqual([
      ["ana", "dee"],
      ["bea", "cy"],
    ]);
    expect(result.stats.wishesGranted).toEqual([1, 0, 0, 0, 0]);
  });

  it("is refused, not ignored, where it does not apply", () => {
    for (const solver of ["fair", "stable", "greedy"] as const) {
      expect(issuesOf(() => matchPeers(chain, { ...RANK_MAXIMAL, solver }))[0]).toMatchObject({
        code: "invalid_value",
        path: ["options", "wishes", "mode"],
      });
    }
    expect(issuesOf(() => matchPeers(chain, { ...RANK_MAXIMAL, topK: 2 }))[0]).toMatchObject({
      code: "invalid_value",
      path: ["options", "wishes", "mode"],
    });
    expect(issuesOf(() => rotate(chain, { ...RANK_MAXIMAL, rounds: 2 }))[0]).toMatchObject({
      code: "invalid_value",
      path: ["options", "wishes", "mode"],
    });
  });

  it(`is limited to ${MAX_RANK_MAXIMAL_PARTICIPANTS} participants (too_large beyond)`, () => {
    const many = Array.from({ length: MAX_RANK_MAXIMAL_PARTICIPANTS + 1 }, (_, i) => ({ id: `p${i}` }));
    expect(issuesOf(() => matchPeers(many, RANK_MAXIMAL))).toEqual([
      expect.objectContaining({ code: "too_large", path: ["options", "wishes", "mode"] }),
    ]);
  });
});
