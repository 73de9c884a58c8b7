import { describe, expect, it } from "vitest";
import { article, countOf } from "../../src/features/words.js";

describe("countOf", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(countOf(1, "year")).toBe("1 year");
    expect(countOf(0, "year")).toBe("0 years");
    expect(countOf(2, "year")).toBe("2 years");
    expect(countOf(0.5, "year")).toBe("0.5 years");
    expect(countOf(1, "person", "people")).toBe("1 person");
    expect(countOf(3, "person", "people")).toBe("3 people");
  });
});

describe("article", () => {
  it('takes "an" before a vowel sound and "a" before a consonant sound', () => {
    expect(article("informal")).toBe("an");
    expect(article("open")).toBe("an");
    expect(article("hour")).toBe("an");
    expect(article("structured")).toBe("a");
    expect(article("direct")).toBe("a");
    expect(article("one-on-one")).toBe("a");
    expect(article("user-led")).toBe("a");
    expect(article("Easygoing")).toBe("an");
  });
});
