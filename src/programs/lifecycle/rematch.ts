/**
 * `rematch`: re-matching after pairs did not work out, people left or joined, with as
 * little disruption as the keep policy allows. Under `keep: "all"` only the freed
 * people and the joiners are scored and solved, never the whole cohort.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { MatchInputError } from "../../errors/match-input-error.js";
import type { Participant } from "../../model/index.js";
import { normaliseCohort } from "../../model/index.js";
import { buildMatchResult } from "../peers/build-result.js";
import { roundScore } from "../shared/result-helpers.js";
import type { MatchedGroup, MatchResult } from "../peers/match-result.js";
import { solvePeers } from "../peers/match-peers.js";
import { buildPeerCompatibility } from "../peers/peer-compatibility.js";
import type { PeerSolution } from "../peers/match-peers.js";
import { WEIGHT_SCALE } from "../shared/weight-scale.js";
import type { RematchPlan } from "./rematch-plan.js";
import { planRematch } from "./rematch-plan.js";
import type { RematchChange, RematchOptions, RematchResult } from "./rematch-types.js";

/**
 * Re-matches a programme after a change, keeping intact pairs as the keep policy says.
 *
 * @param previous - the last `MatchResult` (or `RematchResult`), as returned or stored as JSON
 * @param change - pairs to dissolve, people who left, people who joined
 * @param participants - everyone in the programme now, joiners included, with current profiles
 * @param options - match options plus `keep` (`"all"` by default)
 * @returns the new result with `diff` and `churn`; dissolved pairs are never formed again
 * @throws {@link MatchInputError} for bad input, or a change that does not fit the previous result
 * @example
 * ```ts
 * const first = matchPeers(cohort);
 * const [a, b] = first.pairs[0]!.members;
 * const next = rematch(first, { dissolve: [[a!, b!]] }, cohort);
 * console.log(next.diff.formed, next.churn); // new groups for a and b; churn 0
 * ```
 */
export function rematch(
  previous: MatchResult,
  change: RematchChange,
  participants: unknown[],
  options?: RematchOptions,
): RematchResult {
  const started = performance.now();
  const { keep = "all", ...matchOptions } = options ?? {};
  const cohort = normaliseCohort(participants, matchOptions, "rematch");
  const plan = planRematch(previous, change, new Set(cohort.ids));
  const churnPenalty = readChurnPenalty(keep, cohort.options.solver);
  const people = withBans(cohort.participants, plan);

  if (keep === "all") {
    const keptIds = new Set(plan.intact.flat());
    const freed = people.filter((p) => !keptIds.has(p.id));
    const compatibility = buildPeerCompatibility(freed, matchOptions, "rematch");
    const solution = solvePeers(compatibility);
    const fresh = buildMatchResult({ compatibility, ...solution, timeMs: 0 });
    const previousByGroup = new Map(previous.pairs.map((pair) => [groupKey(pair.members), pair]));
    // Kept entries are the previous ones, with members in the result's sorted order whatever order the caller stored.
    const kept = plan.intact.map((group) => ({
      ...(previousByGroup.get(groupKey(group)) ?? missingGroup(group)),
      members: [...group],
    }));
    return finish(plan, mergeResults(fresh, kept), started);
  }

  const compatibility = buildPeerCompatibility(people, matchOptions, "rematch");
  const solution =
    churnPenalty === undefined
      ? solvePeers(compatibility)
      : solvePeers(compatibility, keepBonusFor(compatibility, plan, churnPenalty));
  return finish(plan, resultOf(compatibility, solution), started);
}

function readChurnPenalty(keep: unknown, solver: string): number | undefined {
  if (keep === "all" || keep === "none") return undefined;
  const penalty =
    typeof keep === "object" && keep !== null ? (keep as { churnPenalty?: unknown }).churnPenalty : undefined;
  if (typeof penalty !== "number" || !Number.isFinite(penalty) || penalty < 0) {
    throw new MatchInputError([
      {
        code: "invalid_value",
        path: ["options", "keep"],
        message: 'rematch: keep must be "all", "none" or { churnPenalty: a finite number >= 0 }',
      },
    ]);
  }
  if (solver !== "optimal") {
    throw new MatchInputError([
      {
        code: "invalid_value",
        path: ["options", "keep"],
        message: `rematch: keep.churnPenalty weighs churn against total weight, so it needs solver "optimal" (got "${solver}")`,
      },
    ]);
  }
  return penalty;
}

/** Copies of the parsed participants with dissolved partners added to `exclude`. */
function withBans(participants: readonly Participant[], plan: RematchPlan): Participant[] {
  const extra = new Map<string, string[]>();
  for (const [a, b] of plan.bans) {
    extra.set(a, [...(extra.get(a) ?? []), b]);
    extra.set(b, [...(extra.get(b) ?? []), a]);
  }
  return participants.map((p) => {
    const banned = extra.get(p.id);
    return banned === undefined ? p : { ...p, exclude: [...(p.exclude ?? []), ...banned] };
  });
}

/**
 * The keep bonus that makes one maximum-weight matching weigh churn exactly: every
 * intact previous pair gets `churnPenalty` (scaled like the weights) plus one unit, so
 * breaking it pays only when the gain is strictly larger than the penalty.
 */
function keepBonusFor(
  compatibility: Compatibility,
  plan: RematchPlan,
  churnPenalty: number,
): { partner: Int32Array; bonus: number } {
  const index = new Map(compatibility.ids.map((id, i) => [id, i]));
  const partner = new Int32Array(compatibility.n).fill(-1);
  for (const group of plan.intact) {
    const [a, b] = group.map((id) => index.get(id) ?? -1);
    if (group.length !== 2 || a === undefined || b === undefined || a < 0 || b < 0) continue;
    partner[a] = b;
    partner[b] = a;
  }
  return { partner, bonus: Math.round(churnPenalty * WEIGHT_SCALE) + 1 };
}

/** A group's identity: its sorted member ids. */
function groupKey(members: readonly string[]): string {
  return [...members].sort().join("\u0000");
}

/** Intact groups come from the previous result, so this is a broken invariant. */
function missingGroup(group: readonly string[]): never {
  throw new Error(`rematch: intact group ${group.join(", ")} is missing from the previous result`);
}

function resultOf(compatibility: Compatibility, solution: PeerSolution): MatchResult {
  return buildMatchResult({ compatibility, ...solution, timeMs: 0 });
}

/**
 * The freshly solved part plus the kept groups. Blocking pairs are those among the
 * re-matched people: under `keep: "all"` the rest of the cohort is not re-scored.
 */
function mergeResults(fresh: MatchResult, kept: readonly MatchedGroup[]): MatchResult {
  const pairs = [...kept, ...fresh.pairs].sort((x, y) => (x.members[0]! < y.members[0]! ? -1 : 1));
  const scores = pairs.map((pair) => pair.score);
  const total = scores.reduce((sum, score) => sum + score, 0);
  const keptPeople = kept.reduce((sum, group) => sum + group.members.length, 0);
  return {
    ...fresh,
    pairs,
    stats: {
      ...fresh.stats,
      participants: fresh.stats.participants + keptPeople,
      matched: fresh.stats.matched + keptPeople,
      pairs: pairs.filter((pair) => pair.members.length === 2).length,
      trios: pairs.filter((pair) => pair.members.length === 3).length,
      totalScore: roundScore(total),
      meanScore: roundScore(pairs.length > 0 ? total / pairs.length : 0),
      minScore: pairs.length > 0 ? scores.reduce((low, score) => Math.min(low, score)) : 0,
    },
  };
}

/** Adds the diff, the churn count and the re-match reasons; sets the (non-serialised) time. */
function finish(plan: RematchPlan, result: MatchResult, started: number): RematchResult {
  const previousKeys = new Set(plan.previousGroups.map(groupKey));
  const groups = result.pairs.map((pair) => [...pair.members].sort());
  const currentKeys = new Set(groups.map(groupKey));
  const pairs = result.pairs.map((pair, k) => {
    if (previousKeys.has(groupKey(groups[k]!))) return pair;
    const notes = pair.members.flatMap((id) => {
      const note = plan.notes.get(id);
      return note === undefined ? [] : [`Re-matched ${id}: ${note}`];
    });
    return { ...pair, reasons: [...notes, ...pair.reasons] };
  });
  const changedPeople = new Set(plan.previousGroups.filter((group) => !currentKeys.has(groupKey(group))).flat());
  const left = new Set(plan.left);
  const churn = [...changedPeople].filter((id) => !left.has(id) && !plan.affected.has(id)).length;
  const stats = { ...result.stats };
  Object.defineProperty(stats, "timeMs", { value: performance.now() - started, enumerable: false });
  return {
    ...result,
    pairs,
    stats,
    diff: {
      kept: groups.filter((group) => previousKeys.has(groupKey(group))),
      formed: groups.filter((group) => !previousKeys.has(groupKey(group))),
      dissolved: plan.previousGroups
        .filter((group) => !currentKeys.has(groupKey(group)))
        .map((group) => [...group])
        .sort((x, y) => (groupKey(x) < groupKey(y) ? -1 : 1)),
      left: [...plan.left],
      unmatched: result.unmatched.map((entry) => entry.id),
    },
    churn,
  };
}
