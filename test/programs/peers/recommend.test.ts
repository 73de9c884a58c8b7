import { describe, expect, it } from "vitest";
import { generateCohort, recommend, recommendFor } from "peermatch";
import { issuesOf } from "../../support/issues-of.js";
import { shortlistLimitsHold } from "../../support/oracles/shortlists-ilp.js";

const REF = { availability: { referenceDate: "2026-03-02" } };
const people = [
  { id: "ana", name: "Ana", goals: ["writing", "data"], wishes: ["bea"] },
  { id: "bea", name: "Bea", goals: ["data"], wishes: ["ana", "cy"] },
  { id: "cy", name: "Cy", goals: ["data", "writing"] },
  { id: "dee", name: "Dee", goals: ["writing"], exclude: ["ana"] },
  { id: "eli", name: "Eli", goals: ["data"] },
];

describe("recommend", () => {
  it("gives everyone up to k feasible partners, nobody above maxExposure, with reasons", () => {
    const result = recommend(people, { ...REF, k: 2, maxExposure: 2 });
    expect(result.shortlists.map((list) => list.id)).toEqual(["ana", "bea", "cy", "dee", "eli"]);
    expect(shortlistLimitsHold(result.shortlists, { k: 2, maxExposure: 2 })).toBe(true);
    const ana = result.shortlists[0]!;
    expect(ana.suggestions.map((s) => s.id)).not.toContain("dee"); // dee excluded ana
    expect(ana.suggestions[0]).toMatchObject({ id: "bea", source: "mutual-wish" });
    expect(ana.suggestions[0]!.reasons[0]).toBe("Ana asked for Bea (1st choice); mutual (1st choice of Bea)");
    expect(result.stats).toMatchObject({ k: 2, maxExposure: 2, mutualWishes: 2, graph: "dense", exact: true });
    expect(result.stats.entries).toBe(result.shortlists.reduce((sum, list) => sum + list.suggestions.length, 0));
    for (const list of result.shortlists) {
      expect(list.shownTo).toBe(
        result.shortlists.filter((other) => other.suggestions.some((s) => s.id === list.id)).length,
      );
    }
  });

  it("puts pinned partners first and counts them against both limits", () => {
    const result = recommend(people, { ...REF, k: 1, maxExposure: 1, pins: [["cy", "eli"]] });
    const cy = result.shortlists.find((list) => list.id === "cy")!;
    expect(cy.suggestions).toHaveLength(1);
    expect(cy.suggestions[0]).toMatchObject({ id: "eli", source: "pin" });
    expect(cy.suggestions[0]!.reasons[0]).toBe("Pinned by the coordinator.");
    expect(result.stats.pinned).toBe(2);
    expect(shortlistLimitsHold(result.shortlists, { k: 1, maxExposure: 1 })).toBe(true);
  });

  it("defaults to k = 5 and maxExposure = k", () => {
    const result = recommend(generateCohort(12, { seed: "defaults" }), REF);
    expect(result.stats).toMatchObject({ k: 5, maxExposure: 5 });
  });

  it("refuses bad limits, matching-only options and a trio pin that k cannot hold, all at once", () => {
    const issues = issuesOf(() =>
      recommend(people, { ...REF, k: 0, maxExposure: 1.5, solver: "fair" } as unknown as Parameters<
        typeof recommend
      >[1]),
    );
    expect(issues.map((issue) => issue.code).sort()).toEqual(
      ["out_of_range", "unrecognized_key", "invalid_type"].sort(),
    );
    const pinned = issuesOf(() => recommend(people, { ...REF, k: 1, pins: [["ana", "bea", "cy"]] }));
    expect(pinned.map((issue) => [issue.code, issue.participantId])).toContainEqual(["out_of_range", "ana"]);
  });
});

describe("recommendFor", () => {
  it("ranks one person's feasible partners by score, mutual wishes first, with no exposure limit", () => {
    const result = recommendFor(people, "ana", { ...REF, k: 3 });
    expect(result.id).toBe("ana");
    expect(result.suggestions[0]).toMatchObject({ id: "bea", source: "mutual-wish" });
    expect(result.suggestions.map((s) => s.id)).not.toContain("dee");
    const rest = result.suggestions.slice(1).map((s) => s.score);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(result.stats).toEqual({ participants: 5, k: 3, feasiblePartners: 3 });
  });

  it("agrees with recommend's scores and explanations for the same pair", () => {
    const cohort = generateCohort(30, { seed: "agree" });
    const one = recommendFor(cohort, cohort[3]!.id, { ...REF, k: 5 });
    const all = recommend(cohort, { ...REF, k: 5, maxExposure: 30 });
    const list = all.shortlists.find((entry) => entry.id === one.id)!;
    for (const suggestion of list.suggestions) {
      const same = one.suggestions.find((s) => s.id === suggestion.id);
      if (same !== undefined) expect(same).toEqual(suggestion);
    }
  });

  it("names an unknown or misspelt id, and refuses maxExposure", () => {
    const [misspelt] = issuesOf(() => recommendFor(people, "Ana", REF));
    expect(misspelt).toMatchObject({ code: "unknown_id", path: ["id"] });
    expect(misspelt!.message).toContain('"ana"');
    const exposure = issuesOf(() =>
      recommendFor(people, "ana", { ...REF, maxExposure: 2 } as unknown as Parameters<typeof recommendFor>[2]),
    );
    expect(exposure.map((issue) => issue.code)).toEqual(["unrecognized_key"]);
    const [notString] = issuesOf(() => recommendFor(people, 7 as unknown as string, REF));
    expect(notString).toMatchObject({ code: "invalid_type", path: ["id"] });
  });
});
