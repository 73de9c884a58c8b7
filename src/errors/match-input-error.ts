/**
 * The one error peermatch throws for bad input. It carries every problem found in
 * one pass, as data, so callers can show them all and test them by `code`.
 */

/** What kind of problem an input issue is. Stable: callers may branch on it. */
export type MatchInputIssueCode =
  | "invalid_type"
  | "invalid_value"
  | "out_of_range"
  | "duplicate_id"
  | "unknown_id"
  | "unknown_timezone"
  | "ambiguous_timezone"
  | "invalid_slot"
  | "invalid_date"
  | "invalid_edge"
  | "invalid_preferences"
  | "unrecognized_key"
  | "invalid_csv"
  | "custom"
  /** The input is larger than a fixed limit of the library (the message names the limit and the size). */
  | "too_large";

/** One problem in the input: where it is, what is wrong, and whose it is. */
export interface MatchInputIssue {
  /** Machine-readable kind of problem. */
  readonly code: MatchInputIssueCode;
  /** Path to the offending value, e.g. `[3, "availability", "slots", 0, "end"]`. */
  readonly path: readonly (string | number)[];
  /** A sentence a person can act on, naming the function and the offender. */
  readonly message: string;
  /** The id of the participant the problem belongs to, when there is one. */
  readonly participantId?: string;
}

/**
 * Thrown for bad input, with every issue found (not only the first).
 *
 * @example
 * ```ts
 * try {
 *   matchPeers([{ id: "a" }, { id: "a" }]);
 * } catch (error) {
 *   if (error instanceof MatchInputError) console.log(error.issues[0]?.code); // "duplicate_id"
 * }
 * ```
 */
export class MatchInputError extends Error {
  /** Always `"MatchInputError"`, also on copies from another build of the package. */
  override readonly name = "MatchInputError";

  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly MatchInputIssue[];

  constructor(issues: readonly MatchInputIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(first ? `${first.message}${more}` : "invalid input");
    this.issues = issues;
  }
}

/**
 * True for a `MatchInputError`, including one thrown by another copy of peermatch (the
 * ESM and CJS builds loaded side by side, or two installed versions), where `instanceof`
 * fails: it checks the stable `name` and the `issues` array.
 *
 * @example
 * ```ts
 * try {
 *   matchPeers([{ id: "a" }, { id: "a" }]);
 * } catch (error) {
 *   if (isMatchInputError(error)) console.log(error.issues.map((issue) => issue.code)); // ["duplicate_id"]
 * }
 * ```
 */
export function isMatchInputError(value: unknown): value is MatchInputError {
  if (value instanceof MatchInputError) return true;
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { name?: unknown; issues?: unknown };
  return candidate.name === "MatchInputError" && Array.isArray(candidate.issues);
}
