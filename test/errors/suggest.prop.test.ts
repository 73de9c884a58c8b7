/**
 * `closestName` against a textbook edit distance (the full Damerau table, adjacent swaps
 * included, no early exit): the suggestion's early-stopping distance must never change
 * which name is suggested.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestName } from "../../src/errors/suggest.js";

/** Optimal-string-alignment distance by the full table, case-insensitive. */
function fullTableDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const swap = i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1];
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
        swap ? d[i - 2]![j - 2]! + 1 : Number.POSITIVE_INFINITY,
      );
    }
  }
  return d[x.length]![y.length]!;
}

/** The documented rule: the first candidate at the smallest distance, if within min(2, ⌈len/2⌉ − 1). */
function expectedSuggestion(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const limit = Math.min(2, Math.ceil(word.length / 2) - 1);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = fullTableDistance(word, candidate);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

const word = fc.string({ unit: fc.constantFrom("a", "b", "A", "c", " ", "é"), maxLength: 9 });

describe("closestName (full-table oracle)", () => {
  it("suggests what the full edit-distance table says", () => {
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 6 }), (typo, names) => {
        expect(closestName(typo, names)).toBe(expectedSuggestion(typo, names));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a swap, a deletion and a substitution in longer ids", () => {
    expect(closestName("p01234", ["p01243", "p99999"])).toBe("p01243");
    expect(closestName("p012345", ["p01234", "p0123456"])).toBe("p01234");
    expect(closestName("Languges", ["goals", "languages"])).toBe("languages");
  });
});
