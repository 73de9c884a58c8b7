/**
 * Match options → `ResolvedMatchOptions`: validated by `MatchOptionsSchema`, then every
 * default of the design contract filled in.
 */
import { describeValue } from "../errors/describe-value.js";
import { MatchInputError, type MatchInputIssue } from "../errors/match-input-error.js";
import { todayUtc } from "./clock.js";
import { BUILTIN_FEATURES, DEFAULT_WEIGHTS } from "./features.js";
import { fromZodIssues, makeIssue, optionsSubject } from "./issues.js";
import { MAX_SEED_LENGTH, tooLarge } from "./limits.js";
import { MatchOptionsSchema, type ParsedMatchOptions } from "./options-schema.js";
import type { ResolvedMatchOptions } from "./types.js";

/**
 * Default `experience.toleranceYears`: the experience gap the experience score tolerates.
 *
 * @example
 * ```ts
 * resolveMatchOptions({}, "example").experience.toleranceYears === DEFAULT_TOLERANCE_YEARS; // true
 * ```
 */
export const DEFAULT_TOLERANCE_YEARS = 5;
/**
 * Default `availability.minOverlapMinutes`: a weekly hour together for a meeting.
 *
 * @example
 * ```ts
 * resolveMatchOptions({}, "example").availability.minOverlapMinutes; // 60
 * ```
 */
export const DEFAULT_MIN_OVERLAP_MINUTES = 60;

/**
 * Options resolved, or the issues that prevent it (never both empty).
 *
 * @example
 * ```ts
 * const checked: OptionsCheck = checkMatchOptions({ solver: "best" }, "example");
 * checked.issues[0]?.code; // "invalid_value"
 * ```
 */
export type OptionsCheck =
  | { readonly options: ResolvedMatchOptions; readonly issues: readonly [] }
  | { readonly options: undefined; readonly issues: readonly MatchInputIssue[] };

/**
 * Validates and resolves options without throwing; `normaliseCohort` uses it to report
 * option problems together with participant problems. Issue paths start with `"options"`.
 *
 * @example
 * ```ts
 * const { options, issues } = checkMatchOptions({ minScore: 2 }, "matchPeers");
 * // options undefined; issues[0].path: ["options", "minScore"]
 * ```
 */
export function checkMatchOptions(options: unknown, caller: string): OptionsCheck {
  const subject = optionsSubject(caller);
  if (options === undefined) return { options: withDefaults({}), issues: [] };
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    return {
      options: undefined,
      issues: [makeIssue(subject, "invalid_type", [], `must be an object, got ${describeValue(options)}`)],
    };
  }
  const parsed = MatchOptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success)
    return { options: undefined, issues: fromZodIssues(parsed.error.issues, subject, MatchOptionsSchema, options) };
  const seed = parsed.data.seed;
  if (seed !== undefined && seed.length > MAX_SEED_LENGTH) {
    return {
      options: undefined,
      issues: [tooLarge(caller, ["options", "seed"], "the length of options.seed", seed.length, MAX_SEED_LENGTH)],
    };
  }
  return { options: withDefaults(parsed.data), issues: [] };
}

function withDefaults(parsed: ParsedMatchOptions): ResolvedMatchOptions {
  const custom = parsed.custom ?? [];
  const weights = Object.fromEntries([
    ...BUILTIN_FEATURES.map((name) => [name, parsed.weights?.[name] ?? DEFAULT_WEIGHTS[name]] as const),
    ...custom.map((feature) => [feature.name, feature.weight] as const),
  ]);
  const experience = parsed.experience ?? {};
  return {
    solver: parsed.solver ?? "optimal",
    weights,
    availability: {
      minOverlapMinutes: parsed.availability?.minOverlapMinutes ?? DEFAULT_MIN_OVERLAP_MINUTES,
      referenceDate: parsed.availability?.referenceDate ?? todayUtc(),
    },
    experience: {
      toleranceYears: experience.toleranceYears ?? DEFAULT_TOLERANCE_YEARS,
      ...(experience.maxGapYears === undefined ? {} : { maxGapYears: experience.maxGapYears }),
      ...(experience.minGapYears === undefined ? {} : { minGapYears: experience.minGapYears }),
    },
    industry: parsed.industry ?? "any",
    organization: parsed.organization ?? "allow",
    language: { required: parsed.language?.required ?? true },
    custom,
    reciprocity: parsed.reciprocity ?? "mean",
    missing: parsed.missing ?? "zero",
    oddHandling: parsed.oddHandling ?? "trio",
    ...(parsed.minScore === undefined ? {} : { minScore: parsed.minScore }),
    allowPastPartners: parsed.allowPastPartners ?? false,
    seed: parsed.seed ?? "peermatch",
    ...(parsed.topK === undefined ? {} : { topK: parsed.topK }),
    strictStable: parsed.strictStable ?? false,
  };
}

/**
 * Validates match options and fills in every default: solver `"optimal"`, weights
 * `DEFAULT_WEIGHTS` (custom features keep their own), `availability.minOverlapMinutes`
 * 60, `availability.referenceDate` today (UTC), `experience.toleranceYears` 5, industry
 * `"any"`, organization `"allow"`, `language.required` true, reciprocity `"mean"`,
 * missing `"zero"`, oddHandling `"trio"`, no `minScore`, `allowPastPartners` false,
 * seed `"peermatch"`, `strictStable` false. Throws `MatchInputError` listing every problem; issue paths start
 * with `"options"`.
 *
 * @example
 * ```ts
 * const options = resolveMatchOptions({ solver: "fair" }, "matchPeers");
 * options.weights["goals"]; // 3
 * ```
 */
export function resolveMatchOptions(options: unknown, caller: string): ResolvedMatchOptions {
  const checked = checkMatchOptions(options, caller);
  if (checked.options === undefined) throw new MatchInputError(checked.issues);
  return checked.options;
}
