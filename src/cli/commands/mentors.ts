/** `peermatch mentors <programme.json>`: mentors with their mentees. */
import { maxWeightBMatchingLp } from "../../algorithms/lp.js";
import type { MentorOptions } from "../../model/mentor-options-schema.js";
import { matchMentors } from "../../programs/mentors/match-mentors.js";
import { parseChoice, parseFlags } from "../args.js";
import {
  applyMatchFlags,
  type FileParticipants,
  formatFlag,
  MATCH_FLAGS,
  OUTPUT_FLAGS_HELP,
  printResult,
} from "../cohort.js";
import type { Command } from "../command.js";
import { asObject, BadInputError, readJson, UsageError } from "../io.js";

const HELP = `Usage: peermatch mentors <programme.json> [options]
       peermatch mentors <mentors.json> <mentees.json> [options]

Assigns mentees to mentors (each mentor takes up to "capacity" mentees) and prints the result.
A programme file is { "mentors": [...], "mentees": [...], "options": {...} }; or give the
mentors and the mentees as two files of participants. - reads a file from standard input.

Options:
  --solver <optimal|fair|stable>          solver (default optimal)
  --stable-side <mentees|mentors>         with --solver stable: the side the matching favours (default mentees)
  --seed <text>                           seed for tie-breaking (default "peermatch")
  --reference-date <YYYY-MM-DD>           date for time-zone offsets (default today)
  --options <options.json>                mentor options as JSON (flags override it; see "peermatch schema mentor-options")
${OUTPUT_FLAGS_HELP}`;

const FLAGS = {
  ...MATCH_FLAGS,
  "stable-side": { type: "string" },
} as const;

export const mentorsCommand: Command = {
  name: "mentors",
  synopsis: "<programme.json>",
  summary: "assign mentees to mentors and print the result",
  help: HELP,
  run(args) {
    const { values, positionals } = parseFlags("mentors", args, FLAGS);
    if (values.help === true) return HELP;
    if (values["odd-handling"] !== undefined)
      throw new UsageError('--odd-handling is for peer matching ("peermatch match"), not for mentors');
    if (positionals.length < 1 || positionals.length > 2)
      throw new UsageError(`mentors takes a programme file, or a mentors file and a mentees file\n\n${HELP}`);
    const format = formatFlag(values.format);
    const stableSide =
      values["stable-side"] === undefined
        ? undefined
        : parseChoice("--stable-side", values["stable-side"], ["mentees", "mentors"] as const);
    const { mentors, mentees, options } = readProgramme(positionals);
    // The command line has no bundle to keep small: overlapping limits are always solvable here.
    const mentorOptions = {
      lpSolver: maxWeightBMatchingLp,
      ...applyMatchFlags(options, values),
      ...(stableSide === undefined ? {} : { stableSide }),
    } as MentorOptions;
    const result = matchMentors(mentors, mentees, mentorOptions);
    return printResult(result, format, values.output, { participants: [...mentors, ...mentees] });
  },
};

function readProgramme(files: readonly string[]): {
  mentors: FileParticipants;
  mentees: FileParticipants;
  options: Record<string, unknown>;
} {
  if (files.length === 2) return { mentors: list(files[0]!), mentees: list(files[1]!), options: {} };
  const file = files[0]!;
  const document = asObject(readJson(file), `${file} (a programme)`);
  const { mentors, mentees } = document;
  if (!Array.isArray(mentors) || !Array.isArray(mentees))
    throw new BadInputError(`${file} must be { "mentors": [...], "mentees": [...], "options": {...} }`);
  return {
    mentors: mentors as FileParticipants,
    mentees: mentees as FileParticipants,
    options: asObject(document.options ?? {}, `the options in ${file}`),
  };
}

function list(file: string): FileParticipants {
  const document = readJson(file);
  if (!Array.isArray(document)) throw new BadInputError(`${file} must be an array of participants`);
  return document as FileParticipants;
}
