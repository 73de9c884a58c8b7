import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { MatchOptionsSchema, type MatchOptions } from "../../src/model/options-schema.js";
import type { FeatureName, Participant } from "../../src/model/types.js";

describe("MatchOptionsSchema", () => {
  it("has the option fields of the contract, plus topK and strictStable (checked at compile time)", () => {
    expectTypeOf<keyof MatchOptions>().toEqualTypeOf<
      | "solver"
      | "weights"
      | "availability"
      | "experience"
      | "industry"
      | "organization"
      | "language"
      | "custom"
      | "reciprocity"
      | "missing"
      | "oddHandling"
      | "minScore"
      | "allowPastPartners"
      | "seed"
      | "topK"
      | "strictStable"
    >();
    expectTypeOf<keyof NonNullable<MatchOptions["weights"]>>().toEqualTypeOf<FeatureName>();
    expectTypeOf<NonNullable<z.output<typeof MatchOptionsSchema>["custom"]>[number]["score"]>().toEqualTypeOf<
      (a: Participant, b: Participant) => number | null
    >();
    expectTypeOf<NonNullable<MatchOptions["custom"]>[number]["score"]>().toEqualTypeOf<
      (a: Participant, b: Participant) => number | null
    >();
    expectTypeOf<NonNullable<MatchOptions["availability"]>["referenceDate"]>().toEqualTypeOf<string | undefined>();
    expect(MatchOptionsSchema.parse({})).toEqual({});
  });

  it("keeps a custom feature's score function as given", () => {
    const score = (a: Participant, b: Participant) => (a.industry === b.industry ? 1 : 0);
    const parsed = MatchOptionsSchema.parse({ custom: [{ name: " sameIndustry ", weight: 2, score }] });
    expect(parsed.custom?.[0]?.score).toBe(score);
    expect(parsed.custom?.[0]?.name).toBe("sameIndustry");
  });

  it("rejects custom names that clash with a built-in or each other (ignoring case)", () => {
    const score = () => 1;
    for (const custom of [
      [{ name: "goals", weight: 1, score }],
      [{ name: "Availability", weight: 1, score }],
      [
        { name: "city", weight: 1, score },
        { name: "City", weight: 1, score },
      ],
    ]) {
      const result = MatchOptionsSchema.safeParse({ custom });
      expect(result.success).toBe(false);
      expect(result.error?.issues.at(-1)?.path.at(-1)).toBe("name");
    }
  });

  it("rejects custom names that explanations and vetoes already use", () => {
    const score = () => 1;
    for (const name of ["organization", "Rotation", "minScore", "exclude", "pastPartners"]) {
      expect(MatchOptionsSchema.safeParse({ custom: [{ name, weight: 1, score }] }).success, name).toBe(false);
    }
  });

  it("rejects a custom feature without a score function", () => {
    expect(MatchOptionsSchema.safeParse({ custom: [{ name: "c", weight: 1, score: "1" }] }).success).toBe(false);
    expect(MatchOptionsSchema.safeParse({ custom: [{ name: "c", weight: 1 }] }).success).toBe(false);
  });

  it("rejects negative, infinite and unknown weights", () => {
    for (const weights of [{ goals: -1 }, { goals: Number.POSITIVE_INFINITY }, { goals: Number.NaN }, { goal: 1 }]) {
      expect(MatchOptionsSchema.safeParse({ weights }).success).toBe(false);
    }
    expect(MatchOptionsSchema.safeParse({ weights: { goals: 0 } }).success).toBe(true);
  });

  it("rejects a minimum experience gap above the maximum", () => {
    expect(MatchOptionsSchema.safeParse({ experience: { minGapYears: 10, maxGapYears: 5 } }).success).toBe(false);
    expect(MatchOptionsSchema.safeParse({ experience: { minGapYears: 5, maxGapYears: 5 } }).success).toBe(true);
  });

  it("accepts real calendar dates only", () => {
    expect(MatchOptionsSchema.safeParse({ availability: { referenceDate: "2028-02-29" } }).success).toBe(true);
    for (const referenceDate of [
      "2026-02-29",
      "2026-04-31",
      "2026-00-10",
      "2026-1-10",
      "2026-01-10T00:00:00Z",
      "0999-12-31",
    ]) {
      expect(MatchOptionsSchema.safeParse({ availability: { referenceDate } }).success).toBe(false);
    }
  });

  it("keeps minScore in [0, 1]", () => {
    expect(MatchOptionsSchema.safeParse({ minScore: 1.5 }).success).toBe(false);
    expect(MatchOptionsSchema.safeParse({ minScore: 0.4 }).success).toBe(true);
  });
});
