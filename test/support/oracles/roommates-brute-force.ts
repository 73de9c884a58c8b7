/**
 * Brute-force oracle for stable roommates on small instances (n <= 10): enumerates every
 * matching of the mutual-acceptability graph and classifies each one. Shares nothing with
 * the solver or with findBlockingPairs: ranks are plain nested arrays, every check is a
 * direct transcription of the definitions.
 *
 * Definitions checked:
 * - acceptable(a, b): a lists b and b lists a;
 * - a prefers b to its outcome in M: a is alone in M, or a ranks b above mate(a);
 * - M is stable: no acceptable a, b not paired in M, each preferring the other to
 *   their outcome in M (people alone count);
 * - M is stable on the people it covers: the same, over pairs where both a and b are
 *   matched in M (Tan's notion of a stable matching of a sub-instance).
 */

export interface BruteForceReport {
  /** Canonical keys (see {@link matchingKey}) of every stable matching. */
  readonly stableMatchings: ReadonlySet<string>;
  /** Largest number of people covered by a matching stable on the people it covers. */
  readonly maxCoveredStable: number;
}

/** `lists[i]`: person i's ranked list of indices, most preferred first. */
export type Lists = readonly (readonly number[])[];

/** A canonical string for a matching given by mate (-1 = alone). */
export function matchingKey(mate: ArrayLike<number>): string {
  return Array.from(mate, (m) => String(m)).join(",");
}

function rankTable(lists: Lists): number[][] {
  const n = lists.length;
  const rank = Array.from({ length: n }, () => Array.from({ length: n }, () => Infinity));
  for (const [i, list] of lists.entries()) for (const [k, j] of list.entries()) rank[i]![j] = k;
  return rank;
}

/** Blocking pairs of mate as [a, b], a < b; `coveredOnly` restricts to matched people. */
export function bruteBlockingPairs(lists: Lists, mate: readonly number[], coveredOnly: boolean): [number, number][] {
  return blockingPairsWithRanks(rankTable(lists), mate, coveredOnly);
}

function blockingPairsWithRanks(rank: number[][], mate: readonly number[], coveredOnly: boolean): [number, number][] {
  const n = rank.length;
  const r = (a: number, b: number): number => rank[a]![b]!;
  const prefers = (a: number, b: number): boolean => {
    const m = mate[a]!;
    return m === -1 || r(a, b) < r(a, m);
  };
  const result: [number, number][] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (r(a, b) === Infinity || r(b, a) === Infinity) continue;
      if (mate[a] === b) continue;
      if (coveredOnly && (mate[a] === -1 || mate[b] === -1)) continue;
      if (prefers(a, b) && prefers(b, a)) result.push([a, b]);
    }
  }
  return result;
}

/** Enumerates every matching of the acceptability graph (n <= 10). */
export function bruteForceRoommates(lists: Lists): BruteForceReport {
  const n = lists.length;
  if (n > 10) throw new Error("bruteForceRoommates: n must be at most 10");
  const rank = rankTable(lists);
  const acceptable = (a: number, b: number): boolean => rank[a]![b] !== Infinity && rank[b]![a] !== Infinity;
  const mate: number[] = Array.from({ length: n }, () => -1);
  const stableMatchings = new Set<string>();
  let maxCoveredStable = 0;

  const visit = (): void => {
    if (blockingPairsWithRanks(rank, mate, false).length === 0) stableMatchings.add(matchingKey(mate));
    if (blockingPairsWithRanks(rank, mate, true).length === 0) {
      maxCoveredStable = Math.max(maxCoveredStable, mate.filter((m) => m !== -1).length);
    }
  };
  // Decide people in index order: the lowest undecided person stays alone or takes a
  // higher undecided acceptable partner.
  const decided: boolean[] = Array.from({ length: n }, () => false);
  const extend = (from: number): void => {
    let a = from;
    while (a < n && decided[a]) a++;
    if (a === n) {
      visit();
      return;
    }
    decided[a] = true;
    extend(a + 1);
    for (let b = a + 1; b < n; b++) {
      if (decided[b] || !acceptable(a, b)) continue;
      decided[b] = true;
      mate[a] = b;
      mate[b] = a;
      extend(a + 1);
      mate[a] = -1;
      mate[b] = -1;
      decided[b] = false;
    }
    decided[a] = false;
  };
  extend(0);
  return { stableMatchings, maxCoveredStable };
}
