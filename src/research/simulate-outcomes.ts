/**
 * `simulateOutcomes`: outcomes drawn from hidden weights, a ground truth that
 * `fitWeights` can be checked against.
 *
 *   quality q = Σ_k W_k·x_k / Σ_k W_k   (x_k the pair's per-feature scores, W = trueWeights)
 *   noisy   q' = q + ε,  ε ~ Normal(0, noise²)
 *   rating  = 1 + 4·clamp(q', 0, 1), rounded to a whole number unless ratings: "continuous"
 *   continued = q' ≥ continuedAbove (only when that option is given)
 *
 * Without `importance`, `organization: "avoid"` and with the default `reciprocity:
 * "mean"`, q is exactly the pair weight `matchPeers` gives the pair under
 * `weights: trueWeights`. Each pair's noise comes from its own generator, seeded by the
 * seed and the two ids, so a pair's draw does not depend on which other pairs are
 * simulated or in what order; a pair listed k times gets the first k draws of its stream.
 *
 * Complexity: O(pairs · per-pair scoring cost).
 * References: Box & Muller 1958 (normal deviates).
 */
import { seededStream } from "../internal/seeded-stream.js";
import { MatchInputError, type MatchInputIssue } from "../errors/match-input-error.js";
import type { Outcome } from "../model/outcome-schema.js";
import { readScoredInput } from "../model/research-input.js";
import { type SimulateOutcomesOptions, SimulateOutcomesOptionsSchema } from "../model/research-options-schema.js";
import {
  checkHiddenWeights,
  DEFAULT_NOISE,
  hiddenQuality,
  hiddenWeights,
  noisyQuality,
  ratingOf,
} from "./hidden-quality.js";
import { pairFeatures } from "./pair-features.js";
import { readGroups } from "./read-pairs.js";

const CALLER = "simulateOutcomes";
const OWN_KEYS = ["trueWeights", "noise", "ratings", "continuedAbove"] as const;

/**
 * Simulates how pairs went, from hidden weights: each pair's quality is the weighted
 * mean of its per-feature scores under `trueWeights` (features not listed weigh 0), plus
 * Gaussian noise of standard deviation `noise` (default 0.1), mapped to a rating from 1
 * to 5 (`1 + 4·quality`, clamped, rounded to a whole number unless `ratings:
 * "continuous"`). With `continuedAbove`, each outcome also says whether the noisy
 * quality reached it. A trio is simulated as its three pairs. Seeded: the same input and
 * seed give the same outcomes.
 *
 * @param participants - the cohort (validated as in `matchPeers`)
 * @param groups - pairs (or trios) of participant ids, e.g. `result.pairs.map((p) => p.members)`
 * @param options - `trueWeights` (required), `noise`, `ratings`, `continuedAbove`, `seed` and scoring options
 * @returns one outcome per pair, in the order of `groups` (a trio's three pairs in id order), members sorted
 * @throws {@link MatchInputError} for bad participants, groups, options or weights
 * @example
 * ```ts
 * import { generateCohort, matchPeers } from "peermatch";
 * import { fitWeights, simulateOutcomes } from "peermatch/research";
 *
 * const people = generateCohort(100, { seed: "sim" });
 * const scoring = { availability: { referenceDate: "2026-03-02" } };
 * const result = matchPeers(people, scoring);
 * const outcomes = simulateOutcomes(
 *   people,
 *   result.pairs.map((pair) => pair.members),
 *   { ...scoring, trueWeights: { goals: 4, availability: 2, language: 1 }, seed: "trial-1" },
 * );
 * const fit = fitWeights(people, outcomes, scoring);
 * ```
 */
export function simulateOutcomes(
  participants: unknown[],
  groups: readonly (readonly string[])[],
  options: SimulateOutcomesOptions,
): Outcome[] {
  const input = readScoredInput(participants, options, SimulateOutcomesOptionsSchema, OWN_KEYS, CALLER);
  const issues: MatchInputIssue[] = [...input.issues];
  const cohort = input.cohort;
  const indexOf = cohort === undefined ? undefined : new Map(cohort.ids.map((id, i) => [id, i]));
  const read = readGroups(groups, indexOf, CALLER, issues);
  const settings = input.options;
  if (cohort !== undefined && settings !== undefined) {
    const path = ["options", "trueWeights"];
    checkHiddenWeights(settings.trueWeights, cohort.features, cohort.options.industry, CALLER, path, issues);
  }
  if (issues.length > 0 || cohort === undefined || settings === undefined) throw new MatchInputError(issues);

  const pairs: [number, number][] = [];
  for (const { members: group } of read) {
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length; b++) pairs.push([group[a]!, group[b]!]);
  }
  const table = pairFeatures(cohort, pairs, CALLER);
  const weights = hiddenWeights(settings.trueWeights, table.names);
  const noise = settings.noise ?? DEFAULT_NOISE;
  const whole = (settings.ratings ?? "whole") === "whole";
  const seed = cohort.options.seed;
  const streams = new Map<string, () => number>();

  return pairs.map(([i, j], r) => {
    const quality = hiddenQuality(table, r, weights);
    const a = cohort.ids[i]!;
    const b = cohort.ids[j]!;
    const key = `${a}\u0000${b}`;
    let random = streams.get(key);
    if (random === undefined) {
      random = seededStream(`${seed}\u0000${CALLER}\u0000${key}`);
      streams.set(key, random);
    }
    const noisy = noisyQuality(quality, noise, random);
    const outcome: Outcome = { members: [a, b], rating: ratingOf(noisy, whole) };
    if (settings.continuedAbove !== undefined) outcome.continued = noisy >= settings.continuedAbove;
    return outcome;
  });
}
