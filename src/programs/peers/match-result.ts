/**
 * The plain-JSON result of a peer match: no classes, Maps or typed arrays, so it can
 * be stored, sent over the wire and compared as text.
 */
import type { MatchWarning } from "../../model/referenced-ids.js";
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
  /**
   * Features that count (weight above 0) which a member left unanswered, in feature order
   * (for a trio: unanswered in any of its three pairs). Their `breakdown` entry is the
   * `missing` value, not a measured score; reports show "not answered".
   */
  unknown: string[];
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
  | "odd-one-out"
  /** `scoreMatching` only: the hand-made matching puts them in no group. */
  | "not-grouped";

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
   * For `solver: "stable"`: whether the result has no blocking pair. `null` for the other
   * solvers (see `blockingPairs` for how stable their result is).
   */
  stable: boolean | null;
  /**
   * For `solver: "stable"`: whether the cohort has a stable matching at all (preferences
   * by s, exact ties broken by the seed; with ties, `false` means none under this
   * tie-breaking, unless the result itself has no blocking pair). When it has one but
   * the result is not stable, the stable matching left people alone that the result
   * pairs (see `strictStable`). `null` for the other solvers.
   */
  stableMatchingExists: boolean | null;
  /**
   * Number of blocking pairs of the result (see DESIGN: counted for every solver). On a
   * candidate graph they are counted over its edges and every left-out pair the bounds
   * cannot exclude; when that check ran out of budget (`stable` is then null for the
   * stable solver), this counts the ones found.
   */
  blockingPairs: number;
  /**
   * The graph the solver ran on: `"dense"`, every feasible pair (exact), or
   * `"candidates"`, each person's best candidates (large cohorts, or `topK` set), with
   * the bounds below saying how close to optimal the result is proven to be.
   */
  graph: "dense" | "candidates";
  /** Candidates kept per person: `topK` or the default on the candidate graph, participants − 1 on the dense one. */
  candidatesPerPerson: number;
  /** Number of pairs (edges) in the graph the solver ran on. */
  edges: number;
  /**
   * `solver: "optimal"`: a proven upper bound on the best total a maximum-cardinality
   * matching of the full feasible graph can reach (among the people being matched), plus
   * what the trios add; on the dense graph the optimum itself. Rounded up to 4 decimals.
   * `null` for the other solvers, which optimise something else.
   */
  upperBound: number | null;
  /**
   * `(upperBound − totalScore) / upperBound`: 0 when optimality is proven, at most this
   * far from optimal otherwise; `null` with `upperBound`.
   */
  optimalityGap: number | null;
  /** Whether the number of pairs is proven to be the most the full feasible graph allows. */
  maxCardinalityProven: boolean;
  /**
   * Only when `pins` are given: the pins (member ids, sorted) that no stable matching can
   * contain together with the pins before them, for `solver: "stable"` (the pins are kept
   * anyway, and the result may then have blocking pairs). Empty for the other solvers.
   */
  pinConflicts?: string[][];
  /**
   * Only when someone made wishes: how many people got their 1st, 2nd, … choice (entry r
   * counts the people whose group holds their wish of rank r; length `wishes.max`).
   */
  wishesGranted?: number[];
  /**
   * Solve time in milliseconds. Not serialised (non-enumerable), so the same input and
   * seed always give the same JSON.
   */
  readonly timeMs?: number;
}

/**
 * What a programme has been through, carried from result to result so that a later
 * `rematch` or `rotate` honours it. Pairs are sorted id pairs, the lists sorted.
 */
export interface MatchHistory {
  /** Pairs dissolved at some point: never paired again (as a pair, in a trio, under any option). */
  dissolved: [string, string][];
  /** Every pair that has been formed (inside a pair or a trio), this result's included: past partners for `rotate`. */
  formed: [string, string][];
}

/** The result of {@link matchPeers}. */
export interface MatchResult {
  pairs: MatchedGroup[];
  unmatched: UnmatchedParticipant[];
  /** The blocking pairs of the result, as sorted id pairs (their count is `stats.blockingPairs`). */
  blockingPairs: [string, string][];
  /**
   * Things in the input worth a look that did not stop the match: ids in `exclude` or
   * `pastPartners` naming nobody in the cohort (see `unknownIds`). Empty when none.
   */
  warnings: MatchWarning[];
  stats: MatchStats;
  /** The programme's history up to and including this result. */
  history: MatchHistory;
  meta: MatchMeta;
}
