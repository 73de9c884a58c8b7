/**
 * Explanations of one pair: feasibility, vetoes with reasons, the pair weight, both
 * directional scores and every feature's score and facts, as plain JSON. The numbers
 * come from the same kernel call the bulk pass makes (`scorePair` in full mode), so
 * they equal the fast path's; `detail` only adds the facts behind them.
 */
import type { BuiltinFeature, FeatureDetail } from "../features/feature.js";
import { displayName, jsonNumber } from "../features/feature.js";
import { organizationFactor, organizationReason, sameOrganization } from "../features/organization.js";
import { BUILTIN_COUNT } from "../features/registry.js";
import { belowMinScore, combineScores } from "./reciprocity.js";
import type { PairKernel } from "./score-pair.js";
import { importanceOf, scorePair } from "./score-pair.js";
import { builtinVetoReasons, VETO_CUSTOM } from "./vetoes.js";

/** How many positive reasons an explanation lists at most. */
const MAX_REASONS = 4;

/**
 * Why two participants do or do not fit, as plain JSON (no NaN, no classes). Numbers
 * are the ones the solvers use: `scores` are the stored directional scores and `weight`
 * the pair weight, to the bit.
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
  /** True when no hard constraint forbids the pair. */
  feasible: boolean;
  /** Every hard constraint that forbids the pair (empty when feasible). */
  vetoes: {
    /** The feature or rule behind the veto: `"exclude"`, `"pastPartners"`, `"language"`, `"availability"`, `"geography"`, `"experience"`, `"organization"`, `"minScore"` or a custom feature's name. */
    feature: string;
    /** A sentence a person can read, e.g. "No shared language". */
    reason: string;
  }[];
  /** The pair weight w(a, b) by `reciprocity`, as the solvers use it; 0 when infeasible. */
  weight: number;
  /**
   * The directional scores in [0, 1] (float32 precision, as stored). For an infeasible
   * pair, what it would score without its vetoes (a custom feature that vetoed counts 0).
   */
  scores: {
    /** s(a→b): how good b is for a. */
    aToB: number;
    /** s(b→a): how good a is for b. */
    bToA: number;
  };
  /**
   * Every feature by name (built-ins, then custom ones). `features.organization` is
   * present when the program's `organization` policy is not `"allow"`; it is a rule, not
   * a weighted feature: its `score` is the factor both directional scores were
   * multiplied by, its `weight` 0.
   */
  features: Record<
    string,
    {
      /** What the feature counted: its score, the `missing` value when unknown; for a directional feature the mean of both directions (each in `detail.scores`). */
      score: number;
      /** The program weight of the feature (0 for `industry` under `"any"`). */
      weight: number;
      /** The facts behind the score; `importance` holds both people's importance factors. */
      detail: Record<string, unknown> & {
        /** False when the data the feature needs is missing on either side. */
        known: boolean;
      };
    }
  >;
  /** Readable sentences: the vetoes first, then what the most contributing features bring. */
  reasons: string[];
}

/**
 * What feature slot k counts for the pair last scored by the kernel: its score, the
 * `missing` value when unknown, and for a directional feature the mean of both
 * directions. This is `features[name].score` of an explanation and `breakdown[name]` of
 * a result (before rounding).
 */
export function featureScore(kernel: PairKernel, features: readonly BuiltinFeature[], k: number): number {
  const m = kernel.ctx.missingValue;
  const a = kernel.x[k]!;
  const b = kernel.x[kernel.slots + k]!;
  const builtin = features[k];
  if (builtin && !builtin.directional) return Number.isNaN(a) ? m : a;
  return (Number.isNaN(a) ? m : a) / 2 + (Number.isNaN(b) ? m : b) / 2;
}

/** Weighted contribution of slot k to the two normalised directional scores. */
function contribution(kernel: PairKernel, k: number, i: number, j: number): number {
  const { x, slots, rowWeights, totals } = kernel;
  const a = x[k]!;
  const b = x[slots + k]!;
  const ti = totals[i]!;
  const tj = totals[j]!;
  return (
    (!Number.isNaN(a) && ti > 0 ? (rowWeights[i * slots + k]! * a) / ti : 0) +
    (!Number.isNaN(b) && tj > 0 ? (rowWeights[j * slots + k]! * b) / tj : 0)
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
  if (vetoes.length === 0 && options.minScore !== undefined && belowMinScore(rawWeight, options.minScore)) {
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
    const importance = [
      importanceOf(cohort, kernel.importanceSlot[k]!, i),
      importanceOf(cohort, kernel.importanceSlot[k]!, j),
    ];
    const builtin = features[k];
    let detail: FeatureDetail;
    if (builtin) {
      detail = { ...builtin.detail(ctx, i, j), importance };
      if (builtin.directional) detail.scores = { aToB: Number.isNaN(a) ? m : a, bToA: Number.isNaN(b) ? m : b };
    } else {
      const vetoed = kernel.customVeto[k - BUILTIN_COUNT]!;
      detail = {
        known: true,
        importance,
        scores: { aToB: vetoed & 1 ? null : a, bToA: vetoed & 2 ? null : b },
      };
    }
    // A custom feature may be called "__proto__": define the key rather than assign it.
    Object.defineProperty(featureTable, names[k]!, {
      value: {
        score: featureScore(kernel, features, k),
        weight: programWeights[k]!,
        detail,
      },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const factor = organizationFactor(ctx, i, j);
  if (options.organization !== "allow") {
    const known = cohort.organization[i]! >= 0 && cohort.organization[j]! >= 0;
    const same = sameOrganization(ctx, i, j);
    featureTable.organization = { score: factor, weight: 0, detail: { known, policy: options.organization, same } };
  }

  const reasons = vetoes.map((v) => v.reason);
  if (factor < 1) reasons.push(`${organizationReason(ctx, i)} (scores × ${factor})`);
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
