import { describe, expect, it } from "vitest";
import { buildMutualLists } from "../../../src/algorithms/roommates/mutual-lists.js";
import { nearestNeighbourLists, randomLists, toCsr, type Lists } from "../../support/fixtures/roommates-instances.js";

/** The mutually acceptable lists, computed naively. */
function naiveMutual(lists: Lists): number[][] {
  return lists.map((list, x) => list.filter((z) => lists[z]!.includes(x)));
}

function listsOf(built: ReturnType<typeof buildMutualLists>): number[][] {
  return Array.from({ length: built.n }, (_, x) =>
    Array.from(built.target.subarray(built.start[x], built.start[x + 1])),
  );
}

describe("buildMutualLists", () => {
  const instances: [string, Lists][] = [];
  for (let n = 0; n <= 40; n += 5) {
    for (const keep of [1, 0.7, 0.3, 0.1])
      instances.push([`random n=${n} keep=${keep}`, randomLists(n, `mutual-${n}-${keep}`, keep)]);
  }
  instances.push(["nearest neighbours n=300 k=8", nearestNeighbourLists(300, 8, "mutual-knn")]);

  it.each(instances)("%s: keeps exactly the reciprocated entries, with consistent twins, either way", (_, lists) => {
    const { n, offsets, entries } = toCsr(lists);
    const dense = buildMutualLists(n, offsets, entries, "dense");
    const sparse = buildMutualLists(n, offsets, entries, "sparse");
    expect(listsOf(dense)).toEqual(naiveMutual(lists));
    expect(Array.from(sparse.twin)).toEqual(Array.from(dense.twin));
    expect(Array.from(sparse.start)).toEqual(Array.from(dense.start));
    for (let x = 0; x < n; x++) {
      for (let p = dense.start[x]!; p < dense.start[x + 1]!; p++) {
        const q = dense.twin[p]!;
        expect(dense.twin[q]).toBe(p);
        expect(dense.target[q]).toBe(x);
      }
    }
  });

  it("never writes to the caller's arrays", () => {
    const { n, offsets, entries } = toCsr(randomLists(30, "mutual-readonly", 1));
    const before = [Array.from(offsets), Array.from(entries)];
    buildMutualLists(n, offsets, entries, "dense");
    buildMutualLists(n, offsets, entries, "sparse");
    expect([Array.from(offsets), Array.from(entries)]).toEqual(before);
  });
});
