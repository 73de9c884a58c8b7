import { describe, expect, it } from "vitest";
import { generateCohort, matchPeers, MatchInputError, renderReport } from "peermatch";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

describe("renderReport", () => {
  const result = matchPeers(generateCohort(25, { seed: "report" }), OPTIONS);

  it("renders Markdown with the headline, histogram, pairs and unmatched", () => {
    const markdown = renderReport(result);
    expect(markdown).toContain("# Match report");
    expect(markdown).toContain(`| Participants | ${result.stats.participants} |`);
    expect(markdown).toContain("## Pair scores");
    for (const pair of result.pairs) expect(markdown).toContain(pair.members.join(" & "));
    const histogramRows = markdown.split("\n").filter((line) => /^\| 0\.\d–/.test(line) || /^\| 0\.9–1\.0/.test(line));
    const counted = histogramRows.reduce((sum, line) => sum + Number(line.split("|")[2]), 0);
    expect(counted).toBe(result.pairs.length);
  });

  it("renders one self-contained HTML page with an inline SVG histogram", () => {
    const html = renderReport(result, { format: "html" });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<svg id="histogram"');
    expect(html).not.toMatch(/(src|href)=["']https?:/);
    expect(html.match(/<li><strong>/g)?.length).toBe(result.pairs.length);
  });

  it("escapes participant text in both formats", () => {
    const hostile = matchPeers(
      [
        { id: "<script>alert(1)</script>", goals: ["x"] },
        { id: "a|b", goals: ["x"] },
      ],
      OPTIONS,
    );
    expect(renderReport(hostile, { format: "html" })).not.toContain("<script>");
    expect(renderReport(hostile)).toContain("a\\|b");
  });

  it("rejects something that is not a match result with a MatchInputError", () => {
    for (const bad of [null, 42, {}, { pairs: [], unmatched: [] }]) {
      expect(() => renderReport(bad as unknown as typeof result)).toThrow(MatchInputError);
    }
  });

  it("rejects an unknown format", () => {
    expect(() => renderReport(result, { format: "pdf" as "html" })).toThrow(MatchInputError);
  });
});
