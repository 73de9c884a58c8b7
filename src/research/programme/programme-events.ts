/**
 * Who is in a simulated programme when: the people held back to join later and their
 * join month, and the month after which each person leaves. Drawn once from the seed and
 * shared by every policy (common random numbers), so runs differ by policy only.
 *
 *   joiners: round(joinShare · n) people, the first in a seeded order of ids; each joins
 *            in a month drawn uniformly from 2..months (none when months = 1).
 *   leaving: after each month m from their first to months − 1, a person leaves with
 *            probability dropoutRate (a geometric time to dropout).
 *
 * Each person's draws come from their own stream (seed and id), so they do not depend
 * on the order of the participants or on who else takes part.
 *
 * Complexity: O(n log n + n · months).
 * References: none.
 */
import { seededStream } from "../../internal/seeded-stream.js";
import { seededOrder } from "../../programs/shared/seeded-order.js";

/** Per person (by cohort index): the first month in the programme and the month after which they leave (Infinity: never). */
export interface ProgrammeEvents {
  readonly startMonth: Int32Array;
  readonly leaveAfter: Float64Array;
}

const STREAM = "simulateProgramme";

/** Draws the events for people `ids` (sorted, as interned). */
export function drawEvents(
  ids: readonly string[],
  seed: string,
  months: number,
  joinShare: number,
  dropoutRate: number,
): ProgrammeEvents {
  const n = ids.length;
  const startMonth = new Int32Array(n).fill(1);
  const leaveAfter = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const held = months > 1 ? Math.round(joinShare * n) : 0;
  const { order } = seededOrder(ids, `${seed}\u0000${STREAM}\u0000joiners`);
  for (let p = 0; p < held; p++) {
    const i = order[p]!;
    const random = seededStream(`${seed}\u0000${STREAM}\u0000join\u0000${ids[i]!}`);
    startMonth[i] = 2 + Math.floor(random() * (months - 1));
  }
  for (let i = 0; i < n; i++) {
    const random = seededStream(`${seed}\u0000${STREAM}\u0000leave\u0000${ids[i]!}`);
    for (let m = startMonth[i]!; m < months; m++) {
      if (random() < dropoutRate) {
        leaveAfter[i] = m;
        break;
      }
    }
  }
  return { startMonth, leaveAfter };
}

/** True when person `i` takes part in month `m`. */
export function isActive(events: ProgrammeEvents, i: number, m: number): boolean {
  return events.startMonth[i]! <= m && m <= events.leaveAfter[i]!;
}
