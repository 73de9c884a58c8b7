import { describe, expect, it } from "vitest";
import { recommendOptionsJsonSchema } from "peermatch/schema";

/** Paths of object properties (recursively) that have no `description`. */
function undescribed(schema: unknown, path = ""): string[] {
  if (schema === null || typeof schema !== "object") return [];
  const node = schema as { properties?: Record<string, { description?: string }>; items?: unknown };
  const missing: string[] = [];
  for (const [key, property] of Object.entries(node.properties ?? {})) {
    const at = path === "" ? key : `${path}.${key}`;
    if (typeof property.description !== "string" || property.description === "") missing.push(at);
    missing.push(...undescribed(property, at));
  }
  if (node.items !== undefined) missing.push(...undescribed(node.items, `${path}[]`));
  return missing;
}

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
