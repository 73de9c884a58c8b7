/**
 * The integer program over candidate circles certifies the exact solver on instances of
 * up to 16 people with circles of 4–5 (up to several hundred columns).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { circlePartition } from "../../../src/algorithms/circles/circle-partition.js";
import { circlePartitionIlp } from "peermatch/algorithms/lp";
import { circleInstance } from "../../support/arbitraries/circles.js";
import { issuesOf } from "../../support/issues-of.js";

describe("circlePartitionIlp as a certificate", () => {
  it("agrees with circlePartition on 10–16 people in circles of 4–5", () => {
    fc.assert(
      fc.property(
        circleInstance({ maxN: 16, sizes: [4, 5], rules: true, window: true, together: true }).filter(
          (instance) => instance.n >= 10,
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
