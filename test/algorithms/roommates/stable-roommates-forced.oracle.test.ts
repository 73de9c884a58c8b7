/**
 * stableRoommatesForced against exhaustive enumeration (n <= 9): a stable matching
 * containing the forced pairs exists exactly when one of the brute-force stable
 * matchings contains them, and the returned matching is then one of those.
 * forcedPairConflicts keeps a prefix-consistent set of pairs.
 */
import { describe, expect, it } from "vitest";
import seedrandom from "seedrandom";
import {
  forcedPairConflicts,
  stableRoommatesForced,
} from "../../../src/algorithms/roommates/stable-roommates-forced.js";
import { bruteForceRoommates, matchingKey } from "../../support/oracles/roommates-brute-force.js";
import { randomLists, toCsr } from "../../support/fixtures/roommates-instances.js";

const seeds = Number(process.env.ROOMMATES_ORACLE_SEEDS ?? 40);

function forcedPairsOf(lists: number[][], random: () => number, count: number): [number, number][] {
  const n = lists.length;
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  for (let attempt = 0; attempt < 20 && pairs.length < count; attempt++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b || used.has(a) || used.has(b)) continue;
    if (!lists[a]!.includes(b) || !lists[b]!.includes(a)) continue;
    used.add(a).add(b);
    pairs.push([a, b]);
  }
  return pairs;
}

describe("stableRoommatesForced agrees with brute force (n <= 9)", () => {
  for (const keep of [1, 0.7]) {
    it(`lists keeping each other person with probability ${keep}`, () => {
      let withStable = 0;
      let withoutStable = 0;
      for (let n = 2; n <= 9; n++) {
        for (let seed = 0; seed < seeds; seed++) {
          const lists = randomLists(n, `forced-${keep}-${n}-${seed}`, keep);
          const random = seedrandom(`pairs-${keep}-${n}-${seed}`);
          const forced = forcedPairsOf(lists, random, 1 + (seed % 2));
          if (forced.length === 0) continue;
          const { offsets, entries } = toCsr(lists);
          const result = stableRoommatesForced(n, offsets, entries, forced);
          const brute = bruteForceRoommates(lists);
          const containing = [...brute.stableMatchings].filter((key) => {
            const mate = key.split(",").map(Number);
            return forced.every(([a, b]) => mate[a] === b);
          });
          const context = JSON.stringify({ lists, forced });
          expect(result.exists, context).toBe(containing.length > 0);
          if (result.exists) {
            withStable++;
            expect(containing, context).toContain(matchingKey(result.mate));
          } else withoutStable++;

          const conflicts = forcedPairConflicts(n, offsets, entries, forced);
          const kept = forced.filter((_, k) => !conflicts.includes(k));
          if (brute.stableMatchings.size === 0) expect(kept, context).toEqual([]);
          else expect(stableRoommatesForced(n, offsets, entries, kept).exists, context).toBe(true);
          if (result.exists) expect(conflicts, context).toEqual([]);
        }
      }
      expect(withStable).toBeGreaterThan(10);
      expect(withoutStable).toBeGreaterThan(10);
    });
  }
});

describe("stableRoommatesForced", () => {
  it("cuts the lists of those the forced pair's members prefer", () => {
    // 0: [1, 2], 1: [0, 2], 2: [0, 1]: forcing {0, 2} leaves 1 nobody better than 0.
    const offsets = Int32Array.of(0, 2, 4, 6);
    const entries = Int32Array.of(1, 2, 0, 2, 0, 1);
    expect(stableRoommatesForced(3, offsets, entries, [[0, 2]]).exists).toBe(false);
    expect(stableRoommatesForced(3, offsets, entries, [[0, 1]])).toEqual({
      exists: true,
      mate: Int32Array.of(1, 0, -1),
    });
  });
});
