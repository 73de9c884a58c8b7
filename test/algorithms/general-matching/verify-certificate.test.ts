import { describe, expect, it } from "vitest";
import { verifyMatchingCertificate, type MatchingCertificate } from "peermatch/algorithms";
import { certifiedSolve } from "../../support/certified-solve.js";

/** A certificate from the solver for a graph with a blossom (triangle 1-2-3 plus pendants). */
function certificateFor(edges: [number, number, number][], maxCardinality = false): MatchingCertificate {
  return certifiedSolve(edges, maxCardinality).certificate;
}

const withBlossom: [number, number, number][] = [
  [0, 1, 6],
  [1, 2, 9],
  [2, 0, 10],
  [2, 3, 7],
  [3, 4, 2],
  [4, 5, 3],
];

describe("verifyMatchingCertificate", () => {
  it("accepts the solver's certificate and reports the doubled total", () => {
    const check = verifyMatchingCertificate(certificateFor(withBlossom));
    expect(check).toEqual({ valid: true, totalWeight: 2 * 16 });
  });

  it("rejects a certificate whose matched edge is not tight", () => {
    const good = certificateFor([[0, 1, 4]]);
    const vertexDual = Float64Array.of(3, 3);
    expect(verifyMatchingCertificate({ ...good, vertexDual }).valid).toBe(false);
  });

  it("rejects a sub-optimal matching whatever the duals", () => {
    const good = certificateFor([
      [0, 1, 5],
      [1, 2, 11],
      [2, 3, 5],
    ]);
    const mate = Int32Array.of(1, 0, 3, 2);
    expect(verifyMatchingCertificate({ ...good, mate }).valid).toBe(false);
  });

  it("rejects an edge with negative slack", () => {
    const good = certificateFor(withBlossom);
    const vertexDual = good.vertexDual.slice();
    vertexDual[5] = vertexDual[5]! - 100;
    expect(verifyMatchingCertificate({ ...good, vertexDual })).toMatchObject({ valid: false });
  });

  it("rejects a positive-dual odd set that is not full, and an even set", () => {
    const good = certificateFor([
      [0, 1, 4],
      [2, 3, 4],
    ]);
    expect(
      verifyMatchingCertificate({ ...good, blossoms: [{ vertices: Int32Array.of(0, 2, 3), dual: 2 }] }).valid,
    ).toBe(false);
    expect(verifyMatchingCertificate({ ...good, blossoms: [{ vertices: Int32Array.of(0, 1), dual: 0 }] }).valid).toBe(
      false,
    );
  });

  it("rejects a single vertex with positive dual", () => {
    const good = certificateFor([
      [0, 1, 4],
      [1, 2, 4],
    ]);
    const vertexDual = good.vertexDual.slice();
    const single = Array.from(good.mate).indexOf(-1);
    vertexDual[single] = 4;
    expect(verifyMatchingCertificate({ ...good, vertexDual }).valid).toBe(false);
  });

  it("with maxCardinality, requires a barrier that proves the size maximum", () => {
    const path: [number, number, number][] = [
      [0, 1, 1],
      [1, 2, 10],
      [2, 3, 1],
    ];
    const good = certificateFor(path, true);
    expect(verifyMatchingCertificate(good).valid).toBe(true);
    // The heavy middle edge alone is weight-optimal but leaves two vertices single: its
    // duals (10 and 10 on the middle, in doubled units; 0 at the ends) satisfy the weight conditions, and the
    // empty barrier cannot prove that two single vertices are unavoidable.
    const middleOnly: MatchingCertificate = {
      ...good,
      mate: Int32Array.of(-1, 2, 1, -1),
      vertexDual: Float64Array.of(0, 10, 10, 0),
      blossoms: [],
      barrier: new Int32Array(0),
    };
    expect(verifyMatchingCertificate({ ...middleOnly, maxCardinality: false }).valid).toBe(true);
    expect(verifyMatchingCertificate(middleOnly).valid).toBe(false);
  });

  it("accepts the solver's barrier on a graph with no perfect matching", () => {
    // A star: the centre is the barrier; three leaves stay single whatever the weights.
    const star: [number, number, number][] = [
      [0, 1, 3],
      [0, 2, 5],
      [0, 3, 4],
      [0, 4, 1],
    ];
    const certificate = certificateFor(star, true);
    expect(Array.from(certificate.barrier)).toEqual([0]);
    expect(verifyMatchingCertificate(certificate)).toEqual({ valid: true, totalWeight: 10 });
  });
});
