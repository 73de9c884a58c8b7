/**
 * Beyond brute-force sizes: with the test setup's debug checks on, every solver run
 * verifies its own certificate — the final table is a stable partition (no mutually
 * acceptable pair ranking each other above their predecessors), first/last symmetry
 * holds after each phase — and here the result is also checked by the independent
 * checker and against the facts a stable partition implies.
 * ROOMMATES_CERTIFICATE_RUNS raises the number of random instances (default 160).
 */
import { describe, expect, it } from "vitest";
import { findBlockingPairsIndexed, stableRoommatesIndexed } from "peermatch/algorithms";
import { nearestNeighbourLists, randomLists, toCsr, type Lists } from "../../support/fixtures/roommates-instances.js";

const runs = Number(process.env.ROOMMATES_CERTIFICATE_RUNS ?? 160);

function check(lists: Lists): boolean {
  const { n, offsets, entries } = toCsr(lists);
  const result = stableRoommatesIndexed(n, offsets, entries);
  const { mate } = result;
  for (let i = 0; i < n; i++) {
    const m = mate[i]!;
    if (m !== -1) expect(mate[m]).toBe(i);
  }
  const blocking = findBlockingPairsIndexed(n, offsets, entries, mate);
  expect(result.blockingPairs).toEqual(blocking);
  if (result.stable) expect(blocking).toEqual([]);
  // No blocking pair among matched people (Tan's maximum stable matching).
  expect(blocking.filter(([a, b]) => mate[a] !== -1 && mate[b] !== -1)).toEqual([]);
  return result.stable;
}

describe("stableRoommatesIndexed on larger instances, certificate checked", () => {
  it("random complete and incomplete lists, n up to 170", () => {
    let unstable = 0;
    for (let t = 0; t < runs; t++) {
      const n = 11 + ((t * 37) % 160);
      const keep = [1, 0.5, 0.2, 0.05][t % 4]!;
      if (!check(randomLists(n, `certificate-${t}`, keep))) unstable++;
    }
    expect(unstable).toBeGreaterThan(runs / 10);
  });

  it("nearest-neighbour lists (the sparse layout), n = 3,000", () => {
    for (const seed of ["a", "b", "c"]) check(nearestNeighbourLists(3000, 12, `certificate-knn-${seed}`));
  });
});
