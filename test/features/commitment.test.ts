import { describe, expect, it } from "vitest";
import { commitmentFeature, commitmentScore } from "../../src/features/commitment.js";
import { scoring } from "../support/fixtures/scoring.js";

describe("commitment", () => {
  it("is the ratio of the smaller to the larger hoursPerMonth", () => {
    const { ctx, at } = scoring([{ id: "a", hoursPerMonth: 4 }, { id: "b", hoursPerMonth: 3 }, { id: "c" }]);
    expect(commitmentScore(ctx, at("a"), at("b"))).toBe(3 / 4);
    expect(commitmentScore(ctx, at("b"), at("a"))).toBe(3 / 4);
    expect(commitmentScore(ctx, at("a"), at("c"))).toBeNaN();
    expect(commitmentFeature().reason(ctx, at("a"), at("b"))).toBe("Similar time to give (4 and 3 hours a month)");
  });
});
