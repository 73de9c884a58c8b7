/**
 * The numbers a coordinator's report shows, computed once from a `MatchResult` for
 * both the Markdown and the HTML renderings.
 */
import type { MatchResult } from "../programs/peers/match-result.js";

/** Bins of the pair-score histogram: [0, 0.1), [0.1, 0.2), …, [0.9, 1.0]. */
export const HISTOGRAM_BINS = 10;

export interface ReportSummary {
  readonly headline: readonly (readonly [string, string])[];
  /** Count of groups per score bin. */
  readonly histogram: readonly number[];
  /** Mean per-feature score over all groups, in feature order. */
  readonly featureAverages: readonly (readonly [string, number])[];
}

export function summarise(result: MatchResult): ReportSummary {
  const { stats, meta } = result;
  const headline: [string, string][] = [
    ["Participants", String(stats.participants)],
    ["Matched", `${stats.matched} (${stats.pairs} pairs, ${stats.trios} trios)`],
    ["Unmatched", String(result.unmatched.length)],
    ["Mean score", stats.meanScore.toFixed(3)],
    ["Lowest pair score", stats.minScore.toFixed(3)],
    ["Blocking pairs", String(stats.blockingPairs)],
    ["Solver", stats.solver + (stats.stable === false ? " (no stable matching exists)" : "")],
    ["Seed / reference date", `${meta.seed} / ${meta.referenceDate}`],
  ];
  const histogram = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const pair of result.pairs) {
    const bin = Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(pair.score * HISTOGRAM_BINS)));
    histogram[bin] = histogram[bin]! + 1;
  }
  const totals = new Map<string, number>();
  for (const pair of result.pairs) {
    for (const [feature, score] of Object.entries(pair.breakdown))
      totals.set(feature, (totals.get(feature) ?? 0) + score);
  }
  const featureAverages = [...totals.entries()].map(([feature, sum]) => [feature, sum / result.pairs.length] as const);
  return { headline, histogram, featureAverages };
}
