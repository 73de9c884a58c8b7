/**
 * CSV text → header and rows, each row numbered as a spreadsheet shows it: the header is
 * row 1, and a blank line or a cell with line breaks counts as a spreadsheet would (one
 * row per record, blank lines included). A UTF-8 byte order mark (Excel's "CSV UTF-8")
 * is dropped. Cells are kept as written; callers trim.
 *
 * csv-parse is imported from its browser build, which runs everywhere (it carries its
 * own `Buffer`); the CommonJS build of this package swaps in the Node build (see
 * tsup.config.ts).
 */
import { CsvError, parse } from "csv-parse/browser/esm/sync";

/** One data row: its spreadsheet number and its cells. */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A problem with the file itself, at a row (or a line of the file, when it cannot be read at all). */
export interface CsvProblem {
  readonly row?: number;
  readonly line?: number;
  readonly message: string;
}

/** What the file holds. */
export interface CsvTable {
  readonly headers: readonly string[];
  readonly headerRow: number;
  readonly rows: readonly CsvRow[];
  /** Rows whose cells are all empty (shown in a spreadsheet, holding no answer). */
  readonly blankRows: readonly number[];
  readonly problems: readonly CsvProblem[];
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly records: number; readonly empty_lines: number };
}

/**
 * Reads CSV text with `delimiter` between cells.
 *
 * @example
 * ```ts
 * readCsvTable("Name,Goals\nAna,\"a, b\"\n", ",").rows; // [{ row: 2, cells: ["Ana", "a, b"] }]
 * ```
 */
export function readCsvTable(text: string, delimiter: string): CsvTable {
  let records: ParsedRecord[];
  try {
    // With `info: true` each record comes as { record, info }; the declared type does not say so.
    const parsed: unknown = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
    records = parsed as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    return {
      headers: [],
      headerRow: 1,
      rows: [],
      blankRows: [],
      problems: [{ ...(line === undefined ? {} : { line }), message: `the file is not valid CSV: ${error.message}` }],
    };
  }
  const [head, ...body] = records;
  if (head === undefined) {
    return { headers: [], headerRow: 1, rows: [], blankRows: [], problems: [{ message: "the file is empty" }] };
  }
  const headers = head.record.map((header) => header.trim());
  const rows: CsvRow[] = [];
  const blankRows: number[] = [];
  const problems: CsvProblem[] = [];
  let previous = head.info.records + head.info.empty_lines;
  for (const { record, info } of body) {
    const row = info.records + info.empty_lines;
    // Empty lines are not records, but a spreadsheet shows each as a blank row.
    for (let blank = previous + 1; blank < row; blank++) blankRows.push(blank);
    previous = row;
    if (record.every((cell) => cell.trim() === "")) {
      blankRows.push(row);
      continue;
    }
    if (record.length < headers.length) {
      problems.push({ row, message: `has ${record.length} cells, but the header has ${headers.length}` });
    } else if (record.slice(headers.length).some((cell) => cell.trim() !== "")) {
      problems.push({ row, message: `has ${record.length} cells, but the header has ${headers.length}` });
    }
    rows.push({ row, cells: record });
  }
  return { headers, headerRow: head.info.records + head.info.empty_lines, rows, blankRows, problems };
}

/**
 * The spreadsheet letter of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA".
 *
 * @example
 * ```ts
 * columnLetter(27); // "AB"
 * ```
 */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
