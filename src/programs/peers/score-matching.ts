/**
 * `scoreMatching`: the what-if for coordinators. Scores a hand-made matching (groups of
 * 2 or 3 ids) exactly as a `matchPeers` result is scored, through the same result
 * builder, and adds what a hand-made matching can get wrong: the hard constraints its
 * groups break (a pair a veto forbids counts 0, as in `explainPair`), and how far it is
 * from the optimum (`matchPeers` with `solver: "optimal"` and the same options).
 *
 * Complexity: one scoring of the cohort for the matching, one `matchPeers` for the optimum.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { describeValue } from "../../errors/describe-value.js";
import { IssueList } from "../../errors/issues.js";
import type { MatchOptions, ParticipantInput } from "../../model/index.js";
import { IdIndex } from "../../model/referenced-ids.js";
import { roundScore } from "../shared/result-helpers.js";
import { buildMatchResult } from "./build-result.js";
import { countProspects, type Grouping } from "./groups.js";
import { matchPeers } from "./match-peers.js";
import type { MatchResult } from "./match-result.js";
import { buildPeerCompatibility } from "./peer-compatibility.js";
import { resolvePeerPins } from "./pins.js";
import { settleStability } from "./peer-solution.js";

/** A hard constraint that a hand-made group breaks. */
export interface BrokenVeto {
  /** The two members (sorted) the constraint keeps apart. */
  members: [string, string];
  /** The feature or rule behind it (`"exclude"`, `"language"`, `"availability"`, …). */
  feature: string;
  /** The constraint's reason, as in `explainPair`. */
  reason: string;
}

/** How a hand-made matching compares with the optimum under the same options. */
export interface MatchingComparison {
  /** `stats.totalScore` of `matchPeers` with `solver: "optimal"` and the same options. */
  optimumTotal: number;
  /** `stats.minScore` of that optimum. */
  optimumMinScore: number;
  /** People the optimum matches. */
  optimumMatched: number;
  /** optimumTotal − totalScore of the hand-made matching (≥ 0 up to rounding when it breaks no veto). */
  difference: number;
  /** Pairs of people the hand-made groups put together (a trio holds three). */
  handMadePairs: number;
  /** Of those, how many the optimum also puts together (in a pair or trio). */
  pairsKept: number;
}

/**
 * The result of {@link scoreMatching}: a `MatchResult` for the given groups (pairs with
 * scores, breakdowns, reasons; everyone else unmatched with the reason `"not-grouped"`;
 * blocking pairs as `matchPeers` counts them), plus the broken vetoes and the comparison.
 * `stats.solver` is the options' solver (nothing was solved with it); `stats.stable`
 * says whether the matching has no blocking pair, whatever the solver.
 */
export interface ScoredMatching extends MatchResult {
  /** Every hard constraint a group breaks, in group order. Empty when the matching is feasible. */
  vetoesBroken: BrokenVeto[];
  comparison: MatchingComparison;
}

const CALLER = "scoreMatching";

/**
 * Scores a hand-made matching with the same scores, explanations and blocking pairs as a
 * `matchPeers` result, lists the hard constraints it breaks (with their reasons; a pair a
 * veto forbids scores 0), and compares it with the optimum under the same options.
 *
 * @param participants - the cohort, as for `matchPeers`
 * @param groups - arrays of 2 or 3 participant ids; people in no group are reported unmatched
 * @param options - as for `matchPeers` (the optimum is `matchPeers` with `solver: "optimal"`)
 * @throws {@link MatchInputError} for bad participants or options, and for groups that are not
 *   arrays of 2 or 3 ids of the cohort, or that name someone twice
 * @example
 * ```ts
 * const people = generateCohort(6, { seed: "demo" });
 * const scored = scoreMatching(people, [["p001", "p002"], ["p003", "p004", "p005"]]);
 * console.log(scored.stats.totalScore, scored.comparison.difference, scored.vetoesBroken.length);
 * ```
 */
export function scoreMatching(
  participants: readonly ParticipantInput[],
  groups: readonly (readonly string[])[],
  options?: MatchOptions,
): ScoredMatching {
  const started = performance.now();
  const compatibility = buildPeerCompatibility(participants, options, CALLER);
  // Pins only shape the optimum, but their errors name this function, not matchPeers.
  resolvePeerPins(compatibility, CALLER);
  const resolved = resolveGroups(compatibility, groups as unknown);
  const vetoesBroken: BrokenVeto[] = [];
  const vetoed = new Set<number>();
  for (const group of resolved) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = group[x]!;
        const b = group[y]!;
        if (!Number.isNaN(compatibility.pairWeight(a, b))) continue;
        vetoed.add(a * compatibility.n + b);
        for (const veto of compatibility.explain(a, b).vetoes) {
          vetoesBroken.push({ members: [compatibility.ids[a]!, compatibility.ids[b]!], ...veto });
        }
      }
    }
  }
  const view = vetoed.size === 0 ? compatibility : vetoedCountZero(compatibility, vetoed);
  const grouping = handMadeGrouping(view, resolved);
  const settled = settleStability(view, grouping, "stable", null);
  const optimum = matchPeers(participants, { ...options, solver: "optimal" });
  const result = buildMatchResult({
    compatibility: view,
    ...settled,
    // Stability is a property of any matching: no blocking pair (null when unchecked).
    stableMatchingExists: null,
    upperBound: null,
    maxCardinalityProven: false,
    timeMs: performance.now() - started,
  });
  for (const pair of result.pairs) {
    const broken = vetoesBroken.filter((veto) => veto.members.every((id) => pair.members.includes(id)));
    pair.reasons.unshift(
      ...broken.map((veto) => `Breaks a hard constraint (${veto.feature}): ${veto.reason}; this pair counts 0.`),
    );
  }
  result.stats.solver = compatibility.options.solver;
  return { ...result, vetoesBroken, comparison: compare(result, optimum) };
}

/** The hand-made groups as sorted participant indices; throws every problem at once. */
function resolveGroups(compatibility: Compatibility, groups: unknown): number[][] {
  const issues = new IssueList(CALLER);
  if (!Array.isArray(groups)) {
    issues.add("invalid_type", ["groups"], `groups must be an array of groups, got ${describeValue(groups)}`);
    issues.throwIfAny();
    return [];
  }
  const { ids } = compatibility;
  const index = new IdIndex(ids);
  const groupOf = new Int32Array(compatibility.n).fill(-1);
  const resolved: number[][] = [];
  groups.forEach((group: unknown, g) => {
    if (!Array.isArray(group)) {
      issues.add(
        "invalid_type",
        ["groups", g],
        `groups[${g}] must be an array of 2 or 3 ids, got ${describeValue(group)}`,
      );
      return;
    }
    if (group.length < 2 || group.length > 3) {
      issues.add(
        "invalid_value",
        ["groups", g],
        `groups[${g}] must have 2 or 3 ids (a pair or a trio), got ${group.length}`,
        typeof group[0] === "string" ? group[0] : undefined,
      );
    }
    const members: number[] = [];
    group.forEach((id: unknown, position) => {
      const path = ["groups", g, position];
      if (typeof id !== "string") {
        issues.add(
          "invalid_type",
          path,
          `groups[${g}][${position}] must be an id (a string), got ${describeValue(id)}`,
        );
        return;
      }
      const found = index.match(id);
      if (found.kind === "exact") {
        members.push(found.index);
        return;
      }
      const near = found.kind === "near" ? found.candidates[0] : index.suggest(id);
      const hint = near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`;
      issues.add("unknown_id", path, `groups[${g}][${position}] ${JSON.stringify(id)} is not in the cohort${hint}`, id);
    });
    members.forEach((member, position) => {
      const earlier = groupOf[member]!;
      if (earlier === g) {
        issues.add(
          "invalid_value",
          ["groups", g, position],
          `groups[${g}] names ${JSON.stringify(ids[member]!)} twice`,
          ids[member]!,
        );
      } else if (earlier !== -1) {
        issues.add(
          "invalid_value",
          ["groups", g, position],
          `groups[${g}] puts ${JSON.stringify(ids[member]!)} in a second group (also in groups[${earlier}])`,
          ids[member]!,
        );
      } else groupOf[member] = g;
    });
    resolved.push([...members].sort((x, y) => x - y));
  });
  issues.throwIfAny();
  return resolved;
}

/** The groups as a `Grouping`: everyone in no group is unmatched, `"not-grouped"` (or without any possible partner). */
function handMadeGrouping(compatibility: Compatibility, groups: readonly number[][]): Grouping {
  const inGroup = new Uint8Array(compatibility.n);
  for (const group of groups) for (const i of group) inGroup[i] = 1;
  const prospects = countProspects(compatibility);
  const unmatched: Grouping["unmatched"][number][] = [];
  for (let i = 0; i < compatibility.n; i++) {
    if (inGroup[i] === 1) continue;
    unmatched.push({ index: i, reason: prospects[i] === 0 ? "no-feasible-partner" : "not-grouped" });
  }
  const sorted = [...groups].sort((x, y) => x[0]! - y[0]!);
  return { groups: sorted, unmatched, trioGain: 0 };
}

/** `compatibility` in which the vetoed pairs (keys a·n + b, a < b) of the groups score 0 both ways. */
function vetoedCountZero(compatibility: Compatibility, vetoed: ReadonlySet<number>): Compatibility {
  const { n } = compatibility;
  const isVetoed = (i: number, j: number): boolean => vetoed.has(i < j ? i * n + j : j * n + i);
  return {
    ...compatibility,
    score: (i, j) => (isVetoed(i, j) ? 0 : compatibility.score(i, j)),
    pairWeight: (i, j) => (isVetoed(i, j) ? 0 : compatibility.pairWeight(i, j)),
  };
}

function compare(result: MatchResult, optimum: MatchResult): MatchingComparison {
  const together = new Set<string>();
  for (const pair of optimum.pairs) for (const key of memberPairs(pair.members)) together.add(key);
  let handMadePairs = 0;
  let pairsKept = 0;
  for (const pair of result.pairs) {
    for (const key of memberPairs(pair.members)) {
      handMadePairs++;
      if (together.has(key)) pairsKept++;
    }
  }
  return {
    optimumTotal: optimum.stats.totalScore,
    optimumMinScore: optimum.stats.minScore,
    optimumMatched: optimum.stats.matched,
    difference: roundScore(optimum.stats.totalScore - result.stats.totalScore),
    handMadePairs,
    pairsKept,
  };
}

/** Keys of the member pairs of a group (members sorted). */
function memberPairs(members: readonly string[]): string[] {
  const keys: string[] = [];
  for (let x = 0; x < members.length; x++)
    for (let y = x + 1; y < members.length; y++) keys.push(`${members[x]!}\u0000${members[y]!}`);
  return keys;
}
