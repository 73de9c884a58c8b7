/**
 * The options of `renderReport`, checked in full: an unknown key (`fromat`) or a bad
 * value is a `MatchInputError` with every problem, not a silent default.
 */
import { describeValue } from "../errors/describe-value.js";
import { IssueList } from "../errors/issues.js";
import { didYouMean } from "../errors/suggest.js";

/**
 * The score below which `renderReport` flags a group, unless `lowScore` says otherwise.
 *
 * @example
 * ```ts
 * renderReport(result, { lowScore: DEFAULT_LOW_SCORE + 0.1 });
 * ```
 */
export const DEFAULT_LOW_SCORE = 0.2;

const KEYS = ["format", "participants", "lowScore"] as const;

/** The checked options: the format, a display name per id, and the low-score threshold. */
export interface ResolvedReportOptions {
  readonly format: "markdown" | "html";
  readonly names: ReadonlyMap<string, string>;
  readonly lowScore: number;
}

/** Checks the options, collecting every issue; throws a `MatchInputError` when there is any. */
export function resolveReportOptions(options: unknown): ResolvedReportOptions {
  const issues = new IssueList("renderReport");
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    issues.add("invalid_type", ["options"], `options must be an object, got ${describeValue(options)}`);
    issues.throwIfAny();
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(KEYS as readonly string[]).includes(key))
      issues.add(
        "unrecognized_key",
        ["options", key],
        `unknown option ${JSON.stringify(key)}${didYouMean(key, KEYS)}; the options are ${KEYS.join(", ")}`,
      );
  }
  const format = given.format ?? "markdown";
  if (format !== "markdown" && format !== "html")
    issues.add(
      "invalid_value",
      ["options", "format"],
      `format must be "markdown" or "html", got ${describeValue(format)}${typeof format === "string" ? didYouMean(format, ["markdown", "html"]) : ""}`,
    );
  const lowScore = given.lowScore ?? DEFAULT_LOW_SCORE;
  if (typeof lowScore !== "number" || !(lowScore >= 0 && lowScore <= 1))
    issues.add(
      "out_of_range",
      ["options", "lowScore"],
      `lowScore must be a number from 0 to 1, got ${describeValue(lowScore)}`,
    );
  const names = new Map<string, string>();
  const participants = given.participants;
  if (participants !== undefined) {
    if (!Array.isArray(participants))
      issues.add(
        "invalid_type",
        ["options", "participants"],
        `participants must be an array of participants, got ${describeValue(participants)}`,
      );
    else
      participants.forEach((participant: unknown, k) => {
        const record =
          typeof participant === "object" && participant !== null ? (participant as Record<string, unknown>) : {};
        if (typeof record.id !== "string")
          issues.add(
            "invalid_type",
            ["options", "participants", k, "id"],
            `participants[${k}] must be a participant with a string id, got ${describeValue(participant)}`,
          );
        else if (typeof record.name === "string" && record.name.trim() !== "") names.set(record.id, record.name.trim());
      });
  }
  issues.throwIfAny();
  return { format: format as "markdown" | "html", names, lowScore: lowScore as number };
}
