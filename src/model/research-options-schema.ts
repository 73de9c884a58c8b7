/**
 * Options of the research functions (`peermatch/research`). Those that score pairs take
 * the scoring options of `MatchOptionsSchema` (reused, not copied: reference date,
 * feature options, custom features, `missing`, seed) without the ones that only steer a
 * solver (`solver`, `oddHandling`, `topK`) and without `weights`, which they fit or take
 * as `trueWeights`. Strict: an unknown key is an issue with a did-you-mean.
 */
import * as z from "zod/mini";
import { FeedbackRuleSchema } from "./lifecycle-schemas.js";
import type { FeedbackRule } from "./lifecycle-schemas.js";
import { MatchOptionsSchema } from "./options-schema.js";
import type { MatchOptions } from "./options-schema.js";
import type { Solver } from "./types.js";
import { ownRecordSchema, strictObject } from "./schema-parts.js";

/**
 * The scoring options every research function that scores pairs takes: those of
 * `MatchOptions` without the ones that only steer a solver and without `weights`.
 *
 * @example
 * ```ts
 * const scoring: ResearchScoringOptions = { availability: { referenceDate: "2026-03-02" }, seed: "trial" };
 * ```
 */
export type ResearchScoringOptions = Omit<MatchOptions, "solver" | "weights" | "oddHandling" | "topK">;

/**
 * Hidden (true) weights per feature name (built-in or custom, each 0 to 1e12); features
 * left out weigh 0.
 *
 * @example
 * ```ts
 * const trueWeights: TrueWeights = { goals: 3, availability: 1 };
 * ```
 */
export type TrueWeights = Readonly<Record<string, number>>;

/** The scoring part of the match options, shared by the research functions. */
function scoringOptionsSchema() {
  return z.omit(MatchOptionsSchema, { solver: true, weights: true, oddHandling: true, topK: true });
}

/**
 * Options of `fitWeights`: what to explain (`target`), the model, its regularisation and
 * the resampling settings, plus the scoring options the pairs are scored with.
 *
 * @example
 * ```ts
 * FitWeightsOptionsSchema.parse({ target: "continued", folds: 10, availability: { referenceDate: "2026-03-02" } });
 * ```
 */
export const FitWeightsOptionsSchema = z
  .extend(scoringOptionsSchema(), {
    target: z.exactOptional(z.enum(["rating", "continued"])),
    model: z.exactOptional(z.enum(["ordinal", "linear", "logistic"])),
    lambda: z.exactOptional(z.number().check(z.gte(0), z.lte(1e6))),
    folds: z.exactOptional(z.int().check(z.gte(2), z.lte(100))),
    bootstrap: z.exactOptional(z.int().check(z.gte(0), z.lte(10_000))),
    level: z.exactOptional(z.number().check(z.gt(0), z.lt(1))),
  })
  .check(
    z.superRefine((options, ctx) => {
      const target = options.target ?? "rating";
      const model = options.model;
      if (model === undefined) return;
      const fits = target === "continued" ? model === "logistic" : model !== "logistic";
      if (!fits) {
        ctx.addIssue({
          code: "custom",
          path: ["model"],
          message:
            target === "continued"
              ? 'does not fit target "continued" (a yes/no outcome): use "logistic"'
              : 'does not fit target "rating": use "ordinal" or "linear"',
          params: { code: "invalid_value" },
          input: model,
        });
      }
    }),
  );

/**
 * Options of `fitWeights` as a caller writes them (every field optional). Defaults:
 * target `"rating"`, model `"ordinal"` for ratings and `"logistic"` for `continued`,
 * lambda 0.1, folds 5, bootstrap 200, level 0.95, seed `"peermatch"`; the scoring options
 * default as in `MatchOptions`.
 *
 * @example
 * ```ts
 * const options: FitWeightsOptions = { target: "rating", seed: "spring-2026", availability: { referenceDate: "2026-03-02" } };
 * ```
 */
export interface FitWeightsOptions extends ResearchScoringOptions {
  /**
   * What the outcomes measure and the fit explains: the 1–5 `rating` of a pair, or whether
   * it `continued` (yes/no).
   *
   * @defaultValue `"rating"`
   */
  readonly target?: "rating" | "continued";
  /**
   * The model: `"ordinal"` (cumulative logit) or `"linear"` (least squares) for ratings,
   * `"logistic"` for `continued`; a model that does not fit the target is an issue.
   *
   * @defaultValue `"ordinal"` for ratings, `"logistic"` for `continued`
   */
  readonly model?: "ordinal" | "linear" | "logistic";
  /**
   * Ridge penalty (λ/2)·Σβ² on the coefficients, 0 to 1e6.
   *
   * @defaultValue `0.1`
   */
  readonly lambda?: number;
  /**
   * Seeded cross-validation folds, an integer from 2 to 100.
   *
   * @defaultValue `5`
   */
  readonly folds?: number;
  /**
   * Bootstrap resamples for the intervals, an integer from 0 (no intervals) to 10,000.
   *
   * @defaultValue `200`
   */
  readonly bootstrap?: number;
  /**
   * Level of the bootstrap percentile intervals, strictly between 0 and 1.
   *
   * @defaultValue `0.95`
   */
  readonly level?: number;
}

/**
 * Options of `simulateOutcomes`: the hidden weights, the noise, how ratings are written,
 * and the scoring options the pairs are scored with.
 *
 * @example
 * ```ts
 * SimulateOutcomesOptionsSchema.parse({ trueWeights: { goals: 3, availability: 1 }, noise: 0.05, seed: "s1" });
 * ```
 */
export const SimulateOutcomesOptionsSchema = z.extend(scoringOptionsSchema(), {
  trueWeights: ownRecordSchema(z.number().check(z.gte(0), z.lte(1e12))),
  noise: z.exactOptional(z.number().check(z.gte(0), z.lte(10))),
  ratings: z.exactOptional(z.enum(["whole", "continuous"])),
  continuedAbove: z.exactOptional(z.number().check(z.gte(-10), z.lte(11))),
});

/**
 * Options of `simulateOutcomes` as a caller writes them. `trueWeights` is required;
 * defaults: noise 0.1, ratings `"whole"`, no `continued`, seed `"peermatch"`.
 *
 * @example
 * ```ts
 * const options: SimulateOutcomesOptions = { trueWeights: { goals: 2, complementarity: 1 }, seed: "trial-1" };
 * ```
 */
export interface SimulateOutcomesOptions extends ResearchScoringOptions {
  /** The hidden weights that make a pair's true quality (required). */
  readonly trueWeights: TrueWeights;
  /**
   * Standard deviation of the Gaussian noise added to the true quality (0–1 scale), 0 to 10.
   *
   * @defaultValue `0.1`
   */
  readonly noise?: number;
  /**
   * Ratings as whole numbers 1–5 (`"whole"`) or with their fraction (`"continuous"`).
   *
   * @defaultValue `"whole"`
   */
  readonly ratings?: "whole" | "continuous";
  /**
   * When set, each outcome also says whether the pair `continued`: noisy quality ≥ this
   * threshold (-10 to 11).
   *
   * @defaultValue none (no `continued`)
   */
  readonly continuedAbove?: number;
}

const hiddenWeightsSchema = () => ownRecordSchema(z.number().check(z.gte(0), z.lte(1e12)));

/**
 * One matching policy of a simulated programme: the solver, how much a re-match keeps
 * (`rematch`'s `keep`), which weights it matches with (the defaults, weights learnt by
 * `fitWeights` from the programme's own ratings, or fixed weights), and whether pairs
 * rotate every few months. A `name` is derived when none is given.
 *
 * @example
 * ```ts
 * ProgrammePolicySchema.parse({ solver: "stable", keep: "all", weights: "learned", rotateEvery: 3 });
 * ```
 */
export const ProgrammePolicySchema = strictObject({
  name: z.exactOptional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  solver: MatchOptionsSchema.shape.solver,
  keep: z.exactOptional(
    z.union([
      z.enum(["fewest-broken", "all", "none"]),
      strictObject({ churnPenalty: z.number().check(z.gte(0), z.lte(1e12)) }),
    ]),
  ),
  weights: z.exactOptional(z.union([z.enum(["default", "learned"]), hiddenWeightsSchema()])),
  rotateEvery: z.exactOptional(z.int().check(z.gte(1), z.lte(120))),
});

/**
 * A policy of `simulateProgramme` as a caller writes it. Defaults: solver `"optimal"`,
 * keep `"fewest-broken"`, weights `"default"`, no rotation.
 *
 * @example
 * ```ts
 * const learned: ProgrammePolicy = { name: "learnt weights", weights: "learned" };
 * ```
 */
export interface ProgrammePolicy {
  /**
   * A name for the policy's run, 1–200 characters after trimming.
   *
   * @defaultValue derived from the settings
   */
  readonly name?: string;
  /**
   * The solver of every (re-)match.
   *
   * @defaultValue `"optimal"`
   */
  readonly solver?: Solver;
  /**
   * What a monthly re-match keeps, as `rematch`'s `keep` (`churnPenalty` needs solver `"optimal"`).
   *
   * @defaultValue `"fewest-broken"`
   */
  readonly keep?: "fewest-broken" | "all" | "none" | { readonly churnPenalty: number };
  /**
   * The weights it matches with: the defaults, weights `fitWeights` learns from the
   * programme's own ratings (from month `learnFrom`), or fixed weights (features left out
   * take the default weights).
   *
   * @defaultValue `"default"`
   */
  readonly weights?: "default" | "learned" | TrueWeights;
  /**
   * Rotate everyone every this many months (an integer from 1 to 120) instead of re-matching.
   *
   * @defaultValue no rotation
   */
  readonly rotateEvery?: number;
}

/**
 * Options of `simulateProgramme`: the hidden weights and rating noise (as in
 * `simulateOutcomes`), the programme's length, turnover and re-match rule, the policies
 * to compare, and the scoring options every policy scores pairs with.
 *
 * @example
 * ```ts
 * SimulateProgrammeOptionsSchema.parse({ trueWeights: { goals: 3, availability: 1 }, months: 6, dropoutRate: 0.05 });
 * ```
 */
export const SimulateProgrammeOptionsSchema = z
  .extend(scoringOptionsSchema(), {
    trueWeights: hiddenWeightsSchema(),
    noise: z.exactOptional(z.number().check(z.gte(0), z.lte(10))),
    months: z.exactOptional(z.int().check(z.gte(1), z.lte(120))),
    policies: z.exactOptional(z.array(ProgrammePolicySchema).check(z.minLength(1), z.maxLength(50))),
    dropoutRate: z.exactOptional(z.number().check(z.gte(0), z.lte(1))),
    joinShare: z.exactOptional(z.number().check(z.gte(0), z.lte(0.9))),
    dissolveAfter: z.exactOptional(z.omit(FeedbackRuleSchema, { since: true })),
    goodQuality: z.exactOptional(z.number().check(z.gte(0), z.lte(1))),
    learnFrom: z.exactOptional(z.int().check(z.gte(2), z.lte(120))),
    oddHandling: MatchOptionsSchema.shape.oddHandling,
  })
  .check(
    z.superRefine((options, ctx) => {
      (options.policies ?? []).forEach((policy, k) => {
        const solver = policy.solver ?? "optimal";
        if (typeof policy.keep === "object" && solver !== "optimal") {
          ctx.addIssue({
            code: "custom",
            path: ["policies", k, "keep"],
            message: `churnPenalty weighs churn against total weight, so it needs solver "optimal" (got "${solver}")`,
            params: { code: "invalid_value" },
            input: policy.keep,
          });
        }
        const months = options.months ?? 12;
        const learnFrom = options.learnFrom ?? 3;
        if (policy.weights === "learned" && learnFrom > months) {
          ctx.addIssue({
            code: "custom",
            path: ["policies", k, "weights"],
            message: `is "learned", but learnFrom (${learnFrom}) is after the last month (${months}): nothing would be learnt`,
            params: { code: "invalid_value" },
            input: policy.weights,
          });
        }
      });
    }),
  );

/**
 * Options of `simulateProgramme` as a caller writes them. `trueWeights` is required;
 * defaults: noise 0.1, months 12, the five policies listed in docs/research.md,
 * dropoutRate 0.02, joinShare 0.1, dissolveAfter `{ lowRating: 2, lowMeetings: 2 }`,
 * goodQuality 0.625 (a group rated 4 or more without noise), learnFrom 3, oddHandling
 * `"trio"`, seed `"peermatch"`.
 *
 * @example
 * ```ts
 * const options: SimulateProgrammeOptions = {
 *   trueWeights: { goals: 4, complementarity: 3, availability: 2 },
 *   policies: [{ solver: "optimal" }, { solver: "stable" }],
 *   seed: "year-1",
 * };
 * ```
 */
export interface SimulateProgrammeOptions extends ResearchScoringOptions {
  /** The hidden weights that make a pair's true quality and so its ratings (required). */
  readonly trueWeights: TrueWeights;
  /**
   * Standard deviation of the rating noise on the 0–1 quality scale, 0 to 10.
   *
   * @defaultValue `0.1`
   */
  readonly noise?: number;
  /**
   * Length of the programme in months, an integer from 1 to 120.
   *
   * @defaultValue `12`
   */
  readonly months?: number;
  /**
   * The policies to compare (1 to 50).
   *
   * @defaultValue the five policies listed in docs/research.md
   */
  readonly policies?: readonly ProgrammePolicy[];
  /**
   * Chance that a person still in leaves after each month, 0 to 1.
   *
   * @defaultValue `0.02`
   */
  readonly dropoutRate?: number;
  /**
   * Share of the participants held back to join in a later month, 0 to 0.9.
   *
   * @defaultValue `0.1`
   */
  readonly joinShare?: number;
  /**
   * The rule that dissolves a group after bad meetings (`proposeDissolutions`' rule without `since`).
   *
   * @defaultValue `{ lowRating: 2, lowMeetings: 2 }`
   */
  readonly dissolveAfter?: Omit<FeedbackRule, "since">;
  /**
   * True quality (0 to 1) from which a group counts as good in `monthsToGoodPair`.
   *
   * @defaultValue `0.625` (rated 4 or more without noise)
   */
  readonly goodQuality?: number;
  /**
   * First month whose re-match uses learned weights (`weights: "learned"`), an integer from 2 to 120.
   *
   * @defaultValue `3`
   */
  readonly learnFrom?: number;
  /**
   * What happens to an odd participant out, as in `matchPeers`.
   *
   * @defaultValue `"trio"`
   */
  readonly oddHandling?: "unmatched" | "trio";
}

/**
 * Options of `exportPairs`.
 *
 * @example
 * ```ts
 * ExportPairsOptionsSchema.parse({ format: "csv" });
 * ```
 */
export const ExportPairsOptionsSchema = strictObject({
  format: z.enum(["csv", "jsonl"]),
});

/**
 * Options of `exportPairs`: `"csv"` (RFC 4180, one header line) or `"jsonl"` (one JSON
 * object per line), with the same columns in the same order.
 *
 * @example
 * ```ts
 * const options: ExportPairsOptions = { format: "jsonl" };
 * ```
 */
export interface ExportPairsOptions {
  /** `"csv"` (RFC 4180, one header line) or `"jsonl"` (one JSON object per line). */
  readonly format: "csv" | "jsonl";
}
