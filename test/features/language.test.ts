import { describe, expect, it } from "vitest";
import { languageFeature, languageScore, languageVetoes } from "../../src/features/language.js";
import { scoring } from "../support/fixtures/scoring.js";

const people = [
  { id: "a", languages: ["English", "Dutch"] },
  { id: "b", languages: ["dutch"] },
  { id: "c", languages: ["French"] },
  { id: "d" },
];

describe("language", () => {
  it("is 1 with a shared language (any case), 0 without", () => {
    const { ctx, at } = scoring(people);
    expect(languageScore(ctx, at("a"), at("b"))).toBe(1);
    expect(languageScore(ctx, at("a"), at("c"))).toBe(0);
    expect(languageFeature().reason(ctx, at("a"), at("b"))).toBe("Both speak Dutch");
  });

  it("vetoes no shared language when both list languages and it is required", () => {
    const { ctx, at } = scoring(people);
    expect(languageVetoes(ctx, at("a"), at("c"))).toBe(true);
    expect(languageVetoes(ctx, at("a"), at("d"))).toBe(false);
    expect(languageScore(ctx, at("a"), at("d"))).toBeNaN();
  });

  it("does not veto when language.required is false", () => {
    const { ctx, at } = scoring(people, { language: { required: false } });
    expect(languageVetoes(ctx, at("a"), at("c"))).toBe(false);
    expect(languageScore(ctx, at("a"), at("c"))).toBe(0);
  });
});
