/**
 * `MatchOptionsSchema`: the program options of the design contract, all optional.
 * Strict like the participant schema: an unknown key is an issue. Defaults are filled
 * in by `resolveMatchOptions`, not here, so the schema's output says what the caller set.
 */
import * as z from "zod/mini";
import { BUILTIN_FEATURES } from "./features.js";
import { isoDateSchema, strictObject } from "./schema-parts.js";

/**
 * Names that explanations and veto lists use besides the built-in features, so a custom
 * feature cannot take them (compared lower-cased).
 */
const RESERVED_FEATURE_NAMES: readonly string[] = ["organization", "exclude", "pastpartners", "minscore", "rotation"];
import type { Participant } from "./types.js";

/** A program weight: finite and non-negative; 0 switches the feature's score off. */
function weightSchema() {
  return z.number().check(z.gte(0));
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
export const CustomFeatureSchema = strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
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
export const MatchOptionsSchema = strictObject({
  solver: z.exactOptional(z.enum(["optimal", "fair", "stable", "greedy"])),
  weights: z.exactOptional(
    strictObject({
      goals: z.exactOptional(weightSchema()),
      complementarity: z.exactOptional(weightSchema()),
      communication: z.exactOptional(weightSchema()),
      availability: z.exactOptional(weightSchema()),
      geography: z.exactOptional(weightSchema()),
      experience: z.exactOptional(weightSchema()),
      industry: z.exactOptional(weightSchema()),
      language: z.exactOptional(weightSchema()),
      commitment: z.exactOptional(weightSchema()),
    }),
  ),
  availability: z.exactOptional(
    strictObject({
      minOverlapMinutes: z.exactOptional(z.number().check(z.gte(0), z.lte(10080))),
      referenceDate: z.exactOptional(isoDateSchema()),
    }),
  ),
  experience: z.exactOptional(
    z
      .strictObject({
        toleranceYears: z.exactOptional(z.number().check(z.gte(0), z.lte(70))),
        maxGapYears: z.exactOptional(z.number().check(z.gte(0), z.lte(70))),
        minGapYears: z.exactOptional(z.number().check(z.gte(0), z.lte(70))),
      })
      .check(
        z.superRefine((experience, ctx) => {
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
        }),
      ),
  ),
  industry: z.exactOptional(z.enum(["same", "different", "any"])),
  organization: z.exactOptional(z.enum(["allow", "avoid", "forbid"])),
  language: z.exactOptional(strictObject({ required: z.exactOptional(z.boolean()) })),
  custom: z.exactOptional(
    z.array(CustomFeatureSchema).check(
      z.superRefine((features, ctx) => {
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
      }),
    ),
  ),
  reciprocity: z.exactOptional(z.enum(["mean", "min", "geometric"])),
  missing: z.exactOptional(z.enum(["zero", "neutral"])),
  oddHandling: z.exactOptional(z.enum(["unmatched", "trio"])),
  minScore: z.exactOptional(z.number().check(z.gte(0), z.lte(1))),
  allowPastPartners: z.exactOptional(z.boolean()),
  seed: z.exactOptional(z.string()),
  topK: z.exactOptional(z.int().check(z.gte(1))),
  strictStable: z.exactOptional(z.boolean()),
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
