/** Paths of object properties (recursively, through `items` too) that have no `description`. */
export function undescribed(schema: unknown, path = ""): string[] {
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
