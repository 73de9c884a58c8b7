/**
 * fast-check generators of small circle-partition instances: weights with many ties or
 * spread out, a share of pairs that may not meet, optional shared windows on a short
 * cycle, together groups, and composition rules.
 */
import fc from "fast-check";
import type { CircleInstance } from "../../../src/algorithms/circles/circle-instance.js";

export interface InstanceShape {
  readonly maxN: number;
  readonly rules?: boolean;
  readonly window?: boolean;
  readonly together?: boolean;
  readonly facilitators?: boolean;
  readonly sizes?: readonly [number, number];
}

/** A random instance of at most `shape.maxN` people. */
export function circleInstance(shape: InstanceShape): fc.Arbitrary<CircleInstance> {
  return fc
    .record({
      n: fc.integer({ min: 0, max: shape.maxN }),
      minSize: shape.sizes ? fc.constant(shape.sizes[0]) : fc.integer({ min: 2, max: 4 }),
      extra: shape.sizes ? fc.constant(shape.sizes[1] - shape.sizes[0]) : fc.integer({ min: 0, max: 2 }),
      density: fc.integer({ min: 40, max: 100 }),
      ties: fc.boolean(),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      useWindow: shape.window ? fc.boolean() : fc.constant(false),
      useTogether: shape.together ? fc.boolean() : fc.constant(false),
      useRules: shape.rules ? fc.boolean() : fc.constant(false),
      useFacilitators: shape.facilitators ? fc.boolean() : fc.constant(false),
    })
    .map(({ n, minSize, extra, density, ties, seed, useWindow, useTogether, useRules, useFacilitators }) => {
      let state = seed;
      const next = (): number => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return state / 2 ** 32;
      };
      const weight = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        weight[i * n + i] = Number.NaN;
        for (let j = i + 1; j < n; j++) {
          const w =
            next() * 100 >= density
              ? Number.NaN
              : ties
                ? [0, 0.25, 0.5, 1][Math.floor(next() * 4)]!
                : Math.round(next() * 1000) / 1000;
          weight[i * n + j] = w;
          weight[j * n + i] = w;
        }
      }
      const instance: {
        -readonly [K in keyof CircleInstance]: CircleInstance[K];
      } = { n, weight, minSize, maxSize: minSize + extra };
      if (useWindow) {
        const segments = 6;
        const lengths = Int32Array.from({ length: segments }, () => 1 + Math.floor(next() * 3));
        const bits = new Uint32Array(n);
        for (let i = 0; i < n; i++) bits[i] = Math.floor(next() * 64) | (next() < 0.5 ? 0b000111 : 0);
        instance.window = { lengths, bits, minLength: 1 + Math.floor(next() * 4) };
      }
      if (useTogether && n >= 2) {
        const a = Math.floor(next() * n);
        const b = (a + 1 + Math.floor(next() * (n - 1))) % n;
        instance.together = [[a, b]];
        // A together pair must be able to meet (else the instance is rejected).
        weight[a * n + b] = 0.5;
        weight[b * n + a] = 0.5;
        if (instance.window !== undefined) {
          instance.window.bits[a] = 0b111111;
          instance.window.bits[b] = 0b111111;
        }
      }
      if (useRules) {
        instance.noLone = [Uint8Array.from({ length: n }, () => (next() < 0.3 ? 1 : 0))];
        instance.maxShared = [{ category: Int32Array.from({ length: n }, () => Math.floor(next() * 3) - 1), max: 1 }];
      }
      if (useFacilitators) instance.facilitator = Uint8Array.from({ length: n }, () => (next() < 0.3 ? 1 : 0));
      return instance as CircleInstance;
    });
}
