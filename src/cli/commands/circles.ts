/** `peermatch circles <cohort.json>`: peer mentoring circles, or rounds of them with `--rounds`. */
import type { CircleOptions } from "../../programs/circles/form-circles.js";
import { formCircles } from "../../programs/circles/form-circles.js";
import { rotateCircles } from "../../programs/circles/rotate-circles.js";
import { oneFile, parseChoice, parseFlags, parseNumber } from "../args.js";
import { formatFlag, printResult, readCohort } from "../cohort.js";
import type { Command } from "../command.js";
import { UsageError } from "../io.js";

const HELP = `Usage: peermatch circles <cohort.json> [options]

Forms circles (small groups that meet together at a common weekly time) and prints the
result as JSON; with --rounds, schedules rounds in which no two people share a circle twice.

Options:
  --size <min-max>                        circle size, e.g. 4-6 (default 4-6)
  --rounds <N>                            schedule N rounds of circles (rotateCircles)
  --solver <optimal|fair>                 circle solver (default optimal)
  --seed <text>                           seed for tie-breaking (default "peermatch")
  --reference-date <YYYY-MM-DD>           date for time-zone offsets (default today)
  --format <json|markdown|html>           output format (default json): markdown or html is the
                                          coordinator's report (as "peermatch report" renders it)
  --options <options.json>                options as JSON (flags override it); it may hold the circle
                                          rules together, apart, noLoneMember, maxShared, facilitators
  -o, --output <file>                     write there instead of standard output
  --json                                  errors as JSON on standard error
  -h, --help                              this help

See "peermatch schema circle-options" for every option.`;

const FLAGS = {
  solver: { type: "string" },
  seed: { type: "string" },
  "reference-date": { type: "string" },
  options: { type: "string" },
  size: { type: "string" },
  rounds: { type: "string" },
  format: { type: "string" },
  output: { type: "string", short: "o" },
} as const;

export const circlesCommand: Command = {
  name: "circles",
  synopsis: "<cohort.json>",
  summary: "form peer mentoring circles (or rounds of them)",
  help: HELP,
  run(args) {
    const { values, positionals } = parseFlags("circles", args, FLAGS);
    if (values.help === true) return HELP;
    const file = oneFile("circles", "cohort file", positionals, HELP);
    const format = formatFlag(values.format);
    const solver =
      values.solver === undefined ? undefined : parseChoice("--solver", values.solver, ["optimal", "fair"]);
    const rounds = values.rounds === undefined ? undefined : parseNumber("--rounds", values.rounds, "positive-integer");
    const { participants, options } = readCohort(file, { ...values, solver: undefined });
    const circleOptions = {
      ...options,
      ...(solver === undefined ? {} : { solver }),
      ...(values.size === undefined ? {} : { size: parseSize(values.size) }),
    } as CircleOptions;
    const result =
      rounds === undefined
        ? formCircles(participants, circleOptions)
        : rotateCircles(participants, { ...circleOptions, rounds });
    return printResult(result, format, values.output, { participants });
  },
};

/** `--size 4-6` as `{ min: 4, max: 6 }`. */
function parseSize(text: string): { min: number; max: number } {
  const match = /^(\d+)-(\d+)$/.exec(text);
  if (match === null)
    throw new UsageError(`--size takes min-max in whole numbers, e.g. 4-6, got ${JSON.stringify(text)}`);
  return { min: Number(match[1]), max: Number(match[2]) };
}
