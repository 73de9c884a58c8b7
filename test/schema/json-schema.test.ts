import { describe, expect, it } from "vitest";
import {
  circleOptionsJsonSchema,
  mentorOptionsJsonSchema,
  optionsJsonSchema,
  outcomesJsonSchema,
  participantJsonSchema,
  scoreInputJsonSchema,
} from "peermatch/schema";
import { undescribed } from "../support/json-schema-paths.js";

describe("participantJsonSchema", () => {
  it("describes the participant input: only id required, no unknown keys, slot times as patterns", () => {
    const schema = participantJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["id"]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain("growthAreas");
    const slots = schema.properties.availability?.properties?.slots as {
      items: { properties: Record<string, { pattern?: string; enum?: string[] }>; required: string[] };
    };
    expect(slots.items.required).toEqual(["day", "start", "end"]);
    expect(slots.items.properties.day?.enum).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    expect(new RegExp(slots.items.properties.end?.pattern ?? "").test("24:00")).toBe(true);
    expect(new RegExp(slots.items.properties.start?.pattern ?? "").test("24:00")).toBe(false);
  });

  it("is plain JSON", () => {
    const schema = participantJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe("optionsJsonSchema", () => {
  it("describes the options input with every solver and no unknown keys", () => {
    const schema = optionsJsonSchema() as {
      additionalProperties: boolean;
      properties: Record<string, { enum?: string[] }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.solver?.enum).toEqual(["optimal", "fair", "stable", "greedy"]);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe("outcomesJsonSchema", () => {
  it("describes an array of outcomes: members a pair of ids, rating 1–5, no unknown keys", () => {
    const schema = outcomesJsonSchema() as {
      type: string;
      items: {
        required: string[];
        additionalProperties: boolean;
        properties: Record<string, Record<string, unknown>>;
      };
    };
    expect(schema.type).toBe("array");
    expect(schema.items.required).toEqual(["members"]);
    expect(schema.items.additionalProperties).toBe(false);
    expect(schema.items.properties.members).toMatchObject({ type: "array", minItems: 2, maxItems: 2 });
    expect(schema.items.properties.rating).toMatchObject({ type: "number", minimum: 1, maximum: 5 });
    expect(schema.items.properties.continued).toMatchObject({ type: "boolean" });
    expect(schema.items.properties.meetings).toMatchObject({ type: "integer", minimum: 0 });
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe("circleOptionsJsonSchema", () => {
  it("describes the circle options: the circle solver and rules, no pair-only keys, no unknown keys", () => {
    const schema = circleOptionsJsonSchema() as {
      additionalProperties: boolean;
      properties: Record<string, { enum?: string[] }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties["solver"]?.enum).toEqual(["optimal", "fair"]);
    for (const key of ["size", "together", "apart", "noLoneMember", "maxShared", "facilitators", "weights", "seed"]) {
      expect(Object.keys(schema.properties)).toContain(key);
    }
    for (const key of ["oddHandling", "pins", "wishes"]) expect(Object.keys(schema.properties)).not.toContain(key);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe("descriptions (editor tooltips)", () => {
  it("every field of the participant, options, mentor options, outcomes and circle options schemas has one", () => {
    for (const schema of [
      participantJsonSchema(),
      optionsJsonSchema(),
      mentorOptionsJsonSchema(),
      outcomesJsonSchema(),
      circleOptionsJsonSchema(),
      scoreInputJsonSchema(),
    ]) {
      expect(undescribed(schema)).toEqual([]);
    }
    const participant = participantJsonSchema() as { properties: Record<string, { description?: string }> };
    expect(participant.properties["exclude"]?.description).toMatch(/never be paired/);
  });
});
