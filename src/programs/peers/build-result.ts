/**
 * Turns solver output (participant indices) into the plain-JSON `MatchResult`: ids,
 * rounded scores, explanations and readable reasons for everyone unmatched.
 */
import { groupScores } from "../shared/group-scores.js";
import type { Compatibility } from "../../compatibility/compatibility.js";
import { invariant } from "../../internal/debug.js";
import type { PairExplanation } from "../../compatibility/explanation.js";
import type { Grouping } from "./groups.js";
import type { PeerPins } from "./pins.js";
import { wishReasons, wishesGranted } from "./wish-report.js";
import { trioWeight } from "./groups.js";
import type { MatchedGroup, MatchResult, MatchStats, UnmatchedParticipant, UnmatchedReason } from "./match-result.js";
import { pairsInGroups } from "../shared/history.js";
import { resultMeta } from "../shared/meta.js";
import {
  describeVetoCounts,
  reasonsOf,
  resultWarnings,
  roundScore,
  unknownFeatures,
} from "../shared/result-helpers.js";
import type { SeededOrder } from "../shared/seeded-order.js";
import { seededOrder } from "../shared/seeded-order.js";

export interface ResultInput {
  readonly compatibility: Compatibility;
  readonly grouping: Grouping;
  readonly blockingPairs: readonly (readonly [number, number])[];
  readonly stable: boolean | null;
  /** A proven upper bound on the optimum of the pairs (see `PeerSolution.upperBound`), or null. */
  readonly upperBound: number | null;
  readonly maxCardinalityProven: boolean;
  /** `solver: "stable"`: whether the cohort has a stable matching (null otherwise and when not given). */
  readonly stableMatchingExists?: boolean | null;
  readonly timeMs: number;
  /** Pinned groups: marked in their reasons, and listed in `stats.pinConflicts` when they conflict. */
  readonly pins?: PeerPins;
  /** Indices into `pins` of the pins no stable matching can contain with the others. */
  readonly pinConflicts?: readonly number[];
}

export function buildMatchResult({
  compatibility,
  grouping,
  blockingPairs,
  stable,
  upperBound,
  maxCardinalityProven,
  stableMatchingExists = null,
  timeMs,
  pins,
  pinConflicts = [],
}: ResultInput): MatchResult {
  const { ids, options } = compatibility;
  const pairs = grouping.groups.map((group) => describeGroup(compatibility, group));
  if (pins !== undefined && pins.groups.length > 0) markPinned(pairs, pins);
  const groupScores = grouping.groups.map((group) => groupWeight(compatibility, group));
  const total = groupScores.reduce((sum, w) => sum + w, 0);
  const checks = vetoChecks(compatibility, grouping);
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
    graph: compatibility.graph.kind,
    candidatesPerPerson: compatibility.graph.candidatesPerPerson,
    edges: compatibility.graph.m,
    ...optimality(upperBound, total, grouping.trioGain),
    maxCardinalityProven,
    ...(compatibility.cohort.wishIndex.length > 0
      ? { wishesGranted: wishesGranted(compatibility, grouping.groups) }
      : {}),
    ...(pins !== undefined && pins.groups.length > 0
      ? { pinConflicts: pinConflicts.map((k) => [...pins.ids[k]!].sort(compareIds)) }
      : {}),
  };
  Object.defineProperty(stats, "timeMs", { value: timeMs, enumerable: false });
  return {
    pairs,
    unmatched: grouping.unmatched.map(({ index, reason }) => describeUnmatched(compatibility, index, reason, checks)),
    blockingPairs: blockingPairs.map(([i, j]) => [ids[i]!, ids[j]!]),
    warnings: resultWarnings(compatibility.cohort.warnings),
    stats,
    history: { dissolved: [], formed: pairsInGroups(pairs.map((pair) => pair.members)) },
    meta: resultMeta(options),
  };
}

/** Pinned groups say so first among their reasons. */
function markPinned(pairs: MatchedGroup[], pins: PeerPins): void {
  const pinned = new Set(pins.ids.map((group) => [...group].sort(compareIds).join("\u0000")));
  for (const pair of pairs) {
    if (pinned.has(pair.members.join("\u0000"))) pair.reasons.unshift("Pinned by the coordinator.");
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Most pair checks spent on explaining "no-feasible-partner" people (each is checked
 * against everyone else while the total stays within it, against an equal share of the
 * others beyond), so a cohort in which nobody fits still costs O(n · budget / n) and
 * not O(n²) explanations.
 */
const VETO_CHECK_BUDGET = 20_000_000;

/** How many others each "no-feasible-partner" person is checked against. */
function vetoChecks(compatibility: Compatibility, grouping: Grouping): number {
  const alone = grouping.unmatched.filter((entry) => entry.reason === "no-feasible-partner").length;
  const everyone = compatibility.n - 1;
  if (alone * everyone <= VETO_CHECK_BUDGET) return everyone;
  return Math.max(1000, Math.floor(VETO_CHECK_BUDGET / alone));
}

/**
 * The bound and gap of stats: the solver's bound on the best total of a maximum-
 * cardinality pair matching of the full feasible graph, plus what trios add where they
 * raise their pair's weight (so it is never below `totalScore`; a trio that lowers its
 * pair's weight shows as a gap).
 */
function optimality(
  upperBound: number | null,
  total: number,
  trioGain: number,
): { upperBound: number | null; optimalityGap: number | null } {
  if (upperBound === null) return { upperBound: null, optimalityGap: null };
  invariant(
    upperBound + trioGain >= total - 1e-6,
    () => `matchPeers: the upper bound ${upperBound + trioGain} is below the total ${total}`,
  );
  const bound = Math.max(total, upperBound + trioGain);
  return { upperBound: roundUp(bound), optimalityGap: bound > 0 ? roundUp((bound - total) / bound) : 0 };
}

/** Rounds up to the result's 4 decimals, so a rounded bound is still a bound. */
function roundUp(x: number): number {
  // + 0 turns -0 into 0, which JSON cannot tell apart anyway.
  return Math.ceil(x * 10000 - 1e-9) / 10000 + 0;
}

function groupWeight(compatibility: Compatibility, group: readonly number[]): number {
  const [a, b, c] = group;
  if (a === undefined || b === undefined) return 0;
  return c === undefined ? compatibility.pairWeight(a, b) : trioWeight(compatibility, a, b, c);
}

function describeGroup(compatibility: Compatibility, group: readonly number[]): MatchedGroup {
  const { ids } = compatibility;
  const explanations: { a: number; b: number; explanation: PairExplanation }[] = [];
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      const a = group[x]!;
      const b = group[y]!;
      explanations.push({ a, b, explanation: compatibility.explain(a, b) });
    }
  }
  const { scores: memberScores, breakdown } = groupScores(compatibility, group, explanations);
  const unknownSet = new Set(explanations.flatMap(({ explanation }) => unknownFeatures(explanation)));
  const unknown = compatibility.cohort.features.filter((name) => unknownSet.has(name));
  const trio = group.length === 3;
  const reasons = [...wishReasons(compatibility, group)];
  reasons.push(
    ...explanations.flatMap(({ a, b, explanation }) =>
      reasonsOf(explanation)
        .slice(0, trio ? 2 : 4)
        .map((reason) => (trio ? `${nameOf(compatibility, a)} & ${nameOf(compatibility, b)}: ${reason}` : reason)),
    ),
  );
  return {
    members: group.map((i) => ids[i]!),
    score: roundScore(groupWeight(compatibility, group)),
    scores: memberScores,
    breakdown,
    unknown,
    reasons,
  };
}

function describeUnmatched(
  compatibility: Compatibility,
  index: number,
  reason: UnmatchedReason,
  checks: number,
): UnmatchedParticipant {
  const id = compatibility.ids[index]!;
  switch (reason) {
    case "no-feasible-partner":
      return {
        id,
        reason,
        detail: `No one in the cohort can be paired with ${nameOf(compatibility, index)}: ${vetoSummary(compatibility, index, checks)}.`,
      };
    case "odd-one-out":
      return {
        id,
        reason,
        detail: `The cohort has an odd number of people who can be paired; ${nameOf(compatibility, index)} has the fewest possible partners, and oddHandling is "unmatched".`,
      };
    case "not-grouped":
      return {
        id,
        reason,
        detail: `${nameOf(compatibility, index)} is in none of the given groups, and could be paired with ${prospectList(compatibility, index)}.`,
      };
    case "partners-taken":
      return {
        id,
        reason,
        detail: `${nameOf(compatibility, index)} could be paired with ${prospectList(compatibility, index)}, but a maximum matching needs them in other pairs, and no pair could take a third member.`,
      };
  }
}

/**
 * The hard constraints that rule out everyone, grouped by feature, most frequent first,
 * each with one example reason. Counted over everyone else while the cohort is small
 * enough (see VETO_CHECK_BUDGET), otherwise over a fixed share of the others in seeded
 * order (and said so); only one explanation per feature is built.
 */
function vetoSummary(compatibility: Compatibility, index: number, checks: number): string {
  if (compatibility.n === 1) return "they are the only participant";
  const others =
    checks >= compatibility.n - 1 ? everyoneBut(compatibility.n, index) : sampleOf(compatibility, index, checks);
  const census = compatibility.vetoCensus(index, others);
  const summary = describeVetoCounts(
    census.map(({ feature, count, first }) => ({
      feature,
      count,
      example: compatibility.explain(index, first).vetoes.find((veto) => veto.feature === feature)?.reason ?? "",
    })),
  );
  return checks >= compatibility.n - 1 ? summary : `among ${others.length} people checked, ${summary}`;
}

/** Everyone but `index`, in index order. */
function everyoneBut(n: number, index: number): number[] {
  const others: number[] = [];
  for (let j = 0; j < n; j++) if (j !== index) others.push(j);
  return others;
}

/** The seeded order of each compatibility, computed once when a sample is first needed. */
const seededOrders = new WeakMap<Compatibility, SeededOrder>();

/** `count` others of `index`: the people after her in the seeded solver order (cyclically). */
function sampleOf(compatibility: Compatibility, index: number, count: number): number[] {
  let seeded = seededOrders.get(compatibility);
  if (seeded === undefined) {
    seeded = seededOrder(compatibility.ids, compatibility.options.seed);
    seededOrders.set(compatibility, seeded);
  }
  const { order, position } = seeded;
  const start = position[index]!;
  const others: number[] = [];
  for (let k = 1; k <= count; k++) others.push(order[(start + k) % compatibility.n]!);
  return others;
}

function prospectList(compatibility: Compatibility, index: number): string {
  const { ids } = compatibility;
  const { offsets, neighbour } = compatibility.graph.adjacency;
  const count = offsets[index + 1]! - offsets[index]!;
  const partners: string[] = [];
  for (let slot = offsets[index]!; slot < offsets[index]! + Math.min(count, 5); slot++)
    partners.push(ids[neighbour[slot]!]!);
  const shown = partners.join(", ");
  return count > 5 ? `${shown} and ${count - 5} more` : shown;
}

function nameOf(compatibility: Compatibility, index: number): string {
  const participant = compatibility.participants[index];
  return participant?.name ?? participant?.id ?? "";
}
