/**
 * `evaluate`: quality measures of a matching, each defined in docs/metrics.md. The
 * groups are re-scored from the participants under the scoring options (by default the
 * ones the result was made with), so a matching can also be measured under other
 * weights — the true weights of a simulation, say.
 *
 * Complexity: O(n² · per-pair cost) to score the cohort (blocking pairs need every
 * pair), plus O(groups · tag words).
 * References: Gini 1912 (mean absolute difference form); Gusfield & Irving 1989
 * (blocking pairs).
 */
import { buildCompatibility } from "../compatibility/compatibility.js";
import { describeValue } from "../errors/describe-value.js";
import { inputIssue } from "../errors/issues.js";
import { MatchInputError, type MatchInputIssue } from "../errors/match-input-error.js";
import { popcount32 } from "../features/tags.js";
import type { NormalisedCohort } from "../model/cohort.js";
import type { MatchOptions } from "../model/options-schema.js";
import type { ParticipantInput } from "../model/participant-schema.js";
import { readRecordedOptions } from "../model/recorded-options.js";
import { blockingPairsOf } from "../programs/peers/blocking-pairs.js";
import { trioWeight } from "../programs/peers/groups.js";
import { roundScore } from "../programs/shared/result-helpers.js";
import { type IndexedGroup, readGroups } from "./read-pairs.js";

const CALLER = "evaluate";

/**
 * Quality measures of a matching (see docs/metrics.md for each definition). Scores,
 * shares and the Gini coefficient are rounded to 4 decimals, like a result's stats.
 *
 * @example
 * ```ts
 * const measures: Evaluation = evaluate(result, people);
 * console.log(measures.gini, measures.crossOrganization.share);
 * ```
 */
export interface Evaluation {
  /** Participants in the cohort. */
  participants: number;
  /** Pairs and trios evaluated. */
  groups: number;
  /** Participants in a group. */
  matched: number;
  /** Sum of group scores (a pair's weight; a trio's mean pair weight). */
  totalScore: number;
  /** Mean group score (0 without groups). */
  meanScore: number;
  /** Smallest group score (0 without groups). */
  minScore: number;
  /** Gini coefficient of the group scores: 0 when all are equal, towards 1 when a few groups hold all the score (0 without groups). */
  gini: number;
  /** Pairs of participants who would both rather be together than in their groups (as `stats.blockingPairs`). */
  blockingPairs: number;
  /** Growth areas (each participant's, each counted once) that a groupmate lists as a strength, out of all growth areas in the cohort. */
  growthAreasCovered: { share: number | null; covered: number; total: number };
  /** Member pairs within groups from different organisations, out of those where both organisations are known. */
  crossOrganization: { share: number | null; cross: number; known: number };
  /**
   * People with wishes (at least one of their first `wishes.max` distinct wishes names
   * someone else in the cohort) whose group holds their first wish, out of all people
   * with wishes. `share` is null when nobody made wishes.
   */
  firstChoice: { share: number | null; granted: number; withWishes: number };
  /** As `firstChoice`, for a group holding any of the person's counted wishes. */
  anyWish: { share: number | null; granted: number; withWishes: number };
  /** Groups that the scoring options rule out (a veto inside them); they score 0 and their members count as unmatched towards people outside their group for blocking pairs. */
  infeasible: string[][];
}

/**
 * What {@link evaluate} reads from a result: each group's members, and (when no options
 * are passed) the options the result records in `meta.options` (or, for a result
 * without them, its reference date and seed) and each group's score, to check them. A
 * `MatchResult`, `RematchResult` or rotation round is one; so is
 * `{ pairs: [{ members: ["a", "b"] }] }`.
 *
 * @example
 * ```ts
 * const grouping: EvaluatedMatching = { pairs: [{ members: ["ana", "bea"] }, { members: ["cy", "dee", "eli"] }] };
 * ```
 */
export interface EvaluatedMatching {
  readonly pairs: readonly { readonly members: readonly string[]; readonly score?: number }[];
  readonly meta?: { readonly referenceDate?: string; readonly seed?: string; readonly options?: object };
}

/**
 * Measures a peer matching: total, mean and smallest group score, the Gini coefficient
 * of group scores, blocking pairs, the share of growth areas a partner covers, and the
 * share of cross-organisation pairs ("network expansion"). Groups are re-scored from
 * `participants` under `options`; by default under the options the result was made
 * with, as it records them in `meta.options` (a result stored by peermatch 0.1.0 has
 * none: then its reference date and seed with the default scoring), and then every
 * recomputed group score must equal the result's (else pass the options the result was
 * made with). Pass other weights to measure the same matching under them.
 *
 * When participants made ranked wishes, also the share who got their first choice and
 * the share granted any wish.
 *
 * @param result - a peer match result (`matchPeers`, `rematch`), or any `{ pairs: { members }[] }` (see {@link EvaluatedMatching})
 * @param participants - the cohort the result was made from
 * @param options - scoring options to measure under (see above)
 * @throws {@link MatchInputError} for bad participants or options, a group naming an
 *   unknown id, a participant in two groups, or (options omitted) recorded options that
 *   name custom features or scores that differ from the result's
 * @example
 * ```ts
 * import { generateCohort, matchPeers } from "peermatch";
 * import { evaluate } from "peermatch/research";
 *
 * const people = generateCohort(60, { seed: "metrics" });
 * const options = { availability: { referenceDate: "2026-03-02" } };
 * const optimal = evaluate(matchPeers(people, options), people);
 * const fair = evaluate(matchPeers(people, { ...options, solver: "fair" }), people); // its recorded options
 * console.log(optimal.gini, fair.gini, optimal.blockingPairs, fair.blockingPairs);
 * ```
 */
export function evaluate(
  result: EvaluatedMatching,
  participants: readonly ParticipantInput[],
  options?: MatchOptions,
): Evaluation {
  const issues: MatchInputIssue[] = [];
  const memberLists = readMemberLists(result, issues);
  const scoring = scoringOptions(result, options, issues);
  let compatibility: ReturnType<typeof buildCompatibility> | undefined;
  try {
    compatibility = buildCompatibility(participants, scoring, CALLER);
  } catch (error) {
    if (!(error instanceof MatchInputError)) throw error;
    issues.push(...error.issues);
  }
  const indexOf = compatibility === undefined ? undefined : new Map(compatibility.ids.map((id, i) => [id, i]));
  const read = readGroups(memberLists, indexOf, CALLER, issues, {
    path: (g) => ["result", "pairs", g, "members"],
    label: (g) => `result.pairs[${g}].members`,
  });
  if (compatibility !== undefined) checkDisjoint(read, compatibility.ids, issues);
  if (issues.length > 0 || compatibility === undefined) throw new MatchInputError(issues);

  const groups = read.map((group) => group.members);
  const scores = groups.map((group) => groupScore(compatibility, group));
  if (options === undefined) checkScoresAgree(result, scores, issues);
  if (issues.length > 0) throw new MatchInputError(issues);

  const feasible = groups.filter((_, g) => !Number.isNaN(scores[g]!));
  const counted = scores.map((score) => (Number.isNaN(score) ? 0 : score));
  const total = counted.reduce((sum, score) => sum + score, 0);
  const coverage = growthCoverage(compatibility.cohort, groups);
  const organisations = crossOrganization(compatibility.cohort, groups);
  const wishes = wishRates(compatibility.cohort, groups);
  return {
    participants: compatibility.n,
    groups: groups.length,
    matched: groups.reduce((sum, group) => sum + group.length, 0),
    totalScore: roundScore(total),
    meanScore: roundScore(groups.length > 0 ? total / groups.length : 0),
    minScore: roundScore(groups.length > 0 ? counted.reduce((low, score) => Math.min(low, score)) : 0),
    gini: roundScore(gini(counted)),
    blockingPairs: blockingPairCount(compatibility, groups, feasible),
    growthAreasCovered: {
      share: coverage.total > 0 ? roundScore(coverage.covered / coverage.total) : null,
      ...coverage,
    },
    crossOrganization: {
      share: organisations.known > 0 ? roundScore(organisations.cross / organisations.known) : null,
      ...organisations,
    },
    firstChoice: { share: rate(wishes.first, wishes.withWishes), granted: wishes.first, withWishes: wishes.withWishes },
    anyWish: { share: rate(wishes.any, wishes.withWishes), granted: wishes.any, withWishes: wishes.withWishes },
    infeasible: groups
      .filter((_, g) => Number.isNaN(scores[g]!))
      .map((group) => group.map((i) => compatibility.ids[i]!)),
  };
}

/** `result.pairs[g].members` of each group, with an issue when the result is not shaped like one. */
function readMemberLists(result: unknown, issues: MatchInputIssue[]): unknown[] {
  const pairs: unknown =
    typeof result === "object" && result !== null ? (result as { pairs?: unknown }).pairs : undefined;
  if (!Array.isArray(pairs)) {
    issues.push(
      inputIssue(
        CALLER,
        "invalid_type",
        ["result", "pairs"],
        `result.pairs must be an array of groups, got ${describeValue(pairs)}`,
      ),
    );
    return [];
  }
  return pairs.map((pair: unknown) =>
    typeof pair === "object" && pair !== null ? (pair as { members?: unknown }).members : pair,
  );
}

/**
 * The caller's options; else the options the result records (`meta.options`, every
 * default filled in); else, for a result without them (stored by peermatch 0.1.0), its
 * reference date and seed with the default scoring. Recorded options that are not valid
 * match options, or that name custom features (whose score functions cannot be stored),
 * are an issue asking for the options.
 */
function scoringOptions(
  result: EvaluatedMatching,
  options: MatchOptions | undefined,
  issues: MatchInputIssue[],
): unknown {
  if (options !== undefined) return options;
  const meta: unknown = result.meta;
  if (typeof meta !== "object" || meta === null) return {};
  const {
    referenceDate,
    seed,
    options: recorded,
  } = meta as { referenceDate?: unknown; seed?: unknown; options?: unknown };
  if (recorded !== undefined) {
    const read = readRecordedOptions(recorded, {
      caller: CALLER,
      prefix: ["result", "meta", "options"],
      name: (field) => (field === "" ? "result.meta.options" : `result.meta.options.${field}`),
    });
    if (!("carried" in read)) {
      issues.push(...read.issues);
      return {};
    }
    const custom = read.carried.custom.map((feature) => JSON.stringify(feature.name));
    if (custom.length > 0) {
      issues.push(
        inputIssue(
          CALLER,
          "invalid_value",
          ["options"],
          `the result was made with the custom feature${custom.length > 1 ? "s" : ""} ${custom.join(", ")}, whose score functions cannot be stored; pass the options the result was made with (custom features included)`,
        ),
      );
      return {};
    }
    return read.carried.options;
  }
  return {
    ...(typeof referenceDate === "string" ? { availability: { referenceDate } } : {}),
    ...(typeof seed === "string" ? { seed } : {}),
  };
}

/**
 * Blocking pairs as in `stats.blockingPairs`, with the members of a group the options
 * rule out counted as unmatched towards everyone outside their group (two members of
 * one group never block each other).
 */
function blockingPairCount(
  compatibility: ReturnType<typeof buildCompatibility>,
  groups: readonly (readonly number[])[],
  feasible: readonly (readonly number[])[],
): number {
  const groupOf = new Int32Array(compatibility.n).fill(-1);
  groups.forEach((group, g) => {
    for (const i of group) groupOf[i] = g;
  });
  return blockingPairsOf(compatibility, feasible).pairs.filter(
    ([i, j]) => groupOf[i] === -1 || groupOf[i] !== groupOf[j],
  ).length;
}

/** An issue for each participant found in a second group. */
function checkDisjoint(groups: readonly IndexedGroup[], ids: readonly string[], issues: MatchInputIssue[]): void {
  const groupOf = new Map<number, number>();
  for (const { index: g, members } of groups) {
    for (const i of members) {
      const first = groupOf.get(i);
      if (first === undefined) {
        groupOf.set(i, g);
        continue;
      }
      issues.push(
        inputIssue(
          CALLER,
          "invalid_value",
          ["result", "pairs", g, "members"],
          `${JSON.stringify(ids[i]!)} is in result.pairs[${first}] and again in result.pairs[${g}]`,
          ids[i]!,
        ),
      );
    }
  }
}

/** A pair's weight or a trio's mean pair weight; NaN when a veto rules the group out. */
function groupScore(compatibility: ReturnType<typeof buildCompatibility>, group: readonly number[]): number {
  const c = group[2];
  return c === undefined
    ? compatibility.pairWeight(group[0]!, group[1]!)
    : trioWeight(compatibility, group[0]!, group[1]!, c);
}

/** With the options taken from the result, the recomputed scores must be the result's own. */
function checkScoresAgree(result: EvaluatedMatching, scores: readonly number[], issues: MatchInputIssue[]): void {
  const g = scores.findIndex((score, k) => {
    const stated: unknown = result.pairs[k]?.score;
    return typeof stated === "number" && !(Math.abs(roundScore(score) - stated) <= 1e-4);
  });
  if (g < 0) return;
  const recomputed = Number.isNaN(scores[g]!) ? "is ruled out" : `scores ${roundScore(scores[g]!)}`;
  issues.push(
    inputIssue(
      CALLER,
      "invalid_value",
      ["options"],
      `result.pairs[${g}] has score ${result.pairs[g]?.score} but ${recomputed} under the options the result records (or the default scoring, when it records none); pass the options the result was made with`,
    ),
  );
}

/** G = Σ_a Σ_b |x_a − x_b| / (2·n²·mean), computed on sorted values in O(n log n); 0 when n = 0 or the mean is 0. */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((sum, x) => sum + x, 0);
  if (n === 0 || !(total > 0)) return 0;
  // Σ_a Σ_b |x_a − x_b| = 2 · Σ_k (2k − n + 1) · x_(k) for ascending x_(0..n-1).
  let weighted = 0;
  sorted.forEach((x, k) => {
    weighted += (2 * k - n + 1) * x;
  });
  return weighted / (n * total);
}

/** Growth areas covered by a groupmate's strengths, and all growth areas in the cohort. */
function growthCoverage(
  cohort: NormalisedCohort,
  groups: readonly (readonly number[])[],
): { covered: number; total: number } {
  const growth = cohort.growthAreas;
  const strengths = cohort.strengths;
  const words = growth.words;
  let total = 0;
  for (let i = 0; i < cohort.n; i++) total += growth.count[i]!;
  let covered = 0;
  for (const group of groups) {
    for (const i of group) {
      for (let w = 0; w < words; w++) {
        let offered = 0;
        for (const j of group) if (j !== i) offered |= strengths.bits[j * words + w]!;
        covered += popcount32(growth.bits[i * words + w]! & offered);
      }
    }
  }
  return { covered, total };
}

function rate(count: number, total: number): number | null {
  return total > 0 ? roundScore(count / total) : null;
}

/**
 * People with counted wishes (the cohort's wish lists), those whose group holds their
 * first wish, and those whose group holds any of them.
 */
function wishRates(
  cohort: NormalisedCohort,
  groups: readonly (readonly number[])[],
): { withWishes: number; first: number; any: number } {
  const { wishOffsets, wishIndex } = cohort;
  const groupOf = new Int32Array(cohort.n).fill(-1);
  groups.forEach((group, g) => {
    for (const i of group) groupOf[i] = g;
  });
  let withWishes = 0;
  let first = 0;
  let any = 0;
  for (let i = 0; i < cohort.n; i++) {
    const start = wishOffsets[i]!;
    const end = wishOffsets[i + 1]!;
    if (start === end) continue;
    withWishes++;
    const g = groupOf[i]!;
    if (g === -1) continue;
    if (groupOf[wishIndex[start]!] === g) first++;
    for (let k = start; k < end; k++) {
      if (groupOf[wishIndex[k]!] === g) {
        any++;
        break;
      }
    }
  }
  return { withWishes, first, any };
}

/** Member pairs within groups whose organisations differ, and those where both are known. */
function crossOrganization(
  cohort: NormalisedCohort,
  groups: readonly (readonly number[])[],
): { cross: number; known: number } {
  let cross = 0;
  let known = 0;
  for (const group of groups) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const x = cohort.organization[group[a]!]!;
        const y = cohort.organization[group[b]!]!;
        if (x < 0 || y < 0) continue;
        known++;
        if (x !== y) cross++;
      }
    }
  }
  return { cross, known };
}
