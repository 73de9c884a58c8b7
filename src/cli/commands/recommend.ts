/** `peermatch recommend <cohort.json>`: shortlists for self-matching, or one person's with --for. */
import type { RecommendOptions } from "../../programs/peers/recommend.js";
import { recommend, recommendFor } from "../../programs/peers/recommend.js";
import { oneFile, parseFlags, parseNumber } from "../args.js";
import { readCohort } from "../cohort.js";
import type { Command } from "../command.js";
import { writeOutput } from "../io.js";

const HELP = `Usage: peermatch recommend <cohort.json> [options]

Gives every participant a shortlist of up to k suggested partners, nobody appearing in
more than max-exposure shortlists (the most suggestions in total, then the best total
score), and prints it as JSON. With --for, ranks one person's partners instead (no
exposure limit).

Options:
  -k, --k <N>                             suggestions per person (default 5)
  --max-exposure <N>                      most shortlists one person appears in (default k)
  --for <id>                              one person's ranked partners (recommendFor)
  --seed <text>                           seed for tie-breaking (default "peermatch")
  --reference-date <YYYY-MM-DD>           date for time-zone offsets (default today)
  --options <options.json>                options as JSON (flags override it); it may hold pins and wishes
  -o, --output <file>                     write there instead of standard output
  --json                                  errors as JSON on standard error
  -h, --help                              this help

See "peermatch schema recommend-options" for every option.`;

const FLAGS = {
  k: { type: "string", short: "k" },
  "max-exposure": { type: "string" },
  for: { type: "string" },
  seed: { type: "string" },
  "reference-date": { type: "string" },
  options: { type: "string" },
  output: { type: "string", short: "o" },
} as const;

export const recommendCommand: Command = {
  name: "recommend",
  synopsis: "<cohort.json>",
  summary: "shortlists of suggested partners for self-matching",
  help: HELP,
  run(args) {
    const { values, positionals } = parseFlags("recommend", args, FLAGS);
    if (values.help === true) return HELP;
    const file = oneFile("recommend", "cohort file", positionals, HELP);
    const k = values.k === undefined ? undefined : parseNumber("--k", values.k, "positive-integer");
    const maxExposure =
      values["max-exposure"] === undefined
        ? undefined
        : parseNumber("--max-exposure", values["max-exposure"], "positive-integer");
    const { participants, options } = readCohort(file, values);
    const merged = {
      ...options,
      ...(k === undefined ? {} : { k }),
      ...(maxExposure === undefined ? {} : { maxExposure }),
    } as RecommendOptions;
    const result =
      values.for === undefined ? recommend(participants, merged) : recommendFor(participants, values.for, merged);
    return writeOutput(JSON.stringify(result, null, 2), values.output);
  },
};
