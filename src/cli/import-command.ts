/**
 * `peermatch import <export.csv> --mapping <mapping.json> [-o participants.json]`: a
 * questionnaire export → participants as JSON, ready for `peermatch match`. Problems in
 * the file or the mapping are printed for people on standard error, one line per cell,
 * with exit code 1; nothing is written then. Self-contained: the rest of the CLI only
 * registers the command and prints `ImportFailed` as it is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { MatchInputError } from "../errors/match-input-error.js";
import { importParticipants } from "../import/import-participants.js";
import type { ImportIssue, ImportMapping } from "../import/types.js";
import { UsageError } from "./io.js";

export const IMPORT_HELP = `Usage: peermatch import <export.csv> --mapping <mapping.json> [options]

Reads a questionnaire export (CSV from Google Forms, Microsoft Forms, Typeform or any
spreadsheet) and prints the participants as JSON, ready for "peermatch match".
The mapping file says which column feeds which field (see docs/import.md).

Options:
  --mapping <mapping.json>        the mapping (required)
  -o, --output <file>             write the participants there instead of standard output
  --reference-date <YYYY-MM-DD>   date at which offsets such as UTC+5:30 are checked (default today)
  -h, --help                      this help

Use - to read the export from standard input. Problems are listed on standard error,
one per cell, with exit code 1 (nothing is written then).`;

/** Bad input already worded for people: printed as it is, exit code 1. */
export class ImportFailed extends Error {
  override readonly name = "ImportFailed";
  readonly exitCode = 1;
}

/** Runs `peermatch import`; returns what to print on standard output. */
export function runImportCommand(args: string[]): string {
  const { values, positionals } = parseFlags(args);
  if (values.help === true) return IMPORT_HELP;
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new UsageError(`import takes one CSV file\n\n${IMPORT_HELP}`);
  if (values.mapping === undefined) throw new UsageError(`import needs --mapping <mapping.json>\n\n${IMPORT_HELP}`);
  const csv = readText(file);
  const mapping = readMapping(values.mapping);
  const referenceDate = values["reference-date"];
  let imported: ReturnType<typeof importParticipants>;
  try {
    imported = importParticipants(csv, mapping, referenceDate === undefined ? {} : { referenceDate });
  } catch (error) {
    if (error instanceof MatchInputError) throw new ImportFailed(describeIssues(file, error.issues));
    throw error;
  }
  for (const skipped of imported.skipped)
    process.stderr.write(`note: row ${skipped.row} left out: ${skipped.reason}\n`);
  const json = JSON.stringify(imported.participants, null, 2);
  if (values.output === undefined) return json;
  try {
    writeFileSync(values.output, `${json}\n`);
  } catch (error) {
    throw new UsageError(`cannot write ${values.output}: ${(error as Error).message}`);
  }
  const count = imported.participants.length;
  return `imported ${count} ${count === 1 ? "participant" : "participants"} from ${file} into ${values.output}`;
}

function parseFlags(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        mapping: { type: "string" },
        output: { type: "string", short: "o" },
        "reference-date": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${IMPORT_HELP}`);
  }
}

/** A file's text (`-` is standard input), without a UTF-8 byte order mark. */
function readText(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function readMapping(path: string): ImportMapping {
  const text = readText(path);
  try {
    // Checked in full by importParticipants, which reports every problem with its path.
    return JSON.parse(text) as ImportMapping;
  } catch (error) {
    throw new ImportFailed(`peermatch import: the mapping ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The issues for people: a heading, then one line each, without the function name. */
function describeIssues(file: string, issues: readonly ImportIssue[]): string {
  const heading = `peermatch import: ${issues.length} ${issues.length === 1 ? "problem" : "problems"} in ${file} or its mapping; nothing was written.`;
  const lines = issues.map((issue) => `  ${issue.message.replace(/^importParticipants: /, "")}`);
  return [heading, ...lines].join("\n");
}
