/**
 * Interning of free-text categorical values (industry, organisation): trimmed,
 * lower-cased, numbered in first-seen order over participants in index order.
 */

/**
 * Codes for `values` (one per person, undefined when missing → -1). Equal after
 * trimming and lower-casing means equal code.
 *
 * @example
 * ```ts
 * internValues(["Finance", undefined, " finance"]); // Int32Array [0, -1, 0]
 * ```
 */
export function internValues(values: readonly (string | undefined)[]): Int32Array {
  const codes = new Int32Array(values.length);
  const seen = new Map<string, number>();
  values.forEach((value, i) => {
    if (value === undefined) {
      codes[i] = -1;
      return;
    }
    const key = value.trim().toLowerCase();
    let code = seen.get(key);
    if (code === undefined) {
      code = seen.size;
      seen.set(key, code);
    }
    codes[i] = code;
  });
  return codes;
}
