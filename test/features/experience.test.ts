import { describe, expect, it } from "vitest";
import { experienceScore, experienceVetoes, experienceVetoReason } from "../../src/features/experience.js";
import { scoring } from "../support/fixtures/scoring.js";

describe("experience", () => {
  it("is 1 within the tolerance and loses a tenth per year beyond it", () => {
    const { ctx, at } = scoring(
      [
        { id: "a", experienceYears: 5 },
        { id: "b", experienceYears: 7 },
        { id: "c", experienceYears: 9 },
        { id: "d", experienceYears: 30 },
      ],
      { experience: { toleranceYears: 2 } },
    );
    expect(experienceScore(ctx, at("a"), at("b"))).toBe(1); // gap 2 = tolerance
    expect(experienceScore(ctx, at("a"), at("c"))).toBeCloseTo(1 - 2 / 10, 12); // gap 4: 2 beyond
    expect(experienceScore(ctx, at("a"), at("d"))).toBe(0); // 23 beyond
  });

  it("falls back to the career stage and is unknown without either", () => {
    const { ctx, at } = scoring([{ id: "a", careerStage: "senior" }, { id: "b", experienceYears: 15 }, { id: "c" }], {
      experience: { toleranceYears: 0 },
    });
    expect(experienceScore(ctx, at("a"), at("b"))).toBe(1); // senior → 15 years
    expect(experienceScore(ctx, at("a"), at("c"))).toBeNaN();
  });

  it("vetoes a gap above maxGapYears only when set and both are known", () => {
    const people = [{ id: "a", experienceYears: 2 }, { id: "b", experienceYears: 12 }, { id: "c" }];
    const strict = scoring(people, { experience: { maxGapYears: 8 } });
    expect(experienceVetoes(strict.ctx, strict.at("a"), strict.at("b"))).toBe(true);
    expect(experienceVetoes(strict.ctx, strict.at("a"), strict.at("c"))).toBe(false);
    expect(experienceVetoReason(strict.ctx, strict.at("a"), strict.at("b"))).toBe(
      "10 years of experience apart; the program allows at most 8 years",
    );
    const lenient = scoring(people);
    expect(experienceVetoes(lenient.ctx, lenient.at("a"), lenient.at("b"))).toBe(false);
  });
});
