/** `peermatch match <cohort.json>`: peer pairs for a cohort. */
import { matchPeers } from "../../programs/peers/match-peers.js";
import { oneFile, parseFlags } from "../args.js";
import { formatFlag, MATCH_FLAGS, MATCH_FLAGS_HELP, printResult, readCohort } from "../cohort.js";
import type { Command } from "../command.js";

const HELP = `Usage: peermatch match <cohort.json> [options]

Matches the cohort in peer pairs (a trio for an odd one out) and prints the result.
A cohort file is an array of participants, or { "participants": [...], "options": {...} };
- reads it from standard input.

Options:
${MATCH_FLAGS_HELP}`;

export const matchCommand: Command = {
  name: "match",
  synopsis: "<cohort.json>",
  summary: "match peers and print the result",
  help: HELP,
  run(args) {
    const { values, positionals } = parseFlags("match", args, MATCH_FLAGS);
    if (values.help === true) return HELP;
    const file = oneFile("match", "cohort file", positionals, HELP);
    const format = formatFlag(values.format);
    const { participants, options } = readCohort(file, values);
    return printResult(matchPeers(participants, options), format, values.output, { participants });
  },
};
