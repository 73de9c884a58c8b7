import { describe, expect, it } from "vitest";
import { splitAnswers } from "../../src/import/split-answers.js";

const none = () => false;

describe("splitAnswers", () => {
  it("cuts at any separator, trims, and drops empty answers (Microsoft Forms ends with one)", () => {
    expect(splitAnswers("Leadership;Negotiation;", [";", ","], none)).toEqual(["Leadership", "Negotiation"]);
    expect(splitAnswers("a; b , c", [";", ","], none)).toEqual(["a", "b", "c"]);
    expect(splitAnswers("one answer", [";", ","], none)).toEqual(["one answer"]);
  });

  it('keeps a known answer that contains the separator whole (Google Forms joins with ", ")', () => {
    const known = (answer: string) => answer === "Strategy, planning and prioritisation";
    expect(splitAnswers("Leadership, Strategy, planning and prioritisation, Negotiation", [", "], known)).toEqual([
      "Leadership",
      "Strategy, planning and prioritisation",
      "Negotiation",
    ]);
  });

  it("prefers the longest known answer", () => {
    const known = (answer: string) => answer === "a, b" || answer === "a, b, c";
    expect(splitAnswers("a, b, c, d", [", "], known)).toEqual(["a, b, c", "d"]);
  });

  it("takes a separator literally, regular-expression characters included", () => {
    expect(splitAnswers("a|b.c", ["|"], none)).toEqual(["a", "b.c"]);
  });
});
