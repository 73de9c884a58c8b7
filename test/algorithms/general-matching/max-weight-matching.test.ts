import { describe, expect, it } from "vitest";
import {
  isMatching,
  MatchInputError,
  maxWeightMatching,
  maxWeightMatchingArrays,
  verifyMatchingCertificate,
} from "peermatch/algorithms";
import { bruteForceMaxWeightMatching } from "../../support/oracles/brute-force-matching.js";
import { solveChecked } from "../../support/certified-solve.js";

type Edges = [number, number, number][];

/** Solves, checks the certificate, and returns the mate as a plain array. */
function mateOf(edges: Edges, maxCardinality = false): number[] {
  const result = solveChecked(edges, maxCardinality);
  expect(result.certificate).toMatchObject({ valid: true });
  return Array.from(result.mate);
}

describe("maxWeightMatching: basics", () => {
  it("returns an empty mate for no edges", () => {
    expect(maxWeightMatching([])).toEqual(new Int32Array(0));
  });

  it("matches a single edge, and sizes mate by the largest vertex id", () => {
    expect(Array.from(maxWeightMatching([[2, 4, 1]]))).toEqual([-1, -1, 4, -1, 2]);
  });

  it("prefers one heavy edge to two light ones on a path", () => {
    expect(
      mateOf([
        [0, 1, 5],
        [1, 2, 11],
        [2, 3, 5],
      ]),
    ).toEqual([-1, 2, 1, -1]);
  });

  it("with maxCardinality takes the two light edges of the same path", () => {
    expect(
      mateOf(
        [
          [0, 1, 5],
          [1, 2, 11],
          [2, 3, 5],
        ],
        true,
      ),
    ).toEqual([1, 0, 3, 2]);
  });

  it("leaves negative and zero edges out, unless maxCardinality needs them", () => {
    const edges: Edges = [
      [1, 2, 2],
      [1, 3, -2],
      [2, 3, 1],
      [2, 4, -1],
      [3, 4, -6],
      [5, 6, 0],
    ];
    expect(mateOf(edges)).toEqual([-1, 2, 1, -1, -1, -1, -1]);
    // Three pairs are possible; among them, {1,3} + {2,4} + {5,6} weighs −3 and {1,2} + {3,4} + {5,6} weighs −4.
    expect(mateOf(edges, true)).toEqual([-1, 3, 4, 1, 2, 6, 5]);
  });

  it("uses large integer weights exactly", () => {
    const big = 2 ** 40;
    // Two edges of 2^40 beat one of 2^41 − 1 by exactly one unit.
    expect(
      mateOf([
        [0, 1, big],
        [1, 2, 2 * big - 1],
        [2, 3, big],
      ]),
    ).toEqual([1, 0, 3, 2]);
    expect(
      mateOf([
        [0, 1, big],
        [1, 2, 2 * big + 1],
        [2, 3, big],
      ]),
    ).toEqual([-1, 2, 1, -1]);
  });

  it("scales integers beyond the exact range down by a power of two and still returns an optimum", () => {
    const huge = 2 ** 60;
    const result = solveChecked([
      [0, 1, huge],
      [1, 2, 3 * huge],
      [2, 3, huge],
      [3, 4, 5],
    ]);
    expect(result.certificate.valid).toBe(true);
    // At this scale the weight-5 edge rounds to 0, so leaving it out is optimal for the
    // rounded weights, as documented; the heavy edge must be taken.
    expect(Array.from(result.mate).slice(0, 3)).toEqual([-1, 2, 1]);
  });

  it("handles fractional weights (scaled by a power of two, then exact)", () => {
    const edges: Edges = [
      [1, 2, Math.PI],
      [2, 3, Math.E],
      [1, 3, 3.0],
      [1, 4, Math.SQRT2],
    ];
    expect(mateOf(edges)).toEqual([-1, 4, 3, 2, 1]);
  });

  it("does not modify the caller's edges", () => {
    const edges = Object.freeze([Object.freeze([0, 1, 3] as const), Object.freeze([1, 2, 4] as const)]);
    expect(Array.from(maxWeightMatching(edges))).toEqual([-1, 2, 1]);
    expect(edges).toEqual([
      [0, 1, 3],
      [1, 2, 4],
    ]);
  });

  it("solves a complete graph on 40 vertices optimally", () => {
    const edges: Edges = [];
    for (let i = 0; i < 40; i++)
      for (let j = i + 1; j < 40; j++) edges.push([i, j, ((i * 7919 + j * 104729) % 97) - 10]);
    const result = solveChecked(edges);
    expect(result.certificate).toMatchObject({ valid: true });
    expect(result.size).toBeGreaterThan(15);
  });
});

// Small graphs, each built so that the solver goes through one kind of blossom step.
// The graphs are the classic hand-made cases of van Rantwijk's mwmatching test suite
// (1-based vertices, vertex 0 unused); the assertions on `stats` check that this
// solver really performs the step the test is named after.
describe("maxWeightMatching: blossom events", () => {
  it("creates an S-blossom from a triangle and augments through it", () => {
    const result = solveChecked([
      [1, 2, 8],
      [1, 3, 9],
      [2, 3, 10],
      [3, 4, 7],
    ]);
    expect(Array.from(result.mate)).toEqual([-1, 2, 1, 4, 3]);
    expect(result.stats.blossomsCreated).toBeGreaterThanOrEqual(1);
    expect(result.stats.relabelledTtoS).toBeGreaterThanOrEqual(1);
  });

  it("creates an S-blossom, then augments from a vertex hanging off it", () => {
    const edges: Edges = [
      [1, 2, 8],
      [1, 3, 9],
      [2, 3, 10],
      [3, 4, 7],
      [1, 6, 5],
      [4, 5, 6],
    ];
    expect(mateOf(edges)).toEqual([-1, 6, 3, 2, 5, 4, 1]);
  });

  it("labels a blossom T and grows the tree past it", () => {
    for (const [edges, expected] of [
      [
        [
          [1, 2, 9],
          [1, 3, 8],
          [2, 3, 10],
          [1, 4, 5],
          [4, 5, 3],
          [1, 6, 4],
        ],
        [-1, 6, 3, 2, 5, 4, 1],
      ],
      [
        [
          [1, 2, 40],
          [1, 3, 40],
          [2, 3, 60],
          [2, 4, 55],
          [3, 5, 55],
          [4, 5, 50],
          [1, 8, 15],
          [5, 7, 30],
          [7, 6, 10],
          [8, 10, 10],
          [4, 9, 30],
        ],
        [-1, 2, 1, 5, 9, 3, 7, 6, 10, 4, 8],
      ],
    ] as [Edges, number[]][]) {
      const result = solveChecked(edges);
      expect(result.certificate.valid).toBe(true);
      expect(Array.from(result.mate)).toEqual(expected);
      expect(result.stats.blossomsLabelledT).toBeGreaterThanOrEqual(1);
    }
  });

  it("solves the other small T-blossom graphs (triangle with pendants of varying weight)", () => {
    expect(
      mateOf([
        [1, 2, 9],
        [1, 3, 8],
        [2, 3, 10],
        [1, 4, 5],
        [4, 5, 4],
        [1, 6, 3],
      ]),
    ).toEqual([-1, 6, 3, 2, 5, 4, 1]);
    expect(
      mateOf([
        [1, 2, 9],
        [1, 3, 8],
        [2, 3, 10],
        [1, 4, 5],
        [4, 5, 3],
        [3, 6, 4],
      ]),
    ).toEqual([-1, 2, 1, 6, 5, 4, 3]);
  });

  it("nests an S-blossom inside a new S-blossom", () => {
    const result = solveChecked([
      [1, 2, 9],
      [1, 3, 9],
      [2, 3, 10],
      [2, 4, 8],
      [3, 5, 8],
      [4, 5, 10],
      [5, 6, 6],
    ]);
    expect(Array.from(result.mate)).toEqual([-1, 3, 4, 1, 2, 6, 5]);
    expect(result.stats.nestedBlossomsCreated).toBeGreaterThanOrEqual(1);
  });

  it("relabels T-vertices as S when a nested blossom forms around them", () => {
    const edges: Edges = [
      [1, 2, 10],
      [1, 7, 10],
      [2, 3, 12],
      [3, 4, 20],
      [3, 5, 20],
      [4, 5, 25],
      [5, 6, 10],
      [6, 7, 10],
      [7, 8, 8],
    ];
    const result = solveChecked(edges);
    expect(Array.from(result.mate)).toEqual([-1, 2, 1, 4, 3, 6, 5, 8, 7]);
    expect(result.stats.nestedBlossomsCreated).toBeGreaterThanOrEqual(1);
    expect(result.stats.relabelledTtoS).toBeGreaterThanOrEqual(2);
  });

  it("expands a T-blossom whose dual reaches zero and relabels its cycle", () => {
    const result = solveChecked([
      [1, 2, 23],
      [1, 5, 22],
      [1, 6, 15],
      [2, 3, 25],
      [3, 4, 22],
      [4, 5, 25],
      [4, 8, 14],
      [5, 7, 13],
    ]);
    expect(Array.from(result.mate)).toEqual([-1, 6, 3, 2, 8, 7, 1, 5, 4]);
    expect(result.stats.blossomsExpanded).toBeGreaterThanOrEqual(1);
  });

  it("expands a nested T-blossom, exposing a sub-blossom", () => {
    for (const [edges, expected] of [
      [
        [
          [1, 2, 19],
          [1, 3, 20],
          [1, 8, 8],
          [2, 3, 25],
          [2, 4, 18],
          [3, 5, 18],
          [4, 5, 13],
          [4, 7, 7],
          [5, 6, 7],
        ],
        [-1, 8, 3, 2, 7, 6, 5, 4, 1],
      ],
      [
        [
          [1, 2, 45],
          [1, 7, 45],
          [2, 3, 50],
          [3, 4, 45],
          [4, 5, 95],
          [4, 6, 94],
          [5, 6, 94],
          [6, 7, 50],
          [1, 8, 30],
          [3, 11, 35],
          [5, 9, 36],
          [7, 10, 26],
          [11, 12, 5],
        ],
        [-1, 8, 3, 2, 6, 9, 4, 10, 1, 5, 7, 12, 11],
      ],
    ] as [Edges, number[]][]) {
      const result = solveChecked(edges);
      expect(result.certificate.valid).toBe(true);
      expect(Array.from(result.mate)).toEqual(expected);
      expect(result.stats.nestedBlossomsExpanded).toBeGreaterThanOrEqual(1);
    }
  });

  it("after expanding a T-blossom, grows from the least-slack edge into a now unlabelled sub-blossom", () => {
    // A pentagon blossom 1-2-3-4-5 with pendant edges of different slack at 3, 4 and 5:
    // once it is expanded, the right pendant must be the next tight edge.
    for (const pendant of [
      [4, 8, 35, 5, 7, 26],
      [4, 8, 26, 5, 7, 40],
      [4, 8, 28, 5, 7, 26],
    ]) {
      const [a, b, wab, c, d, wcd] = pendant as [number, number, number, number, number, number];
      const edges: Edges = [
        [1, 2, 45],
        [1, 5, 45],
        [2, 3, 50],
        [3, 4, 45],
        [4, 5, 50],
        [1, 6, 30],
        [3, 9, 35],
        [a, b, wab],
        [c, d, wcd],
        [9, 10, 5],
      ];
      const result = solveChecked(edges);
      expect(result.certificate.valid).toBe(true);
      expect(Array.from(result.mate)).toEqual([-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9]);
      expect(result.stats.blossomsExpanded).toBeGreaterThanOrEqual(1);
      expect(result.weight).toBe(bruteForceMaxWeightMatching(11, edges).weight);
    }
  });
});

describe("maxWeightMatching: input validation", () => {
  const codes = (run: () => unknown): { code: string; path: readonly (string | number)[] }[] => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(MatchInputError);
      return (error as MatchInputError).issues.map(({ code, path }) => ({ code, path }));
    }
    throw new Error("expected a MatchInputError");
  };

  it("rejects a self-loop, naming the edge", () => {
    expect(
      codes(() =>
        maxWeightMatching([
          [0, 1, 1],
          [2, 2, 5],
        ]),
      ),
    ).toEqual([{ code: "invalid_edge", path: [1] }]);
  });

  it("rejects negative, fractional and non-numeric vertex ids", () => {
    const edges = [
      [-1, 0, 1],
      [0.5, 1, 1],
      ["a", 1, 1],
    ] as unknown as [number, number, number][];
    expect(codes(() => maxWeightMatching(edges))).toEqual([
      { code: "invalid_edge", path: [0] },
      { code: "invalid_edge", path: [1] },
      { code: "invalid_edge", path: [2] },
    ]);
  });

  it("rejects non-finite weights", () => {
    const result = codes(() =>
      maxWeightMatching([
        [0, 1, Number.NaN],
        [1, 2, Infinity],
        [2, 3, -Infinity],
      ]),
    );
    expect(result.map((issue) => issue.path)).toEqual([[0], [1], [2]]);
    expect(result.every((issue) => issue.code === "invalid_edge")).toBe(true);
  });

  it("rejects a repeated edge in either orientation, naming the repeat", () => {
    expect(
      codes(() =>
        maxWeightMatching([
          [0, 1, 1],
          [1, 2, 1],
          [1, 0, 7],
        ]),
      ),
    ).toEqual([{ code: "invalid_edge", path: [2] }]);
  });

  it("rejects entries that are not [u, v, w] triples, and collects every issue", () => {
    const edges = [[0, 1], null, [0, 1, 2, 3], [3, 3, 1]] as unknown as [number, number, number][];
    expect(codes(() => maxWeightMatching(edges)).map((issue) => issue.path)).toEqual([[0], [1], [2], [3]]);
  });

  it("rejects edges that are not an array", () => {
    expect(codes(() => maxWeightMatching("0 1 2" as unknown as []))).toEqual([{ code: "invalid_type", path: [] }]);
  });

  it("validates the typed-array entry too", () => {
    expect(codes(() => maxWeightMatchingArrays(2, Int32Array.of(0), Int32Array.of(2), Float64Array.of(1)))).toEqual([
      { code: "invalid_edge", path: [0] },
    ]);
    expect(
      codes(() => maxWeightMatchingArrays(3, Int32Array.of(0, 1), Int32Array.of(1), Float64Array.of(1, 1))),
    ).toEqual([{ code: "invalid_value", path: [] }]);
    expect(
      codes(() => maxWeightMatchingArrays(-1, [0] as unknown as Int32Array, Int32Array.of(1), Float64Array.of(1))),
    ).toEqual([
      { code: "invalid_value", path: ["n"] },
      { code: "invalid_type", path: ["from"] },
    ]);
    expect(
      codes(() =>
        maxWeightMatchingArrays(3, Int32Array.of(0, 2, 1), Int32Array.of(1, 2, 0), Float64Array.of(1, 1, Number.NaN)),
      ),
    ).toEqual([
      { code: "invalid_edge", path: [1] },
      { code: "invalid_edge", path: [2] },
    ]);
  });
});

describe("maxWeightMatching options and checkers on bad input", () => {
  it("rejects options that are not { maxCardinality?: boolean }", () => {
    // A null-prototype value cannot be turned into a string; it is still named in the message.
    for (const options of [{ maxCardinality: "yes" }, { maxCardinality: Object.create(null) }, null, true, [1]]) {
      // @ts-expect-error options of the wrong shape, on purpose
      expect(() => maxWeightMatching([[0, 1, 1]], options)).toThrow(MatchInputError);
    }
  });

  it("the checkers reject input that is not a graph or certificate", () => {
    // @ts-expect-error null for both the edges and the mates, on purpose
    expect(() => isMatching(null, null)).toThrow(MatchInputError);
    // @ts-expect-error null for the certificate, on purpose
    expect(() => verifyMatchingCertificate(null)).toThrow(MatchInputError);
  });
});
