/**
 * `RecommendOptionsSchema`: the options of `recommend` and `recommendFor` that matching
 * does not have (`k`, `maxExposure`). Everything else they take is a `MatchOptions` key
 * (weights, feature options, pins, wishes, seed, topK) and is checked by
 * `MatchOptionsSchema`; `splitRecommendOptions` separates the two.
 */
import * as z from "zod/mini";
import { describeValue } from "../errors/describe-value.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { fromZodIssues, makeIssue, optionsSubject } from "./issues.js";
import { strictObject } from "./schema-parts.js";

/** Suggestions per person when `k` is not given. */
export const DEFAULT_SHORTLIST_SIZE = 5;

/** Largest `k` and `maxExposure` accepted. */
export const MAX_SHORTLIST_SIZE = 100;

/**
 * The shortlist-only options, all optional.
 *
 * @example
 * ```ts
 * RecommendOptionsSchema.parse({ k: 3, maxExposure: 4 });
 * ```
 */
export const RecommendOptionsSchema = strictObject({
  /** Suggestions per person (1–100, default 5). */
  k: z.exactOptional(z.int().check(z.gte(1), z.lte(MAX_SHORTLIST_SIZE))),
  /** Most shortlists one person may appear in (1–100, default k). */
  maxExposure: z.exactOptional(z.int().check(z.gte(1), z.lte(MAX_SHORTLIST_SIZE))),
});

/**
 * The shortlist-only options as given by the caller.
 *
 * @example
 * ```ts
 * const limits: ShortlistLimits = { k: 3, maxExposure: 6 };
 * ```
 */
export type ShortlistLimits = z.input<typeof RecommendOptionsSchema>;

/** The keys of {@link RecommendOptionsSchema}. */
const RECOMMEND_KEYS: ReadonlySet<string> = new Set(Object.keys(RecommendOptionsSchema.shape));

/** Match options a shortlist has no use for: they choose or shape a matching. */
const MATCHING_ONLY_KEYS: ReadonlySet<string> = new Set(["solver", "oddHandling", "strictStable"]);

/**
 * Options split into the shortlist limits (validated, defaults applied) and the rest
 * (left for `MatchOptionsSchema`). Issue paths start with `"options"`; the matching-only
 * keys `solver`, `oddHandling` and `strictStable` are refused (`unrecognized_keys`).
 *
 * @example
 * ```ts
 * const { limits, matchOptions, issues } = splitRecommendOptions({ k: 3, seed: "x" }, "recommend");
 * // limits: { k: 3, maxExposure: 3 }; matchOptions: { seed: "x" }; issues: []
 * ```
 */
export function splitRecommendOptions(
  options: unknown,
  caller: string,
): { limits: { k: number; maxExposure: number }; matchOptions: unknown; issues: MatchInputIssue[] } {
  const subject = optionsSubject(caller);
  const defaults = { k: DEFAULT_SHORTLIST_SIZE, maxExposure: DEFAULT_SHORTLIST_SIZE };
  if (options === undefined) return { limits: defaults, matchOptions: undefined, issues: [] };
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    return {
      limits: defaults,
      matchOptions: undefined,
      issues: [makeIssue(subject, "invalid_type", [], `must be an object, got ${describeValue(options)}`)],
    };
  }
  const own: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  const issues: MatchInputIssue[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (RECOMMEND_KEYS.has(key)) own[key] = value;
    else if (MATCHING_ONLY_KEYS.has(key)) {
      issues.push(
        makeIssue(subject, "unrecognized_key", [key], `${key} chooses a matching; a shortlist has no use for it`),
      );
    } else rest[key] = value;
  }
  const parsed = RecommendOptionsSchema.safeParse(own, { reportInput: true });
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, subject, RecommendOptionsSchema, own));
    return { limits: defaults, matchOptions: rest, issues };
  }
  const k = parsed.data.k ?? DEFAULT_SHORTLIST_SIZE;
  return { limits: { k, maxExposure: parsed.data.maxExposure ?? k }, matchOptions: rest, issues };
}
