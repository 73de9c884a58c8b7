import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBlockingPairs, findBlockingPairsIndexed } from "peermatch/algorithms";
import { bruteBlockingPairs } from "../../support/oracles/roommates-brute-force.js";
import { toCsr } from "../../support/fixtures/roommates-instances.js";
import { instanceArb, type Instance } from "../../support/arbitraries/roommates.js";

/** An instance with an arbitrary matching of mutually acceptable people (mate, -1 = alone). */
const withMatchingArb = instanceArb().chain((instance) => {
  const { lists } = instance;
  const edges: [number, number][] = [];
  for (const [a, list] of lists.entries()) for (const b of list) if (a < b && lists[b]!.includes(a)) edges.push([a, b]);
  return fc
    .tuple(
      fc.shuffledSubarray(edges, { minLength: edges.length }),
      fc.array(fc.boolean(), { minLength: edges.length, maxLength: edges.length }),
    )
    .map(([order, take]): [Instance, number[]] => {
      const mate = lists.map(() => -1);
      order.forEach(([a, b], k) => {
        if (take[k] === true && mate[a] === -1 && mate[b] === -1) {
          mate[a] = b;
          mate[b] = a;
        }
      });
      return [instance, mate];
    });
});

describe("findBlockingPairs laws", () => {
  it("finds exactly the pairs the definition names, for any matching", () => {
    fc.assert(
      fc.property(withMatchingArb, ([{ names, lists, preferences }, mate]) => {
        const pairs = mate.flatMap((m, a) => (m > a ? [[names[a], names[m]] as [string, string]] : []));
        const expected = bruteBlockingPairs(lists, mate, false)
          .map(([a, b]) => [names[a]!, names[b]!].sort() as [string, string])
          .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
        expect(findBlockingPairs(preferences, pairs)).toEqual(expected);
      }),
    );
  });

  it("the index form finds exactly the pairs the definition names", () => {
    fc.assert(
      fc.property(withMatchingArb, ([{ lists }, mate]) => {
        const { n, offsets, entries } = toCsr(lists);
        expect(findBlockingPairsIndexed(n, offsets, entries, Int32Array.from(mate))).toEqual(
          bruteBlockingPairs(lists, mate, false),
        );
      }),
    );
  });
});
