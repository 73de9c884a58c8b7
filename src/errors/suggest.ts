/**
 * "Did you mean …?": the known name closest to a typo, by edit distance
 * (Damerau–Levenshtein with adjacent swaps, case-insensitive).
 *
 * Complexity: O(|word| · |candidate|) per candidate at worst, usually a few rows: the
 * distance stops once it exceeds the best found so far (at most 2).
 */

/** The three DP rows the distance reuses (grown on demand), so a comparison allocates nothing. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(66), new Int32Array(66), new Int32Array(66)];

/**
 * Edit distance (insertions, deletions, substitutions, adjacent swaps) of two lower-case
 * words when it is at most `limit`, else `limit + 1`: the row-by-row dynamic programme
 * stops at the first row whose smallest entry exceeds the limit (no later entry can be
 * smaller: a swap's entry is never below the diagonal entry of the row before it).
 */
function editDistance(x: string, y: string, limit: number): number {
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  if (rows[0].length <= y.length)
    rows = [new Int32Array(y.length + 1), new Int32Array(y.length + 1), new Int32Array(y.length + 1)];
  let [before, above, row] = rows;
  for (let j = 0; j <= y.length; j++) above[j] = j;
  for (let i = 1; i <= x.length; i++) {
    row[0] = i;
    let smallest = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && x.charCodeAt(i - 1) === y.charCodeAt(j - 2) && x.charCodeAt(i - 2) === y.charCodeAt(j - 1))
        best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
      smallest = Math.min(smallest, best);
    }
    if (smallest > limit) return limit + 1;
    const recycled = before;
    before = above;
    above = row;
    row = recycled;
  }
  return Math.min(above[y.length]!, limit + 1);
}

/**
 * The candidate closest to `word` when it is a plausible typo (at most 2 edits, and
 * fewer than half the word's length), else undefined. Ties go to the earlier candidate.
 *
 * @example
 * ```ts
 * closestName("languges", ["goals", "languages"]); // "languages"
 * closestName("xyz", ["goals"]); // undefined
 * ```
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.ceil(word.length / 2) - 1);
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` (did you mean "languages"?)` when `word` looks like a typo of one of `names`, else "". */
export function didYouMean(word: string, names: readonly string[]): string {
  const suggestion = closestName(word, names);
  return suggestion === undefined ? "" : ` (did you mean ${JSON.stringify(suggestion)}?)`;
}
