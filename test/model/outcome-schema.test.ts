import { describe, expect, it } from "vitest";
import { OutcomeSchema, OutcomesSchema } from "peermatch/research";

describe("OutcomeSchema", () => {
  it("accepts a pair with any of rating, continued and meetings", () => {
    const outcome = { members: ["ana", "bea"], rating: 4.5, continued: false, meetings: 0 };
    expect(OutcomeSchema.parse(outcome)).toEqual(outcome);
    expect(OutcomeSchema.parse({ members: ["ana", "bea"] })).toEqual({ members: ["ana", "bea"] });
    expect(OutcomesSchema.parse([])).toEqual([]);
  });

  it("rejects unknown keys, ratings outside 1–5, fractional meetings, a pair of one and other lengths", () => {
    for (const bad of [
      { members: ["a", "b"], ratting: 3 },
      { members: ["a", "b"], rating: 0 },
      { members: ["a", "b"], rating: 5.5 },
      { members: ["a", "b"], meetings: 1.5 },
      { members: ["a", "a"] },
      { members: ["a"] },
      { members: ["a", "b", "c"] },
      { members: ["a", ""] },
      { members: ["a", "b"], continued: "yes" },
      { members: ["a", "b"], rating: undefined },
    ]) {
      expect(OutcomeSchema.safeParse(bad).success).toBe(false);
    }
  });
});
