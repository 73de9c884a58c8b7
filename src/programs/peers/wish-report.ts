/**
 * What a matching does with participants' ranked wishes: a reason per granted wish
 * ("Ana asked for Bea, her 1st choice; mutual") and how many people got their 1st, 2nd,
 * … choice (`stats.wishesGranted`). Reads the cohort's wish lists (the first
 * `wishes.max` distinct wishes of each person).
 *
 * Complexity: O(group size × wishes) per group.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";

/** Rank (0 = first choice) of j in i's wish list, or -1. */
function wishRank(compatibility: Compatibility, i: number, j: number): number {
  const { wishOffsets, wishIndex } = compatibility.cohort;
  for (let k = wishOffsets[i]!; k < wishOffsets[i + 1]!; k++) if (wishIndex[k] === j) return k - wishOffsets[i]!;
  return -1;
}

function ordinal(rank: number): string {
  const n = rank + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** Sentences for the wishes a group grants, in member order. */
export function wishReasons(compatibility: Compatibility, group: readonly number[]): string[] {
  if (compatibility.cohort.wishIndex.length === 0) return [];
  const name = (i: number): string => {
    const participant = compatibility.participants[i]!;
    return participant.name ?? participant.id;
  };
  const reasons: string[] = [];
  for (const i of group) {
    for (const j of group) {
      if (i === j) continue;
      const rank = wishRank(compatibility, i, j);
      if (rank === -1) continue;
      const back = wishRank(compatibility, j, i);
      if (back !== -1 && j < i) continue; // a mutual wish is said once, by the first member
      const mutual = back === -1 ? "" : `; mutual (${ordinal(back)} choice of ${name(j)})`;
      reasons.push(`${name(i)} asked for ${name(j)} (${ordinal(rank)} choice)${mutual}`);
    }
  }
  return reasons;
}

/**
 * How many people got their 1st, 2nd, … choice: entry r counts the people whose group
 * holds their wish of rank r (the best one, in a trio). Length `wishes.max`; all zeros
 * when nobody made wishes.
 */
export function wishesGranted(compatibility: Compatibility, groups: readonly (readonly number[])[]): number[] {
  const granted = new Array<number>(compatibility.options.wishes.max).fill(0);
  for (const group of groups) {
    for (const i of group) {
      let best = -1;
      for (const j of group) {
        if (j === i) continue;
        const rank = wishRank(compatibility, i, j);
        if (rank !== -1 && (best === -1 || rank < best)) best = rank;
      }
      if (best !== -1) granted[best] = granted[best]! + 1;
    }
  }
  return granted;
}
