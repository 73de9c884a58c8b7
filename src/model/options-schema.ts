/**
 * `MatchOptionsSchema`: the program options of the design contract, all optional.
 * Strict like the participant schema: an unknown key is an issue. Defaults are filled
 * in by `resolveMatchOptions`, not here, so the schema's output says what the caller set.
 */
import * as z from "zod/mini";
import { BUILTIN_FEATURES } from "./features.js";
import { idSchema, isoDateSchema, strictObject } from "./schema-parts.js";

/**
 * Names that explanations and veto lists use besides the built-in features, so a custom
 * feature cannot take them (compared lower-cased).
 */
const RESERVED_FEATURE_NAMES: readonly string[] = [
  "organization",
  "exclude",
  "pastpartners",
  "minscore",
  "rotation",
  "wishes",
];

/** Most ranked wishes a programme may count per person (`wishes.max`). */
export const MAX_WISHES = 20;
import type { CustomFeature, FeatureName, Participant, Reciprocity, Solver } from "./types.js";

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
  unknownIds: z.exactOptional(z.enum(["warn", "error", "ignore"])),
  pins: z.exactOptional(
    z.array(z.union([z.tuple([idSchema(), idSchema()]), z.tuple([idSchema(), idSchema(), idSchema()])])),
  ),
  wishes: z.exactOptional(
    strictObject({
      mode: z.exactOptional(z.enum(["bonus", "rank-maximal"])),
      max: z.exactOptional(z.int().check(z.gte(1), z.lte(MAX_WISHES))),
      weight: z.exactOptional(weightSchema()),
    }),
  ),
});

/**
 * Match options as a caller writes them; every field is optional and defaults as noted
 * (`resolveMatchOptions` fills them in, `result.meta.options` records them). An unknown
 * field is a compile error here and a `MatchInputError` at run time. For JSON of unknown
 * shape, validate with `parseMatchOptions` first.
 *
 * @example
 * ```ts
 * const options: MatchOptions = { solver: "stable", reciprocity: "min" };
 * ```
 */
export interface MatchOptions {
  /**
   * The assignment algorithm: `"optimal"` (most people matched, then the highest total
   * score), `"fair"` (the best worst pair), `"stable"` (no two people prefer each other to
   * their partners, where possible) or `"greedy"` (best pair first, the fast baseline).
   *
   * @defaultValue `"optimal"`
   */
  readonly solver?: Solver;
  /**
   * Program weight per built-in feature (≥ 0; 0 switches a feature's score off). Features
   * not named keep their default weight (`DEFAULT_WEIGHTS`).
   */
  readonly weights?: { readonly [feature in FeatureName]?: number };
  /** Availability: the shortest weekly overlap a pair needs, and the date time zones are read on. */
  readonly availability?: {
    /**
     * Shortest weekly overlap in minutes (0–10080) two people who both give availability need.
     *
     * @defaultValue `60`
     */
    readonly minOverlapMinutes?: number;
    /**
     * ISO date `YYYY-MM-DD` whose UTC offsets convert local slots (daylight saving).
     *
     * @defaultValue today (UTC), recorded in `meta.referenceDate`
     */
    readonly referenceDate?: string;
  };
  /** Experience: the gap in years that still counts as similar, and hard limits on the gap. */
  readonly experience?: {
    /**
     * Gap in years (0–70) below which experience scores fully.
     *
     * @defaultValue `5`
     */
    readonly toleranceYears?: number;
    /** Largest gap in years (0–70) a pair may have: a hard constraint. */
    readonly maxGapYears?: number;
    /** Smallest gap in years (0–70), mentor over mentee: a hard constraint for `matchMentors`. */
    readonly minGapYears?: number;
  };
  /**
   * Whether the same industry (`"same"`), a different one (`"different"`) or neither
   * (`"any"`) scores.
   *
   * @defaultValue `"any"`
   */
  readonly industry?: "same" | "different" | "any";
  /**
   * Colleagues from one organisation: allowed, scored down (`"avoid"`) or never paired (`"forbid"`).
   *
   * @defaultValue `"allow"`
   */
  readonly organization?: "allow" | "avoid" | "forbid";
  /** Language: whether two people who both list languages must share one. */
  readonly language?: {
    /** @defaultValue `true` */
    readonly required?: boolean;
  };
  /** Features of your own, scored by a function; names must differ from the built-in ones. */
  readonly custom?: readonly CustomFeature[];
  /**
   * How the two directional scores of a pair combine into its weight.
   *
   * @defaultValue `"mean"`
   */
  readonly reciprocity?: Reciprocity;
  /**
   * How a feature missing on either side scores: 0 (no evidence) or 0.5 (`"neutral"`).
   *
   * @defaultValue `"zero"`
   */
  readonly missing?: "zero" | "neutral";
  /**
   * An odd cohort: the one left over joins the best pair as a trio, or stays unmatched.
   *
   * @defaultValue `"trio"`
   */
  readonly oddHandling?: "unmatched" | "trio";
  /** Lowest pair weight (0–1) that may be paired; lower pairs are vetoed. No value: no floor. */
  readonly minScore?: number;
  /**
   * Whether people listed in each other's `pastPartners` may be paired again.
   *
   * @defaultValue `false`
   */
  readonly allowPastPartners?: boolean;
  /**
   * Seed of every tie-break: the same input, options and seed give the same result.
   *
   * @defaultValue `"peermatch"`
   */
  readonly seed?: string;
  /**
   * For large cohorts: consider only pairs in which one member is among the other's
   * `topK` best feasible partners (a whole number ≥ 1). No value: every feasible pair.
   */
  readonly topK?: number;
  /**
   * `solver: "stable"` only: return the stable matching as it is, even when a larger
   * matching would pair more people.
   *
   * @defaultValue `false`
   */
  readonly strictStable?: boolean;
  /**
   * Ids in `exclude` or `pastPartners` that name nobody in the cohort: `"warn"` lists them
   * in `result.warnings`, `"error"` throws, `"ignore"` says nothing. An id equal to someone
   * in the cohort up to case, spaces or Unicode form is always an error.
   *
   * @defaultValue `"warn"`
   */
  readonly unknownIds?: "warn" | "error" | "ignore";
  /** Pairs or trios the coordinator fixed by hand; the rest is matched around them. */
  readonly pins?: readonly (readonly [string, string] | readonly [string, string, string])[];
  /**
   * How participants' ranked `wishes` count: a bonus feature in the score, or
   * rank-maximal (the most first choices granted, then second choices, …, then the best
   * score; `matchPeers` with the `"optimal"` solver only, up to
   * `MAX_RANK_MAXIMAL_PARTICIPANTS` people).
   */
  readonly wishes?: {
    /** @defaultValue `"bonus"` */
    readonly mode?: "bonus" | "rank-maximal";
    /** How many wishes per person count (1–20). @defaultValue `5` */
    readonly max?: number;
    /** Program weight of the wish feature (`"bonus"` mode). @defaultValue `2` */
    readonly weight?: number;
  };
}

/**
 * Match options after `MatchOptionsSchema`, before defaults.
 *
 * @example
 * ```ts
 * const parsed: ParsedMatchOptions = MatchOptionsSchema.parse({ seed: "2026-spring" });
 * ```
 */
export type ParsedMatchOptions = z.output<typeof MatchOptionsSchema>;
