/**
 * The two per-member and per-feature summaries of a group (a pair, a trio or a circle)
 * that every result entry shows: each member's mean directional score to the others, and
 * each feature's mean score over the group's pairs.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { PairExplanation } from "../../compatibility/explanation.js";
import { roundScore, setOwn } from "./result-helpers.js";

/**
 * `scores[id]`: the member's mean s(member → other) over the rest of the group.
 * `breakdown[feature]`: the feature's mean score over `explanations`, the group's pairs
 * (0 when there are none).
 */
export function groupScores(
  compatibility: Compatibility,
  members: readonly number[],
  explanations: readonly { readonly explanation: PairExplanation }[],
): { scores: Record<string, number>; breakdown: Record<string, number> } {
  const scores: Record<string, number> = {};
  for (const member of members) {
    let sum = 0;
    for (const other of members) if (other !== member) sum += compatibility.score(member, other);
    setOwn(scores, compatibility.ids[member]!, roundScore(sum / (members.length - 1)));
  }
  const breakdown: Record<string, number> = {};
  for (const name of compatibility.cohort.features) {
    let sum = 0;
    for (const { explanation } of explanations) sum += explanation.features[name]?.score ?? 0;
    setOwn(breakdown, name, roundScore(explanations.length === 0 ? 0 : sum / explanations.length));
  }
  return { scores, breakdown };
}
