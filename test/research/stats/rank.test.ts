import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auc, midRanks, quantile, spearman } from "../../../src/research/stats/rank.js";

/** AUC by definition: every positive–negative pair, ties counting ½. */
function aucByPairs(scores: readonly number[], labels: readonly number[]): number | null {
  let wins = 0;
  let pairs = 0;
  scores.forEach((s, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((t, j) => {
      if (labels[j] !== 0) return;
      pairs++;
      wins += s > t ? 1 : s === t ? 0.5 : 0;
    });
  });
  return pairs === 0 ? null : wins / pairs;
}

describe("rank statistics", () => {
  it("mid-ranks share the mean rank among ties", () => {
    expect(Array.from(midRanks([10, 20, 10, 30]))).toEqual([1.5, 3, 1.5, 4]);
  });

  it("spearman without ties is 1 − 6Σd²/(n(n²−1))", () => {
    const a = [1, 2, 3, 4, 5];
    const b = [2, 1, 4, 3, 5];
    // d = [-1, 1, -1, 1, 0], Σd² = 4
    expect(spearman(a, b)).toBeCloseTo(1 - (6 * 4) / (5 * 24), 12);
    expect(spearman(a, [5, 4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it("spearman is null when a side does not vary or n < 2", () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(spearman([1], [2])).toBeNull();
  });

  it("auc equals the pairwise definition", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1 })), { maxLength: 30 }),
        (rows) => {
          const scores = rows.map(([s]) => s);
          const labels = rows.map(([, y]) => y);
          const expected = aucByPairs(scores, labels);
          const actual = auc(scores, labels);
          if (expected === null) expect(actual).toBeNull();
          else expect(actual).toBeCloseTo(expected, 12);
        },
      ),
    );
  });

  it("quantile interpolates between order statistics (type 7)", () => {
    const sorted = [1, 2, 3, 4];
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile(sorted, 1)).toBe(4);
    expect(quantile(sorted, 0.5)).toBe(2.5);
    expect(quantile(sorted, 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([7], 0.3)).toBe(7);
  });
});
