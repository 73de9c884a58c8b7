/**
 * Bitset helpers for tag families (goals, strengths, styles, languages, …): set sizes,
 * intersections and Jaccard similarity on the packed Uint32 words of a `TagFamily`,
 * plus the readable tag lists explanations show.
 *
 * Complexity: O(words) per pair, where words = ceil(vocabulary size / 32).
 * References: Jaccard (1912) for the similarity index; the SWAR population count of
 * Warren, "Hacker's Delight" (2nd ed., 2012), §5-1.
 */
import type { TagFamily } from "../model/cohort.js";

/** Number of set bits in a 32-bit word. */
export function popcount32(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** True when person `i` gave at least one tag in this family. */
export function hasTags(family: TagFamily, i: number): boolean {
  return family.count[i]! > 0;
}

/**
 * |A_i ∩ B_j| where `bitsA` and `bitsB` share one bit numbering and `words` words per
 * person (a family with itself, or complementarity's remapped strengths).
 */
export function intersectionSize(bitsA: Uint32Array, i: number, bitsB: Uint32Array, j: number, words: number): number {
  let shared = 0;
  const a = i * words;
  const b = j * words;
  for (let w = 0; w < words; w++) shared += popcount32(bitsA[a + w]! & bitsB[b + w]!);
  return shared;
}

/**
 * Jaccard similarity |A ∩ B| / |A ∪ B| of two people's tags in one family, or NaN
 * (unknown) when either has none.
 */
export function tagJaccard(family: TagFamily, i: number, j: number): number {
  const ci = family.count[i]!;
  const cj = family.count[j]!;
  if (ci === 0 || cj === 0) return Number.NaN;
  const shared = intersectionSize(family.bits, i, family.bits, j, family.words);
  return shared / (ci + cj - shared);
}

/** The tags both `i` (in `bitsA`) and `j` (in `bitsB`) hold, in vocabulary order. */
export function sharedTags(
  bitsA: Uint32Array,
  i: number,
  bitsB: Uint32Array,
  j: number,
  words: number,
  vocabulary: readonly string[],
): string[] {
  const tags: string[] = [];
  for (let t = 0; t < vocabulary.length; t++) {
    const w = t >>> 5;
    const bit = t & 31;
    if ((bitsA[i * words + w]! >>> bit) & (bitsB[j * words + w]! >>> bit) & 1) tags.push(vocabulary[t]!);
  }
  return tags;
}

/** "a", "a and b", "a, b and c": a readable list for explanations. */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
