/**
 * The plain-JSON result of a peer match: no classes, Maps or typed arrays, so it can
 * be stored, sent over the wire and compared as text.
 */
import type { Solver } from "../../model/types.js";
import type { MatchMeta } from "../shared/meta.js";

/** A pair (or, for an odd cohort, a trio) with its score and explanation. */
export interface MatchedGroup {
  /** Member ids, sorted. Two members, or three for a trio. */
  members: string[];
  /** Pair weight w(a, b) in [0, 1]; for a trio, the mean of its three pair weights. */
  score: number;
  /** How well the group suits each member: s(member → partner), or its mean over a trio's two partners. */
  scores: Record<string, number>;
  /** Per-feature score of the pair (for a trio, the mean over its three pairs). */
  breakdown: Record<string, number>;
  /** Why these people were matched, most important first. */
  reasons: string[];
}

/** Why someone was not matched. */
export type UnmatchedReason =
  /** Every other participant is ruled out by a hard constraint. */
  | "no-feasible-partner"
  /** Compatible partners exist, but every maximum matching pairs them with others. */
  | "partners-taken"
  /** The cohort has an odd number of people who could be paired and `oddHandling` is `"unmatched"`. */
  | "odd-one-out";

/** A participant who is not in any pair, with the reason. */
export interface UnmatchedParticipant {
  id: string;
  reason: UnmatchedReason;
  /** A sentence for the programme coordinator. */
  detail: string;
}

/** Headline numbers of a match. */
export interface MatchStats {
  solver: Solver;
  participants: number;
  /** Participants in a pair or trio. */
  matched: number;
  pairs: number;
  trios: number;
  /** Sum of group scores. */
  totalScore: number;
  /** Mean group score (0 when nobody is matched). */
  meanScore: number;
  /** Smallest group score (0 when nobody is matched). */
  minScore: number;
  /**
   * For `solver: "stable"`: whether a stable matching was found (preferences by s, exact
   * ties broken by the seed; with ties, `false` means none under this tie-breaking).
   * `null` for the other solvers (see `blockingPairs` for how stable their result is).
   */
  stable: boolean | null;
  /** Number of blocking pairs of the result (see DESIGN: counted for every solver). */
  blockingPairs: number;
  /**
   * Solve time in milliseconds. Not serialised (non-enumerable), so the same input and
   * seed always give the same JSON.
   */
  readonly timeMs?: number;
}

/** The result of {@link matchPeers}. */
export interface MatchResult {
  pairs: MatchedGroup[];
  unmatched: UnmatchedParticipant[];
  /** The blocking pairs of the result, as sorted id pairs (their count is `stats.blockingPairs`). */
  blockingPairs: [string, string][];
  stats: MatchStats;
  meta: MatchMeta;
}
