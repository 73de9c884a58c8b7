/**
 * Validation and interning of ranked preference lists, shared by the stable roommates
 * solver and the blocking-pair checker (and nothing else: the two share no other code).
 *
 * Layout ("CSR"): people are `0..n-1`; person `i`'s ranked list, most preferred first,
 * is `entries[offsets[i]] .. entries[offsets[i + 1] - 1]`. String ids are interned in
 * sorted order (plain code-unit comparison), so index `i` is `ids[i]` and nothing
 * downstream depends on the order of the caller's keys.
 *
 * Complexity: O(n log n + total list length) time, O(n + total list length) memory.
 */
import { describeValue } from "../../errors/describe-value.js";
import { inputError, IssueList } from "../../errors/issues.js";
import { offsetsFromCounts } from "../../internal/csr.js";

/**
 * Ranked preference lists over dense indices: person `i` ranks
 * `entries[offsets[i]] .. entries[offsets[i + 1] - 1]`, most preferred first.
 *
 * @example
 * ```ts
 * // 0 ranks 1 then 2; 1 ranks 0; 2 ranks 0.
 * const lists: IndexedPreferences = {
 *   n: 3,
 *   offsets: Int32Array.of(0, 2, 3, 4),
 *   entries: Int32Array.of(1, 2, 0, 0),
 * };
 * ```
 */
export interface IndexedPreferences {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly entries: Int32Array;
}

/** Preference lists keyed by string id, interned to indices in sorted id order. */
export interface InternedPreferences extends IndexedPreferences {
  /** `ids[i]` is the id of person `i`; sorted by code unit. */
  readonly ids: readonly string[];
  /** Id → index. */
  readonly index: ReadonlyMap<string, number>;
}

/** Code-unit order on strings, independent of the locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const quote = (value: string): string => JSON.stringify(value);

/**
 * Validates string-keyed preference lists and interns them. Every problem is collected
 * (unknown id, self-ranking, repeated id, non-array list, non-string entry) and thrown
 * as one `MatchInputError` with code `invalid_preferences` and path `[id, position]`.
 */
export function internPreferences(fn: string, preferences: unknown): InternedPreferences {
  if (typeof preferences !== "object" || preferences === null || Array.isArray(preferences)) {
    throw inputError(
      fn,
      "invalid_preferences",
      [],
      "preferences must be an object mapping each id to its ranked list of ids",
    );
  }
  const record = preferences as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record);
  const ids = [...keys].sort(compareIds);
  const index = new Map<string, number>();
  for (const [i, id] of ids.entries()) index.set(id, i);
  const n = ids.length;

  const issues = new IssueList(fn);
  const lists: (readonly unknown[] | undefined)[] = new Array<readonly unknown[] | undefined>(n);
  for (const id of keys) {
    const list = record[id];
    if (!Array.isArray(list)) {
      issues.add("invalid_preferences", [id], `the list of ${quote(id)} is not an array`, id);
      continue;
    }
    lists[index.get(id) as number] = list;
  }

  // A list that is not an array (reported above) holds no entries.
  const offsets = offsetsFromCounts(n, (i) => lists[i]?.length ?? 0);
  const entries = new Int32Array(offsets[n]!);
  // seenBy[j] = i + 1 while scanning person i's list and j has been seen in it.
  const seenBy = new Int32Array(n);
  for (const id of keys) {
    const i = index.get(id) as number;
    const list = lists[i];
    if (list === undefined) continue;
    let p = offsets[i]!;
    const length = list.length;
    for (let position = 0; position < length; position++) {
      const entry: unknown = list[position];
      const j = typeof entry === "string" ? index.get(entry) : undefined;
      if (j !== undefined && j !== i && seenBy[j] !== i + 1) {
        seenBy[j] = i + 1;
        entries[p++] = j;
        continue;
      }
      const path = [id, position];
      let message: string;
      if (typeof entry !== "string") message = `${quote(id)} has a non-string entry at position ${position}`;
      else if (j === undefined) message = `${quote(id)} ranks unknown id ${quote(entry)}`;
      else if (j === i) message = `${quote(id)} ranks itself`;
      else message = `${quote(id)} ranks ${quote(entry)} more than once`;
      issues.add("invalid_preferences", path, message, id);
    }
  }
  issues.throwIfAny();
  return { n, offsets, entries, ids, index };
}

/**
 * Validates index-based preference lists: `n` a non-negative integer, `offsets` an
 * `Int32Array` of length `n + 1` from 0 to `entries.length`, non-decreasing, and every
 * list naming other people in `0..n-1` at most once. Throws one `MatchInputError`
 * (code `invalid_preferences`, path `["offsets", i]` or `["entries", p]`).
 */
export function validateIndexedPreferences(fn: string, n: number, offsets: unknown, entries: unknown): void {
  function fail(path: (string | number)[], message: string): never {
    throw inputError(fn, "invalid_preferences", path, message);
  }
  if (!Number.isInteger(n) || n < 0) fail(["n"], `n must be a non-negative integer, got ${describeValue(n)}`);
  if (!(offsets instanceof Int32Array)) fail(["offsets"], "offsets must be an Int32Array");
  if (!(entries instanceof Int32Array)) fail(["entries"], "entries must be an Int32Array");
  if (offsets.length !== n + 1) fail(["offsets"], `offsets must have length n + 1 = ${n + 1}, got ${offsets.length}`);
  if (offsets[0] !== 0) fail(["offsets", 0], `offsets[0] must be 0, got ${String(offsets[0])}`);
  if (offsets[n] !== entries.length)
    fail(["offsets", n], `offsets[${n}] must equal entries.length = ${entries.length}`);
  for (let i = 0; i < n; i++) {
    if (offsets[i + 1]! < offsets[i]!)
      fail(["offsets", i + 1], `offsets must be non-decreasing (offsets[${i + 1}] < offsets[${i}])`);
  }

  const issues = new IssueList(fn);
  const seenBy = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1]!;
    for (let p = offsets[i]!; p < end; p++) {
      const j = entries[p]!;
      const path = ["entries", p];
      if (j < 0 || j >= n) issues.add("invalid_preferences", path, `${i} ranks unknown index ${j}`);
      else if (j === i) issues.add("invalid_preferences", path, `${i} ranks itself`);
      else if (seenBy[j] === i + 1) issues.add("invalid_preferences", path, `${i} ranks ${j} more than once`);
      else seenBy[j] = i + 1;
    }
  }
  issues.throwIfAny();
}
