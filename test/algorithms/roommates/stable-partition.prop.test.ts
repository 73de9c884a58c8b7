/**
 * Tan's maximum stable matching drops, from each odd party, the member with the smallest
 * index and pairs the rest along the cycle from there (src/algorithms/roommates/
 * stable-partition.ts, "Choices"). Instances made of disjoint preference cycles of odd
 * length (each person: next, then previous) are their own stable partition, so what is
 * dropped and who pairs with whom is known in advance.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableRoommatesIndexed } from "peermatch/algorithms";

describe("stable partition: which member of an odd party is left out", () => {
  it("the smallest index of each odd cycle, the rest paired along the cycle from it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(3, 5, 7), { minLength: 1, maxLength: 3 }),
        fc.infiniteStream(fc.nat()),
        (lengths, noise) => {
          const n = lengths.reduce((sum, k) => sum + k, 0);
          // A random labelling: people[0..n-1] is a permutation of the indices.
          const people = Array.from({ length: n }, (_, i) => i);
          const draws = noise.take(n);
          for (const [k, draw] of [...draws].entries()) {
            const swap = k + (draw % (n - k));
            [people[k], people[swap]] = [people[swap]!, people[k]!];
          }
          const lists: number[][] = Array.from({ length: n }, () => []);
          const expected = new Int32Array(n).fill(-1);
          let next = 0;
          for (const k of lengths) {
            const cycle = people.slice(next, next + k);
            next += k;
            cycle.forEach((x, i) => {
              lists[x] = [cycle[(i + 1) % k]!, cycle[(i + k - 1) % k]!];
            });
            // From the smallest index c0, along "first choice": c0 is dropped, then {c1, c2}, {c3, c4}, …
            const start = cycle.indexOf(Math.min(...cycle));
            const along = Array.from({ length: k }, (_, i) => cycle[(start + i) % k]!);
            for (let i = 1; i + 1 < k; i += 2) {
              expected[along[i]!] = along[i + 1]!;
              expected[along[i + 1]!] = along[i]!;
            }
          }
          const offsets = Int32Array.from({ length: n + 1 }, (_, i) => 2 * i);
          const result = stableRoommatesIndexed(n, offsets, Int32Array.from(lists.flat()));
          expect(result.stable).toBe(false);
          expect([...result.mate]).toEqual([...expected]);
        },
      ),
    );
  });
});
