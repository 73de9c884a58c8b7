/**
 * The public shapes of `peermatch/import`: the declarative mapping (plain JSON, so it
 * can live in a file next to the export), the options, the result and its issues.
 */
import type { MatchInputIssue } from "../errors/match-input-error.js";
import type { ParticipantInput } from "../model/participant-schema.js";
import type { ClockFormat } from "./clock-time.js";

/**
 * A column of the export: its header text as in the first row (compared trimmed; when no
 * header matches exactly, one that differs only in case and spacing is taken), or, when
 * several columns share a header (Typeform gives each choice of a multiple-choice
 * question its own column, so two questions with the same choices repeat headers), the
 * header and which of them: `{ "header": "Leadership", "occurrence": 2 }` (1-based).
 *
 * @example
 * ```ts
 * const second: ColumnRef = { header: "Leadership", occurrence: 2 };
 * ```
 */
export type ColumnRef = string | { readonly header: string; readonly occurrence: number };

/**
 * What a values map may turn an answer into: the field's value, several values (list
 * fields and availability), or `null` to leave the answer out ("Prefer not to say").
 *
 * @example
 * ```ts
 * const values: Record<string, MappedValue> = { "Online only": "virtual", "No preference": null };
 * ```
 */
export type MappedValue = string | number | boolean | readonly string[] | null;

/**
 * Where one participant field comes from. Exactly one of `column`, `columns`, `days` and
 * `value`; a bare string is short for `{ column: "<header>" }`.
 *
 * @example
 * ```ts
 * const goals: FieldSource = {
 *   column: "What would you like to work on?",
 *   split: ", ",
 *   values: { "Career change": "career change", "Other": null },
 * };
 * ```
 */
export interface FieldSource {
  /** The one column the field is read from. */
  readonly column?: ColumnRef;
  /**
   * Several columns: list fields and availability collect the answers of all of them
   * (Typeform's one column per choice); other fields take the one that is filled in,
   * and two different answers are an issue.
   */
  readonly columns?: readonly ColumnRef[];
  /**
   * Availability only: header → weekday, for a grid question with one column per day
   * (Google Forms' "When can you meet? [Monday]"); each cell then holds time ranges
   * (or answers the `values` map turns into time ranges).
   */
  readonly days?: Readonly<Record<string, string>>;
  /** The same text for every row, read as if it were the cell ("Europe/Amsterdam"). */
  readonly value?: string;
  /**
   * What separates the answers of a list cell ("Leadership, Negotiation", "a;b;").
   * Checkbox answers that contain the separator themselves are kept whole when the
   * `values` map lists them.
   * @defaultValue `[";", ","]`, or the mapping's `split`
   */
  readonly split?: string | readonly string[];
  /**
   * Answer → value, compared in any case with spacing collapsed. Answers not listed are
   * read as the field reads text; for fields with fixed choices (careerStage,
   * meetingMode, communication.frequency and channels) they must then be one of the
   * choices.
   */
  readonly values?: Readonly<Record<string, MappedValue>>;
  /**
   * Availability only: how times are written.
   * @defaultValue the mapping's `clock`, else `"auto"`
   */
  readonly clock?: ClockFormat;
  /**
   * `attributes.<key>` only: how the cell is read.
   * @defaultValue `"text"`
   */
  readonly type?: "text" | "number" | "boolean" | "list";
  /**
   * An empty cell is an issue (the id always is).
   * @defaultValue false
   */
  readonly required?: boolean;
}

/**
 * How the columns of one questionnaire export become participants: plain JSON.
 *
 * `fields` maps a participant field to its source. Fields: `id` (when absent, each
 * participant's id is `"row-<n>"`), `name`, `careerStage`, `experienceYears`, `industry`,
 * `organization`, `goals`, `strengths`, `growthAreas`, `communication.styles`,
 * `communication.channels`, `communication.frequency`, `availability.timezone`,
 * `availability.slots`, `location.lat`, `location.lon`, `location.label`, `meetingMode`,
 * `maxDistanceKm`, `languages`, `hoursPerMonth`, `capacity`, `exclude`, `pastPartners`,
 * `importance.<feature>` and `attributes.<key>`.
 *
 * @example
 * ```ts
 * const mapping: ImportMapping = {
 *   fields: {
 *     id: "Email address",
 *     name: "Your name",
 *     goals: { column: "What would you like to work on?", split: ", " },
 *     "availability.timezone": "Your time zone",
 *     "availability.slots": { column: "When are you free?", split: ";" },
 *   },
 * };
 * ```
 */
export interface ImportMapping {
  /** Participant field → where it comes from. */
  readonly fields: Readonly<Record<string, string | FieldSource>>;
  /**
   * The character between cells.
   * @defaultValue ","
   */
  readonly delimiter?: string;
  /**
   * What separates list answers, for every field that does not set its own `split`.
   * @defaultValue `[";", ","]`
   */
  readonly split?: string | readonly string[];
  /**
   * How times are written, for availability sources that do not set their own.
   * @defaultValue "auto"
   */
  readonly clock?: ClockFormat;
  /**
   * Extra time zone names → zones ("CST": "America/Chicago" for a programme in the US),
   * checked before the built-in tables. A target may be any answer the import resolves.
   */
  readonly timeZones?: Readonly<Record<string, string>>;
  /**
   * Two rows with the same id: an issue (`"error"`), or the later row replaces the
   * earlier one (`"last"`, for forms that allow editing a response by sending it again;
   * the replaced rows are listed in `skipped`).
   * @defaultValue "error"
   */
  readonly duplicates?: "error" | "last";
}

/**
 * Options of `importParticipants`.
 *
 * @example
 * ```ts
 * const options: ImportOptions = { referenceDate: "2026-03-02" };
 * ```
 */
export interface ImportOptions {
  /**
   * The date (`YYYY-MM-DD`) at which offsets that are not whole hours ("UTC+5:30") are
   * checked against the zone standing for them; use the match's reference date.
   * @defaultValue today (UTC)
   */
  readonly referenceDate?: string;
}

/**
 * One problem found while importing: a `MatchInputIssue` that also says where it is in
 * the spreadsheet. `path` is `[row, column header]` for a cell, `[row]` for a whole row,
 * `["mapping", …]` for the mapping and `["options", …]` for the options.
 *
 * @example
 * ```ts
 * const issue: ImportIssue = {
 *   code: "ambiguous_timezone",
 *   path: [5, "Time zone"],
 *   message: 'importParticipants: row 5, column D "Time zone": "CST" is ambiguous: …',
 *   row: 5,
 *   column: "Time zone",
 *   value: "CST",
 *   expected: 'an IANA name such as "Europe/Paris", …',
 * };
 * ```
 */
export interface ImportIssue extends MatchInputIssue {
  /** The row as a spreadsheet shows it: the header is row 1, the first answer row 2. */
  readonly row?: number;
  /** The header of the column the problem is in. */
  readonly column?: string;
  /** The cell's text as it is in the file. */
  readonly value?: string;
  /** What the cell should hold. */
  readonly expected?: string;
}

/**
 * A row the import left out without it being an error: a blank row, or a response
 * replaced by a later one (`duplicates: "last"`).
 *
 * @example
 * ```ts
 * const blank: SkippedRow = { row: 7, reason: "the row is blank" };
 * ```
 */
export interface SkippedRow {
  readonly row: number;
  readonly reason: string;
}

/**
 * What `safeImportParticipants` returns. Every row of the file is accounted for: it is a
 * participant, or it has at least one issue, or it is in `skipped`.
 *
 * @example
 * ```ts
 * const result: ImportResult = safeImportParticipants(csv, mapping);
 * if (!result.success) for (const issue of result.issues) console.error(issue.message);
 * ```
 */
export interface ImportResult {
  /** True when there is no issue. */
  readonly success: boolean;
  /** The participants of the rows without an issue, in file order. */
  readonly participants: ParticipantInput[];
  /** The spreadsheet row of each participant (same order). */
  readonly rows: number[];
  /** Every problem found, by row (mapping and file problems first). */
  readonly issues: ImportIssue[];
  /** Rows left out on purpose, with why. */
  readonly skipped: SkippedRow[];
}
