/**
 * Availability: enough shared weekly time to meet. Symmetric. With O the weekly overlap
 * in minutes (UTC minute-of-week intervals, cyclic week) and L the meeting length
 * (`availability.minOverlapMinutes`; 60 when that is 0):
 *
 *   x_avail(i, j) = min(1, O / (3 · L)),  unknown when either gave no availability.
 *
 * Three meetings' worth of shared time scores 1 (room to reschedule). Veto: O shorter
 * than `minOverlapMinutes` when both gave availability. Complexity: O(a + b) intervals.
 * References: none.
 */
import { formatWeekInterval } from "../model/availability/format.js";
import { overlapIntervals, weeklyOverlapMinutes } from "../model/availability/overlap.js";
import { MINUTES_PER_WEEK } from "../model/clock.js";
import type { NormalisedCohort } from "../model/cohort.js";
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";
import { displayName } from "./feature.js";

/** Words of a per-person bitset of the 168 hours of the week. */
const HOUR_WORDS = 6;

/**
 * Per person, the UTC hours of the week that any of their intervals touches, as a
 * bitset (zero words for someone without availability).
 */
export interface AvailabilityData {
  readonly hourBits: Uint32Array;
}

/** Build the hour bitsets. O(total interval hours). */
export function prepareAvailability(cohort: NormalisedCohort): AvailabilityData {
  const { offsets, starts, ends } = cohort.availability;
  const hourBits = new Uint32Array(cohort.n * HOUR_WORDS);
  for (let i = 0; i < cohort.n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const last = Math.floor((ends[k]! - 1) / 60);
      for (let h = Math.floor(starts[k]! / 60); h <= last; h++) hourBits[i * HOUR_WORDS + (h >>> 5)]! |= 1 << (h & 31);
    }
  }
  return { hourBits };
}

/**
 * A quick sufficient test for the availability veto, for the bulk pass: both gave
 * availability, a minimum overlap is required, and no hour of the week holds time of
 * both, so the overlap is 0. When it returns false the pair still goes through the
 * exact test in the kernel. O(1): six word ANDs.
 */
export function availabilityRulesOut(ctx: ScoringContext, i: number, j: number): boolean {
  const bits = ctx.availability.hourBits;
  const a = i * HOUR_WORDS;
  const b = j * HOUR_WORDS;
  const shared =
    (bits[a]! & bits[b]!) |
    (bits[a + 1]! & bits[b + 1]!) |
    (bits[a + 2]! & bits[b + 2]!) |
    (bits[a + 3]! & bits[b + 3]!) |
    (bits[a + 4]! & bits[b + 4]!) |
    (bits[a + 5]! & bits[b + 5]!);
  return (
    shared === 0 &&
    ctx.options.availability.minOverlapMinutes > 0 &&
    hasAvailability(ctx.cohort, i) &&
    hasAvailability(ctx.cohort, j)
  );
}

/** True when person `i` gave availability with at least one slot. */
export function hasAvailability(cohort: NormalisedCohort, i: number): boolean {
  const av = cohort.availability;
  return av.present[i] === 1 && av.offsets[i + 1]! > av.offsets[i]!;
}

/** Meeting length L that a full score is measured against. */
function meetingMinutes(ctx: ScoringContext): number {
  const m = ctx.options.availability.minOverlapMinutes;
  return m > 0 ? m : 60;
}

/** x_avail for an overlap of `overlap` minutes. */
export function availabilityFromOverlap(ctx: ScoringContext, overlap: number): number {
  return Math.min(1, overlap / (3 * meetingMinutes(ctx)));
}

/** Weekly overlap in minutes, or NaN when either gave no availability. */
export function availabilityOverlap(ctx: ScoringContext, i: number, j: number): number {
  const { cohort } = ctx;
  if (!hasAvailability(cohort, i) || !hasAvailability(cohort, j)) return Number.NaN;
  return weeklyOverlapMinutes(cohort.availability, i, j);
}

/** Veto test: both gave availability and the overlap (`overlap`, NaN if unknown) is too short. */
export function availabilityVetoes(ctx: ScoringContext, overlap: number): boolean {
  return overlap < ctx.options.availability.minOverlapMinutes;
}

/** "2 h", "1 h 30 min", "45 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "Europe/Amsterdam" → "Amsterdam", "America/St_Johns" → "St Johns". */
function zoneLabel(timezone: string): string {
  return (timezone.split("/").pop() ?? timezone).replaceAll("_", " ");
}

const DAY_NAMES: Readonly<Record<string, string>> = {
  Mon: "Monday",
  Tue: "Tuesday",
  Wed: "Wednesday",
  Thu: "Thursday",
  Fri: "Friday",
  Sat: "Saturday",
  Sun: "Sunday",
};

/** A shared UTC window in person i's local time: "Monday 18:00–20:00 Amsterdam time". */
function formatLocal(ctx: ScoringContext, i: number, start: number, end: number): string {
  const offset = ctx.cohort.availability.utcOffsetMinutes[i]!;
  const timezone = ctx.cohort.participants[i]!.availability?.timezone ?? "UTC";
  const local = formatWeekInterval(start, end, offset).replace(
    /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g,
    (day) => DAY_NAMES[day]!,
  );
  return `${local} ${zoneLabel(timezone)} time`;
}

function availabilityDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const overlap = availabilityOverlap(ctx, i, j);
  if (Number.isNaN(overlap)) return { known: false };
  return {
    known: true,
    overlapMinutes: overlap,
    minOverlapMinutes: ctx.options.availability.minOverlapMinutes,
    intervals: overlapIntervals(ctx.cohort.availability, i, j).map(([start, end]) => ({
      utcStart: start % MINUTES_PER_WEEK,
      minutes: end - start,
      local: formatLocal(ctx, i, start, end),
    })),
  };
}

function availabilityReason(ctx: ScoringContext, i: number, j: number): string | null {
  const overlap = availabilityOverlap(ctx, i, j);
  if (!(overlap > 0)) return null;
  let best: [number, number] = [0, 0];
  for (const interval of overlapIntervals(ctx.cohort.availability, i, j)) {
    if (interval[1] - interval[0] > best[1] - best[0]) best = interval;
  }
  const length = best[1] - best[0];
  const total = length === overlap ? "" : ` (${formatDuration(overlap)} a week in all)`;
  return `${formatLocal(ctx, i, best[0], best[1])} overlaps ${formatDuration(length)}${total}`;
}

/** Why the pair is vetoed on availability. */
export function availabilityVetoReason(ctx: ScoringContext, i: number, j: number): string {
  const overlap = availabilityOverlap(ctx, i, j);
  const needed = ctx.options.availability.minOverlapMinutes;
  return overlap === 0
    ? `${displayName(ctx, i)} and ${displayName(ctx, j)} share no weekly time (${formatDuration(needed)} needed)`
    : `Only ${formatDuration(overlap)} of shared weekly time; ${formatDuration(needed)} needed`;
}

/** The availability feature for the registry. */
export function availabilityFeature(): BuiltinFeature {
  return { name: "availability", directional: false, detail: availabilityDetail, reason: availabilityReason };
}
