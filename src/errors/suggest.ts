/**
 * "Did you mean …?": the known name closest to a typo, by edit distance
 * (Damerau–Levenshtein with adjacent swaps, case-insensitive).
 */

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), case-insensitive. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    const row = rows[i]!;
    const above = rows[i - 1]!;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = best;
    }
  }
  return rows[x.length]![y.length]!;
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
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.ceil(word.length / 2) - 1);
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
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
