import { describe, expect, it } from "vitest";
import { participantJsonSchema } from "../../src/model/json-schema.js";

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
    const slots = schema.properties["availability"]?.properties?.["slots"] as {
      items: { properties: Record<string, { pattern?: string; enum?: string[] }>; required: string[] };
    };
    expect(slots.items.required).toEqual(["day", "start", "end"]);
    expect(slots.items.properties["day"]?.enum).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    expect(new RegExp(slots.items.properties["end"]?.pattern ?? "").test("24:00")).toBe(true);
    expect(new RegExp(slots.items.properties["start"]?.pattern ?? "").test("24:00")).toBe(false);
  });

  it("is plain JSON", () => {
    const schema = participantJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
