/**
 * Renders a caller's value for an error message without ever throwing (values with a
 * null prototype or a throwing `toString` cannot be interpolated safely).
 */
export function showValue(value: unknown): string {
  if (
    typeof value === "number" ||
    typeof value === "boolean" ||
    typeof value === "bigint" ||
    value === undefined ||
    value === null
  )
    return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  return Array.isArray(value) ? "an array" : `a value of type ${typeof value}`;
}
