/**
 * The `meta` block every programme result carries: what a run depends on besides its
 * input, so it can be replayed, and so a later `rematch` or `rotate` can carry the same
 * settings over.
 */
import type { RecordedOptions } from "../../model/recorded-options.js";
import { recordOptions } from "../../model/recorded-options.js";
import type { ResolvedMatchOptions } from "../../model/types.js";
import { version } from "../../version.js";

/**
 * The version of the stored result format. Results of peermatch 0.1.0 have no `format`
 * (and no `history` or `meta.options`); they are read as having no history.
 */
export const RESULT_FORMAT = 1;

/** What a run depends on besides the input, so it can be replayed. */
export interface MatchMeta {
  seed: string;
  /** The date whose UTC offsets turned weekly slots into UTC (for a rotation round: the round's date). */
  referenceDate: string;
  version: string;
  /**
   * The resolved options of the run, every default filled in, as plain JSON. Custom
   * features are recorded as `{ name, weight }` (a later call passes them again).
   * `rematch` and `rotate` fed this result use these options unless told otherwise.
   */
  options: RecordedOptions;
  /** The stored result format (1). */
  format: typeof RESULT_FORMAT;
}

/** The meta block of a run under resolved `options`. */
export function resultMeta(options: ResolvedMatchOptions): MatchMeta {
  return {
    seed: options.seed,
    referenceDate: options.availability.referenceDate,
    version,
    options: recordOptions(options),
    format: RESULT_FORMAT,
  };
}
