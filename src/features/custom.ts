/**
 * Custom features: `{ name, weight, score(a, b) }` supplied by the program. `score(a, b)`
 * is read as the directional x(a→b) and is called both ways for a pair; it must return a
 * number in [0, 1], or `null` to veto the pair. Anything else (NaN, out of range, not a
 * number, an exception) is bad input: a `MatchInputError` naming the feature and the
 * pair, never a silent clamp and never the function's own exception. Complexity: two calls of the program's function per pair.
 * References: none.
 */
import { inputIssue } from "../errors/issues.js";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import type { CustomFeature } from "../model/types.js";
import type { ScoringContext } from "./feature.js";

/**
 * x(i→j) of custom feature `feature`: its value, `null` for a veto, or an issue
 * describing the invalid value it returned.
 */
export function customScore(
  ctx: ScoringContext,
  feature: CustomFeature,
  i: number,
  j: number,
): number | null | MatchInputIssue {
  const { participants } = ctx.cohort;
  const a = participants[i]!;
  const b = participants[j]!;
  let value: unknown;
  try {
    value = feature.score(a, b);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return customIssue(ctx, feature, a.id, `threw for ("${a.id}" → "${b.id}"): ${reason}`);
  }
  if (value === null) return null;
  if (typeof value === "number" && value >= 0 && value <= 1) return value;
  const shown = typeof value === "number" ? String(value) : typeof value;
  return customIssue(
    ctx,
    feature,
    a.id,
    `scored ("${a.id}" → "${b.id}") as ${shown}; a score must be a number in [0, 1] or null`,
  );
}

function customIssue(
  ctx: ScoringContext,
  feature: CustomFeature,
  participantId: string,
  problem: string,
): MatchInputIssue {
  return inputIssue(
    ctx.caller,
    "invalid_value",
    ["custom", ctx.options.custom.indexOf(feature), "score"],
    `custom feature "${feature.name}" ${problem}`,
    participantId,
  );
}
