/**
 * The integer program over candidate circles certifies the exact solver on instances of
 * up to 16 people with circles of 4–5 (up to several hundred columns).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { circlePartition } from "../../../src/algorithms/circles/circle-partition.js";
import type { CircleInstance } from "../../../src/algorithms/circles/circle-instance.js";
import { circlePartitionIlp } from "peermatch/algorithms/lp";
import { circleInstance } from "../../support/arbitraries/circles.js";
import { issuesOf } from "../../support/issues-of.js";

/**
 * Instances are kept to at most this many circles whose pairs may all meet (an upper
 * bound on the integer program's columns): the LP solver's branch and bound is fast up to
 * several hundred columns, but a dense 16-person instance has thousands and a random seed
 * once ran it for over 20 minutes.
 */
const MAX_COLUMNS = 500;

/** Circles of an allowed size in which every pair may meet (weight not NaN). */
function possibleCircles(instance: CircleInstance): number {
  const { n, weight, minSize, maxSize } = instance;
  let count = 0;
  const grow = (members: number[], next: number): void => {
    if (members.length >= minSize) count++;
    if (members.length === maxSize) return;
    for (let v = next; v < n; v++) {
      if (members.every((u) => !Number.isNaN(weight[u * n + v]!))) grow([...members, v], v + 1);
    }
  };
  grow([], 0);
  return count;
}

describe("circlePartitionIlp as a certificate", () => {
  it("agrees with circlePartition on 10–16 people in circles of 4–5", () => {
    fc.assert(
      fc.property(
        circleInstance({ maxN: 16, sizes: [4, 5], rules: true, window: true, together: true }).filter(
          (instance) => instance.n >= 10 && possibleCircles(instance) <= MAX_COLUMNS,
        ),
        (instance) => {
          const certificate = circlePartitionIlp(instance);
          const result = circlePartition(instance);
          expect(result.exact).toBe(true);
          expect(instance.n - result.unplaced).toBe(certificate.placed);
          expect(result.violations).toBe(certificate.violations);
          expect(result.objective).toBeCloseTo(certificate.objective, 6);
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 12) },
    );
  });

  it("certifies a 16-person instance with hundreds of columns", () => {
    // 70% of pairs may meet, seeded weights: 461 candidate circles of 4–5. (A complete
    // 16-person instance has 6,188 and is beyond the LP solver's branch and bound.)
    const n = 16;
    const weight = new Float64Array(n * n);
    let state = 12345;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let i = 0; i < n; i++) {
      weight[i * n + i] = Number.NaN;
      for (let j = i + 1; j < n; j++) {
        const w = next() < 0.7 ? Math.round(next() * 1000) / 1000 : Number.NaN;
        weight[i * n + j] = w;
        weight[j * n + i] = w;
      }
    }
    const certificate = circlePartitionIlp({ n, weight, minSize: 4, maxSize: 5 });
    expect(certificate.columns).toBe(461);
    expect(certificate.placed).toBe(16);
    const result = circlePartition({ n, weight, minSize: 4, maxSize: 5 });
    expect(result.exact).toBe(true);
    expect(result.objective).toBeCloseTo(certificate.objective, 6);
  });

  it("rejects facilitator rules, which the model does not hold", () => {
    const n = 4;
    const issues = issuesOf(() =>
      circlePartitionIlp({
        n,
        weight: new Float64Array(n * n).fill(1),
        minSize: 4,
        maxSize: 4,
        facilitator: Uint8Array.of(1, 0, 0, 0),
      }),
    );
    expect(issues[0]?.code).toBe("invalid_value");
  });
});
