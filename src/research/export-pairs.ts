/**
 * `exportPairs`: a match result's groups as one flat table, one row per pair or trio,
 * for notebooks: CSV (RFC 4180) or JSON Lines, with the same columns in the same order.
 *
 * Columns: group (1-based position in `result.pairs`), size, member_1..member_3,
 * score, score_1..score_3 (each member's own score, `scores[member_k]`), then one
 * `breakdown_<feature>` column per feature: the built-ins in scoring order, then any
 * other feature in order of first appearance. A pair leaves member_3 and score_3
 * empty (CSV) or null (JSON Lines), so every export has the same columns.
 *
 * Complexity: O(groups · features).
 * References: RFC 4180 (CSV); JSON Lines (jsonlines.org).
 */
import { describeValue } from "../errors/describe-value.js";
import { inputIssue } from "../errors/issues.js";
import { MatchInputError, type MatchInputIssue } from "../errors/match-input-error.js";
import { BUILTIN_FEATURES } from "../model/features.js";
import { fromZodIssues, optionsSubject } from "../model/issues.js";
import type { MatchedGroup } from "../programs/peers/match-result.js";
import { type ExportPairsOptions, ExportPairsOptionsSchema } from "../model/research-options-schema.js";

const CALLER = "exportPairs";
/** Most members a group has (a trio). */
const MAX_MEMBERS = 3;

type Cell = string | number | null;

/**
 * Exports a result's pairs (and trios) with their scores and per-feature breakdowns as
 * a table that pandas and R read as it is: `format: "csv"` gives RFC 4180 CSV (one
 * header line, CRLF line ends, fields quoted only when they hold a comma, quote or line
 * break), `format: "jsonl"` one JSON object per line. Both have the same columns in the
 * same order — `group, size, member_1, member_2, member_3, score, score_1, score_2,
 * score_3, breakdown_<feature>…` — and a pair leaves the third member's columns empty
 * (null in JSON Lines). Numbers are written as JavaScript prints them; ids as they are
 * (read them as text: `dtype=str` in pandas, `colClasses` in R, if they look like numbers).
 *
 * @param result - a peer match result (`matchPeers`, `rematch`) or anything with its `pairs`
 * @param options - `{ format: "csv" | "jsonl" }`
 * @returns the table as one string, ending with a line break
 * @throws {@link MatchInputError} when the options or the result's pairs are malformed
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { generateCohort, matchPeers } from "peermatch";
 * import { exportPairs } from "peermatch/research";
 *
 * const result = matchPeers(generateCohort(40, { seed: "export" }));
 * writeFileSync("pairs.csv", exportPairs(result, { format: "csv" }));
 * // Python: pandas.read_csv("pairs.csv");  R: read.csv("pairs.csv")
 * ```
 */
export function exportPairs(result: { readonly pairs: readonly MatchedGroup[] }, options: ExportPairsOptions): string {
  const issues: MatchInputIssue[] = [];
  const parsed = ExportPairsOptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success)
    issues.push(...fromZodIssues(parsed.error.issues, optionsSubject(CALLER), ExportPairsOptionsSchema, options));
  const groups = readGroups(result, issues);
  if (issues.length > 0 || !parsed.success) throw new MatchInputError(issues);

  const features = featureColumns(groups);
  const header = [
    "group",
    "size",
    ...numbered("member"),
    "score",
    ...numbered("score"),
    ...features.map((name) => `breakdown_${name}`),
  ];
  const rows = groups.map((group, g) => rowOf(group, g, features));
  if (parsed.data.format === "jsonl") return rows.map((row) => jsonLine(header, row)).join("");
  return [header, ...rows].map(csvLine).join("");
}

/** `member_1`, `member_2`, `member_3`. */
function numbered(prefix: string): string[] {
  return Array.from({ length: MAX_MEMBERS }, (_, k) => `${prefix}_${k + 1}`);
}

/** The built-in features present in any breakdown, in scoring order, then the others in order of first appearance. */
function featureColumns(groups: readonly MatchedGroup[]): string[] {
  const seen = new Set<string>();
  for (const group of groups) for (const name of Object.keys(group.breakdown)) seen.add(name);
  const builtins = BUILTIN_FEATURES.filter((name) => seen.has(name));
  const others = [...seen].filter((name) => !(BUILTIN_FEATURES as readonly string[]).includes(name));
  return [...builtins, ...others];
}

function rowOf(group: MatchedGroup, g: number, features: readonly string[]): Cell[] {
  const member = (k: number): string | null => group.members[k] ?? null;
  const ownScore = (k: number): number | null => {
    const id = group.members[k];
    return id !== undefined && Object.hasOwn(group.scores, id) ? group.scores[id]! : null;
  };
  return [
    g + 1,
    group.members.length,
    ...Array.from({ length: MAX_MEMBERS }, (_, k) => member(k)),
    group.score,
    ...Array.from({ length: MAX_MEMBERS }, (_, k) => ownScore(k)),
    ...features.map((name) => (Object.hasOwn(group.breakdown, name) ? group.breakdown[name]! : null)),
  ];
}

/** One RFC 4180 record: a field is quoted (quotes doubled) when it holds a comma, quote, CR or LF. */
function csvLine(cells: readonly Cell[]): string {
  return `${cells
    .map((cell) => {
      if (cell === null) return "";
      const text = String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(",")}\r\n`;
}

/** One JSON Lines record with the header's keys in order. */
function jsonLine(header: readonly string[], cells: readonly Cell[]): string {
  const record: Record<string, Cell> = {};
  header.forEach((key, k) => {
    Object.defineProperty(record, key, { value: cells[k]!, enumerable: true, writable: true, configurable: true });
  });
  return `${JSON.stringify(record)}\n`;
}

/** The result's groups, checked: members 2–3 strings, finite numbers for the scores and breakdown. */
function readGroups(result: unknown, issues: MatchInputIssue[]): MatchedGroup[] {
  const pairs: unknown =
    typeof result === "object" && result !== null ? (result as { pairs?: unknown }).pairs : undefined;
  if (!Array.isArray(pairs)) {
    issues.push(
      inputIssue(
        CALLER,
        "invalid_type",
        ["result", "pairs"],
        `result.pairs must be an array, got ${describeValue(pairs)}`,
      ),
    );
    return [];
  }
  pairs.forEach((pair: unknown, g) => {
    const where = `result.pairs[${g}]`;
    const path = ["result", "pairs", g];
    if (typeof pair !== "object" || pair === null) {
      issues.push(inputIssue(CALLER, "invalid_type", path, `${where} must be an object, got ${describeValue(pair)}`));
      return;
    }
    const { members, score, scores, breakdown } = pair as Record<string, unknown>;
    if (
      !Array.isArray(members) ||
      members.length < 2 ||
      members.length > MAX_MEMBERS ||
      !members.every((id) => typeof id === "string")
    ) {
      issues.push(
        inputIssue(
          CALLER,
          "invalid_value",
          [...path, "members"],
          `${where}.members must be 2 or 3 ids, got ${describeValue(members)}`,
        ),
      );
    }
    if (typeof score !== "number" || !Number.isFinite(score)) {
      issues.push(
        inputIssue(
          CALLER,
          "invalid_type",
          [...path, "score"],
          `${where}.score must be a finite number, got ${describeValue(score)}`,
        ),
      );
    }
    for (const [field, record] of [
      ["scores", scores],
      ["breakdown", breakdown],
    ] as const) {
      if (typeof record !== "object" || record === null || Array.isArray(record)) {
        issues.push(
          inputIssue(
            CALLER,
            "invalid_type",
            [...path, field],
            `${where}.${field} must be an object, got ${describeValue(record)}`,
          ),
        );
        continue;
      }
      for (const [key, value] of Object.entries(record)) {
        if (typeof value !== "number" || !Number.isFinite(value)) {
          issues.push(
            inputIssue(
              CALLER,
              "invalid_type",
              [...path, field, key],
              `${where}.${field}[${JSON.stringify(key)}] must be a finite number, got ${describeValue(value)}`,
            ),
          );
        }
      }
    }
  });
  return pairs as MatchedGroup[];
}
