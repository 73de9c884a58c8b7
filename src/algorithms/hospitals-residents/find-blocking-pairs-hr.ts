/**
 * Blocking pairs of an assignment of residents to hospitals with capacities: the
 * independent stability check for {@link hospitalsResidents} (written apart from it, so it
 * shares no rank tables or bookkeeping with the solver).
 *
 * A pair (r, h) blocks when r and h list each other, r is not assigned to h, r is
 * unassigned or prefers h to its hospital, and h has a free place or prefers r to the
 * worst resident assigned to it.
 *
 * Complexity: O(L log L) for L = total list length (each hospital's list is sorted by
 * resident id once, then looked up by binary search).
 *
 * References: Gusfield & Irving 1989, §1.6 (stability in hospitals/residents).
 */
import { inputError, IssueList } from "../../errors/issues.js";
import { checkHospitalsResidentsInput } from "./hospitals-residents.js";
import { agentCount, type PreferenceLists } from "./two-sided-preferences.js";

/**
 * Every blocking pair `[resident, hospital]` of `assignment`, by resident, then by the
 * resident's preference. An empty array means the assignment is stable.
 *
 * @param assignment - `assignment[r]` = hospital of resident r, or -1
 * @throws {@link MatchInputError} when the instance is malformed, or when `assignment` is
 *   not a valid matching: wrong length, unknown hospital (`invalid_value`), a pair that is
 *   not mutually acceptable (`invalid_edge`), a hospital over capacity (`out_of_range`)
 *
 * @example
 * ```ts
 * const residents = preferenceLists([[0, 1], [0]]);
 * const hospitals = preferenceLists([[1, 0], [0]]);
 * const capacity = Int32Array.from([1, 1]);
 * findBlockingPairsHR(residents, hospitals, capacity, Int32Array.from([0, -1]));
 * // [[1, 0]]: hospital 0 prefers resident 1, who is unassigned
 * ```
 */
export function findBlockingPairsHR(
  residentPrefs: PreferenceLists,
  hospitalPrefs: PreferenceLists,
  capacity: Int32Array,
  assignment: Int32Array,
): [resident: number, hospital: number][] {
  const fn = "findBlockingPairsHR";
  checkHospitalsResidentsInput(fn, residentPrefs, hospitalPrefs, capacity);
  const residents = agentCount(residentPrefs);
  const hospitals = capacity.length;
  const { sorted, sortedRank } = sortHospitalLists(hospitalPrefs, hospitals);
  const rankOf = (h: number, r: number): number => {
    let lo = hospitalPrefs.offsets[h]!;
    let hi = hospitalPrefs.offsets[h + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = sorted[mid]!;
      if (x === r) return sortedRank[mid]!;
      if (x < r) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const residentRankOf = (r: number, h: number): number => {
    const start = residentPrefs.offsets[r]!;
    for (let k = start; k < residentPrefs.offsets[r + 1]!; k++) if (residentPrefs.entries[k] === h) return k - start;
    return -1;
  };

  if (!(assignment instanceof Int32Array) || assignment.length !== residents) {
    throw inputError(
      fn,
      "invalid_value",
      ["assignment"],
      `assignment must be an Int32Array with one entry per resident (${residents})`,
    );
  }
  const issues = new IssueList(fn);
  const count = new Int32Array(hospitals);
  const worstRank = new Int32Array(hospitals).fill(-1);
  for (let r = 0; r < residents; r++) {
    const h = assignment[r]!;
    if (h === -1) continue;
    if (h < 0 || h >= hospitals) {
      issues.add("invalid_value", ["assignment", r], `resident ${r} is assigned to unknown hospital ${h}`);
      continue;
    }
    const rank = rankOf(h, r);
    if (rank < 0 || residentRankOf(r, h) < 0) {
      issues.add("invalid_edge", ["assignment", r], `resident ${r} and hospital ${h} are not acceptable to each other`);
      continue;
    }
    count[h] = count[h]! + 1;
    worstRank[h] = Math.max(worstRank[h]!, rank);
  }
  for (let h = 0; h < hospitals; h++) {
    if (count[h]! > capacity[h]!) {
      issues.add(
        "out_of_range",
        ["assignment"],
        `hospital ${h} holds ${count[h]} residents but has capacity ${capacity[h]}`,
      );
    }
  }
  issues.throwIfAny();

  const blocking: [number, number][] = [];
  for (let r = 0; r < residents; r++) {
    const current = assignment[r]!;
    for (let k = residentPrefs.offsets[r]!; k < residentPrefs.offsets[r + 1]!; k++) {
      const h = residentPrefs.entries[k]!;
      if (h === current) break; // every later hospital is worse for r
      const rank = rankOf(h, r);
      if (rank < 0) continue;
      const hasRoom = count[h]! < capacity[h]!;
      if (hasRoom || rank < worstRank[h]!) blocking.push([r, h]);
    }
  }
  return blocking;
}

/** Each hospital's list sorted by resident id, with the rank (0 = best) of each resident. */
function sortHospitalLists(
  hospitalPrefs: PreferenceLists,
  hospitals: number,
): { sorted: Int32Array; sortedRank: Int32Array } {
  const { offsets, entries } = hospitalPrefs;
  const sorted = new Int32Array(entries.length);
  const sortedRank = new Int32Array(entries.length);
  for (let h = 0; h < hospitals; h++) {
    const start = offsets[h]!;
    const end = offsets[h + 1]!;
    const order = Array.from({ length: end - start }, (_, i) => i);
    order.sort((i, j) => entries[start + i]! - entries[start + j]!);
    order.forEach((i, slot) => {
      sorted[start + slot] = entries[start + i]!;
      sortedRank[start + slot] = i;
    });
  }
  return { sorted, sortedRank };
}
