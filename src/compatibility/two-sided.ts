/**
 * Two-sided compatibility for mentoring: every mentor × mentee pair of a normalised
 * cohort (never mentor–mentor or mentee–mentee), scored by the same pair kernel as peers
 * but combined the two-sided way, on typed arrays (a mentors × mentees rectangle).
 *
 * With x_k the kernel's feature values (the missing value m when unknown), W_k the
 * program weights, I_pk person p's importance and F the organisation factor, for a
 * mentor i and a mentee j:
 *
 *   s(j→i) = F · Σ_k W_k·I_jk·x_k(j→i) / Σ_k W_k·I_jk   (the mentee's view, exactly the peer formula)
 *   s(i→j) = F · Σ_k W_k·I_ik·y_k / Σ_k W_k·I_ik,       y_k = x_k(i→j), except
 *            y_complementarity = x_complementarity(j→i)   (the mentor's view)
 *
 * so complementarity counts in both views as "the mentor's strengths cover the mentee's
 * growth areas" (what the mentee's strengths would do for the mentor does not count).
 * The pair weight is w = reciprocity(s(i→j), s(j→i)) on the float32-stored scores, as
 * for peers. Vetoes: every peer veto, plus `experience.minGapYears` (the mentor must be
 * at least that many years ahead, when both experiences are known), plus `minScore` on w.
 *
 * Explanations use the peer explanation's features and vetoes, with the two-sided scores,
 * weight, `minGapYears` veto and reasons ranked by the two-sided contributions.
 *
 * Complexity: O(M · N · per-pair cost) time (see `score-pair.ts`), 16·M·N bytes.
 * References: none.
 */
import { invariant } from "../internal/debug.js";
import { MatchInputError } from "../errors/match-input-error.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { createScoringContext } from "../features/context.js";
import type { BuiltinFeature, ScoringContext } from "../features/feature.js";
import { displayName, jsonNumber } from "../features/feature.js";
import { organizationFactor, organizationReason, sameOrganization } from "../features/organization.js";
import { builtinFeatures, COMPLEMENTARITY } from "../features/registry.js";
import { listPhrase, sharedTags } from "../features/tags.js";
import { countOf } from "../features/words.js";
import type { NormalisedCohort } from "../model/cohort.js";
import type { ResolvedMatchOptions } from "../model/types.js";
import type { PairExplanation } from "./explanation.js";
import { explainWithKernel } from "./explanation.js";
import { belowMinScore, combineScores } from "./reciprocity.js";
import type { PairKernel } from "./score-pair.js";
import { createPairKernel, scorePair } from "./score-pair.js";

/** The scored mentors × mentees rectangle the two-sided solvers read. */
export interface TwoSidedCompatibility {
  readonly cohort: NormalisedCohort;
  readonly options: ResolvedMatchOptions;
  /** Cohort index of each mentor, in id order (mentor a is `cohort.ids[mentors[a]]`). */
  readonly mentors: Int32Array;
  /** Cohort index of each mentee, in id order. */
  readonly mentees: Int32Array;
  /** mentorScore[a·N + b] = s(mentor a → mentee b) in [0, 1]; NaN when the pair is infeasible. */
  readonly mentorScore: Float32Array;
  /** menteeScore[a·N + b] = s(mentee b → mentor a); NaN when infeasible (same pairs as mentorScore). */
  readonly menteeScore: Float32Array;
  /** weight[a·N + b] = pair weight by `reciprocity`; NaN when infeasible. */
  readonly weight: Float64Array;
  /** Why mentor a and mentee b do or do not fit (explanation `a` = the mentor). */
  explain(a: number, b: number): PairExplanation;
}

/** True when `experience.minGapYears` is set, both experiences are known and mentor i is not far enough ahead of mentee j. */
export function minGapVetoes(ctx: ScoringContext, i: number, j: number): boolean {
  const min = ctx.options.experience.minGapYears;
  if (min === undefined) return false;
  const gap = ctx.cohort.experienceYears[i]! - ctx.cohort.experienceYears[j]!;
  return !Number.isNaN(gap) && gap < min;
}

function minGapReason(ctx: ScoringContext, i: number, j: number): string {
  const years = ctx.cohort.experienceYears;
  return (
    `${displayName(ctx, i)} has ${countOf(years[i]!, "year")} of experience and ${displayName(ctx, j)} ${jsonNumber(years[j]!)}; ` +
    `the program asks mentors to be at least ${countOf(ctx.options.experience.minGapYears ?? 0, "year")} ahead`
  );
}

/**
 * The two-sided directional scores of mentor i and mentee j from the kernel's feature
 * values of its last `scorePair(kernel, i, j, …)` call: out[0] = s(i→j), out[1] = s(j→i).
 */
function twoSidedScores(kernel: PairKernel, i: number, j: number, out: Float64Array): void {
  const { ctx, x, slots, rowWeights: rows, totals } = kernel;
  const m = ctx.missingValue;
  let numI = 0;
  let numJ = 0;
  for (let k = 0; k < slots; k++) {
    const b = x[slots + k]!;
    const a = k === COMPLEMENTARITY ? b : x[k]!;
    numI += rows[i * slots + k]! * (Number.isNaN(a) ? m : a);
    numJ += rows[j * slots + k]! * (Number.isNaN(b) ? m : b);
  }
  const factor = organizationFactor(ctx, i, j);
  const totalI = totals[i]!;
  const totalJ = totals[j]!;
  out[0] = totalI > 0 ? (factor * numI) / totalI : 0;
  out[1] = totalJ > 0 ? (factor * numJ) / totalJ : 0;
}

/** How many positive reasons a two-sided explanation lists at most. */
const MAX_REASONS = 4;

/**
 * The positive reasons of mentor i and mentee j, after the kernel's last full
 * `scorePair(kernel, i, j, true)`: the organisation rule when it halved the scores, then
 * the features ranked by their two-sided contribution to s(i→j) and s(j→i) (unknown
 * values contribute nothing). Complementarity speaks of the mentor's strengths covering
 * the mentee's growth areas only.
 */
function positiveReasons(kernel: PairKernel, features: readonly BuiltinFeature[], i: number, j: number): string[] {
  const { ctx, x, slots, rowWeights: rows, totals, names } = kernel;
  const reasons: string[] = [];
  if (ctx.options.organization === "avoid" && sameOrganization(ctx, i, j))
    reasons.push(`${organizationReason(ctx, i)} (scores halved)`);
  const ranked: { k: number; value: number }[] = [];
  for (let k = 0; k < slots; k++) {
    const b = x[slots + k]!;
    const a = k === COMPLEMENTARITY ? b : x[k]!;
    const value =
      (!Number.isNaN(a) && totals[i]! > 0 ? (rows[i * slots + k]! * a) / totals[i]! : 0) +
      (!Number.isNaN(b) && totals[j]! > 0 ? (rows[j * slots + k]! * b) / totals[j]! : 0);
    if (value > 0) ranked.push({ k, value });
  }
  ranked.sort((p, q) => q.value - p.value || p.k - q.k);
  for (const { k } of ranked) {
    if (reasons.length >= MAX_REASONS) break;
    const builtin = features[k];
    const text =
      k === COMPLEMENTARITY
        ? coverageReason(ctx, i, j)
        : builtin
          ? builtin.reason(ctx, i, j)
          : `${names[k]} fits (${jsonNumber(x[k]!)} for ${displayName(ctx, i)}, ${jsonNumber(x[slots + k]!)} for ${displayName(ctx, j)})`;
    if (text !== null) reasons.push(text);
  }
  return reasons;
}

/** "Ada's strengths in negotiation and pricing cover Bo's growth areas", or null when nothing is covered. */
function coverageReason(ctx: ScoringContext, mentor: number, mentee: number): string | null {
  const growth = ctx.cohort.growthAreas;
  const tags = sharedTags(
    growth.bits,
    mentee,
    ctx.complementarity.strengthBits,
    mentor,
    growth.words,
    growth.vocabulary,
  );
  if (tags.length === 0) return null;
  const plural = tags.length > 1 ? "s" : "";
  return `${displayName(ctx, mentor)}'s strength${plural} in ${listPhrase(tags.slice(0, 3))} cover${plural ? "" : "s"} ${displayName(ctx, mentee)}'s growth area${plural}`;
}

/**
 * Scores every mentor × mentee pair of `cohort`. `mentors` and `mentees` are disjoint
 * lists of cohort indices. Throws `MatchInputError` when a custom feature returns an
 * invalid score (messages start with `caller`).
 */
export function scoreMentorPairs(
  cohort: NormalisedCohort,
  mentors: Int32Array,
  mentees: Int32Array,
  caller: string,
): TwoSidedCompatibility {
  const ctx = createScoringContext(cohort, caller);
  const kernel = createPairKernel(ctx);
  const features = builtinFeatures();
  const { options } = cohort;
  const { reciprocity, minScore } = options;
  const M = mentors.length;
  const N = mentees.length;
  const mentorScore = new Float32Array(M * N);
  const menteeScore = new Float32Array(M * N);
  const weight = new Float64Array(M * N);
  const s = new Float64Array(2);
  for (let a = 0; a < M; a++) {
    const i = mentors[a]!;
    for (let b = 0; b < N; b++) {
      const j = mentees[b]!;
      let sA = Number.NaN;
      let sB = Number.NaN;
      let w = Number.NaN;
      if (!minGapVetoes(ctx, i, j) && scorePair(kernel, i, j, false) === 0) {
        twoSidedScores(kernel, i, j, s);
        sA = Math.fround(s[0]!);
        sB = Math.fround(s[1]!);
        w = combineScores(reciprocity, sA, sB);
        if (minScore !== undefined && belowMinScore(w, minScore)) sA = sB = w = Number.NaN;
      }
      mentorScore[a * N + b] = sA;
      menteeScore[a * N + b] = sB;
      weight[a * N + b] = w;
    }
  }
  const issues = kernel.issues.filter((issue): issue is MatchInputIssue => issue !== undefined);
  if (issues.length > 0) throw new MatchInputError(issues);

  const explain = (a: number, b: number): PairExplanation => {
    const i = mentors[a]!;
    const j = mentees[b]!;
    const peer = explainWithKernel(kernel, features, i, j);
    twoSidedScores(kernel, i, j, s);
    const aToB = Math.fround(s[0]!);
    const bToA = Math.fround(s[1]!);
    const rawWeight = combineScores(reciprocity, aToB, bToA);
    const vetoes = peer.vetoes.filter((veto) => veto.feature !== "minScore");
    if (minGapVetoes(ctx, i, j)) vetoes.push({ feature: "experience", reason: minGapReason(ctx, i, j) });
    if (vetoes.length === 0 && minScore !== undefined && belowMinScore(rawWeight, minScore)) {
      vetoes.push({
        feature: "minScore",
        reason: `Pair score ${jsonNumber(rawWeight)} is below the program's minimum ${minScore}`,
      });
    }
    const feasible = vetoes.length === 0;
    const stored = weight[a * N + b]!;
    invariant(
      feasible === !Number.isNaN(stored),
      () => `${caller}: explain(${a}, ${b}) feasibility differs from the bulk pass`,
    );
    invariant(
      !feasible || rawWeight === stored,
      () => `${caller}: explain(${a}, ${b}) weight differs from the bulk pass`,
    );
    const featureTable: PairExplanation["features"] = { ...peer.features };
    const complementarity = peer.features.complementarity;
    if (complementarity !== undefined) {
      const covered = kernel.x[kernel.slots + COMPLEMENTARITY]!;
      featureTable.complementarity = { ...complementarity, score: Number.isNaN(covered) ? ctx.missingValue : covered };
    }
    return {
      feasible,
      vetoes,
      weight: feasible ? rawWeight : 0,
      scores: { aToB, bToA },
      features: featureTable,
      reasons: [...vetoes.map((veto) => veto.reason), ...positiveReasons(kernel, features, i, j)],
    };
  };
  return { cohort, options, mentors, mentees, mentorScore, menteeScore, weight, explain };
}
