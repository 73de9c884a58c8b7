/**
 * The summary of one policy's run (see `ProgrammeSummary` and docs/research.md for each
 * measure): sums over the months, and per person the time to a first good pair.
 *
 * Complexity: O(months · n).
 * References: none.
 */
import { roundScore } from "../../programs/shared/result-helpers.js";
import type { ProgrammeMonth, ProgrammeSummary } from "./programme-types.js";

/** Per-person facts the months do not hold, by cohort index (everyone takes part in some month). */
export interface PersonTallies {
  /** Σ true quality over all group-months (unrounded), and the number of group-months. */
  readonly qualitySum: number;
  readonly groupMonths: number;
  /** First month in the programme. */
  readonly startMonth: Int32Array;
  /** First month in a good group, -1 when never. */
  readonly goodMonth: Int32Array;
  /** 1 when the person was ever left without a group while in the programme. */
  readonly everAlone: Uint8Array;
}

/** Summarises a run from its months and per-person tallies. */
export function summarise(months: readonly ProgrammeMonth[], tallies: PersonTallies): ProgrammeSummary {
  const last = months[months.length - 1];
  const waits: number[] = [];
  let never = 0;
  let everAlone = 0;
  for (let i = 0; i < tallies.startMonth.length; i++) {
    if (tallies.everAlone[i] === 1) everAlone++;
    const good = tallies.goodMonth[i]!;
    if (good < 0) never++;
    else waits.push(good - tallies.startMonth[i]! + 1);
  }
  waits.sort((a, b) => a - b);
  return {
    meanQuality: tallies.groupMonths > 0 ? roundScore(tallies.qualitySum / tallies.groupMonths) : null,
    finalQuality: last?.meanQuality ?? null,
    personMonths: sum(months.map((month) => month.active)),
    aloneMonths: sum(months.map((month) => month.unmatched.length)),
    everAlone,
    churn: sum(months.map((month) => month.churn)),
    dissolved: sum(months.map((month) => month.dissolved.length)),
    formed: sum(months.map((month) => month.formed)),
    repeatedPairs: sum(months.map((month) => month.repeatedPairs)),
    monthsToGoodPair: {
      mean: waits.length > 0 ? roundScore(sum(waits) / waits.length) : null,
      median: waits.length > 0 ? median(waits) : null,
      reached: waits.length,
      never,
    },
  };
}

/** The median of ascending values (the mean of the middle two for an even count). */
function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, x) => total + x, 0);
}
