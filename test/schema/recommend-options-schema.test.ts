import { describe, expect, it } from "vitest";
import { recommendOptionsJsonSchema } from "peermatch/schema";
import { undescribed } from "../support/json-schema-paths.js";

describe("recommendOptionsJsonSchema", () => {
  it("has k and maxExposure (integers 1-100), no matching-only keys, no unknown keys, a description on every field", () => {
    const schema = recommendOptionsJsonSchema() as {
      additionalProperties: boolean;
      properties: Record<string, { type?: string; minimum?: number; maximum?: number }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.k).toMatchObject({ type: "integer", minimum: 1, maximum: 100 });
    expect(schema.properties.maxExposure).toMatchObject({ type: "integer", minimum: 1, maximum: 100 });
    for (const key of ["solver", "oddHandling", "strictStable"])
      expect(Object.keys(schema.properties)).not.toContain(key);
    expect(undescribed(schema)).toEqual([]);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
