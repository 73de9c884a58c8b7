/**
 * An oracle for `rematch` on small cohorts (n ≤ 10), written from the documented rules
 * only, without the library's planning code: every matching of the cohort into pairs is
 * enumerated over the pairs `explainPair` calls feasible and the history does not ban,
 * and the best one by the documented order is reported: the most pairs, then the most of
 * last time's unmatched people matched, then the fewest intact groups broken.
 *
 * Complexity: the number of matchings of a 10-vertex graph (at most 9·7·5·3 + … ≈ 10⁴).
 */
import type { MatchOptions, Participant } from "peermatch";
import { explainPair } from "peermatch";

/** The best achievable figures, by the documented lexicographic order. */
export interface RematchOptimum {
  readonly pairs: number;
  readonly priorityMatched: number;
  readonly broken: number;
}

/**
 * @param people - the current participants (n ≤ 10)
 * @param options - the match options as recorded (only feasibility is read)
 * @param banned - sorted id pairs that may never be together
 * @param intact - previous pairs the change left intact (sorted id pairs)
 * @param priority - ids left unmatched last time
 */
export function bestRematch(
  people: readonly Participant[],
  options: MatchOptions,
  banned: readonly (readonly [string, string])[],
  intact: readonly (readonly [string, string])[],
  priority: readonly string[],
): RematchOptimum {
  const n = people.length;
  if (n > 10) throw new Error("bestRematch: n ≤ 10 only");
  const ids = people.map((p) => p.id);
  const bannedKeys = new Set(banned.map(([a, b]) => JSON.stringify([a, b].sort())));
  const ok: boolean[][] = ids.map(() => ids.map(() => false));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const feasible =
        !bannedKeys.has(JSON.stringify([ids[i], ids[j]].sort())) && explainPair(people[i], people[j], options).feasible;
      ok[i]![j] = feasible;
      ok[j]![i] = feasible;
    }
  const intactKeys = new Set(intact.map(([a, b]) => JSON.stringify([a, b].sort())));
  const isPriority = ids.map((id) => priority.includes(id));
  let best: RematchOptimum | undefined;
  const mate = new Array<number>(n).fill(-1);
  const better = (x: RematchOptimum, y: RematchOptimum | undefined): boolean =>
    y === undefined ||
    x.pairs > y.pairs ||
    (x.pairs === y.pairs &&
      (x.priorityMatched > y.priorityMatched || (x.priorityMatched === y.priorityMatched && x.broken < y.broken)));
  const visit = (i: number): void => {
    if (i === n) {
      let pairs = 0;
      let priorityMatched = 0;
      let keptIntact = 0;
      for (let a = 0; a < n; a++) {
        if (mate[a]! === -1) continue;
        if (isPriority[a]) priorityMatched++;
        if (mate[a]! > a) {
          pairs++;
          if (intactKeys.has(JSON.stringify([ids[a], ids[mate[a]!]].sort()))) keptIntact++;
        }
      }
      const candidate = { pairs, priorityMatched, broken: intactKeys.size - keptIntact };
      if (better(candidate, best)) best = candidate;
      return;
    }
    if (mate[i]! !== -1) {
      visit(i + 1);
      return;
    }
    visit(i + 1); // i stays single
    for (let j = i + 1; j < n; j++) {
      if (mate[j]! !== -1 || !ok[i]![j]) continue;
      mate[i] = j;
      mate[j] = i;
      visit(i + 1);
      mate[i] = -1;
      mate[j] = -1;
    }
  };
  visit(0);
  return best!;
}
