import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupByKey, groupOfEntries, offsetsFromCounts } from "../../src/internal/csr.js";

/** The naive grouping the CSR must equal: one array per group, items pushed in order. */
function naiveGroups(groups: number, keys: readonly number[], items: readonly number[]): number[][] {
  const lists = Array.from({ length: groups }, () => [] as number[]);
  for (const item of items) if (keys[item]! >= 0) lists[keys[item]!]!.push(item);
  return lists;
}

function rows(csr: { offsets: Int32Array; entries: Int32Array }): number[][] {
  return Array.from({ length: csr.offsets.length - 1 }, (_, g) =>
    Array.from(csr.entries.subarray(csr.offsets[g]!, csr.offsets[g + 1]!)),
  );
}

/** Up to 8 groups and the keys of up to 40 items, some negative (left out). */
const keyed = fc.integer({ min: 0, max: 8 }).chain((groups) =>
  fc.record({
    groups: fc.constant(groups),
    keys: fc.array(fc.integer({ min: -2, max: groups - 1 }), { maxLength: 40 }),
  }),
);

/** `keyed` plus, for its items, what `extra` draws from their number. */
function keyedWith<T>(extra: (items: number) => fc.Arbitrary<T>) {
  return keyed.chain(({ groups, keys }) => extra(keys.length).map((drawn) => ({ groups, keys, drawn })));
}

/** Items 0..n-1 in order. */
const allItems = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe("groupByKey", () => {
  it("groups items 0..n-1 by key exactly as pushing them one by one into per-group lists", () => {
    fc.assert(
      fc.property(keyed, ({ groups, keys }) => {
        const csr = groupByKey(groups, Int32Array.from(keys));
        expect(csr.offsets).toHaveLength(groups + 1);
        expect(csr.offsets[0]).toBe(0);
        expect(csr.offsets[groups]).toBe(csr.entries.length);
        expect(rows(csr)).toEqual(naiveGroups(groups, keys, allItems(keys.length)));
      }),
    );
  });

  it("places the given items in the given order, so a second key sorts stably", () => {
    fc.assert(
      fc.property(
        keyedWith((n) => fc.shuffledSubarray(allItems(n), { minLength: 0 })),
        ({ groups, keys, drawn: items }) => {
          const csr = groupByKey(groups, Int32Array.from(keys), { items: Int32Array.from(items) });
          expect(rows(csr)).toEqual(naiveGroups(groups, keys, items));
        },
      ),
    );
  });

  it("lists values[i] in place of each item i, in the same slots", () => {
    fc.assert(
      fc.property(
        keyedWith((n) => fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n })),
        ({ groups, keys, drawn: values }) => {
          const csr = groupByKey(groups, Int32Array.from(keys), { values: Int32Array.from(values) });
          const expected = naiveGroups(groups, keys, allItems(keys.length)).map((list) => list.map((i) => values[i]));
          expect(rows(csr)).toEqual(expected);
        },
      ),
    );
  });

  it("reuses given offsets, so a second payload lands in the same slots as the first", () => {
    fc.assert(
      fc.property(keyed, ({ groups, keys }) => {
        const keyArray = Int32Array.from(keys);
        const first = groupByKey(groups, keyArray);
        const doubled = Int32Array.from(keys, (_, i) => 2 * i);
        const second = groupByKey(groups, keyArray, { values: doubled, offsets: first.offsets });
        expect(second.offsets).toBe(first.offsets);
        expect(Array.from(second.entries)).toEqual(Array.from(first.entries, (i) => 2 * i));
      }),
    );
  });

  it("returns an empty layout for no items", () => {
    const { offsets, entries } = groupByKey(3, new Int32Array(0));
    expect(Array.from(offsets)).toEqual([0, 0, 0, 0]);
    expect(entries).toHaveLength(0);
  });

  it("flags a key past the last group when debug checks are on", () => {
    expect(() => groupByKey(2, Int32Array.from([0, 2]))).toThrow(/invariant/);
  });
});

describe("offsetsFromCounts", () => {
  it("is the running sum of the counts, starting at 0", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 50 }), { maxLength: 30 }), (counts) => {
        const offsets = offsetsFromCounts(counts.length, (g) => counts[g]!);
        let total = 0;
        const expected = [0, ...counts.map((c) => (total += c))];
        expect(Array.from(offsets)).toEqual(expected);
      }),
    );
  });

  it("flags a negative count when debug checks are on", () => {
    expect(() => offsetsFromCounts(2, (g) => (g === 1 ? -1 : 3))).toThrow(/invariant/);
  });
});

describe("groupOfEntries", () => {
  it("names, for each entry, the group a naive grouping put it in", () => {
    fc.assert(
      fc.property(keyed, ({ groups, keys }) => {
        const { offsets } = groupByKey(groups, Int32Array.from(keys));
        const expected = naiveGroups(groups, keys, allItems(keys.length)).flatMap((list, g) => list.map(() => g));
        expect(Array.from(groupOfEntries(offsets))).toEqual(expected);
      }),
    );
  });
});
