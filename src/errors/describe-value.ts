/**
 * How a caller's value is named in an error message. One describer for every message, so
 * the same value reads the same everywhere, and it never throws (values with a null
 * prototype or a throwing `toString` cannot be interpolated safely).
 */

/** Strings longer than this are cut in messages (the path still locates them). */
const MAX_SHOWN = 60;

/**
 * A short description of a value: strings quoted (long ones cut), numbers, booleans,
 * `null` and `undefined` as written, anything else by its kind ("an array", "an object").
 *
 * @example
 * ```ts
 * describeValue("Mars/Base"); // '"Mars/Base"'
 * describeValue([1, 2]); // "an array"
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "function") return "a function";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
