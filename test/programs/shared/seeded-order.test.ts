import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashString, seededOrder } from "../../../src/programs/shared/seeded-order.js";

describe("seededOrder", () => {
  it("is the order of hashString(seed + NUL + id), ties by index, with the seed hashed once", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 30 }), fc.string({ maxLength: 50 }), (unsorted, seed) => {
        const ids = [...unsorted].sort();
        const keys = ids.map((id) => hashString(`${seed}\u0000${id}`));
        const expected = ids.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
        const { order, position } = seededOrder(ids, seed);
        expect(Array.from(order)).toEqual(expected);
        for (let p = 0; p < order.length; p++) expect(position[order[p]!]).toBe(p);
      }),
    );
  });
});
