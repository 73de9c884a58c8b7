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
import { overlapIntervals, weeklyOverlapMinutes } from "../model/availability/overlap.js";
import type { NormalisedCohort } from "../model/cohort.js";
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";
import { displayName } from "./feature.js";

const WEEK = 10080;
const DAY = 1440;
const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

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

function clock(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** "Europe/Amsterdam" → "Amsterdam", "America/St_Johns" → "St Johns". */
function zoneLabel(timezone: string): string {
  return (timezone.split("/").pop() ?? timezone).replaceAll("_", " ");
}

/**
 * A UTC interval of the week `[start, end)` in person `i`'s local time, e.g.
 * "Monday 18:00–20:00 Amsterdam time" (`end` may pass the week's end for a wrapped interval).
 */
function formatLocal(ctx: ScoringContext, i: number, start: number, end: number): string {
  const offset = ctx.cohort.availability.utcOffsetMinutes[i]!;
  const timezone = ctx.cohort.participants[i]!.availability?.timezone ?? "UTC";
  const localStart = (((start + offset) % WEEK) + WEEK) % WEEK;
  const localEnd = localStart + (end - start);
  const startDay = Math.floor(localStart / DAY);
  const endDay = Math.floor((localEnd - 1) / DAY);
  const endClock = localEnd - endDay * DAY === DAY ? "24:00" : clock(localEnd - endDay * DAY);
  const endText = endDay === startDay ? endClock : `${DAY_NAMES[endDay % 7]} ${endClock}`;
  return `${DAY_NAMES[startDay]} ${clock(localStart - startDay * DAY)}–${endText} ${zoneLabel(timezone)} time`;
}

/** Shared intervals with a piece ending at the week's end joined to one starting at 0. */
function cyclicOverlaps(ctx: ScoringContext, i: number, j: number): [number, number][] {
  const shared = overlapIntervals(ctx.cohort.availability, i, j);
  const first = shared[0];
  const last = shared[shared.length - 1];
  if (shared.length > 1 && first && last && first[0] === 0 && last[1] === WEEK) {
    shared.pop();
    shared[0] = [last[0], WEEK + first[1]];
  }
  return shared;
}

function availabilityDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const overlap = availabilityOverlap(ctx, i, j);
  if (overlap !== overlap) return { known: false };
  return {
    known: true,
    overlapMinutes: overlap,
    minOverlapMinutes: ctx.options.availability.minOverlapMinutes,
    intervals: cyclicOverlaps(ctx, i, j).map(([start, end]) => ({
      utcStart: start % WEEK,
      minutes: end - start,
      local: formatLocal(ctx, i, start, end),
    })),
  };
}

function availabilityReason(ctx: ScoringContext, i: number, j: number): string | null {
  const overlap = availabilityOverlap(ctx, i, j);
  if (!(overlap > 0)) return null;
  let best: [number, number] = [0, 0];
  for (const interval of cyclicOverlaps(ctx, i, j)) {
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
