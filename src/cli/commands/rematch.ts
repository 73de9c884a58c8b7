/** `peermatch rematch <previous.json> <cohort.json>`: re-match after pairs dissolve, people leave or join. */
import type { MatchResult } from "../../programs/peers/match-result.js";
import { rematch } from "../../programs/lifecycle/rematch.js";
import type { KeepPolicy, RematchChange } from "../../programs/lifecycle/rematch-types.js";
import { didYouMean } from "../../errors/suggest.js";
import { parseFlags, parseNumber } from "../args.js";
import { formatFlag, MATCH_FLAGS, MATCH_FLAGS_HELP, printResult, readCohort } from "../cohort.js";
import type { Command } from "../command.js";
import { asObject, readJson, UsageError } from "../io.js";

const HELP = `Usage: peermatch rematch <previous.json> <cohort.json> [options]

Re-matches from a previous result after pairs dissolve, people leave or join.

Options:
  --dissolve <a,b>                        a pair that did not work out (repeatable)
  --leave <id>                            someone who left (repeatable)
  --join <id>                             a newcomer, whose profile is in cohort.json (repeatable)
  --change <change.json>                  { "dissolve": [[a, b]], "leave": [...], "join": [...] } (flags add to it;
                                          an unknown key is an error)
  --keep <fewest-broken|all|none|PENALTY> how much of the previous match to keep (default fewest-broken:
                                          re-match the freed people, breaking as few intact groups as possible);
                                          a number (decimal, 0 or more) is a churn penalty per broken pair
${MATCH_FLAGS_HELP}

Options not given (on the command line or in the cohort file) are those recorded in
previous.json (meta.options): solver, seed, reference date and so on carry over.
The report (--format markdown|html) has a "What changed" section.`;

const FLAGS = {
  ...MATCH_FLAGS,
  dissolve: { type: "string", multiple: true },
  leave: { type: "string", multiple: true },
  join: { type: "string", multiple: true },
  keep: { type: "string" },
  change: { type: "string" },
} as const;

export const rematchCommand: Command = {
  name: "rematch",
  synopsis: "<previous.json> <cohort.json>",
  summary: "re-match after pairs dissolve, people leave or join",
  help: HELP,
  run(args) {
    const { values, positionals } = parseFlags("rematch", args, FLAGS);
    if (values.help === true) return HELP;
    const [previousFile, cohortFile, ...rest] = positionals;
    if (previousFile === undefined || cohortFile === undefined || rest.length > 0)
      throw new UsageError(`rematch takes a previous result file and a cohort file\n\n${HELP}`);
    const format = formatFlag(values.format);
    const keep = keepPolicy(values.keep);
    const dissolveFlags = (values.dissolve ?? []).map(dissolvePair);
    const previous = readJson(previousFile) as MatchResult;
    const { participants, options } = readCohort(cohortFile, values);
    // A change file (the library's RematchChange as JSON) can name any ids; the flags add
    // to it. The library validates the result strictly (an unknown key is an error).
    const fromFile = values.change === undefined ? {} : asObject(readJson(values.change), values.change);
    const change: Record<string, unknown> = { ...fromFile };
    addTo(change, "dissolve", dissolveFlags);
    addTo(change, "leave", values.leave ?? []);
    addTo(change, "join", values.join ?? []);
    const result = rematch(previous, change as RematchChange, participants, {
      ...options,
      ...(keep === undefined ? {} : { keep }),
    });
    return printResult(result, format, values.output, { participants });
  },
};

function dissolvePair(pair: string): readonly [string, string] {
  const ids = pair.split(",");
  if (ids.length !== 2 || ids.some((id) => id === ""))
    throw new UsageError(
      `--dissolve takes two ids separated by a comma, got ${JSON.stringify(pair)} (use --change for ids with commas)`,
    );
  return [ids[0]!, ids[1]!];
}

/** Appends flag values to a field of the change; a field that is not a list is left for `rematch` to report. */
function addTo(change: Record<string, unknown>, key: string, values: readonly unknown[]): void {
  if (values.length === 0) return;
  const current = change[key];
  if (current === undefined) change[key] = [...values];
  else if (Array.isArray(current)) change[key] = [...current, ...values];
}

const KEEP_WORDS = ["fewest-broken", "all", "none"] as const;

/** The keep policy of `--keep`; undefined leaves the library default ("fewest-broken"). */
function keepPolicy(keep: string | undefined): KeepPolicy | undefined {
  if (keep === undefined) return undefined;
  if ((KEEP_WORDS as readonly string[]).includes(keep)) return keep as (typeof KEEP_WORDS)[number];
  if (!/^[-+.\d]/.test(keep))
    throw new UsageError(
      `--keep takes fewest-broken, all, none or a number, got ${JSON.stringify(keep)}${didYouMean(keep, KEEP_WORDS)}`,
    );
  return { churnPenalty: parseNumber("--keep", keep, "non-negative") };
}
