/**
 * Options of the research functions (`peermatch/research`). Those that score pairs take
 * the scoring options of `MatchOptionsSchema` (reused, not copied: reference date,
 * feature options, custom features, `missing`, seed) without the ones that only steer a
 * solver (`solver`, `oddHandling`, `topK`) and without `weights`, which they fit or take
 * as `trueWeights`. Strict: an unknown key is an issue with a did-you-mean.
 */
import { z } from "zod";
import { FeedbackRuleSchema } from "./lifecycle-schemas.js";
import { MatchOptionsSchema } from "./options-schema.js";
import { ownRecordSchema } from "./schema-parts.js";

/** The scoring part of the match options, shared by the research functions. */
function scoringOptionsSchema() {
  return MatchOptionsSchema.omit({ solver: true, weights: true, oddHandling: true, topK: true });
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
export const FitWeightsOptionsSchema = scoringOptionsSchema()
  .extend({
    target: z.enum(["rating", "continued"]).exactOptional(),
    model: z.enum(["ordinal", "linear", "logistic"]).exactOptional(),
    lambda: z.number().min(0).max(1e6).exactOptional(),
    folds: z.number().int().min(2).max(100).exactOptional(),
    bootstrap: z.number().int().min(0).max(10_000).exactOptional(),
    level: z.number().gt(0).lt(1).exactOptional(),
  })
  .superRefine((options, ctx) => {
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
  });

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
export type FitWeightsOptions = z.input<typeof FitWeightsOptionsSchema>;

/**
 * Options of `simulateOutcomes`: the hidden weights, the noise, how ratings are written,
 * and the scoring options the pairs are scored with.
 *
 * @example
 * ```ts
 * SimulateOutcomesOptionsSchema.parse({ trueWeights: { goals: 3, availability: 1 }, noise: 0.05, seed: "s1" });
 * ```
 */
export const SimulateOutcomesOptionsSchema = scoringOptionsSchema().extend({
  trueWeights: ownRecordSchema(z.number().min(0).max(1e12)),
  noise: z.number().min(0).max(10).exactOptional(),
  ratings: z.enum(["whole", "continuous"]).exactOptional(),
  continuedAbove: z.number().min(-10).max(11).exactOptional(),
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
export type SimulateOutcomesOptions = z.input<typeof SimulateOutcomesOptionsSchema>;

const hiddenWeightsSchema = () => ownRecordSchema(z.number().min(0).max(1e12));

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
export const ProgrammePolicySchema = z.strictObject({
  name: z.string().trim().min(1).max(200).exactOptional(),
  solver: MatchOptionsSchema.shape.solver,
  keep: z
    .union([z.enum(["fewest-broken", "all", "none"]), z.strictObject({ churnPenalty: z.number().min(0).max(1e12) })])
    .exactOptional(),
  weights: z.union([z.enum(["default", "learned"]), hiddenWeightsSchema()]).exactOptional(),
  rotateEvery: z.number().int().min(1).max(120).exactOptional(),
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
export type ProgrammePolicy = z.input<typeof ProgrammePolicySchema>;

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
export const SimulateProgrammeOptionsSchema = scoringOptionsSchema()
  .extend({
    trueWeights: hiddenWeightsSchema(),
    noise: z.number().min(0).max(10).exactOptional(),
    months: z.number().int().min(1).max(120).exactOptional(),
    policies: z.array(ProgrammePolicySchema).min(1).max(50).exactOptional(),
    dropoutRate: z.number().min(0).max(1).exactOptional(),
    joinShare: z.number().min(0).max(0.9).exactOptional(),
    dissolveAfter: FeedbackRuleSchema.omit({ since: true }).exactOptional(),
    goodQuality: z.number().min(0).max(1).exactOptional(),
    learnFrom: z.number().int().min(2).max(120).exactOptional(),
    oddHandling: MatchOptionsSchema.shape.oddHandling,
  })
  .superRefine((options, ctx) => {
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
  });

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
export type SimulateProgrammeOptions = z.input<typeof SimulateProgrammeOptionsSchema>;

/**
 * Options of `exportPairs`.
 *
 * @example
 * ```ts
 * ExportPairsOptionsSchema.parse({ format: "csv" });
 * ```
 */
export const ExportPairsOptionsSchema = z.strictObject({
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
export type ExportPairsOptions = z.input<typeof ExportPairsOptionsSchema>;
