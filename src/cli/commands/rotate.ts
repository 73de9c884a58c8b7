/** `peermatch rotate <cohort.json> --rounds N`: a schedule of rounds in which no pair repeats. */
import type { RotateOptions } from "../../programs/lifecycle/rotate.js";
import { rotate } from "../../programs/lifecycle/rotate.js";
import { oneFile, parseChoice, parseFlags, parseNumber } from "../args.js";
import { formatFlag, MATCH_FLAGS, MATCH_FLAGS_HELP, printResult, readCohort } from "../cohort.js";
import type { Command } from "../command.js";
import { readJson, UsageError } from "../io.js";

const HELP = `Usage: peermatch rotate <cohort.json> --rounds <N> [options]

Schedules N rounds of pairs in which nobody meets the same person twice, on a calendar
when --start-date or --cadence is given, and prints the schedule.

Options:
  --rounds <N>                            number of rounds (required; a whole number, 1 or more)
  --start-date <YYYY-MM-DD>               date of the first round (starts a calendar)
  --cadence <weekly|biweekly|monthly>     how far apart rounds are (default monthly with --start-date)
  --previous <schedule.json>              a previous schedule or result to continue from
${MATCH_FLAGS_HELP}`;

const FLAGS = {
  ...MATCH_FLAGS,
  rounds: { type: "string" },
  "start-date": { type: "string" },
  cadence: { type: "string" },
  previous: { type: "string" },
} as const;

const CADENCES = ["weekly", "biweekly", "monthly"] as const;

export const rotateCommand: Command = {
  name: "rotate",
  synopsis: "<cohort.json> --rounds <N>",
  summary: "schedule rounds in which no pair repeats",
  help: HELP,
  run(args) {
    const { values, positionals } = parseFlags("rotate", args, FLAGS);
    if (values.help === true) return HELP;
    const file = oneFile("rotate", "cohort file", positionals, HELP);
    if (values.rounds === undefined) throw new UsageError(`rotate needs --rounds <N>\n\n${HELP}`);
    const format = formatFlag(values.format);
    const rounds = parseNumber("--rounds", values.rounds, "positive-integer");
    const cadence = values.cadence === undefined ? undefined : parseChoice("--cadence", values.cadence, CADENCES);
    const { participants, options } = readCohort(file, values);
    const rotateOptions: RotateOptions = {
      ...options,
      rounds,
      ...(values["start-date"] === undefined ? {} : { startDate: values["start-date"] }),
      ...(cadence === undefined ? {} : { cadence }),
      ...(values.previous === undefined
        ? {}
        : { previous: readJson(values.previous) as NonNullable<RotateOptions["previous"]> }),
    };
    return printResult(rotate(participants, rotateOptions), format, values.output, { participants });
  },
};
