import { describe, expect, it } from "vitest";
import { goalsFeature, goalsScore } from "../../src/features/goals.js";
import { scoring } from "../support/fixtures/scoring.js";

describe("goals", () => {
  it("is the Jaccard similarity of the goal tags, ignoring case and spaces", () => {
    const { ctx, at } = scoring([
      { id: "a", goals: ["Negotiation", "leadership", "writing"] },
      { id: "b", goals: [" negotiation", "Writing", "finance"] },
    ]);
    // shared {negotiation, writing} = 2, union {negotiation, leadership, writing, finance} = 4
    expect(goalsScore(ctx, at("a"), at("b"))).toBe(2 / 4);
    expect(goalsScore(ctx, at("b"), at("a"))).toBe(2 / 4);
  });

  it("is 0 with no shared goal and 1 for identical goals", () => {
    const { ctx, at } = scoring([
      { id: "a", goals: ["x"] },
      { id: "b", goals: ["y"] },
      { id: "c", goals: ["X"] },
    ]);
    expect(goalsScore(ctx, at("a"), at("b"))).toBe(0);
    expect(goalsScore(ctx, at("a"), at("c"))).toBe(1);
  });

  it("is unknown (NaN) when either side lists no goals, an empty list included", () => {
    const { ctx, at } = scoring([{ id: "a", goals: ["x"] }, { id: "b" }, { id: "c", goals: [] }]);
    expect(goalsScore(ctx, at("a"), at("b"))).toBeNaN();
    expect(goalsScore(ctx, at("a"), at("c"))).toBeNaN();
    expect(goalsFeature().detail(ctx, at("a"), at("b"))).toEqual({ known: false });
  });

  it("explains the shared goals", () => {
    const { ctx, at } = scoring([
      { id: "a", goals: ["negotiation", "leadership"] },
      { id: "b", goals: ["Negotiation"] },
    ]);
    const feature = goalsFeature();
    expect(feature.detail(ctx, at("a"), at("b"))).toEqual({ known: true, shared: ["negotiation"], counts: [2, 1] });
    expect(feature.reason(ctx, at("a"), at("b"))).toBe("Shared goal: negotiation");
  });
});
