/**
 * Stable roommates at cohort scale, both entry points, on seeded inputs:
 * - n = 2,000 with complete random lists (3,998,000 entries);
 * - n = 20,000 with each person's 100 nearest neighbours in a random 2-D point set, made
 *   symmetric and ranked by a seeded random score (about 2.2 million entries).
 * Before timing, each scenario checks that the index and string APIs agree and that the
 * reported blocking pairs are those the independent checker finds. The test setup turns
 * the solvers' internal debug checks on; they are turned off here to time what users run.
 */
import { bench, describe } from "vitest";
import { findBlockingPairsIndexed, stableRoommates, stableRoommatesIndexed } from "peermatch/algorithms";
import { debugChecks } from "../src/internal/debug.js";
import {
  nearestNeighbourLists,
  randomLists,
  toCsr,
  toRecord,
  type Lists,
} from "../test/support/fixtures/roommates-instances.js";

function scenario(name: string, lists: Lists): void {
  debugChecks.enabled = false;
  const { n, offsets, entries } = toCsr(lists);
  const preferences = toRecord(
    lists,
    lists.map((_, i) => `p${String(i).padStart(5, "0")}`),
  );
  const indexed = stableRoommatesIndexed(n, offsets, entries);
  const named = stableRoommates(preferences);
  const checked = findBlockingPairsIndexed(n, offsets, entries, indexed.mate);
  const agree =
    named.stable === indexed.stable &&
    named.pairs.length * 2 === Array.from(indexed.mate).filter((m) => m !== -1).length &&
    JSON.stringify(checked) === JSON.stringify(indexed.blockingPairs);
  if (!agree) throw new Error(`${name}: the index and string APIs or the checker disagree`);

  describe(`${name} (stable: ${String(indexed.stable)}, blocking pairs: ${indexed.blockingPairs.length})`, () => {
    bench(
      "stableRoommatesIndexed",
      () => {
        stableRoommatesIndexed(n, offsets, entries);
      },
      { iterations: 5, warmupIterations: 1 },
    );
    bench(
      "stableRoommates (string ids)",
      () => {
        stableRoommates(preferences);
      },
      { iterations: 5, warmupIterations: 1 },
    );
    bench(
      "findBlockingPairsIndexed (checker)",
      () => {
        findBlockingPairsIndexed(n, offsets, entries, indexed.mate);
      },
      { iterations: 5, warmupIterations: 1 },
    );
  });
}

scenario("n = 2,000, complete lists", randomLists(2000, "bench-complete-2000"));
scenario("n = 20,000, 100 nearest neighbours", nearestNeighbourLists(20000, 100, "bench-knn-20000"));
