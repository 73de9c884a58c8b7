/**
 * The entries for JSON callers: `parseParticipants` and `parseMatchOptions` take
 * `unknown` (parsed JSON, a form post) and return typed values, or throw a
 * `MatchInputError` listing every issue. The matching functions themselves take typed
 * input, so a typo in an inline participant fails to compile; they validate it again at
 * run time all the same.
 */
import { MatchInputError } from "../errors/match-input-error.js";
import { readCohort } from "./normalise-cohort.js";
import type { MatchOptions } from "./options-schema.js";
import { MatchOptionsSchema } from "./options-schema.js";
import { checkMatchOptions } from "./resolve-options.js";
import type { Participant } from "./types.js";

/**
 * Validates participants of unknown shape (JSON) exactly as `matchPeers` does and returns
 * them typed, in input order, tags trimmed. Pass the options you will match with when
 * participants' `importance` names custom features.
 *
 * @param json - an array of participants, as parsed from JSON
 * @param options - the match options (for custom feature names); validated too
 * @returns the participants, ready for `matchPeers`, `matchMentors`, `rotate`, …
 * @throws {@link MatchInputError} listing every problem (paths start with the index)
 * @example
 * ```ts
 * const participants = parseParticipants(JSON.parse(readFileSync("cohort.json", "utf8")));
 * const result = matchPeers(participants);
 * ```
 */
export function parseParticipants(json: unknown, options?: MatchOptions): Participant[] {
  return readCohort(json, options, "parseParticipants").participants;
}

/**
 * Validates match options of unknown shape (JSON) and returns them typed, as given (the
 * defaults are filled in by the matching functions and recorded in `meta.options`).
 *
 * @param json - an options object, as parsed from JSON
 * @returns the options, ready for `matchPeers` and the other matching functions
 * @throws {@link MatchInputError} listing every problem (paths start with `"options"`)
 * @example
 * ```ts
 * const options = parseMatchOptions({ solver: "fair", availability: { minOverlapMinutes: 90 } });
 * matchPeers(participants, options);
 * ```
 */
export function parseMatchOptions(json: unknown): MatchOptions {
  const checked = checkMatchOptions(json ?? {}, "parseMatchOptions");
  if (checked.issues.length > 0) throw new MatchInputError(checked.issues);
  return MatchOptionsSchema.parse(json ?? {});
}
