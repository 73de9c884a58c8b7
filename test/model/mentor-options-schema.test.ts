import { describe, expect, it } from "vitest";
import { MENTOR_DEFAULT_WEIGHTS, MentorOptionsSchema, DEFAULT_WEIGHTS } from "peermatch";
import { mentorOptionsJsonSchema } from "peermatch/schema";

describe("MentorOptionsSchema", () => {
  it("accepts the scoring options and the two-sided ones", () => {
    const options = {
      solver: "stable",
      stableSide: "mentors",
      experience: { minGapYears: 3 },
      pins: [["ada", "bo"]],
      limits: [{ field: "attributes.cohort", max: 2 }],
    };
    expect(MentorOptionsSchema.parse(options)).toEqual(options);
  });

  it("rejects peer-only options, unknown keys, the greedy solver and bad limits", () => {
    for (const options of [
      { oddHandling: "trio" },
      { pinz: [] },
      { solver: "greedy" },
      { limits: [{ field: "team", max: 1 }] },
      { limits: [{ field: "industry", max: -1 }] },
      { pins: [["ada"]] },
    ]) {
      expect(MentorOptionsSchema.safeParse(options).success, JSON.stringify(options)).toBe(false);
    }
  });

  it("weighs complementarity most and experience similarity 0, with every feature given", () => {
    expect(Object.keys(MENTOR_DEFAULT_WEIGHTS).sort()).toEqual(Object.keys(DEFAULT_WEIGHTS).sort());
    const heaviest = Math.max(...Object.values(MENTOR_DEFAULT_WEIGHTS));
    expect(MENTOR_DEFAULT_WEIGHTS.complementarity).toBe(heaviest);
    expect(Object.values(MENTOR_DEFAULT_WEIGHTS).filter((w) => w === heaviest)).toHaveLength(1);
    expect(MENTOR_DEFAULT_WEIGHTS.experience).toBe(0);
  });

  it("has a JSON Schema with the two-sided options and no oddHandling", () => {
    const schema = mentorOptionsJsonSchema();
    const keys = Object.keys(schema.properties as object);
    expect(keys).toEqual(expect.arrayContaining(["solver", "stableSide", "pins", "limits", "weights"]));
    expect(keys).not.toContain("oddHandling");
    expect(schema.additionalProperties).toBe(false);
  });
});
