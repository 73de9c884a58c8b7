import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kthLargest } from "../../src/internal/kth-largest.js";

describe("kthLargest", () => {
  it("equals the k-th entry of the values sorted in descending order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        (values, pick) => {
          const k = 1 + (pick % values.length);
          const expected = [...values].sort((x, y) => y - x)[k - 1];
          const scratch = new Float64Array(values.length + 3).fill(99); // entries past count are ignored
          scratch.set(values);
          expect(kthLargest(scratch, values.length, k)).toBe(expected);
        },
      ),
    );
  });
});
