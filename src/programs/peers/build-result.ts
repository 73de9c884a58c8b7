/**
 * Turns solver output (participant indices) into the plain-JSON `MatchResult`: ids,
 * rounded scores, explanations and readable reasons for everyone unmatched.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { PairExplanation } from "../../compatibility/explanation.js";
import type { Grouping } from "./groups.js";
import { trioWeight } from "./groups.js";
import type { MatchedGroup, MatchResult, MatchStats, UnmatchedParticipant, UnmatchedReason } from "./match-result.js";
import { pairsInGroups } from "../shared/history.js";
import { resultMeta } from "../shared/meta.js";
import { reasonsOf, roundScore, setOwn, summariseVetoes } from "../shared/result-helpers.js";

export interface ResultInput {
  readonly compatibility: Compatibility;
  readonly grouping: Grouping;
  readonly blockingPairs: readonly (readonly [number, number])[];
  readonly stable: boolean | null;
  /** `solver: "stable"`: whether the cohort has a stable matching (null otherwise and when not given). */
  readonly stableMatchingExists?: boolean | null;
  readonly timeMs: number;
}

export function buildMatchResult({
  compatibility,
  grouping,
  blockingPairs,
  stable,
  stableMatchingExists = null,
  timeMs,
}: ResultInput): MatchResult {
  const { ids, options } = compatibility;
  const pairs = grouping.groups.map((group) => describeGroup(compatibility, group));
  const groupScores = grouping.groups.map((group) => groupWeight(compatibility, group));
  const total = groupScores.reduce((sum, w) => sum + w, 0);
  const stats: MatchStats = {
    solver: options.solver,
    participants: compatibility.n,
    matched: grouping.groups.reduce((sum, group) => sum + group.length, 0),
    pairs: grouping.groups.filter((group) => group.length === 2).length,
    trios: grouping.groups.filter((group) => group.length === 3).length,
    totalScore: roundScore(total),
    meanScore: roundScore(groupScores.length > 0 ? total / groupScores.length : 0),
    minScore: roundScore(groupScores.length > 0 ? groupScores.reduce((low, w) => Math.min(low, w)) : 0),
    stable,
    stableMatchingExists,
    blockingPairs: blockingPairs.length,
  };
  Object.defineProperty(stats, "timeMs", { value: timeMs, enumerable: false });
  return {
    pairs,
    unmatched: grouping.unmatched.map(({ index, reason }) => describeUnmatched(compatibility, index, reason)),
    blockingPairs: blockingPairs.map(([i, j]) => [ids[i]!, ids[j]!]),
    stats,
    history: { dissolved: [], formed: pairsInGroups(pairs.map((pair) => pair.members)) },
    meta: resultMeta(options),
  };
}

function groupWeight(compatibility: Compatibility, group: readonly number[]): number {
  const [a, b, c] = group;
  if (a === undefined || b === undefined) return 0;
  return c === undefined ? compatibility.pairWeight(a, b) : trioWeight(compatibility, a, b, c);
}

function describeGroup(compatibility: Compatibility, group: readonly number[]): MatchedGroup {
  const { ids, n, scores } = compatibility;
  const explanations: { a: number; b: number; explanation: PairExplanation }[] = [];
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      const a = group[x]!;
      const b = group[y]!;
      explanations.push({ a, b, explanation: compatibility.explain(a, b) });
    }
  }
  const memberScores: Record<string, number> = {};
  for (const member of group) {
    let sum = 0;
    for (const other of group) if (other !== member) sum += scores[member * n + other]!;
    setOwn(memberScores, ids[member]!, roundScore(sum / (group.length - 1)));
  }
  const breakdown: Record<string, number> = {};
  for (const name of compatibility.cohort.features) {
    let sum = 0;
    for (const { explanation } of explanations) sum += explanation.features[name]?.score ?? 0;
    setOwn(breakdown, name, roundScore(sum / explanations.length));
  }
  const trio = group.length === 3;
  const reasons = explanations.flatMap(({ a, b, explanation }) =>
    reasonsOf(explanation)
      .slice(0, trio ? 2 : 4)
      .map((reason) => (trio ? `${nameOf(compatibility, a)} & ${nameOf(compatibility, b)}: ${reason}` : reason)),
  );
  return {
    members: group.map((i) => ids[i]!),
    score: roundScore(groupWeight(compatibility, group)),
    scores: memberScores,
    breakdown,
    reasons,
  };
}

function describeUnmatched(compatibility: Compatibility, index: number, reason: UnmatchedReason): UnmatchedParticipant {
  const id = compatibility.ids[index]!;
  switch (reason) {
    case "no-feasible-partner":
      return {
        id,
        reason,
        detail: `No one in the cohort can be paired with ${nameOf(compatibility, index)}: ${vetoSummary(compatibility, index)}.`,
      };
    case "odd-one-out":
      return {
        id,
        reason,
        detail: `The cohort has an odd number of people who can be paired; ${nameOf(compatibility, index)} has the fewest possible partners, and oddHandling is "unmatched".`,
      };
    case "partners-taken":
      return {
        id,
        reason,
        detail: `${nameOf(compatibility, index)} could be paired with ${prospectList(compatibility, index)}, but a maximum matching needs them in other pairs, and no pair could take a third member.`,
      };
  }
}

/** The hard constraints that rule out everyone, grouped by feature, most frequent first. */
function vetoSummary(compatibility: Compatibility, index: number): string {
  if (compatibility.n === 1) return "they are the only participant";
  const vetoLists: { feature: string; reason: string }[][] = [];
  for (let j = 0; j < compatibility.n; j++) if (j !== index) vetoLists.push(compatibility.explain(index, j).vetoes);
  return summariseVetoes(vetoLists);
}

function prospectList(compatibility: Compatibility, index: number): string {
  const { n, scores, ids } = compatibility;
  const partners: string[] = [];
  for (let j = 0; j < n; j++) if (!Number.isNaN(scores[index * n + j]!)) partners.push(ids[j]!);
  const shown = partners.slice(0, 5).join(", ");
  return partners.length > 5 ? `${shown} and ${partners.length - 5} more` : shown;
}

function nameOf(compatibility: Compatibility, index: number): string {
  const participant = compatibility.participants[index];
  return participant?.name ?? participant?.id ?? "";
}
