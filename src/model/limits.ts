/**
 * The fixed size limits of the library. They are the same on every machine, so the same
 * input gives the same result (or the same error) everywhere; beyond a limit the public
 * functions throw `MatchInputError` with code `"too_large"`, naming the limit and the
 * size, instead of running out of memory or throwing a bare `RangeError`.
 * Documented in docs/performance.md ("Limits").
 */
import { inputIssue } from "../errors/issues.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";

/** Most participants in one cohort (`matchPeers`, `rotate`, `rematch`, `candidateGraph`; mentors plus mentees in `matchMentors`). */
export const MAX_PARTICIPANTS = 200_000;

/** Longest `seed` (characters). */
export const MAX_SEED_LENGTH = 4_096;

/**
 * Most participants for which every pair is scored and kept (`compatibilityGraph`,
 * `explain`-everything views): n(n − 1)/2 pairs, about 12.5 million at the limit.
 */
export const MAX_DENSE_PARTICIPANTS = 5_000;

/** Most edges in one graph the library builds or returns (candidate graphs, `compatibilityGraph`). */
export const MAX_EDGES = 10_000_000;

/** Most mentor × mentee pairs `matchMentors` scores (2,000 × 20,000 fit; 10,000 × 10,000 fit). */
export const MAX_MENTOR_PAIRS = 100_000_000;

/** A `too_large` issue: `what` has `size`, more than `limit`. */
export function tooLarge(
  caller: string,
  path: readonly (string | number)[],
  what: string,
  size: number,
  limit: number,
  hint = "",
): MatchInputIssue {
  return inputIssue(
    caller,
    "too_large",
    path,
    `${what} is ${size.toLocaleString("en-US")}, above the limit of ${limit.toLocaleString("en-US")}${hint}`,
  );
}

/**
 * Most participants for `wishes: { mode: "rank-maximal" }`. Its exact phases keep every
 * blossom weight inside the core's exact integer range for any cohort up to this size
 * (the last phase's weights reach about n² · 10⁶ / 4 in the worst case while the range
 * shrinks as 2⁴⁹ / n; 1,309 people is the largest size that always fits). Timing:
 * docs/pins-and-wishes.md.
 */
export const MAX_RANK_MAXIMAL_PARTICIPANTS = 1_000;
