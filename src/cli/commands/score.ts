/** `peermatch score <input.json>`: the what-if, a hand-made matching scored and compared with the optimum. */
import { scoreMatching } from "../../programs/peers/score-matching.js";
import { oneFile, parseFlags } from "../args.js";
import type { FileParticipants } from "../cohort.js";
import { applyMatchFlags, formatFlag, MATCH_FLAGS, MATCH_FLAGS_HELP, printResult } from "../cohort.js";
import type { Command } from "../command.js";
import { asObject, BadInputError, readJson } from "../io.js";

const HELP = `Usage: peermatch score <input.json> [options]

Scores a hand-made matching as "peermatch match" scores its own: each group's score,
reasons and per-feature scores, the hard constraints the groups break (with reasons),
blocking pairs, and how it compares with the optimum under the same options. The input
is { "participants": [...], "groups": [["ana", "bea"], ["cy", "dee", "eli"]], "options": {...} }
(see "peermatch schema score"); --groups takes the groups from a file of their own.

Options:
  --groups <groups.json>                  the groups (an array of 2- or 3-id arrays), instead of the input's
${MATCH_FLAGS_HELP}`;

const FLAGS = { ...MATCH_FLAGS, groups: { type: "string" } } as const;

export const scoreCommand: Command = {
  name: "score",
  synopsis: "<input.json>",
  summary: "score a hand-made matching and compare it with the optimum",
  help: HELP,
  run(args) {
    const { values, positionals } = parseFlags("score", args, FLAGS);
    if (values.help === true) return HELP;
    const file = oneFile("score", "input file", positionals, HELP);
    const format = formatFlag(values.format);
    const input = asObject(readJson(file), `${file} (a score input)`);
    if (!Array.isArray(input.participants))
      throw new BadInputError(`${file} must be { "participants": [...], "groups": [...], "options": {...} }`);
    const groups = values.groups === undefined ? input.groups : readJson(values.groups);
    if (groups === undefined)
      throw new BadInputError(`${file} has no "groups": give them in the file or with --groups <groups.json>`);
    const participants = input.participants as FileParticipants;
    const options = applyMatchFlags(asObject(input.options ?? {}, `the options in ${file}`), values);
    // scoreMatching checks the groups' shape and reports every problem as a MatchInputError.
    const result = scoreMatching(participants, groups as readonly (readonly string[])[], options);
    return printResult(result, format, values.output, { participants });
  },
};
