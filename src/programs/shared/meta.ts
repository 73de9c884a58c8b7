/**
 * The `meta` block every programme result carries: what a run depends on besides its
 * input, so it can be replayed.
 */
import type { ResolvedMatchOptions } from "../../model/types.js";
import { version } from "../../version.js";

/** What a run depends on besides the input, so it can be replayed. */
export interface MatchMeta {
  seed: string;
  referenceDate: string;
  version: string;
}

/** The meta block of a run under resolved `options`. */
export function resultMeta(options: Pick<ResolvedMatchOptions, "seed" | "availability">): MatchMeta {
  return { seed: options.seed, referenceDate: options.availability.referenceDate, version };
}
