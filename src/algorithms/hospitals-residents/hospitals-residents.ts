/**
 * Hospitals/residents (many-to-one stable matching with capacities, incomplete lists):
 * the resident-optimal stable matching (residents propose, deferred acceptance) or the
 * hospital-optimal one (hospitals propose).
 *
 * Numbering: residents `0..R-1`, hospitals `0..H-1`. A pair is acceptable only when each
 * lists the other. Preferences are strict; the caller breaks ties beforehand.
 *
 * Complexity: O(L) time and memory, L = total length of both sides' lists. Cross ranks
 * (where the other side lists you) are precomputed so every comparison is O(1); a
 * hospital's worst held resident is tracked by a pointer into its list that only moves
 * towards the top once the hospital is full, so finding it costs O(L) in total.
 *
 * References: Gale & Shapley 1962 (deferred acceptance, college admissions);
 * Gusfield & Irving 1989, §1.6 (hospitals/residents, resident- and hospital-optimal
 * stable matchings, incomplete lists).
 */
import { inputError, IssueList } from "../../errors/issues.js";
import { debugChecks, invariant } from "../../internal/debug.js";
import { describeValue } from "../../errors/describe-value.js";
import { agentCount, checkPreferenceLists, crossRanks, type PreferenceLists } from "./two-sided-preferences.js";

/**
 * Options of {@link hospitalsResidents}.
 *
 * @example
 * ```ts
 * const options: HospitalsResidentsOptions = { optimal: "hospitals" };
 * ```
 */
export interface HospitalsResidentsOptions {
  /**
   * Whose optimal stable matching to return: every resident (or every hospital) gets the
   * best partner(s) it has in any stable matching.
   * @defaultValue `"residents"`
   */
  readonly optimal?: "residents" | "hospitals";
}

/**
 * A stable matching of a hospitals/residents instance.
 *
 * @example
 * ```ts
 * const result: HospitalsResidentsResult = hospitalsResidents(residents, hospitals, capacity);
 * result.assignment[0]; // hospital of resident 0, or -1
 * ```
 */
export interface HospitalsResidentsResult {
  /** `assignment[r]` = hospital of resident r, or -1 when r is unassigned. */
  readonly assignment: Int32Array;
  /** `load[h]` = number of residents assigned to hospital h (never above its capacity). */
  readonly load: Int32Array;
  /** The side this stable matching is optimal for. */
  readonly optimal: "residents" | "hospitals";
}

/**
 * Stable matching of residents to hospitals with capacities, resident-optimal by default,
 * hospital-optimal on request. The result is stable: no resident and hospital, acceptable
 * to each other and not matched together, where the resident is unassigned or prefers the
 * hospital, and the hospital has a free place or prefers the resident to one it holds.
 * Check it with {@link findBlockingPairsHR}.
 *
 * @param residentPrefs - each resident's hospitals, most preferred first
 * @param hospitalPrefs - each hospital's residents, most preferred first
 * @param capacity - `capacity[h] ≥ 0`; one entry per hospital
 * @throws {@link MatchInputError} for malformed lists or capacities (codes
 *   `invalid_type`, `invalid_value`, `invalid_preferences`, `out_of_range`)
 *
 * @example
 * ```ts
 * const residents = preferenceLists([[0, 1], [0], [1, 0]]);
 * const hospitals = preferenceLists([[2, 0, 1], [0, 2]]);
 * const { assignment } = hospitalsResidents(residents, hospitals, Int32Array.from([1, 1]));
 * // assignment: Int32Array [0, -1, 1]: hospital 0 prefers resident 0 to resident 1,
 * // who lists nothing else; resident 2 gets its first choice, hospital 1
 * ```
 */
export function hospitalsResidents(
  residentPrefs: PreferenceLists,
  hospitalPrefs: PreferenceLists,
  capacity: Int32Array,
  options: HospitalsResidentsOptions = {},
): HospitalsResidentsResult {
  checkHospitalsResidentsInput("hospitalsResidents", residentPrefs, hospitalPrefs, capacity);
  const optimal = (typeof options === "object" && options !== null ? options.optimal : options) ?? "residents";
  if (optimal !== "residents" && optimal !== "hospitals") {
    throw inputError(
      "hospitalsResidents",
      "invalid_value",
      ["options", "optimal"],
      `optimal must be "residents" or "hospitals", got ${describeValue(optimal)}`,
    );
  }
  const { rankInB: rankAtHospital, rankInA: rankAtResident } = crossRanks(residentPrefs, hospitalPrefs);
  const result =
    optimal === "residents"
      ? residentsPropose(residentPrefs, hospitalPrefs, capacity, rankAtHospital)
      : hospitalsPropose(residentPrefs, hospitalPrefs, capacity, rankAtResident);
  return { ...result, optimal };
}

/** Validates a hospitals/residents instance, throwing every issue found. */
export function checkHospitalsResidentsInput(
  fn: string,
  residentPrefs: PreferenceLists,
  hospitalPrefs: PreferenceLists,
  capacity: Int32Array,
): void {
  if (!(capacity instanceof Int32Array)) {
    throw inputError(fn, "invalid_type", ["capacity"], "capacity must be an Int32Array");
  }
  const issues = new IssueList(fn);
  const hospitals = agentCount(hospitalPrefs);
  const residents = agentCount(residentPrefs);
  checkPreferenceLists(issues, "residentPrefs", residentPrefs, hospitals);
  checkPreferenceLists(issues, "hospitalPrefs", hospitalPrefs, residents);
  if (capacity.length !== hospitals) {
    issues.add(
      "invalid_value",
      ["capacity"],
      `capacity has ${capacity.length} entries but there are ${hospitals} hospitals`,
    );
  }
  for (let h = 0; h < capacity.length; h++) {
    if (capacity[h]! < 0)
      issues.add("out_of_range", ["capacity", h], `hospital ${h} has negative capacity ${capacity[h]}`);
  }
  issues.throwIfAny();
}

/**
 * Residents propose down their lists; a hospital holds its best `capacity` proposers.
 *
 * State: `next[r]` is the index into `residentPrefs.entries` of the next hospital r will
 * propose to. `held[p]` is 1 when the resident at position p of the hospital lists is
 * currently held there. If `load[h] > 0`, `worst[h]` is the largest held position of h.
 */
function residentsPropose(
  residentPrefs: PreferenceLists,
  hospitalPrefs: PreferenceLists,
  capacity: Int32Array,
  rankAtHospital: Int32Array,
): { assignment: Int32Array; load: Int32Array } {
  const residents = agentCount(residentPrefs);
  const hospitals = capacity.length;
  const rOffsets = residentPrefs.offsets;
  const rEntries = residentPrefs.entries;
  const hEntries = hospitalPrefs.entries;
  const assignment = new Int32Array(residents).fill(-1);
  const load = new Int32Array(hospitals);
  const worst = new Int32Array(hospitals).fill(-1);
  const held = new Uint8Array(hEntries.length);
  const next = rOffsets.slice(0, residents);
  // Free residents still to place (the outcome does not depend on the order).
  const stack = everyoneOnStack(residents);
  let top = residents;
  while (top > 0) {
    const r = stack[--top]!;
    const end = rOffsets[r + 1]!;
    while (next[r]! < end) {
      const k = next[r]!;
      next[r] = k + 1;
      const h = rEntries[k]!;
      const p = rankAtHospital[k]!;
      const cap = capacity[h]!;
      if (p < 0 || cap === 0) continue;
      if (load[h]! < cap) {
        held[p] = 1;
        if (load[h] === 0 || p > worst[h]!) worst[h] = p;
        load[h] = load[h]! + 1;
        assignment[r] = h;
        break;
      }
      let q = worst[h]!;
      if (p > q) continue; // h is full and prefers everyone it holds
      const evicted = hEntries[q]!;
      held[q] = 0;
      held[p] = 1;
      assignment[evicted] = -1;
      assignment[r] = h;
      while (held[q] === 0) q--; // stops at p at the latest
      worst[h] = q;
      stack[top++] = evicted;
      break;
    }
  }
  invariant(
    !debugChecks.enabled ||
      assignment.every((h, r) => h === -1 || held[rankAtHospitalOf(residentPrefs, rankAtHospital, r, h)] === 1),
    () => "hospitalsResidents: an assigned resident is not held by its hospital",
  );
  return { assignment, load };
}

/** A full stack of 0..count-1 with 0 on top, so proposers start in id order. */
function everyoneOnStack(count: number): Int32Array {
  const stack = new Int32Array(count);
  for (let i = 0; i < count; i++) stack[i] = count - 1 - i;
  return stack;
}

/** Position in the hospital's list of resident r, for r's entry naming hospital h (debug only). */
function rankAtHospitalOf(residentPrefs: PreferenceLists, rankAtHospital: Int32Array, r: number, h: number): number {
  for (let k = residentPrefs.offsets[r]!; k < residentPrefs.offsets[r + 1]!; k++) {
    if (residentPrefs.entries[k] === h) return rankAtHospital[k]!;
  }
  return -1;
}

/**
 * Hospitals propose down their lists while they have free places; a resident keeps the
 * best proposal so far.
 *
 * State: `next[h]` is the index into `hospitalPrefs.entries` of the next resident h will
 * propose to. If `assignment[r] >= 0`, `heldRank[r]` is the position in r's list of that
 * hospital.
 */
function hospitalsPropose(
  residentPrefs: PreferenceLists,
  hospitalPrefs: PreferenceLists,
  capacity: Int32Array,
  rankAtResident: Int32Array,
): { assignment: Int32Array; load: Int32Array } {
  const residents = agentCount(residentPrefs);
  const hospitals = capacity.length;
  const hOffsets = hospitalPrefs.offsets;
  const hEntries = hospitalPrefs.entries;
  const assignment = new Int32Array(residents).fill(-1);
  const heldRank = new Int32Array(residents);
  const load = new Int32Array(hospitals);
  const next = hOffsets.slice(0, hospitals);
  // Hospitals that may have a free place and untried residents; inStack[h] = 1 when h is on it.
  const stack = everyoneOnStack(hospitals);
  const inStack = new Uint8Array(hospitals).fill(1);
  let top = hospitals;
  while (top > 0) {
    const h = stack[--top]!;
    inStack[h] = 0;
    const end = hOffsets[h + 1]!;
    const cap = capacity[h]!;
    while (load[h]! < cap && next[h]! < end) {
      const p = next[h]!;
      next[h] = p + 1;
      const k = rankAtResident[p]!;
      if (k < 0) continue;
      const r = hEntries[p]!;
      const current = assignment[r]!;
      if (current !== -1) {
        if (k > heldRank[r]!) continue; // r prefers its current hospital
        load[current] = load[current]! - 1;
        if (inStack[current] === 0) {
          inStack[current] = 1;
          stack[top++] = current;
        }
      }
      assignment[r] = h;
      heldRank[r] = k;
      load[h] = load[h]! + 1;
    }
  }
  invariant(
    !debugChecks.enabled || load.every((l, h) => l <= capacity[h]!),
    () => "hospitalsResidents: a hospital holds more residents than its capacity",
  );
  return { assignment, load };
}
