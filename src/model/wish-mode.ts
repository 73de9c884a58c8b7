/**
 * Where `wishes: { mode: "rank-maximal" }` applies, checked with the other option issues
 * so that it is never silently ignored: `matchPeers` with the `"optimal"` solver on the
 * dense graph (no `topK`, at most `MAX_RANK_MAXIMAL_PARTICIPANTS` people), and the
 * functions that only score pairs. Every other programme refuses it.
 */
import { inputIssue } from "../errors/issues.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { MAX_RANK_MAXIMAL_PARTICIPANTS, tooLarge } from "./limits.js";
import type { ResolvedMatchOptions } from "./types.js";

/** Callers that accept rank-maximal wishes: the one that solves them, and those that only score. */
const RANK_MAXIMAL_CALLERS: readonly string[] = [
  "matchPeers",
  "compatibilityGraph",
  "explainPair",
  "candidateGraph",
  "evaluate",
  "exportPairs",
  "fitWeights",
  "simulateOutcomes",
  "scoreMatching",
];

/** The issues of rank-maximal wishes with these options, this many participants and this caller (none otherwise). */
export function wishModeIssues(options: ResolvedMatchOptions, participants: number, caller: string): MatchInputIssue[] {
  if (options.wishes.mode !== "rank-maximal") return [];
  const path = ["options", "wishes", "mode"];
  if (!RANK_MAXIMAL_CALLERS.includes(caller))
    return [inputIssue(caller, "invalid_value", path, `wishes.mode "rank-maximal" is available in matchPeers only`)];
  if (caller !== "matchPeers") return [];
  const issues: MatchInputIssue[] = [];
  if (options.solver !== "optimal")
    issues.push(
      inputIssue(
        caller,
        "invalid_value",
        path,
        `wishes.mode "rank-maximal" needs solver "optimal", got solver ${JSON.stringify(options.solver)}`,
      ),
    );
  if (options.topK !== undefined)
    issues.push(
      inputIssue(caller, "invalid_value", path, `wishes.mode "rank-maximal" needs every pair scored: remove topK`),
    );
  if (participants > MAX_RANK_MAXIMAL_PARTICIPANTS)
    issues.push(
      tooLarge(
        caller,
        path,
        'the number of participants for wishes.mode "rank-maximal"',
        participants,
        MAX_RANK_MAXIMAL_PARTICIPANTS,
      ),
    );
  return issues;
}
