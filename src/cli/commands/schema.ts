/** `peermatch schema [participant|options|mentor-options|outcomes|circle-options|recommend-options|score]`: the JSON Schema of an input format. */
import {
  circleOptionsJsonSchema,
  mentorOptionsJsonSchema,
  optionsJsonSchema,
  outcomesJsonSchema,
  participantJsonSchema,
  recommendOptionsJsonSchema,
  scoreInputJsonSchema,
} from "../../schema/json-schema.js";
import { parseChoice, parseFlags } from "../args.js";
import type { Command } from "../command.js";
import { UsageError, writeOutput } from "../io.js";

const SCHEMAS = {
  participant: participantJsonSchema,
  options: optionsJsonSchema,
  "mentor-options": mentorOptionsJsonSchema,
  outcomes: outcomesJsonSchema,
  "circle-options": circleOptionsJsonSchema,
  "recommend-options": recommendOptionsJsonSchema,
  score: scoreInputJsonSchema,
} as const;

const NAMES = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];

const HELP = `Usage: peermatch schema [participant|options|mentor-options|outcomes|circle-options|recommend-options|score] [options]

Prints the JSON Schema (draft 2020-12) of a participant (default), of the match options
(peermatch match, rematch, rotate), of the mentor options (peermatch mentors), of an
outcomes file (past pairs and how they went, for peermatch/research), of the options
of peermatch circles or peermatch recommend, or of the input of peermatch score.

Options:
  -o, --output <file>                     write there instead of standard output
  --json                                  errors as JSON on standard error
  -h, --help                              this help`;

export const schemaCommand: Command = {
  name: "schema",
  synopsis: "[participant|options|mentor-options|outcomes|circle-options|recommend-options|score]",
  summary: "print the JSON Schema of an input format",
  help: HELP,
  run(args) {
    const { values, positionals } = parseFlags("schema", args, { output: { type: "string", short: "o" } });
    if (values.help === true) return HELP;
    const [which = "participant", ...rest] = positionals;
    if (rest.length > 0) throw new UsageError(`schema takes one name, got ${positionals.length}\n\n${HELP}`);
    const schema = SCHEMAS[parseChoice("schema", which, NAMES)];
    return writeOutput(JSON.stringify(schema(), null, 2), values.output);
  },
};
