/**
 * Pins the bulk pass's stored scores (as the n × n matrix `denseScores` reads back from
 * the scored graph) to the bit on seeded cohorts under several option
 * sets, so that a change to the pair kernel or a feature that moves any score (even in
 * the last bit of a float32) fails here. The digests were recorded before the kernel was
 * optimised; a deliberate change of a formula must update them and be marked breaking in
 * the CHANGELOG.
 */
import { describe, expect, it } from "vitest";
import { buildCompatibility } from "../../src/compatibility/compatibility.js";
import type { MatchOptions } from "../../src/model/options-schema.js";
import { generateCohort } from "../../src/synthetic/generate-cohort.js";
import { denseScores } from "../support/dense-scores.js";
import { withReferenceDate } from "../support/fixtures/scoring.js";

/** FNV-1a over the float32 bit patterns of every stored score (NaN included). */
function digest(scores: Float32Array): string {
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, scores.length);
  let h = 0x811c9dc5;
  for (let k = 0; k < bits.length; k++) {
    let x = bits[k]!;
    for (let byte = 0; byte < 4; byte++) {
      h = Math.imul(h ^ (x & 0xff), 0x01000193) >>> 0;
      x >>>= 8;
    }
  }
  return h.toString(16).padStart(8, "0");
}

/** The float32 bits of s(ids[i] → ids[j]), as hex, for a readable failure. */
function bitsOf(scores: Float32Array, n: number, i: number, j: number): string {
  return new Uint32Array(Float32Array.of(scores[i * n + j]!).buffer)[0]!.toString(16);
}

const people = generateCohort(80, { seed: "pinned-scores" });

const variants: Record<string, MatchOptions> = {
  defaults: {},
  "neutral, avoid, different, min": {
    missing: "neutral",
    organization: "avoid",
    industry: "different",
    reciprocity: "min",
    experience: { toleranceYears: 1, maxGapYears: 15 },
  },
  "reweighted, custom, minScore": {
    weights: { goals: 3, complementarity: 2, availability: 0.5, geography: 1.5, commitment: 0 },
    language: { required: false },
    availability: { minOverlapMinutes: 30 },
    reciprocity: "geometric",
    minScore: 0.2,
    custom: [
      {
        name: "sameInitial",
        weight: 0.75,
        score: (a, b) => (a.id.charCodeAt(3) % 3 === b.id.charCodeAt(3) % 3 ? 1 : 0.25),
      },
    ],
  },
};

const expected: Record<string, { digest: string; samples: [number, number, string][] }> = {
  defaults: {
    digest: "f9a8d8b1",
    samples: [
      [5, 29, "3d9d89d9"],
      [8, 0, "3e942142"],
      [10, 51, "3e1d89d9"],
      [13, 22, "3ed16516"],
    ],
  },
  "neutral, avoid, different, min": {
    digest: "9f7a713c",
    samples: [
      [5, 29, "3eedb6db"],
      [8, 0, "3e9f7df8"],
      [10, 51, "3f092492"],
      [13, 22, "3ed86186"],
    ],
  },
  "reweighted, custom, minScore": {
    digest: "18285f1e",
    samples: [
      [2, 58, "3ed71e90"],
      [8, 0, "3eb81858"],
      [10, 51, "3e505f41"],
      [13, 22, "3eee5686"],
    ],
  },
};

describe("stored scores are pinned to the bit", () => {
  for (const [name, options] of Object.entries(variants)) {
    it(`on 80 generated people, ${name}`, () => {
      const compatibility = buildCompatibility(people, withReferenceDate(options), "test");
      const { n } = compatibility;
      const scores = denseScores(compatibility);
      const pinned = expected[name]!;
      for (const [i, j, bits] of pinned.samples) expect(bitsOf(scores, n, i, j)).toBe(bits);
      expect(digest(scores)).toBe(pinned.digest);
    });
  }
});
