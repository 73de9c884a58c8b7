/**
 * `importParticipants` and `safeImportParticipants`: a questionnaire export (CSV text) and
 * a declarative mapping → participants.
 *
 * In one pass, collecting every problem: the options and the mapping are checked; the
 * file is read (rows numbered as a spreadsheet shows them); each source is bound to its
 * columns; every cell of every row is read (`read-cell.ts`); each row's participant goes
 * through `ParticipantSchema`, and its issues are traced back to the column the value
 * came from; ids are checked for repeats. A row becomes a participant only when nothing
 * in it is wrong; every other row has an issue or is listed in `skipped` (blank rows,
 * and responses replaced by a later one when the mapping says `duplicates: "last"`).
 *
 * Complexity: O(cells + answers) plus one `Intl` lookup per distinct time zone answer.
 */
import { describeValue } from "../errors/describe-value.js";
import { IssueList, inputIssue } from "../errors/issues.js";
import { MatchInputError } from "../errors/match-input-error.js";
import type { MatchInputIssueCode } from "../errors/match-input-error.js";
import { invariant } from "../internal/debug.js";
import { isCalendarDate, todayUtc } from "../model/clock.js";
import { fromZodIssues } from "../model/issues.js";
import { ParticipantSchema, type ParticipantInput } from "../model/participant-schema.js";
import { readCsvTable } from "./csv-table.js";
import { type BoundColumn, bindColumns, checkMapping, type FieldPlan, type MappingPlan } from "./mapping.js";
import { type CellReading, readCell, type ZoneContext } from "./read-cell.js";
import type { ImportIssue, ImportMapping, ImportOptions, ImportResult, SkippedRow } from "./types.js";

/**
 * What `importParticipants` returns: every row of the file is a participant or in
 * `skipped`.
 *
 * @example
 * ```ts
 * const { participants, rows } = importParticipants(csv, mapping);
 * console.log(`${participants[0]?.id} is row ${rows[0]}`);
 * ```
 */
export interface ImportedParticipants {
  /** The participants, in file order. */
  readonly participants: ParticipantInput[];
  /** The spreadsheet row of each participant (same order). */
  readonly rows: number[];
  /** Rows left out on purpose (blank rows, replaced responses), with why. */
  readonly skipped: SkippedRow[];
}

/**
 * Reads a questionnaire export (the CSV text of a Google Forms, Microsoft Forms or
 * Typeform export, or any CSV with a header row) into participants with a declarative
 * mapping, and throws a `MatchInputError` listing every problem when any cell, row or
 * the mapping is wrong. Each issue is an `ImportIssue`: it names the row as a spreadsheet
 * shows it, the column, the cell's text and what was expected. See `docs/import.md`.
 *
 * @example
 * ```ts
 * import { importParticipants } from "peermatch/import";
 * import { matchPeers } from "peermatch";
 *
 * const csv = "Email,Time zone,Free slots\nana@example.org,UTC+1,Mon 9:00 AM-10:30 AM\nbo@example.org,CET,Monday 09:00-10:00\n";
 * const { participants } = importParticipants(csv, {
 *   fields: { id: "Email", "availability.timezone": "Time zone", "availability.slots": "Free slots" },
 * });
 * // participants[0]: { id: "ana@example.org", availability: { timezone: "Etc/GMT-1", slots: [{ day: "mon", start: "09:00", end: "10:30" }] } }
 * matchPeers(participants, { availability: { referenceDate: "2026-03-02" } });
 * ```
 */
export function importParticipants(
  csv: string,
  mapping: ImportMapping,
  options: ImportOptions = {},
): ImportedParticipants {
  const result = runImport("importParticipants", csv, mapping, options);
  if (!result.success) throw new MatchInputError(result.issues);
  return { participants: result.participants, rows: result.rows, skipped: result.skipped };
}

/**
 * Like `importParticipants`, but returns the problems instead of throwing: `issues` lists
 * every one, and `participants` holds the rows that imported cleanly, so a caller can
 * report the bad rows and go on with the rest.
 *
 * @example
 * ```ts
 * import { safeImportParticipants } from "peermatch/import";
 *
 * const result = safeImportParticipants("Email,Time zone\nana@example.org,CST\nbo@example.org,Europe/Oslo\n", {
 *   fields: { id: "Email", "availability.timezone": "Time zone" },
 * });
 * result.success; // false
 * result.issues[0]?.code; // "ambiguous_timezone" (row 2, column "Time zone", value "CST")
 * result.participants; // [{ id: "bo@example.org" }] (a zone without slots is left out)
 * ```
 */
export function safeImportParticipants(csv: string, mapping: ImportMapping, options: ImportOptions = {}): ImportResult {
  return runImport("safeImportParticipants", csv, mapping, options);
}

/** A cell a value came from, for tracing model issues back to it. */
interface Origin {
  readonly column: BoundColumn;
  readonly cell: string;
}

/** One row being built. */
interface RowDraft {
  readonly row: number;
  readonly cells: readonly string[];
  readonly participant: Record<string, unknown>;
  /** Field path as the model names it ("goals[2]", "availability.timezone") → its cell. */
  readonly origins: Map<string, Origin>;
  /** Fields with a cell problem: the model's complaints about them would only repeat it. */
  readonly badFields: Set<string>;
  readonly issues: ImportIssue[];
  id?: string;
  /** The participant as the model parsed it, when it passed. */
  parsed?: ParticipantInput | undefined;
}

function runImport(caller: string, csv: unknown, mapping: unknown, options: unknown): ImportResult {
  const general = new IssueList(caller);
  const referenceDate = checkOptions(options, general);
  if (typeof csv !== "string") {
    general.add("invalid_type", ["csv"], `csv must be the text of the file, got ${describeValue(csv)}`);
  }
  const plan = checkMapping(mapping, referenceDate, general);
  if (plan === undefined || typeof csv !== "string") return failed(general);
  const table = readCsvTable(csv, plan.delimiter);
  for (const problem of table.problems) {
    if (problem.row !== undefined) continue;
    const at = problem.line === undefined ? "" : ` (line ${problem.line} of the file)`;
    general.add("invalid_csv", [], `${problem.message}${at}`);
  }
  if (!general.empty || !bindColumns(plan, table.headers, general)) return failed(general);
  const zones: ZoneContext = { aliases: plan.timeZones, referenceDate };
  const constants = readConstants(plan, zones, general);
  if (!general.empty) return failed(general);

  const drafts = table.rows.map((row) => draftRow(caller, plan, row.row, row.cells, zones, constants));
  const draftOfRow = new Map(drafts.map((draft) => [draft.row, draft]));
  for (const problem of table.problems) {
    const draft = problem.row === undefined ? undefined : draftOfRow.get(problem.row);
    if (draft !== undefined) draft.issues.push(rowIssue(caller, "invalid_csv", draft, problem.message));
  }
  for (const draft of drafts) draft.parsed = validate(caller, draft);
  const skipped = checkIds(caller, plan, drafts);
  const replaced = new Set(skipped.map((entry) => entry.row));

  const participants: ParticipantInput[] = [];
  const rows: number[] = [];
  const issues: ImportIssue[] = [...general.issues];
  for (const draft of drafts) {
    issues.push(...draft.issues);
    if (draft.issues.length > 0 || replaced.has(draft.row) || draft.parsed === undefined) continue;
    participants.push(draft.parsed);
    rows.push(draft.row);
  }
  for (const row of table.blankRows) skipped.push({ row, reason: "the row is blank" });
  skipped.sort((a, b) => a.row - b.row);
  return { success: issues.length === 0, participants, rows, issues, skipped };
}

function failed(issues: IssueList): ImportResult {
  return { success: false, participants: [], rows: [], issues: [...issues.issues], skipped: [] };
}

function checkOptions(options: unknown, issues: IssueList): string {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    issues.add("invalid_type", ["options"], `options must be an object, got ${describeValue(options)}`);
    return todayUtc();
  }
  for (const key of Object.keys(options)) {
    if (key !== "referenceDate")
      issues.add("unrecognized_key", ["options", key], `options.${key} is not a known option`);
  }
  const date: unknown = (options as { referenceDate?: unknown }).referenceDate;
  if (date === undefined) return todayUtc();
  if (typeof date === "string" && isCalendarDate(date)) return date;
  issues.add(
    "invalid_date",
    ["options", "referenceDate"],
    `options.referenceDate must be a date YYYY-MM-DD, got ${describeValue(date)}`,
  );
  return todayUtc();
}

/** Constant sources (`value`) read once; a problem with one is a problem of the mapping. */
function readConstants(plan: MappingPlan, zones: ZoneContext, issues: IssueList): Map<FieldPlan, unknown> {
  const constants = new Map<FieldPlan, unknown>();
  for (const field of plan.fields) {
    if (field.constant === undefined) continue;
    const reading = readCell(field, field.constant, undefined, zones);
    const path = ["mapping", "fields", field.field, "value"];
    const where = `mapping.fields[${JSON.stringify(field.field)}].value`;
    for (const problem of reading.problems) {
      issues.add(
        problem.code,
        path,
        `${where}: ${describeValue(field.constant)} ${problem.problem} (expected ${problem.expected})`,
      );
    }
    if (reading.problems.length === 0 && reading.value === undefined) {
      issues.add("invalid_value", path, `${where} gives no value (it is empty, or the values map turns it into null)`);
    }
    constants.set(field, reading.value);
  }
  return constants;
}

/** `row 5, column D "Time zone"` */
function placeOf(row: number, column: BoundColumn | undefined): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${column.letter} ${JSON.stringify(column.header)}`;
}

function rowIssue(caller: string, code: MatchInputIssueCode, draft: RowDraft, message: string): ImportIssue {
  return { ...inputIssue(caller, code, [draft.row], `row ${draft.row} ${message}`, draft.id), row: draft.row };
}

function cellIssue(
  caller: string,
  draft: RowDraft,
  column: BoundColumn,
  cell: string,
  code: MatchInputIssueCode,
  problem: string,
  expected: string,
): ImportIssue {
  const shown = cell.trim() === "" ? "the cell" : describeValue(cell.trim());
  return {
    ...inputIssue(
      caller,
      code,
      [draft.row, column.header],
      `${placeOf(draft.row, column)}: ${shown} ${problem} (expected ${expected})`,
      draft.id,
    ),
    row: draft.row,
    column: column.header,
    value: cell,
    expected,
  };
}

function draftRow(
  caller: string,
  plan: MappingPlan,
  row: number,
  cells: readonly string[],
  zones: ZoneContext,
  constants: ReadonlyMap<FieldPlan, unknown>,
): RowDraft {
  const draft: RowDraft = { row, cells, participant: {}, origins: new Map(), badFields: new Set(), issues: [] };
  // The id first: issues of the other cells then name the participant.
  const fields = [...plan.fields].sort((a, b) => Number(b.field === "id") - Number(a.field === "id"));
  if (!fields.some((field) => field.field === "id")) {
    draft.id = `row-${row}`;
    draft.participant.id = draft.id;
  }
  for (const field of fields) {
    const value = field.constant !== undefined ? constants.get(field) : readField(caller, field, draft, zones);
    if (value === undefined) continue;
    put(draft.participant, field.field, value);
    if (field.field === "id" && typeof value === "string") draft.id = value;
  }
  settleAvailability(caller, plan, draft);
  return draft;
}

/** Reads a field's cells in one row; records issues and origins; the value or undefined. */
function readField(caller: string, field: FieldPlan, draft: RowDraft, zones: ZoneContext): unknown {
  const readings: { column: BoundColumn; cell: string; reading: CellReading }[] = [];
  for (const column of field.columns) {
    const cell = draft.cells[column.index] ?? "";
    const reading = readCell(field, cell, column.day, zones);
    for (const problem of reading.problems) {
      draft.issues.push(cellIssue(caller, draft, column, cell, problem.code, problem.problem, problem.expected));
    }
    if (reading.problems.length > 0) draft.badFields.add(field.field);
    readings.push({ column, cell, reading });
  }
  const answered = readings.filter((entry) => entry.reading.value !== undefined);
  if (answered.length === 0) {
    const first = field.columns[0];
    if (field.required && !draft.badFields.has(field.field) && first !== undefined) {
      const what =
        field.field === "id" ? "an id: every row needs one" : "an answer: the mapping marks this field required";
      draft.issues.push(cellIssue(caller, draft, first, "", "invalid_value", "is empty", what));
      draft.badFields.add(field.field);
    }
    return undefined;
  }
  if (field.kind.kind === "list" || field.kind.kind === "slots") {
    const items: unknown[] = [];
    const seen = new Set<string>();
    for (const { column, cell, reading } of answered) {
      for (const item of reading.value as unknown[]) {
        const key = JSON.stringify(item);
        if (seen.has(key)) continue;
        seen.add(key);
        draft.origins.set(`${field.field}[${items.length}]`, { column, cell });
        items.push(item);
      }
    }
    draft.origins.set(field.field, { column: answered[0]!.column, cell: answered[0]!.cell });
    return items;
  }
  const first = answered[0]!;
  for (const other of answered.slice(1)) {
    if (JSON.stringify(other.reading.value) === JSON.stringify(first.reading.value)) continue;
    draft.issues.push(
      cellIssue(
        caller,
        draft,
        other.column,
        other.cell,
        "invalid_value",
        `differs from the answer ${describeValue(first.cell.trim())} in column ${first.column.letter}`,
        "one answer for this field: at most one of its columns filled in, or the same answer",
      ),
    );
    draft.badFields.add(field.field);
  }
  draft.origins.set(field.field, { column: first.column, cell: first.cell });
  return draft.badFields.has(field.field) ? undefined : first.reading.value;
}

/**
 * Sets a dotted field ("communication.styles") on a participant, creating the nested
 * object. Keys are defined, not assigned, so an attribute key can never reach a prototype.
 */
function put(target: Record<string, unknown>, field: string, value: unknown): void {
  const dot = field.indexOf(".");
  if (dot < 0) {
    Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  const head = field.slice(0, dot);
  const inner = Object.hasOwn(target, head) ? target[head] : undefined;
  const nested = (inner ?? {}) as Record<string, unknown>;
  if (inner === undefined) put(target, head, nested);
  put(nested, field.slice(dot + 1), value);
}

/**
 * Availability needs both halves: slots without a zone are an issue on the zone's cell;
 * a zone without slots says nothing about when someone can meet, so it is left out
 * (an empty slot list would veto every pair).
 */
function settleAvailability(caller: string, plan: MappingPlan, draft: RowDraft): void {
  const availability = draft.participant.availability as { timezone?: unknown; slots?: unknown } | undefined;
  if (availability === undefined) return;
  if (availability.slots === undefined) {
    delete draft.participant.availability;
    return;
  }
  if (availability.timezone !== undefined) return;
  delete draft.participant.availability;
  if (draft.badFields.has("availability.timezone")) return;
  const zone = plan.fields.find((field) => field.field === "availability.timezone");
  const column = zone?.columns[0];
  const slots = draft.origins.get("availability.slots");
  invariant(column !== undefined && slots !== undefined, () => "availability without a zone column or slot cells");
  if (column === undefined || slots === undefined) return;
  draft.issues.push(
    cellIssue(
      caller,
      draft,
      column,
      draft.cells[column.index] ?? "",
      "unknown_timezone",
      `is empty, but the row gives times in column ${slots.column.letter}`,
      "a time zone, so that the times can be placed",
    ),
  );
  draft.badFields.add("availability.timezone");
}

/** "availability.slots[0].end" from a model issue path. */
function fieldName(path: readonly (string | number)[]): string {
  let name = "";
  for (const key of path) name += typeof key === "number" ? `[${key}]` : name === "" ? key : `.${key}`;
  return name;
}

/** The cell a model field came from: the field itself, else its nearest recorded parent or child. */
function originOf(draft: RowDraft, field: string): Origin | undefined {
  for (let name = field; name !== ""; name = name.replace(/(?:\[\d+\]|\.[^.[]*)$/, "")) {
    const origin = draft.origins.get(name);
    if (origin !== undefined) return origin;
    if (!/[.[]/.test(name)) break;
  }
  for (const [name, origin] of draft.origins) if (name.startsWith(`${field}.`)) return origin;
  const top = field.split(/[.[]/)[0]!;
  for (const [name, origin] of draft.origins) if (name.startsWith(`${top}.`)) return origin;
  return undefined;
}

function isAboutBadField(draft: RowDraft, field: string): boolean {
  for (const bad of draft.badFields) {
    if (field === bad || field.startsWith(`${bad}.`) || field.startsWith(`${bad}[`)) return true;
    // location.lat bad → the model's "location.lon is required" would follow from it.
    const parent = bad.includes(".") ? bad.slice(0, bad.lastIndexOf(".")) : undefined;
    if (parent !== undefined && (field === parent || field.startsWith(`${parent}.`))) return true;
  }
  return false;
}

/** The model's own checks (`ParticipantSchema`), each issue traced back to its cell. */
function validate(caller: string, draft: RowDraft): ParticipantInput | undefined {
  const parsed = ParticipantSchema.safeParse(draft.participant, { reportInput: true });
  if (parsed.success) return parsed.data;
  const lead = (field: string): string => `${placeOf(draft.row, originOf(draft, field)?.column)}: ${field}`;
  const subject = {
    caller,
    prefix: [],
    name: (field: string) => (field === "" ? `row ${draft.row}` : lead(field)),
    ...(draft.id === undefined ? {} : { participantId: draft.id }),
  };
  for (const issue of fromZodIssues(parsed.error.issues, subject, ParticipantSchema, draft.participant)) {
    const field = fieldName(issue.path);
    if (isAboutBadField(draft, field)) continue;
    const origin = originOf(draft, field);
    const head = `${caller}: ${subject.name(field)} `;
    invariant(issue.message.startsWith(head), () => `model issue "${issue.message}" does not start with "${head}"`);
    const detail = issue.message.startsWith(head) ? issue.message.slice(head.length) : issue.message;
    draft.issues.push({
      ...issue,
      path: origin === undefined ? [draft.row] : [draft.row, origin.column.header],
      row: draft.row,
      ...(origin === undefined ? {} : { column: origin.column.header, value: origin.cell }),
      expected: detail,
    });
  }
  return undefined;
}

/** Repeated ids: an issue on the later row, or (`duplicates: "last"`) the earlier rows skipped. */
function checkIds(caller: string, plan: MappingPlan, drafts: readonly RowDraft[]): SkippedRow[] {
  const idField = plan.fields.find((field) => field.field === "id");
  const byId = new Map<string, RowDraft[]>();
  for (const draft of drafts) {
    if (draft.id === undefined) continue;
    const same = byId.get(draft.id);
    if (same === undefined) byId.set(draft.id, [draft]);
    else same.push(draft);
  }
  const skipped: SkippedRow[] = [];
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    const first = same[0]!;
    const last = same[same.length - 1]!;
    for (const draft of same.slice(1)) {
      if (plan.duplicates === "last") continue;
      const origin = draft.origins.get("id");
      const column = origin?.column ?? idField?.columns[0];
      const message = `is already the id of row ${first.row}`;
      const expected = `an id no other row has (for someone who answered twice, "duplicates": "last" in the mapping keeps the later response)`;
      draft.issues.push(
        column === undefined
          ? rowIssue(caller, "duplicate_id", draft, `has the id ${describeValue(id)}, which ${message}`)
          : cellIssue(caller, draft, column, origin?.cell ?? id, "duplicate_id", message, expected),
      );
    }
    if (plan.duplicates === "last") {
      for (const draft of same.slice(0, -1)) {
        skipped.push({
          row: draft.row,
          reason: `replaced by the later response in row ${last.row} (same id ${describeValue(id)})`,
        });
      }
    }
  }
  return skipped;
}
