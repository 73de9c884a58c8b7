import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBlockingPairs, stableRoommates, stableRoommatesIndexed, type RoommatesResult } from "peermatch/algorithms";
import { bruteForceRoommates } from "../../support/oracles/roommates-brute-force.js";
import { toCsr } from "../../support/fixtures/roommates-instances.js";
import { instanceArb, renamePreferences } from "../../support/arbitraries/roommates.js";

const own = (record: Record<string, string[]>, id: string): string[] => (Object.hasOwn(record, id) ? record[id]! : []);
const matched = (result: RoommatesResult): number => 2 * result.pairs.length;
const renameResult = (result: RoommatesResult, rename: (id: string) => string) => ({
  stable: result.stable,
  pairs: result.pairs.map(([a, b]) => [rename(a), rename(b)]),
  unmatched: result.unmatched.map(rename),
  blockingPairs: result.blockingPairs.map(([a, b]) => [rename(a), rename(b)]),
});

describe("stableRoommates laws", () => {
  it("returns a matching of mutually acceptable people that lists everyone exactly once", () => {
    fc.assert(
      fc.property(instanceArb(), ({ names, preferences }) => {
        const result = stableRoommates(preferences);
        const seen = [...result.pairs.flat(), ...result.unmatched];
        expect([...seen].sort()).toEqual([...names].sort());
        for (const [a, b] of result.pairs) {
          expect(own(preferences, a)).toContain(b);
          expect(own(preferences, b)).toContain(a);
        }
      }),
    );
  });

  it("a result claimed stable has no blocking pair (independent checker)", () => {
    fc.assert(
      fc.property(instanceArb(), ({ preferences }) => {
        const result = stableRoommates(preferences);
        fc.pre(result.stable);
        expect(findBlockingPairs(preferences, result.pairs)).toEqual([]);
      }),
    );
  });

  it("the reported blocking pairs are exactly those the checker finds", () => {
    fc.assert(
      fc.property(instanceArb(), ({ preferences }) => {
        const result = stableRoommates(preferences);
        expect(result.blockingPairs).toEqual(findBlockingPairs(preferences, result.pairs));
      }),
    );
  });

  it("no blocking pair has both people matched (stable on the people it covers)", () => {
    fc.assert(
      fc.property(instanceArb(), ({ preferences }) => {
        const result = stableRoommates(preferences);
        const alone = new Set(result.unmatched);
        expect(result.blockingPairs.filter(([a, b]) => !alone.has(a) && !alone.has(b))).toEqual([]);
      }),
    );
  });

  it("agrees with brute force on existence and on the number of people matched", () => {
    fc.assert(
      fc.property(instanceArb(8), ({ lists, preferences }) => {
        const result = stableRoommates(preferences);
        const brute = bruteForceRoommates(lists);
        expect(result.stable).toBe(brute.stableMatchings.size > 0);
        expect(matched(result)).toBe(brute.maxCoveredStable);
      }),
      { numRuns: process.env.FC_NUM_RUNS !== undefined ? Number(process.env.FC_NUM_RUNS) : 60 },
    );
  });

  it("reordering the keys does not change the result", () => {
    fc.assert(
      fc.property(
        instanceArb().chain((instance) =>
          fc.tuple(
            fc.constant(instance),
            fc.shuffledSubarray(Object.keys(instance.preferences), { minLength: instance.names.length }),
          ),
        ),
        ([{ preferences }, order]) => {
          const reordered: Record<string, string[]> = {};
          for (const id of order) {
            Object.defineProperty(reordered, id, {
              value: own(preferences, id),
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }
          expect(stableRoommates(reordered)).toEqual(stableRoommates(preferences));
        },
      ),
    );
  });

  it("an order-preserving renaming renames the result", () => {
    fc.assert(
      fc.property(instanceArb(), ({ names, preferences }) => {
        const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const rank = new Map(sorted.map((id, i) => [id, i]));
        const rename = (id: string): string => `p${String(rank.get(id)).padStart(2, "0")}`;
        const renamed = stableRoommates(renamePreferences(preferences, rename));
        expect(renamed).toEqual(renameResult(stableRoommates(preferences), rename));
      }),
    );
  });

  it("any renaming keeps whether a stable matching exists and how many people are matched", () => {
    fc.assert(
      fc.property(
        instanceArb().chain((instance) =>
          fc.tuple(
            fc.constant(instance),
            fc.shuffledSubarray([...instance.names], { minLength: instance.names.length }),
          ),
        ),
        ([{ names, preferences }, image]) => {
          const to = new Map(names.map((id, i) => [id, image[i]!]));
          const renamed = stableRoommates(renamePreferences(preferences, (id) => to.get(id) as string));
          const original = stableRoommates(preferences);
          expect([renamed.stable, matched(renamed)]).toEqual([original.stable, matched(original)]);
        },
      ),
    );
  });

  it("any renaming of a solvable instance leaves the same people unmatched", () => {
    fc.assert(
      fc.property(
        instanceArb().chain((instance) =>
          fc.tuple(
            fc.constant(instance),
            fc.shuffledSubarray([...instance.names], { minLength: instance.names.length }),
          ),
        ),
        ([{ names, preferences }, image]) => {
          const original = stableRoommates(preferences);
          fc.pre(original.stable);
          const to = new Map(names.map((id, i) => [id, image[i]!]));
          const renamed = stableRoommates(renamePreferences(preferences, (id) => to.get(id) as string));
          expect([...renamed.unmatched].sort()).toEqual(original.unmatched.map((id) => to.get(id) as string).sort());
        },
      ),
    );
  });

  it("is deterministic: the same input gives the same output", () => {
    fc.assert(
      fc.property(instanceArb(), ({ preferences }) => {
        expect(stableRoommates(preferences)).toEqual(stableRoommates(preferences));
      }),
    );
  });

  it("the string API is the index API on ids in sorted order", () => {
    fc.assert(
      fc.property(instanceArb(), ({ names, lists, preferences }) => {
        const sorted = names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
        const position = new Map(sorted.map((i, k) => [i, k]));
        const relabelled = sorted.map((i) => lists[i]!.map((j) => position.get(j) as number));
        const { n, offsets, entries } = toCsr(relabelled);
        const indexed = stableRoommatesIndexed(n, offsets, entries);
        const result = stableRoommates(preferences);
        const id = (k: number): string => names[sorted[k]!]!;
        const pairs = Array.from(indexed.mate)
          .map((m, k) => [k, m] as const)
          .filter(([k, m]) => m > k)
          .map(([k, m]) => [id(k), id(m)]);
        expect(result.pairs).toEqual(pairs);
        expect(result.blockingPairs).toEqual(indexed.blockingPairs.map(([a, b]) => [id(a), id(b)]));
        expect(result.stable).toBe(indexed.stable);
      }),
    );
  });
});
