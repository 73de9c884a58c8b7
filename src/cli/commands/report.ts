/** `peermatch report <result.json>`: the coordinator's report of a result file. */
import type { ReportableResult } from "../../report/render-report.js";
import { oneFile, parseChoice, parseFlags, parseNumber } from "../args.js";
import { printResult } from "../cohort.js";
import type { Command } from "../command.js";
import { asObject, BadInputError, readJson } from "../io.js";

const HELP = `Usage: peermatch report <result.json> [options]

Renders a result (of match, mentors, rematch, rotate or circles, as JSON) as the
coordinator's report: names next to ids, each group's score per feature, low-scoring
groups flagged with why, who is unmatched and why, for a re-match what changed, and for
circles each circle's meeting time (UTC and every member's own), the rules not met and
the proven bound.

Options:
  --participants <cohort.json>            the participants (a cohort or programme file): shows names
  --low-score <0..1>                      flag pairs scoring below this (default 0.2)
  --format <markdown|html>                report format (default markdown)
  -o, --output <file>                     write there instead of standard output
  --json                                  errors as JSON on standard error
  -h, --help                              this help`;

const FLAGS = {
  participants: { type: "string" },
  "low-score": { type: "string" },
  format: { type: "string" },
  output: { type: "string", short: "o" },
} as const;

export const reportCommand: Command = {
  name: "report",
  synopsis: "<result.json>",
  summary: "render a result as the coordinator's report (Markdown or HTML)",
  help: HELP,
  run(args) {
    const { values, positionals } = parseFlags("report", args, FLAGS);
    if (values.help === true) return HELP;
    const file = oneFile("report", "result file", positionals, HELP);
    const format = parseChoice("--format", values.format ?? "markdown", ["markdown", "html"] as const);
    const lowScore = values["low-score"] === undefined ? undefined : parseNumber("--low-score", values["low-score"]);
    const result = readJson(file) as ReportableResult;
    const participants = values.participants === undefined ? undefined : readParticipants(values.participants);
    return printResult(result, format, values.output, {
      ...(participants === undefined ? {} : { participants }),
      ...(lowScore === undefined ? {} : { lowScore }),
    });
  },
};

/** Participants from a cohort file (array or `{ participants }`) or a programme file (`{ mentors, mentees }`). */
function readParticipants(file: string): unknown[] {
  const document = readJson(file);
  if (Array.isArray(document)) return document;
  const object = asObject(document, `${file} (participants)`);
  const lists = [object.participants, object.mentors, object.mentees].filter(Array.isArray);
  if (lists.length === 0)
    throw new BadInputError(
      `${file} must be an array of participants, { "participants": [...] } or { "mentors", "mentees" }`,
    );
  return lists.flat() as unknown[];
}
