/**
 * `CircleOptionsSchema`: the options of `formCircles` and `rotateCircles` that pairs do not
 * have (circle size, composition rules, the circle solver). Everything else a circle
 * programme takes is a `MatchOptions` key (weights, feature options, seed) and is checked
 * by `MatchOptionsSchema`; `splitCircleOptions` separates the two.
 */
import * as z from "zod/mini";
import { describeValue } from "../errors/describe-value.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { fromZodIssues, makeIssue, optionsSubject } from "./issues.js";
import { strictObject } from "./schema-parts.js";

/** Largest circle size accepted (the solvers' limit). */
export const MAX_CIRCLE_MEMBERS = 64;

const idPair = z.tuple([z.string().check(z.minLength(1)), z.string().check(z.minLength(1))]);
const fieldSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * The circle-only options, all optional.
 *
 * @example
 * ```ts
 * CircleOptionsSchema.parse({ size: { min: 4, max: 5 }, noLoneMember: [{ field: "attributes.gender", value: "woman" }] });
 * ```
 */
export const CircleOptionsSchema = strictObject({
  /** `"optimal"` maximises Σ size × score; `"fair"` the worst circle's score first. */
  solver: z.exactOptional(z.enum(["optimal", "fair"])),
  size: z.exactOptional(
    strictObject({
      min: z.int().check(z.gte(2), z.lte(MAX_CIRCLE_MEMBERS)),
      max: z.int().check(z.gte(2), z.lte(MAX_CIRCLE_MEMBERS)),
    }).check(z.refine((size) => size.min <= size.max, { message: "size.min must not exceed size.max" })),
  ),
  together: z.exactOptional(z.array(idPair)),
  apart: z.exactOptional(z.array(idPair)),
  noLoneMember: z.exactOptional(
    z.array(strictObject({ field: fieldSchema, value: z.union([z.string(), z.number(), z.boolean()]) })),
  ),
  maxShared: z.exactOptional(z.array(strictObject({ field: fieldSchema, max: z.int().check(z.gte(1)) }))),
  facilitators: z.exactOptional(z.array(z.string().check(z.minLength(1)))),
  /** Multiplies the local search's steps (above the exact limit). */
  effort: z.exactOptional(z.number().check(z.positive(), z.lte(100))),
});

/**
 * The circle-only options as given by the caller.
 *
 * @example
 * ```ts
 * const rules: CircleRules = { size: { min: 4, max: 6 }, together: [["ana", "bo"]] };
 * ```
 */
export type CircleRules = z.input<typeof CircleOptionsSchema>;

/** The keys of {@link CircleOptionsSchema}. */
const CIRCLE_KEYS: ReadonlySet<string> = new Set(Object.keys(CircleOptionsSchema.shape));

/**
 * Options split into the circle-only part (validated) and the rest (left for
 * `MatchOptionsSchema`). Issue paths start with `"options"`.
 *
 * @example
 * ```ts
 * const { rules, matchOptions, issues } = splitCircleOptions({ size: { min: 4, max: 5 }, seed: "x" }, "formCircles");
 * // rules.size: { min: 4, max: 5 }; matchOptions: { seed: "x" }; issues: []
 * ```
 */
export function splitCircleOptions(
  options: unknown,
  caller: string,
): { rules: ParsedCircleRules; matchOptions: unknown; issues: MatchInputIssue[] } {
  const subject = optionsSubject(caller);
  if (options === undefined) return { rules: {}, matchOptions: undefined, issues: [] };
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    return {
      rules: {},
      matchOptions: undefined,
      issues: [makeIssue(subject, "invalid_type", [], `must be an object, got ${describeValue(options)}`)],
    };
  }
  const circle: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (CIRCLE_KEYS.has(key)) circle[key] = value;
    else rest[key] = value;
  }
  const parsed = CircleOptionsSchema.safeParse(circle, { reportInput: true });
  if (!parsed.success) {
    return {
      rules: {},
      matchOptions: rest,
      issues: fromZodIssues(parsed.error.issues, subject, CircleOptionsSchema, circle),
    };
  }
  return { rules: parsed.data, matchOptions: rest, issues: [] };
}

/**
 * The circle-only options after validation.
 *
 * @example
 * ```ts
 * const parsed: ParsedCircleRules = CircleOptionsSchema.parse({ solver: "fair" });
 * ```
 */
export type ParsedCircleRules = z.output<typeof CircleOptionsSchema>;
