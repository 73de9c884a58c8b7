import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { generateCohort, matchPeers } from "peermatch";
import type { MatchResult } from "peermatch";
import { exportPairs } from "peermatch/research";
import { issuesOf } from "../support/issues-of.js";

const scoring = { availability: { referenceDate: "2026-03-02" } } as const;
const HEAD = ["group", "size", "member_1", "member_2", "member_3", "score", "score_1", "score_2", "score_3"];
const FEATURES = [
  "goals",
  "complementarity",
  "communication",
  "availability",
  "geography",
  "experience",
  "industry",
  "language",
  "commitment",
].map((name) => `breakdown_${name}`);

/** A result with a trio (odd cohort) whose ids need quoting. */
function awkwardResult(): MatchResult {
  const people = generateCohort(7, { seed: "export" }).map((p, k) => ({
    ...p,
    id: ["comma, id", 'quote "id"', "line\nbreak", "__proto__", "plain", "p6", "=sum"][k]!,
    exclude: [],
  }));
  return matchPeers(people, { ...scoring, oddHandling: "trio" });
}

describe("exportPairs", () => {
  it("writes RFC 4180 CSV: one header, CRLF records, quoted fields, a row per group that a CSV parser reads back", () => {
    const result = awkwardResult();
    const csv = exportPairs(result, { format: "csv" });
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows: string[][] = parse(csv, { relax_column_count: false });
    expect(rows[0]).toEqual([...HEAD, ...FEATURES]);
    expect(rows).toHaveLength(result.pairs.length + 1);
    result.pairs.forEach((pair, g) => {
      const row = rows[g + 1]!;
      expect(row.slice(0, 2)).toEqual([String(g + 1), String(pair.members.length)]);
      expect(row.slice(2, 5)).toEqual([0, 1, 2].map((k) => pair.members[k] ?? ""));
      expect(Number(row[5])).toBe(pair.score);
      expect(row.slice(6, 9)).toEqual(
        [0, 1, 2].map((k) => (pair.members[k] === undefined ? "" : String(pair.scores[pair.members[k]!]))),
      );
      expect(row.slice(9).map(Number)).toEqual(Object.values(pair.breakdown));
    });
    expect(result.pairs.some((pair) => pair.members.length === 3)).toBe(true);
  });

  it("writes JSON Lines with the same columns in the same order, null for a pair's third member", () => {
    const result = awkwardResult();
    const lines = exportPairs(result, { format: "jsonl" }).split("\n");
    expect(lines.pop()).toBe("");
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(result.pairs.length);
    for (const [g, record] of records.entries()) {
      const pair = result.pairs[g]!;
      expect(Object.keys(record)).toEqual([...HEAD, ...FEATURES]);
      expect(record.member_1).toBe(pair.members[0]);
      if (pair.members.length === 2) expect([record.member_3, record.score_3]).toEqual([null, null]);
    }
    const csvRows: string[][] = parse(exportPairs(result, { format: "csv" }));
    expect(csvRows.slice(1).map((row) => row[2])).toEqual(records.map((record) => record.member_1));
  });

  it("keeps the columns of a pairs-only result the same as with a trio", () => {
    const even = matchPeers(generateCohort(10, { seed: "even" }), scoring);
    const header = exportPairs(even, { format: "csv" }).split("\r\n")[0]!.split(",");
    expect(header).toEqual([...HEAD, ...FEATURES]);
  });

  it("puts custom features after the built-ins, and writes only a header without pairs", () => {
    const people = generateCohort(6, { seed: "custom" });
    const result = matchPeers(people, {
      ...scoring,
      custom: [{ name: "team, fit", weight: 1, score: () => 0.5 }],
    });
    const header = parse(exportPairs(result, { format: "csv" }))[0] as string[];
    expect(header.at(-1)).toBe("breakdown_team, fit");
    expect(exportPairs({ pairs: [] }, { format: "csv" })).toBe(`${HEAD.join(",")}\r\n`);
    expect(exportPairs({ pairs: [] }, { format: "jsonl" })).toBe("");
  });

  it("rejects an unknown format (with a suggestion) and malformed pairs", () => {
    const result = matchPeers(generateCohort(4, { seed: "bad" }), scoring);
    // @ts-expect-error an unknown format on purpose
    const format = issuesOf(() => exportPairs(result, { format: "tsv" }));
    expect(format[0]).toMatchObject({ code: "invalid_value", path: ["options", "format"] });
    // @ts-expect-error a misspelt key on purpose
    const typo = issuesOf(() => exportPairs(result, { format: "csv", fromat: "csv" }));
    expect(typo[0]!.message).toContain('did you mean "format"');
    const broken = { pairs: [{ members: ["a"], score: Number.NaN, scores: {}, breakdown: { goals: "x" } }] };
    // @ts-expect-error malformed pairs on purpose
    const issues = issuesOf(() => exportPairs(broken, { format: "csv" }));
    expect(issues.map((issue) => issue.path.join("."))).toEqual([
      "result.pairs.0.members",
      "result.pairs.0.score",
      "result.pairs.0.breakdown.goals",
    ]);
  });
});
