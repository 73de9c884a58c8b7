/**
 * Types of {@link rematch}: what changed since the last match, how much of it to keep,
 * and what changed in the result.
 */
import type { MatchOptions } from "../../model/index.js";
import type { MatchResult } from "../peers/match-result.js";

/**
 * What happened since the previous match. Ids refer to the previous result and the new
 * participant list. Validated strictly: an unknown key (`disolve`) is an error that
 * suggests the closest field.
 */
export interface RematchChange {
  /**
   * Pairs (or two members of a trio) that did not work out: their group is broken up and
   * the two are never paired again, in this or any later result fed from it.
   */
  readonly dissolve?: readonly (readonly [string, string])[];
  /** People who left the programme. */
  readonly leave?: readonly string[];
  /** Newcomers; their profiles are in the participant list. */
  readonly join?: readonly string[];
}

/**
 * How much of the previous match to keep:
 * - `"fewest-broken"` (default): the most people matched; among those matchings, the
 *   fewest intact groups broken; then the highest total weight. People freed by the
 *   change get partners whenever anyone can take them, at the cost of as few other
 *   groups as possible.
 * - `"all"`: every intact group stays; only freed people and joiners are matched, among
 *   themselves (someone nobody free can take stays unmatched).
 * - `{ churnPenalty }`: an intact pair is broken only when that raises the matched count,
 *   or the total weight by more than `churnPenalty` per broken pair (solver `"optimal"`).
 * - `"none"`: a fresh solve, with dissolved pairs still kept apart.
 *
 * Under every policy, people left out last time are matched first when another choice
 * keeps the same number of people matched.
 */
export type KeepPolicy = "fewest-broken" | "all" | "none" | { readonly churnPenalty: number };

/** Options of {@link rematch}: the match options plus the keep policy. */
export interface RematchOptions extends MatchOptions {
  /** @defaultValue `"fewest-broken"` */
  readonly keep?: KeepPolicy;
}

/** A kept group that a current hard constraint forbids: it was broken up and its people re-matched. */
export interface InvalidatedGroup {
  /** The group's members, sorted. */
  members: string[];
  /** The feature or rule that forbids it now (as in `PairExplanation.vetoes`). */
  feature: string;
  /** Why, as a sentence. */
  reason: string;
}

/** What changed between the previous result and this one; groups are sorted id lists. */
export interface RematchDiff {
  /** Groups that carry over unchanged. */
  kept: string[][];
  /** Groups that are new in this result. */
  formed: string[][];
  /** Previous groups that no longer exist (dissolved, left, invalidated, or broken for a better match). */
  dissolved: string[][];
  /** Previous groups untouched by the change that current profiles forbid (e.g. a new exclusion). */
  invalidated: InvalidatedGroup[];
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
   * nobody asked to dissolve it, their partner did not leave and no hard constraint
   * forbids it now (the cost of re-matching the others).
   */
  churn: number;
}
