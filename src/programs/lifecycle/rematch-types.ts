/**
 * Types of {@link rematch}: what changed since the last match, how much of it to keep,
 * and what changed in the result.
 */
import type { MatchOptions } from "../../model/index.js";
import type { MatchResult } from "../peers/match-result.js";

/** What happened since the previous match. Ids refer to the previous result and the new participant list. */
export interface RematchChange {
  /** Pairs (or two members of a trio) that did not work out: their group is broken up and they are never paired again. */
  readonly dissolve?: readonly (readonly [string, string])[];
  /** People who left the programme. */
  readonly leave?: readonly string[];
  /** Newcomers; their profiles are in the participant list. */
  readonly join?: readonly string[];
}

/**
 * How much of the previous match to keep:
 * - `"all"`: every intact group stays; only freed people and joiners are matched.
 * - `{ churnPenalty }`: an intact pair is broken only when that raises the matched count,
 *   or the total weight by more than `churnPenalty` per broken pair.
 * - `"none"`: a fresh solve, with dissolved pairs still kept apart.
 */
export type KeepPolicy = "all" | "none" | { readonly churnPenalty: number };

/** Options of {@link rematch}: the match options plus the keep policy. */
export interface RematchOptions extends MatchOptions {
  /** @defaultValue `"all"` */
  readonly keep?: KeepPolicy;
}

/** What changed between the previous result and this one; groups are sorted id lists. */
export interface RematchDiff {
  /** Groups that carry over unchanged. */
  kept: string[][];
  /** Groups that are new in this result. */
  formed: string[][];
  /** Previous groups that no longer exist (dissolved, left, or broken for a better match). */
  dissolved: string[][];
  /** People who left. */
  left: string[];
  /** People without a group in this result. */
  unmatched: string[];
}

/** The result of {@link rematch}: a full `MatchResult` plus the diff and churn. */
export interface RematchResult extends MatchResult {
  diff: RematchDiff;
  /**
   * Previously matched people, still in the programme, whose group changed although
   * nobody asked to dissolve it and their partner did not leave.
   */
  churn: number;
}
