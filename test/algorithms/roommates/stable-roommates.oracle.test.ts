/**
 * The solver against exhaustive enumeration (test/oracles/roommates-brute-force.ts) on
 * seeded random instances with n <= 10, complete and incomplete lists.
 *
 * What is checked, for every instance (Tan 1991: a matching "stable on the people it
 * covers" has no blocking pair with both people matched; the largest such matching covers
 * n minus the number of odd cycles of a stable partition):
 * 1. if some matching is stable (no blocking pair at all, alone people included), the
 *    solver says `stable: true` and returns one of those matchings;
 * 2. if none is, the solver says `stable: false`;
 * 3. either way, the returned matching is stable on the people it covers, and covers as
 *    many people as the largest matching with that property;
 * 4. the returned blocking pairs are exactly the brute-force blocking pairs of the result.
 *
 * ROOMMATES_ORACLE_SEEDS raises the number of instances per (n, density) cell (default 60).
 */
import { describe, expect, it } from "vitest";
import { stableRoommatesIndexed } from "peermatch/algorithms";
import { bruteBlockingPairs, bruteForceRoommates, matchingKey } from "../../support/oracles/roommates-brute-force.js";
import { randomLists, toCsr } from "../../support/fixtures/roommates-instances.js";

const seeds = Number(process.env.ROOMMATES_ORACLE_SEEDS ?? 60);
// [probability of keeping each other person, least number of unstable instances expected]
const densities: [number, number][] = [
  [1, seeds],
  [0.75, seeds / 2],
  [0.5, seeds / 10],
  [0.3, 0],
];

describe("stableRoommatesIndexed agrees with brute force (n <= 10)", () => {
  for (const [keep, unstableAtLeast] of densities) {
    it(
      `lists keeping each other person with probability ${keep}`,
      () => {
        let stableSeen = 0;
        let unstableSeen = 0;
        for (let n = 0; n <= 10; n++) {
          for (let seed = 0; seed < seeds; seed++) {
            const lists = randomLists(n, `oracle-${keep}-${n}-${seed}`, keep);
            const { offsets, entries } = toCsr(lists);
            const result = stableRoommatesIndexed(n, offsets, entries);
            const mate = Array.from(result.mate);
            const brute = bruteForceRoommates(lists);
            const context = JSON.stringify(lists);

            if (brute.stableMatchings.size > 0) {
              stableSeen++;
              expect(result.stable, context).toBe(true);
              expect(brute.stableMatchings.has(matchingKey(mate)), context).toBe(true);
            } else {
              unstableSeen++;
              expect(result.stable, context).toBe(false);
            }
            expect(bruteBlockingPairs(lists, mate, true), context).toEqual([]);
            expect(mate.filter((m) => m !== -1).length, context).toBe(brute.maxCoveredStable);
            expect(result.blockingPairs, context).toEqual(bruteBlockingPairs(lists, mate, false));
          }
        }
        // Both outcomes must actually be exercised.
        expect(stableSeen).toBeGreaterThan(seeds);
        expect(unstableSeen).toBeGreaterThanOrEqual(unstableAtLeast);
      },
      2_000 * seeds,
    );
  }
});
