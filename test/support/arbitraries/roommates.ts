/** fast-check arbitraries for roommates instances with awkward ids. */
import fc from "fast-check";
import { toRecord, type Lists } from "../fixtures/roommates-instances.js";

export interface Instance {
  /** names[i] is person i's id (input order, not sorted). */
  readonly names: readonly string[];
  readonly lists: Lists;
  readonly preferences: Record<string, string[]>;
}

const idArb = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", ""),
  fc.string({ maxLength: 3 }),
);

/**
 * Up to `maxPeople` people with unique ids (Object.prototype names included); half the
 * instances have complete lists, the rest drop each other person with some probability.
 */
export function instanceArb(maxPeople = 9): fc.Arbitrary<Instance> {
  return fc
    .uniqueArray(idArb, { maxLength: maxPeople })
    .chain((names) => {
      const n = names.length;
      const row = fc.array(fc.tuple(fc.nat(999), fc.nat(9)), { minLength: n, maxLength: n });
      return fc.record({
        names: fc.constant(names),
        density: fc.oneof(fc.constant(10), fc.integer({ min: 2, max: 9 })),
        keys: fc.array(row, { minLength: n, maxLength: n }),
      });
    })
    .map(({ names, density, keys }) => {
      const key = (i: number, j: number): [number, number] => keys[i]![j]!;
      const lists = names.map((_, i) =>
        names
          .map((_, j) => j)
          .filter((j) => j !== i && key(i, j)[1] < density)
          .sort((a, b) => key(i, a)[0] - key(i, b)[0] || a - b),
      );
      return { names, lists, preferences: toRecord(lists, names) };
    });
}

/** Renames every id in preferences (keys and entries) with `rename`. */
export function renamePreferences(
  preferences: Record<string, string[]>,
  rename: (id: string) => string,
): Record<string, string[]> {
  const keys = Object.keys(preferences);
  const lists = keys.map((key) => preferences[key]!.map(rename));
  const record: Record<string, string[]> = {};
  for (const [i, key] of keys.entries()) {
    Object.defineProperty(record, rename(key), {
      value: lists[i],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record;
}
