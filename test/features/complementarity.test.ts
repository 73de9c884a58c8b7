import { describe, expect, it } from "vitest";
import { complementarityFeature, complementarityScore } from "../../src/features/complementarity.js";
import { scoring } from "../support/fixtures/scoring.js";

describe("complementarity", () => {
  it("is the share of i's growth areas that j's strengths cover, in each direction", () => {
    const { ctx, at } = scoring([
      { id: "ana", name: "Ana", strengths: ["public speaking"], growthAreas: ["negotiation", "finance", "writing"] },
      {
        id: "bea",
        name: "Bea",
        strengths: ["Negotiation", "writing", "design"],
        growthAreas: ["public speaking", "coding"],
      },
    ]);
    // Ana wants 3 things, Bea covers negotiation and writing: 2/3.
    expect(complementarityScore(ctx, at("ana"), at("bea"))).toBe(2 / 3);
    // Bea wants 2 things, Ana covers public speaking: 1/2.
    expect(complementarityScore(ctx, at("bea"), at("ana"))).toBe(1 / 2);
  });

  it("is unknown when i lists no growth areas or j no strengths", () => {
    const { ctx, at } = scoring([
      { id: "a", growthAreas: ["x"] },
      { id: "b", growthAreas: ["x"], strengths: ["x"] },
    ]);
    expect(complementarityScore(ctx, at("b"), at("a"))).toBeNaN(); // a has no strengths
    expect(complementarityScore(ctx, at("a"), at("b"))).toBe(1);
  });

  it("explains what covers what, by name", () => {
    const { ctx, at } = scoring([
      { id: "ana", name: "Ana", strengths: ["public speaking"], growthAreas: ["negotiation"] },
      { id: "bea", name: "Bea", strengths: ["negotiation"], growthAreas: ["public speaking"] },
    ]);
    const feature = complementarityFeature();
    expect(feature.directional).toBe(true);
    expect(feature.reason(ctx, at("ana"), at("bea"))).toBe(
      "Bea's strength in negotiation covers Ana's growth area; Ana's strength in public speaking covers Bea's growth area",
    );
    expect(feature.detail(ctx, at("ana"), at("bea"))).toEqual({
      known: true,
      aToB: { covered: ["negotiation"], growthAreas: 1 },
      bToA: { covered: ["public speaking"], growthAreas: 1 },
    });
  });
});
