/**
 * The `peermatch` commands. Each takes parsed arguments and returns the text to print
 * on standard output; errors are thrown and printed as JSON by the entry point.
 */
import { parseArgs } from "node:util";
import { matchPeers } from "../programs/peers/match-peers.js";
import type { MatchResult } from "../programs/peers/match-result.js";
import { formCircles } from "../programs/circles/form-circles.js";
import type { CircleOptions } from "../programs/circles/form-circles.js";
import { rotateCircles } from "../programs/circles/rotate-circles.js";
import { rematch } from "../programs/lifecycle/rematch.js";
import type { KeepPolicy, RematchChange } from "../programs/lifecycle/rematch-types.js";
import { renderReport } from "../report/render-report.js";
import {
  circleOptionsJsonSchema,
  optionsJsonSchema,
  outcomesJsonSchema,
  participantJsonSchema,
} from "../schema/json-schema.js";
import { readJson, UsageError } from "./io.js";

export const HELP: Readonly<Record<string, string>> = {
  main: `Usage: peermatch <command> [options]

Commands:
  match <cohort.json>                     match peers and print the result
  rematch <previous.json> <cohort.json>   re-match after pairs dissolve, people leave or join
  circles <cohort.json>                   form peer mentoring circles (or rounds of them)
  schema [participant|options|outcomes|circle-options]  print the JSON Schema of an input format
  import <export.csv> --mapping <m.json>  questionnaire export (CSV) -> participants JSON

A cohort file is an array of participants, or { "participants": [...], "options": {...} }.
Use - to read a file from standard input. Run "peermatch <command> --help" for details.
Results are JSON on standard output; errors are JSON on standard error (exit 1 bad input, 2 bad usage).`,
  match: `Usage: peermatch match <cohort.json> [options]

Options:
  --solver <optimal|fair|stable|greedy>   solver (default optimal)
  --seed <text>                           seed for tie-breaking (default "peermatch")
  --reference-date <YYYY-MM-DD>           date for time-zone offsets (default today)
  --odd-handling <trio|unmatched>         what to do with the one left over (default trio)
  --options <options.json>                match options as JSON (flags override it)
  --format <json|markdown|html>           output format (default json)
  -h, --help                              this help`,
  rematch: `Usage: peermatch rematch <previous.json> <cohort.json> [options]

Options:
  --dissolve <a,b>                        a pair that did not work out (repeatable)
  --leave <id>                            someone who left (repeatable)
  --join <id>                             a newcomer, whose profile is in cohort.json (repeatable)
  --change <change.json>                  { "dissolve": [[a, b]], "leave": [...], "join": [...] } (flags add to it;
                                          an unknown key is an error)
  --keep <fewest-broken|all|none|PENALTY> how much of the previous match to keep (default fewest-broken:
                                          re-match the freed people, breaking as few intact groups as possible)
  --solver, --seed, --reference-date, --odd-handling, --options, --format  as for "match"
  -h, --help                              this help

Options not given (on the command line or in the cohort file) are those recorded in
previous.json (meta.options): solver, seed, reference date and so on carry over.`,
  circles: `Usage: peermatch circles <cohort.json> [options]

Options:
  --size <min-max>                        circle size, e.g. 4-6 (default 4-6)
  --rounds <n>                            schedule n rounds in which no pair meets twice (rotateCircles)
  --solver <optimal|fair>                 circle solver (default optimal)
  --seed, --reference-date, --options     as for "match" (the options file may hold the circle
                                          rules: together, apart, noLoneMember, maxShared, facilitators)
  -h, --help                              this help

Prints the result as JSON (see "peermatch schema circle-options" for the options).`,
  schema: `Usage: peermatch schema [participant|options|outcomes|circle-options]

Prints the JSON Schema (draft 2020-12) of a participant (default), of the match options,
of an outcomes file (past pairs and how they went, for peermatch/research), or of the
options of "circles".`,
};

const MATCH_FLAGS = {
  solver: { type: "string" },
  seed: { type: "string" },
  "reference-date": { type: "string" },
  "odd-handling": { type: "string" },
  options: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export function runMatch(args: string[]): string {
  const { values, positionals } = parse(args, MATCH_FLAGS);
  if (values.help === true) return HELP.match ?? "";
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new UsageError(`match takes one cohort file\n\n${HELP.match}`);
  const { participants, options } = readCohort(file, values);
  return formatResult(matchPeers(participants, options), values.format);
}

export function runRematch(args: string[]): string {
  const flags = {
    ...MATCH_FLAGS,
    dissolve: { type: "string", multiple: true },
    leave: { type: "string", multiple: true },
    join: { type: "string", multiple: true },
    keep: { type: "string" },
    change: { type: "string" },
  } as const;
  const { values, positionals } = parse(args, flags);
  if (values.help === true) return HELP.rematch ?? "";
  const [previousFile, cohortFile, ...rest] = positionals;
  if (previousFile === undefined || cohortFile === undefined || rest.length > 0) {
    throw new UsageError(`rematch takes a previous result file and a cohort file\n\n${HELP.rematch}`);
  }
  const previous = readJson(previousFile) as MatchResult;
  const { participants, options } = readCohort(cohortFile, values);
  // A change file (the library's RematchChange as JSON) can name any ids; the flags add
  // to it. The library validates the result strictly (an unknown key is an error).
  const fromFile = values.change === undefined ? {} : asObject(readJson(values.change), values.change);
  const change: Record<string, unknown> = { ...fromFile };
  const dissolveFlags = (values.dissolve ?? []).map((pair) => {
    const ids = pair.split(",");
    if (ids.length !== 2 || ids.some((id) => id === ""))
      throw new UsageError(
        `--dissolve takes two ids separated by a comma, got "${pair}" (use --change for ids with commas)`,
      );
    return [ids[0]!, ids[1]!] as const;
  });
  addTo(change, "dissolve", dissolveFlags);
  addTo(change, "leave", values.leave ?? []);
  addTo(change, "join", values.join ?? []);
  const keep = keepPolicy(values.keep);
  return formatResult(
    rematch(previous, change as RematchChange, participants, { ...options, ...(keep === undefined ? {} : { keep }) }),
    values.format,
  );
}

export function runCircles(args: string[]): string {
  const flags = {
    solver: { type: "string" },
    seed: { type: "string" },
    "reference-date": { type: "string" },
    options: { type: "string" },
    size: { type: "string" },
    rounds: { type: "string" },
    help: { type: "boolean", short: "h" },
  } as const;
  const { values, positionals } = parse(args, flags);
  if (values.help === true) return HELP.circles ?? "";
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new UsageError(`circles takes one cohort file\n\n${HELP.circles}`);
  const { participants, options } = readCohort(file, values);
  if (values.size !== undefined) {
    const match = /^(\d+)-(\d+)$/.exec(values.size);
    if (match === null) throw new UsageError(`--size takes min-max, e.g. 4-6, got "${values.size}"`);
    options.size = { min: Number(match[1]), max: Number(match[2]) };
  }
  if (values.rounds === undefined) return JSON.stringify(formCircles(participants, options as CircleOptions), null, 2);
  const rounds = Number(values.rounds);
  if (values.rounds.trim() === "" || !Number.isInteger(rounds)) {
    throw new UsageError(`--rounds takes a whole number, got "${values.rounds}"`);
  }
  return JSON.stringify(rotateCircles(participants, { ...(options as CircleOptions), rounds }), null, 2);
}

export function runSchema(args: string[]): string {
  const { values, positionals } = parse(args, { help: { type: "boolean", short: "h" } });
  if (values.help === true) return HELP.schema ?? "";
  const [which = "participant", ...rest] = positionals;
  const schemas: Record<string, () => Record<string, unknown>> = {
    participant: participantJsonSchema,
    options: optionsJsonSchema,
    outcomes: outcomesJsonSchema,
    "circle-options": circleOptionsJsonSchema,
  };
  const schema = Object.hasOwn(schemas, which) ? schemas[which] : undefined;
  if (rest.length > 0 || schema === undefined)
    throw new UsageError(`schema takes "participant", "options", "outcomes" or "circle-options"\n\n${HELP.schema}`);
  return JSON.stringify(schema(), null, 2);
}

type Flags = Parameters<typeof parseArgs>[0] extends infer C
  ? C extends { options?: infer O }
    ? NonNullable<O>
    : never
  : never;

function parse<T extends Flags>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

interface MatchFlagValues {
  readonly solver?: string | undefined;
  readonly seed?: string | undefined;
  readonly "reference-date"?: string | undefined;
  readonly "odd-handling"?: string | undefined;
  readonly options?: string | undefined;
}

/** The cohort file's participants and options, with command-line flags applied on top. */
function readCohort(
  file: string,
  values: MatchFlagValues,
): { participants: unknown[]; options: Record<string, unknown> } {
  const document = readJson(file);
  const inFile = Array.isArray(document)
    ? { participants: document as unknown[], options: {} }
    : fromObject(document, file);
  const options: Record<string, unknown> = {
    ...inFile.options,
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
  return { participants: inFile.participants, options };
}

function fromObject(document: unknown, file: string): { participants: unknown[]; options: Record<string, unknown> } {
  const object = asObject(document, file);
  const participants = object.participants;
  if (!Array.isArray(participants))
    throw new UsageError(`${file} must be an array of participants or { "participants": [...], "options": {...} }`);
  return { participants, options: asObject(object.options ?? {}, `${file} options`) };
}

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new UsageError(`${what} must be a JSON object`);
  return value as Record<string, unknown>;
}

/** Appends flag values to a field of the change; a field that is not a list is left for `rematch` to report. */
function addTo(change: Record<string, unknown>, key: string, values: readonly unknown[]): void {
  if (values.length === 0) return;
  const current = change[key];
  if (current === undefined) change[key] = [...values];
  else if (Array.isArray(current)) change[key] = [...current, ...values];
}

/** The keep policy of `--keep`; undefined leaves the library default ("fewest-broken"). */
function keepPolicy(keep: string | undefined): KeepPolicy | undefined {
  if (keep === undefined) return undefined;
  if (keep === "fewest-broken" || keep === "all" || keep === "none") return keep;
  const churnPenalty = Number(keep);
  if (keep.trim() === "" || !Number.isFinite(churnPenalty))
    throw new UsageError(`--keep takes fewest-broken, all, none or a number, got "${keep}"`);
  return { churnPenalty };
}

function formatResult(result: MatchResult, format: string | undefined): string {
  if (format === undefined || format === "json") return JSON.stringify(result, null, 2);
  if (format === "markdown" || format === "html") return renderReport(result, { format });
  throw new UsageError(`--format takes json, markdown or html, got "${format}"`);
}
