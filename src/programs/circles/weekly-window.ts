/**
 * Weekly availability as the circle solvers' shared-window input: the cyclic UTC week
 * cut at every start and end of anyone's availability, so each person's time is a set
 * of whole segments, and a circle's common time is the AND of its members' bitsets.
 * People without availability hold every segment (they are ignored for the window).
 *
 * Complexity: O(b log b + n · b / 32) for b distinct boundaries (at most 10,080).
 * References: none.
 */
import type { CircleWindow } from "../../algorithms/circles/shared-window.js";
import { windowWords } from "../../algorithms/circles/shared-window.js";
import { hasAvailability } from "../../features/availability.js";
import type { NormalisedCohort } from "../../model/cohort.js";
import { MINUTES_PER_WEEK } from "../../model/clock.js";

/** The week's segments and everyone's bitset, with the UTC minute each segment starts at. */
export interface WeeklyWindow extends CircleWindow {
  /** `starts[s]` is the UTC minute of the week (0 = Monday 00:00) where segment s starts. */
  readonly starts: Int32Array;
  /** 1 when person i gave availability. */
  readonly present: Uint8Array;
}

/** The weekly window of `cohort`, with circles needing `minMinutes` of contiguous shared time. */
export function weeklyWindow(cohort: NormalisedCohort, minMinutes: number): WeeklyWindow {
  const { n } = cohort;
  const { offsets, starts, ends } = cohort.availability;
  const cuts = new Set<number>([0]);
  for (let k = 0; k < starts.length; k++) {
    cuts.add(starts[k]! % MINUTES_PER_WEEK);
    cuts.add(ends[k]! % MINUTES_PER_WEEK);
  }
  const boundaries = Int32Array.from(cuts).sort();
  const segments = boundaries.length;
  const lengths = Int32Array.from(
    boundaries,
    (start, s) => (s + 1 < segments ? boundaries[s + 1]! : MINUTES_PER_WEEK) - start,
  );
  const words = windowWords(segments);
  const bits = new Uint32Array(n * words);
  const present = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!hasAvailability(cohort, i)) {
      bits.fill(-1 >>> 0, i * words, (i + 1) * words);
      continue;
    }
    present[i] = 1;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      // Intervals are sorted, merged and within [0, 10080], so their ends are boundaries.
      let s = lowerBound(boundaries, starts[k]!);
      const end = ends[k]!;
      while (s < segments && boundaries[s]! < end) {
        bits[i * words + (s >>> 5)] = bits[i * words + (s >>> 5)]! | (1 << (s & 31));
        s++;
      }
    }
  }
  return { lengths, bits, minLength: minMinutes, starts: boundaries, present };
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
