import { describe, expect, it } from "vitest";
import { MatchInputError } from "../../src/errors/match-input-error.js";
import { normaliseCohort } from "../../src/model/normalise-cohort.js";
import { IdIndex, idKey } from "../../src/model/referenced-ids.js";
import { issuesOf } from "../support/issues-of.js";

const REF = { availability: { referenceDate: "2026-03-15" } };
const normalise = (participants: unknown, options: object = {}) =>
  normaliseCohort(participants, { ...REF, ...options }, "matchPeers");

describe("idKey and IdIndex", () => {
  it("compares ids up to case, surrounding whitespace and Unicode form", () => {
    expect(idKey(" Bea ")).toBe("bea");
    expect(idKey("be\u0301a")).toBe(idKey("b\u00e9a"));
    const index = new IdIndex(["ana", "bea", "b\u00e9a"]);
    expect(index.match("bea")).toEqual({ kind: "exact", index: 1 });
    expect(index.match("Bea ")).toEqual({ kind: "near", candidates: ["bea"] });
    expect(index.match("be\u0301a")).toEqual({ kind: "near", candidates: ["b\u00e9a"] });
    expect(index.match("p013")).toEqual({ kind: "unknown" });
  });
});

describe("normaliseCohort: ids that participants refer to", () => {
  const people = (field: "exclude" | "pastPartners" | "wishes", ids: string[]) => [
    { id: "ana", [field]: ids },
    { id: "bea" },
    { id: "p012" },
  ];

  for (const field of ["exclude", "pastPartners", "wishes"] as const) {
    it(`${field}: a misspelt id ("Bea", "bea ", a differently normalised form) is an error with a did-you-mean`, () => {
      for (const misspelt of ["Bea", "bea ", "BEA"]) {
        const issues = issuesOf(() => normalise(people(field, [misspelt])));
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({ code: "unknown_id", path: [0, field, 0], participantId: "ana" });
        expect(issues[0]?.message).toContain('did you mean "bea"?');
      }
      // ignore does not silence a near-match
      expect(() => normalise(people(field, ["Bea"]), { unknownIds: "ignore" })).toThrow(MatchInputError);
    });
  }

  it("an id outside the cohort is a warning by default, with a suggestion when one is close", () => {
    const cohort = normalise(people("exclude", ["p013", "zed"]));
    expect(cohort.warnings).toEqual([
      {
        code: "unknown_id",
        participantId: "ana",
        path: ["exclude", 0],
        id: "p013",
        message: expect.stringContaining('did you mean "p012"?'),
        suggestion: "p012",
      },
      {
        code: "unknown_id",
        participantId: "ana",
        path: ["exclude", 1],
        id: "zed",
        message: 'matchPeers: participant "ana" exclude[1] "zed" is not in the cohort',
      },
    ]);
  });

  it("unknownIds: error throws for every unknown id, ignore says nothing", () => {
    const issues = issuesOf(() => normalise(people("pastPartners", ["p013", "zed"]), { unknownIds: "error" }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_id", [0, "pastPartners", 0]],
      ["unknown_id", [0, "pastPartners", 1]],
    ]);
    expect(normalise(people("pastPartners", ["p013"]), { unknownIds: "ignore" }).warnings).toEqual([]);
  });

  it("wishes naming someone outside the cohort are always an error", () => {
    const issues = issuesOf(() => normalise(people("wishes", ["zed"]), { unknownIds: "ignore" }));
    expect(issues).toMatchObject([{ code: "unknown_id", path: [0, "wishes", 0] }]);
  });

  it("self-references stay ignored, written exactly or differently", () => {
    const cohort = normalise([{ id: "ana", exclude: ["ana", "Ana"], wishes: ["ana"] }, { id: "bea" }]);
    expect(cohort.warnings).toEqual([]);
    expect(Array.from(cohort.wishIndex)).toEqual([]);
  });

  it("an id near two people in the cohort names both", () => {
    const issues = issuesOf(() => normalise([{ id: "ana", exclude: ["BEA"] }, { id: "bea" }, { id: "Bea" }]));
    expect(issues[0]?.message).toContain('did you mean "Bea" or "bea"?');
  });

  it("warnings do not depend on the input order", () => {
    const input = [
      { id: "cy", exclude: ["old-2", "old-1"] },
      { id: "ana", pastPartners: ["old-3"], exclude: ["old-4"] },
    ];
    const forward = normalise(input).warnings;
    expect(normalise([...input].reverse()).warnings).toEqual(forward);
    expect(forward.map((w) => [w.participantId, w.path])).toEqual([
      ["ana", ["exclude", 0]],
      ["ana", ["pastPartners", 0]],
      ["cy", ["exclude", 0]],
      ["cy", ["exclude", 1]],
    ]);
  });

  it("a suggestion between two equally close ids does not depend on the input order", () => {
    // "p002" is one edit from both "p001" and "p022": the first in code-unit order is offered.
    const input = [{ id: "p022" }, { id: "cy", exclude: ["p002"] }, { id: "p001" }];
    for (const order of [input, [...input].reverse()]) {
      expect(normalise(order).warnings.map((w) => w.suggestion)).toEqual(["p001"]);
    }
  });

  it("keeps the first max distinct wishes, best first", () => {
    const cohort = normalise([{ id: "a", wishes: ["d", "b", "d", "c"] }, { id: "b" }, { id: "c" }, { id: "d" }], {
      wishes: { max: 2 },
    });
    expect(Array.from(cohort.wishOffsets)).toEqual([0, 2, 2, 2, 2]);
    expect(Array.from(cohort.wishIndex)).toEqual([3, 1]);
  });
});
