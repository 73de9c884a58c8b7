/**
 * `MatchOptionsSchema`: the program options of the design contract, all optional.
 * Strict like the participant schema: an unknown key is an issue. Defaults are filled
 * in by `resolveMatchOptions`, not here, so the schema's output says what the caller set.
 */
import { z } from "zod";
import { BUILTIN_FEATURES } from "./features.js";
import { isoDateSchema } from "./schema-parts.js";

/**
 * Names that explanations and veto lists use besides the built-in features, so a custom
 * feature cannot take them (compared lower-cased).
 */
const RESERVED_FEATURE_NAMES: readonly string[] = ["organization", "exclude", "pastpartners", "minscore", "rotation"];
import type { Participant } from "./types.js";

/** A program weight: finite and non-negative; 0 switches the feature's score off. */
function weightSchema() {
  return z.number().min(0);
}

/**
 * The score function of a custom feature: a number in [0, 1], or `null` to veto.
 *
 * @example
 * ```ts
 * const sameCity: CustomScore = (a, b) => (a.location?.label === b.location?.label ? 1 : 0);
 * ```
 */
export type CustomScore = (a: Participant, b: Participant) => number | null;

/**
 * A custom feature. Its name must differ from the built-in features and from the other
 * custom features.
 *
 * @example
 * ```ts
 * const sameCity = {
 *   name: "city",
 *   weight: 1,
 *   score: (a, b) => (a.attributes?.["city"] === b.attributes?.["city"] ? 1 : 0),
 * } satisfies z.input<typeof CustomFeatureSchema>;
 * ```
 */
export const CustomFeatureSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  weight: weightSchema(),
  score: z.custom<CustomScore>((value) => typeof value === "function", {
    message: "is not a function (a, b) => number | null",
    params: { code: "invalid_type" },
  }),
});

/**
 * Match options as given by the caller. See `resolveMatchOptions` for the defaults.
 *
 * @example
 * ```ts
 * MatchOptionsSchema.parse({ solver: "fair", availability: { minOverlapMinutes: 90 } });
 * ```
 */
export const MatchOptionsSchema = z.strictObject({
  solver: z.enum(["optimal", "fair", "stable", "greedy"]).exactOptional(),
  weights: z
    .strictObject({
      goals: weightSchema().exactOptional(),
      complementarity: weightSchema().exactOptional(),
      communication: weightSchema().exactOptional(),
      availability: weightSchema().exactOptional(),
      geography: weightSchema().exactOptional(),
      experience: weightSchema().exactOptional(),
      industry: weightSchema().exactOptional(),
      language: weightSchema().exactOptional(),
      commitment: weightSchema().exactOptional(),
    })
    .exactOptional(),
  availability: z
    .strictObject({
      minOverlapMinutes: z.number().min(0).max(10080).exactOptional(),
      referenceDate: isoDateSchema().exactOptional(),
    })
    .exactOptional(),
  experience: z
    .strictObject({
      toleranceYears: z.number().min(0).max(70).exactOptional(),
      maxGapYears: z.number().min(0).max(70).exactOptional(),
      minGapYears: z.number().min(0).max(70).exactOptional(),
    })
    .superRefine((experience, ctx) => {
      const { minGapYears, maxGapYears } = experience;
      if (minGapYears !== undefined && maxGapYears !== undefined && minGapYears > maxGapYears) {
        ctx.addIssue({
          code: "custom",
          path: ["minGapYears"],
          message: `is larger than maxGapYears (${maxGapYears}): no pair could qualify`,
          params: { code: "invalid_value" },
          input: minGapYears,
        });
      }
    })
    .exactOptional(),
  industry: z.enum(["same", "different", "any"]).exactOptional(),
  organization: z.enum(["allow", "avoid", "forbid"]).exactOptional(),
  language: z.strictObject({ required: z.boolean().exactOptional() }).exactOptional(),
  custom: z
    .array(CustomFeatureSchema)
    .superRefine((features, ctx) => {
      const seen = new Set<string>();
      features.forEach((feature, k) => {
        const key = feature.name.toLowerCase();
        const clash = (BUILTIN_FEATURES as readonly string[]).includes(key)
          ? "is the name of a built-in feature"
          : RESERVED_FEATURE_NAMES.includes(key)
            ? "is reserved: explanations and vetoes use it"
            : seen.has(key)
              ? "is the name of an earlier custom feature"
              : undefined;
        if (clash !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: [k, "name"],
            message: clash,
            params: { code: "invalid_value" },
            input: feature.name,
          });
        }
        seen.add(key);
      });
    })
    .exactOptional(),
  reciprocity: z.enum(["mean", "min", "geometric"]).exactOptional(),
  missing: z.enum(["zero", "neutral"]).exactOptional(),
  oddHandling: z.enum(["unmatched", "trio"]).exactOptional(),
  minScore: z.number().min(0).max(1).exactOptional(),
  allowPastPartners: z.boolean().exactOptional(),
  seed: z.string().exactOptional(),
  topK: z.number().int().min(1).exactOptional(),
  strictStable: z.boolean().exactOptional(),
});

/**
 * Match options as a caller writes them (every field optional).
 *
 * @example
 * ```ts
 * const options: MatchOptions = { solver: "stable", reciprocity: "min" };
 * ```
 */
export type MatchOptions = z.input<typeof MatchOptionsSchema>;

/**
 * Match options after `MatchOptionsSchema`, before defaults.
 *
 * @example
 * ```ts
 * const parsed: ParsedMatchOptions = MatchOptionsSchema.parse({ seed: "2026-spring" });
 * ```
 */
export type ParsedMatchOptions = z.output<typeof MatchOptionsSchema>;
