/**
 * Explanations of one pair: feasibility, vetoes with reasons, the pair weight, both
 * directional scores and every feature's score and facts, as plain JSON. The numbers
 * come from the same kernel call the bulk pass makes (`scorePair` in full mode), so
 * they equal the fast path's; `detail` only adds the facts behind them.
 */
import type { BuiltinFeature, FeatureDetail } from "../features/feature.js";
import { displayName, jsonNumber } from "../features/feature.js";
import { ORGANIZATION_AVOID_FACTOR, organizationReason, sameOrganization } from "../features/organization.js";
import { BUILTIN_COUNT } from "../features/registry.js";
import { combineScores } from "./reciprocity.js";
import type { PairKernel } from "./score-pair.js";
import { importanceOf, scorePair } from "./score-pair.js";
import { builtinVetoReasons, VETO_CUSTOM } from "./vetoes.js";

/** How many positive reasons an explanation lists at most. */
const MAX_REASONS = 4;

/**
 * Why two participants do or do not fit. Plain JSON: no NaN, no classes.
 *
 * - `feasible`: no hard constraint forbids the pair; `vetoes` lists each one that does.
 * - `weight`: the pair weight the solvers use (by `reciprocity`); 0 when infeasible.
 * - `scores`: the directional scores s(a→b) and s(b→a) in [0, 1], as stored (float32
 *   precision). For an infeasible pair they are what the pair would score without its
 *   vetoes (a custom feature that vetoed counts 0).
 * - `features[name]`: `score` is what the feature counted (the missing value when
 *   unknown; for a directional feature the mean of both directions, each in
 *   `detail.scores`), `weight` its program weight, `detail.known` false when data is
 *   missing on either side. `detail.importance` holds both people's importance factors.
 *   `features.organization` appears when the program's `organization` policy is not
 *   `"allow"`: its `score` is the factor both directional scores were multiplied by and
 *   its `weight` is 0 (it is a rule, not a weighted feature).
 * - `reasons`: readable sentences, vetoes first, then the features that contribute most.
 *
 * @example
 * ```ts
 * const explanation: PairExplanation = explainPair(
 *   { id: "ana", goals: ["negotiation"], languages: ["en"] },
 *   { id: "bea", goals: ["negotiation"], languages: ["nl"] },
 * );
 * explanation.feasible; // false
 * explanation.reasons[0]; // "No shared language"
 * ```
 */
export interface PairExplanation {
  feasible: boolean;
  vetoes: { feature: string; reason: string }[];
  weight: number;
  scores: { aToB: number; bToA: number };
  features: Record<string, { score: number; weight: number; detail: Record<string, unknown> & { known: boolean } }>;
  reasons: string[];
}

/** Weighted contribution of slot k to the two normalised directional scores. */
function contribution(kernel: PairKernel, k: number, i: number, j: number): number {
  const { x, slots, rowWeights, totals } = kernel;
  const a = x[k]!;
  const b = x[slots + k]!;
  const ti = totals[i]!;
  const tj = totals[j]!;
  return (
    (a === a && ti > 0 ? (rowWeights[i * slots + k]! * a) / ti : 0) +
    (b === b && tj > 0 ? (rowWeights[j * slots + k]! * b) / tj : 0)
  );
}

/**
 * Explain pair (a, b) = (i, j) of the kernel's cohort. `minScore` vetoes apply to the
 * weight computed from the float32-rounded scores, exactly as in the bulk pass.
 */
export function explainWithKernel(
  kernel: PairKernel,
  features: readonly BuiltinFeature[],
  i: number,
  j: number,
): PairExplanation {
  const { ctx, x, slots, names, programWeights } = kernel;
  const { cohort, options, missingValue: m } = ctx;
  const mask = scorePair(kernel, i, j, true);
  const aToB = Math.fround(kernel.s[0]!);
  const bToA = Math.fround(kernel.s[1]!);
  const rawWeight = combineScores(options.reciprocity, aToB, bToA);

  const vetoes = builtinVetoReasons(ctx, mask, i, j);
  if (mask & VETO_CUSTOM) {
    kernel.custom.forEach((feature, c) => {
      if (kernel.customVeto[c] !== 0) vetoes.push({ feature: feature.name, reason: `Ruled out by ${feature.name}` });
    });
  }
  if (vetoes.length === 0 && options.minScore !== undefined && rawWeight < options.minScore) {
    vetoes.push({
      feature: "minScore",
      reason: `Pair score ${jsonNumber(rawWeight)} is below the program's minimum ${options.minScore}`,
    });
  }
  const feasible = vetoes.length === 0;

  const featureTable: PairExplanation["features"] = {};
  for (let k = 0; k < slots; k++) {
    const a = x[k]!;
    const b = x[slots + k]!;
    const counted = (a === a ? a : m) / 2 + (b === b ? b : m) / 2;
    const importance = [importanceOf(cohort, kernel.importanceSlot[k]!, i), importanceOf(cohort, kernel.importanceSlot[k]!, j)];
    const builtin = features[k];
    let detail: FeatureDetail;
    if (builtin) {
      detail = { ...builtin.detail(ctx, i, j), importance };
      if (builtin.directional) detail.scores = { aToB: a === a ? a : m, bToA: b === b ? b : m };
    } else {
      const vetoed = kernel.customVeto[k - BUILTIN_COUNT]!;
      detail = {
        known: true,
        importance,
        scores: { aToB: vetoed & 1 ? null : a, bToA: vetoed & 2 ? null : b },
      };
    }
    featureTable[names[k]!] = { score: builtin && !builtin.directional ? (a === a ? a : m) : counted, weight: programWeights[k]!, detail };
  }
  const same = sameOrganization(ctx, i, j);
  if (options.organization !== "allow") {
    const known = cohort.organization[i]! >= 0 && cohort.organization[j]! >= 0;
    const factor = options.organization === "avoid" && same ? ORGANIZATION_AVOID_FACTOR : 1;
    featureTable.organization = { score: factor, weight: 0, detail: { known, policy: options.organization, same } };
  }

  const reasons = vetoes.map((v) => v.reason);
  if (options.organization === "avoid" && same) reasons.push(`${organizationReason(ctx, i)} (scores halved)`);
  const ranked: { k: number; value: number }[] = [];
  for (let k = 0; k < slots; k++) {
    const value = contribution(kernel, k, i, j);
    if (value > 0) ranked.push({ k, value });
  }
  ranked.sort((p, q) => q.value - p.value || p.k - q.k);
  for (const { k } of ranked) {
    if (reasons.length >= vetoes.length + MAX_REASONS) break;
    const builtin = features[k];
    const text = builtin
      ? builtin.reason(ctx, i, j)
      : `${names[k]} fits (${jsonNumber(x[k]!)} for ${displayName(ctx, i)}, ${jsonNumber(x[slots + k]!)} for ${displayName(ctx, j)})`;
    if (text !== null) reasons.push(text);
  }

  return {
    feasible,
    vetoes,
    weight: feasible ? rawWeight : 0,
    scores: { aToB, bToA },
    features: featureTable,
    reasons,
  };
}
