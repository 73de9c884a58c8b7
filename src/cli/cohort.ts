/**
 * What `match`, `rematch` and `rotate` share: the flags that set match options, reading
 * a cohort file (an array of participants, or `{ participants, options }`) with the flags
 * applied on top, and printing a result as JSON or as a report.
 */
import type { RenderReportOptions } from "../report/render-report.js";
import { renderReport } from "../report/render-report.js";
import type { FlagSpec } from "./args.js";
import { parseChoice } from "./args.js";
import { asObject, BadInputError, readJson, writeOutput } from "./io.js";

/** Flags every command that prints a result takes. */
export const OUTPUT_FLAGS = {
  format: { type: "string" },
  output: { type: "string", short: "o" },
} as const satisfies Record<string, FlagSpec>;

/** Flags that set match options, shared by `match`, `rematch` and `rotate`. */
export const MATCH_FLAGS = {
  solver: { type: "string" },
  seed: { type: "string" },
  "reference-date": { type: "string" },
  "odd-handling": { type: "string" },
  options: { type: "string" },
  ...OUTPUT_FLAGS,
} as const satisfies Record<string, FlagSpec>;

/** Help lines of {@link OUTPUT_FLAGS} and the common flags. */
export const OUTPUT_FLAGS_HELP = `  --format <json|markdown|html>           output format (default json); markdown and html are
                                          the coordinator's report (see "peermatch report")
  -o, --output <file>                     write there instead of standard output
  --json                                  errors as JSON on standard error
  -h, --help                              this help`;

/** Help lines of {@link MATCH_FLAGS}. */
export const MATCH_FLAGS_HELP = `  --solver <optimal|fair|stable|greedy>   solver (default optimal)
  --seed <text>                           seed for tie-breaking (default "peermatch")
  --reference-date <YYYY-MM-DD>           date for time-zone offsets (default today)
  --odd-handling <trio|unmatched>         what to do with the one left over (default trio)
  --options <options.json>                match options as JSON (flags override it)
${OUTPUT_FLAGS_HELP}`;

interface MatchFlagValues {
  readonly solver?: string | undefined;
  readonly seed?: string | undefined;
  readonly "reference-date"?: string | undefined;
  readonly "odd-handling"?: string | undefined;
  readonly options?: string | undefined;
}

/** A cohort file's participants and options, with the match flags applied on top. */
export function readCohort(
  file: string,
  values: MatchFlagValues,
): { participants: unknown[]; options: Record<string, unknown> } {
  const document = readJson(file);
  const inFile = Array.isArray(document)
    ? { participants: document as unknown[], options: {} }
    : participantsAndOptions(document, file);
  return { participants: inFile.participants, options: applyMatchFlags(inFile.options, values) };
}

/** `options` with `--options` and the other match flags applied on top (flags win). */
export function applyMatchFlags(base: Record<string, unknown>, values: MatchFlagValues): Record<string, unknown> {
  const options: Record<string, unknown> = {
    ...base,
    ...(values.options !== undefined ? asObject(readJson(values.options), values.options) : {}),
  };
  if (values.solver !== undefined) options.solver = values.solver;
  if (values.seed !== undefined) options.seed = values.seed;
  if (values["odd-handling"] !== undefined) options.oddHandling = values["odd-handling"];
  if (values["reference-date"] !== undefined) {
    options.availability = {
      ...asObject(options.availability ?? {}, "options.availability"),
      referenceDate: values["reference-date"],
    };
  }
  return options;
}

function participantsAndOptions(
  document: unknown,
  file: string,
): { participants: unknown[]; options: Record<string, unknown> } {
  const object = asObject(document, `${file} (a cohort)`);
  const participants = object.participants;
  if (!Array.isArray(participants))
    throw new BadInputError(`${file} must be an array of participants or { "participants": [...], "options": {...} }`);
  return { participants, options: asObject(object.options ?? {}, `the options in ${file}`) };
}

/** Output formats of a result. */
export const FORMATS = ["json", "markdown", "html"] as const;

/** An output format. */
export type Format = (typeof FORMATS)[number];

/** The `--format` flag, checked before any work is done (default `json`). */
export function formatFlag(format: string | undefined): Format {
  return format === undefined ? "json" : parseChoice("--format", format, FORMATS);
}

/**
 * A result as the command prints it: JSON, or the coordinator's report (with names and
 * a low-score threshold when given); written to `output` when given.
 */
export function printResult(
  result: Parameters<typeof renderReport>[0],
  format: Format,
  output: string | undefined,
  report: Omit<RenderReportOptions, "format"> = {},
): string {
  const text = format === "json" ? JSON.stringify(result, null, 2) : renderReport(result, { ...report, format });
  return writeOutput(text, output);
}
