/**
 * The plain-JSON results of `recommend` (every person's shortlist) and `recommendFor`
 * (one person's ranked partners): no classes, Maps or typed arrays.
 */
import type { MatchWarning } from "../../model/referenced-ids.js";
import type { MatchMeta } from "../shared/meta.js";

/** Why a suggestion is on a shortlist. */
export type SuggestionSource =
  /** The coordinator pinned the two together (`options.pins`). */
  | "pin"
  /** Each named the other in `wishes`. */
  | "mutual-wish"
  /** Chosen by the optimisation (most entries, then the largest total score). */
  | "match";

/**
 * One suggested partner, explained as a matched pair is in `matchPeers`.
 *
 * @example
 * ```ts
 * const first: Suggestion = recommend(people).shortlists[0]!.suggestions[0]!;
 * console.log(first.id, first.score, first.reasons[0]);
 * ```
 */
export interface Suggestion {
  /** The suggested partner. */
  id: string;
  /** Pair weight w(person, partner) in [0, 1], as `matchPeers` scores the pair. */
  score: number;
  /** s(member → other) for both: the person's and the partner's own view of the pair. */
  scores: Record<string, number>;
  /** Per-feature score of the pair. */
  breakdown: Record<string, number>;
  /** Features that count which either left unanswered, in feature order. */
  unknown: string[];
  /** Why they fit, most important first (pins and wishes first). */
  reasons: string[];
  /** Why the suggestion is on the list. */
  source: SuggestionSource;
}

/**
 * One person's shortlist.
 *
 * @example
 * ```ts
 * for (const list of recommend(people, { k: 3 }).shortlists) console.log(list.id, list.suggestions.map((s) => s.id));
 * ```
 */
export interface Shortlist {
  /** The person the list is for. */
  id: string;
  /** Up to `k` partners: pinned partners, then mutual wishes, then by score (ties: seeded order). */
  suggestions: Suggestion[];
  /** In how many shortlists this person appears (at most `maxExposure`). */
  shownTo: number;
}

/**
 * Headline numbers of a set of shortlists.
 *
 * @example
 * ```ts
 * const { entries, totalScore, exact } = recommend(people).stats;
 * ```
 */
export interface RecommendStats {
  participants: number;
  /** Suggestions per person asked for. */
  k: number;
  /** Most shortlists one person may appear in. */
  maxExposure: number;
  /** Suggestions over all shortlists (the first thing maximised). */
  entries: number;
  /** Sum of the suggestions' scores (maximised second). */
  totalScore: number;
  /** Mean suggestion score (0 when there are none). */
  meanScore: number;
  /** People with `k` suggestions. */
  fullShortlists: number;
  /** People who appear in nobody's shortlist. */
  neverShown: number;
  /** Suggestions fixed by pins, and by mutual wishes. */
  pinned: number;
  mutualWishes: number;
  /** `"dense"`: every feasible pair was considered; `"candidates"`: each person's best candidates only. */
  graph: "dense" | "candidates";
  candidatesPerPerson: number;
  /** Feasible pairs considered. */
  edges: number;
  /**
   * True when the shortlists are optimal over every feasible pair (the dense graph, or
   * candidate lists that hold everyone's partners); false when only the candidate pairs
   * were considered (the limits still hold and every suggestion is feasible).
   */
  exact: boolean;
  /** Scores are compared rounded to this step (1e-6, coarser for very large cohorts). */
  scoreStep: number;
}

/**
 * Shortlists for a self-matching platform.
 *
 * @example
 * ```ts
 * const result: RecommendResult = recommend(generateCohort(40), { k: 3 });
 * ```
 */
export interface RecommendResult {
  /** One per participant, in id order (code-unit order). */
  shortlists: Shortlist[];
  stats: RecommendStats;
  /** Ids outside the cohort in exclude or pastPartners (under `unknownIds: "warn"`). */
  warnings: MatchWarning[];
  meta: MatchMeta;
}

/**
 * One person's partners, best first.
 *
 * @example
 * ```ts
 * const { suggestions } = recommendFor(people, "ana", { k: 10 });
 * ```
 */
export interface RecommendForResult {
  /** The person the list is for. */
  id: string;
  /** Up to `k` partners: pinned partners, then mutual wishes, then by score (ties: seeded order). */
  suggestions: Suggestion[];
  stats: {
    participants: number;
    k: number;
    /** How many people could be paired with her at all. */
    feasiblePartners: number;
  };
  warnings: MatchWarning[];
  meta: MatchMeta;
}
