/**
 * What `rematch` solved, before it is described: the groups in cohort indices with their
 * origin, the scores of kept groups, and the notes on why people were re-matched. Shared
 * by the solve (rematch.ts) and the description (rematch-describe.ts).
 */
import type { MatchedGroup, MatchResult, UnmatchedParticipant } from "../peers/match-result.js";
import type { KeepPlan } from "./fewest-broken.js";
import type { PairScorer } from "./pair-scorer.js";
import type { Note } from "./rematch-plan.js";
import type { InvalidatedGroup, KeepPolicy } from "./rematch-types.js";

/** A group of the result in cohort indices, and where it comes from. */
export interface ResultGroup {
  readonly members: readonly number[];
  /** "kept": an intact previous group, unchanged (index into previous groups); "fresh": solved; "changed": reshaped for a leftover. */
  readonly origin: "kept" | "fresh" | "changed";
  readonly previousIndex?: number;
  /** For "kept" groups: the current scores inside the group. */
  readonly scores?: GroupScores;
  /** For "fresh" groups: the described entry. */
  readonly entry?: MatchedGroup;
}

/** What the solve produced, before describing. */
export interface RematchSolution {
  readonly scorer: PairScorer;
  readonly groups: ResultGroup[];
  /** The solved part's result (R): stats, blocking pairs, unmatched with R-local reasons. */
  readonly fresh: MatchResult;
  /** Cohort indices of R. */
  readonly rematched: readonly number[];
  readonly unmatched: readonly { readonly index: number; readonly reason: UnmatchedParticipant["reason"] }[];
  readonly invalidated: InvalidatedGroup[];
  /** Why people were re-matched: the plan's notes and what the solve added. */
  readonly notes: Map<string, Note>;
  /** People whose group a current constraint broke (not churn). */
  readonly invalidatedPeople: Set<string>;
  readonly keep: KeepPolicy;
  /** The fewest-broken plan, when one was computed (for explanations under "all"). */
  keepPlan: () => KeepPlan;
  readonly intactPartner: Int32Array;
  readonly freeCount: number;
}

/** A group's current directional scores: s[x·k + y] = s(member x → member y), and the sum of its pair weights. */
export interface GroupScores {
  readonly s: Float64Array;
  readonly weightSum: number;
}
