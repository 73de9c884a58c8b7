/**
 * The hidden-quality model of the simulations: a pair's true quality is the weighted
 * mean of its per-feature scores under hidden weights, and a rating is that quality plus
 * Gaussian noise, mapped to 1–5. `simulateOutcomes` draws one rating per pair from it;
 * `simulateProgramme` draws one per member and meeting.
 *
 *   quality q = Σ_k W_k·x_k / Σ_k W_k   (x_k the pair's per-feature scores, W the hidden weights)
 *   rating    = 1 + 4·clamp(q + ε, 0, 1),  ε ~ Normal(0, noise²)
 *
 * Complexity: O(K) per pair once its feature scores are known.
 * References: Box & Muller 1958 (normal deviates).
 */
import { inputIssue } from "../errors/issues.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { didYouMean } from "../errors/suggest.js";
import { RATING_MAX, RATING_MIN } from "../model/outcome-schema.js";
import type { PairFeatureTable } from "./pair-features.js";

/** The noise of a rating when the options do not say: a standard deviation of 0.1 on the 0–1 quality scale. */
export const DEFAULT_NOISE = 0.1;

/** Hidden weights laid out in the order of a feature table's columns (features not listed weigh 0), and their sum. */
export interface HiddenWeights {
  readonly values: readonly number[];
  readonly total: number;
}

/** `trueWeights` in the column order `names`. */
export function hiddenWeights(trueWeights: Readonly<Record<string, number>>, names: readonly string[]): HiddenWeights {
  const values = names.map((name) => (Object.hasOwn(trueWeights, name) ? trueWeights[name]! : 0));
  return { values, total: values.reduce((sum, w) => sum + w, 0) };
}

/** The true quality (in [0, 1]) of row `r` of `table` under `weights`. */
export function hiddenQuality(table: PairFeatureTable, r: number, weights: HiddenWeights): number {
  const K = table.names.length;
  let quality = 0;
  for (let k = 0; k < K; k++) quality += weights.values[k]! * table.values[r * K + k]!;
  return quality / weights.total;
}

/** The noisy quality q + ε, ε drawn from `random` with standard deviation `noise` (no draw when it is 0). */
export function noisyQuality(quality: number, noise: number, random: () => number): number {
  return quality + (noise > 0 ? noise * standardNormal(random) : 0);
}

/** A rating on 1–5 from a noisy quality: 1 + 4·clamp(q, 0, 1), rounded to a whole number when `whole`. */
export function ratingOf(noisy: number, whole: boolean): number {
  const scaled = RATING_MIN + (RATING_MAX - RATING_MIN) * Math.min(1, Math.max(0, noisy));
  return whole ? Math.round(scaled) : scaled;
}

/**
 * Issues with hidden weights: every name is a known feature (with a did-you-mean), at
 * least one weight is positive, and none is on a feature the options switch off.
 * `path` is where the weights are in the caller's options.
 */
export function checkHiddenWeights(
  trueWeights: Readonly<Record<string, number>>,
  features: readonly string[],
  industry: "same" | "different" | "any",
  caller: string,
  path: readonly (string | number)[],
  issues: MatchInputIssue[],
): void {
  const label = path.join(".");
  let positive = false;
  for (const [name, weight] of Object.entries(trueWeights)) {
    if (!features.includes(name)) {
      const hint = didYouMean(name, features) || ` (features: ${features.join(", ")})`;
      issues.push(inputIssue(caller, "unrecognized_key", [...path, name], `${label}.${name} is not a feature${hint}`));
      continue;
    }
    if (name === "industry" && industry === "any" && weight > 0) {
      issues.push(
        inputIssue(
          caller,
          "invalid_value",
          [...path, "industry"],
          `${label}.industry is positive, but industry: "any" switches the feature off in scoring; set industry to "same" or "different"`,
        ),
      );
    }
    if (weight > 0) positive = true;
  }
  if (!positive) {
    issues.push(inputIssue(caller, "invalid_value", [...path], `${label} needs at least one positive weight`));
  }
}

/** A standard normal deviate (Box–Muller; the uniform is kept away from 0). */
function standardNormal(random: () => number): number {
  const u = 1 - random(); // in (0, 1]
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
