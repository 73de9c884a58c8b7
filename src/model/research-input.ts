/**
 * Reads the input of a function that scores a cohort under options of its own (the
 * research functions): its options schema extends the scoring options, so both are
 * validated in one parse (one did-you-mean over every known key), and the participants
 * by `normaliseCohort` with the scoring part. Returns the issues instead of throwing, so
 * the caller can add its own (outcomes, groups) and throw them all together.
 */
import type { z } from "zod";
import { describeValue } from "../errors/describe-value.js";
import { MatchInputError, type MatchInputIssue } from "../errors/match-input-error.js";
import type { NormalisedCohort } from "./cohort.js";
import { fromZodIssues, makeIssue, optionsSubject } from "./issues.js";
import { normaliseCohort } from "./normalise-cohort.js";

/** The cohort and the parsed options, each undefined when its input has issues (the other may still be there). */
export interface ScoredInput<T> {
  readonly cohort: NormalisedCohort | undefined;
  readonly options: T | undefined;
  readonly issues: readonly MatchInputIssue[];
}

/**
 * Validates `participants` and `options` (against `schema`, whose keys besides the
 * scoring options are `ownKeys`) and normalises the cohort under the scoring options.
 * `options` undefined means `{}`. Option issue paths start with `"options"`.
 */
export function readScoredInput<S extends z.ZodType>(
  participants: unknown,
  options: unknown,
  schema: S,
  ownKeys: readonly string[],
  caller: string,
): ScoredInput<z.output<S>> {
  const issues: MatchInputIssue[] = [];
  const raw = options ?? {};
  const isObject = typeof raw === "object" && raw !== null && !Array.isArray(raw);
  let parsedOptions: z.output<S> | undefined;
  if (!isObject) {
    issues.push(makeIssue(optionsSubject(caller), "invalid_type", [], `must be an object, got ${describeValue(raw)}`));
  } else {
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (parsed.success) parsedOptions = parsed.data;
    else issues.push(...fromZodIssues(parsed.error.issues, optionsSubject(caller), schema, raw));
  }
  let cohort: NormalisedCohort | undefined;
  try {
    cohort = normaliseCohort(participants, isObject ? scoringPart(raw, ownKeys) : undefined, caller);
  } catch (error) {
    if (!(error instanceof MatchInputError)) throw error;
    // Option issues were reported by the full schema above, with the same paths.
    const reported = parsedOptions === undefined;
    for (const issue of error.issues) if (!(reported && issue.path[0] === "options")) issues.push(issue);
  }
  return { cohort, options: parsedOptions, issues };
}

/** The caller's options without the function's own keys (own properties copied as they are). */
function scoringPart(raw: object, ownKeys: readonly string[]): Record<string, unknown> {
  const scoring: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (ownKeys.includes(key)) continue;
    Object.defineProperty(scoring, key, {
      value: (raw as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return scoring;
}
