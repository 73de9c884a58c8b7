import { describe, expect, it } from "vitest";
import { industryFeature, industryScore } from "../../src/features/industry.js";
import { scoring } from "../support/fixtures/scoring.js";

const people = [
  { id: "a", industry: "Health" },
  { id: "b", industry: "health " },
  { id: "c", industry: "Finance" },
  { id: "d" },
];

describe("industry", () => {
  it('"same" scores 1 for the same industry, ignoring case', () => {
    const { ctx, at } = scoring(people, { industry: "same" });
    expect(industryScore(ctx, at("a"), at("b"))).toBe(1);
    expect(industryScore(ctx, at("a"), at("c"))).toBe(0);
    expect(industryFeature().reason(ctx, at("a"), at("b"))).toBe("Both work in Health");
  });

  it('"different" scores 1 for different industries', () => {
    const { ctx, at } = scoring(people, { industry: "different" });
    expect(industryScore(ctx, at("a"), at("b"))).toBe(0);
    expect(industryScore(ctx, at("a"), at("c"))).toBe(1);
  });

  it("is unknown when either gives no industry", () => {
    const { ctx, at } = scoring(people, { industry: "same" });
    expect(industryScore(ctx, at("a"), at("d"))).toBeNaN();
  });
});
